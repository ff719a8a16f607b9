"""Regenerate the report-signature vector: `.venv/bin/python tests/vectors/make_report_vectors.py`.

Writes `report-signature-v1.json` next to this file: officer A (fixed seed,
samples.py) signs fixed file bytes at T0. Ed25519 is deterministic, so every
byte is reproducible. Run it only when the signature format changes on
purpose, and say so in docs/protocol.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.report_signature import sign_report  # noqa: E402
from liaison_app.protocol.canonical import b64u_encode  # noqa: E402
from liaison_app.protocol.report_signature import ReportKind  # noqa: E402
from tests.vectors.samples import T0, A  # noqa: E402

FILE_BYTES = ("%PDF-1.4\n% Liaison report-signature vector: not a real report\n"
              "Јовановић, Đorđe — handling UK C\n%%EOF\n").encode()
FILE_NAME = "GB-NCA-2026-0042-handover.pdf"


def report_signature_vector() -> dict[str, Any]:
    """A's signature of FILE_BYTES as a case report."""
    signature = sign_report(FILE_BYTES, A.keys, report=ReportKind.CASE, file_name=FILE_NAME,
                            officer=A.officer, agency=A.agency, signed_at=T0)
    return {
        "description": "Officer A (GB-NCA) signs the file bytes below as a case report at T0. "
                       "The signature covers the prefix 'liaison/v1/report' + NUL followed by "
                       "the canonical JSON of the document without 'sig'.",
        "signer_sign_key": b64u_encode(A.keys.sign_key),
        "signer_device_id": A.keys.device_id,
        "file_b64u": b64u_encode(FILE_BYTES),
        "signing_input_b64u": b64u_encode(signature.signing_bytes()),
        "signature_file": signature.to_bytes().decode("utf-8"),
    }


def main() -> int:
    out = HERE / "report-signature-v1.json"
    out.write_text(json.dumps(report_signature_vector(), indent=2, ensure_ascii=False,
                              sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
