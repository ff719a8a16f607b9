"""Regenerate `watchlist-v1.json`: `.venv/bin/python tests/vectors/make_watchlist_vectors.py`.

A signed snapshot of a two-entry list and the signed index naming it, from
the fixed authority seed (Ed25519 is deterministic, so every byte is
reproducible). Run only when the watch-list wire format changes on purpose.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.watchlist import sign_index, sign_watchlist, snapshot_digest  # noqa: E402
from liaison_app.protocol.canonical import canonical_bytes  # noqa: E402
from liaison_app.protocol.domains import (  # noqa: E402
    WATCHLIST_INDEX_SIG_PREFIX,
    WATCHLIST_SIG_PREFIX,
)
from liaison_app.protocol.watchlist import (  # noqa: E402
    IndexedList,
    index_to_wire,
    watchlist_to_wire,
)
from tests.vectors.samples import AUTHORITY_SEED, authority  # noqa: E402
from tests.vectors.watchlist_samples import index, snapshot  # noqa: E402


def main() -> None:
    key = authority()
    w = snapshot()
    signed = sign_watchlist(w, key)
    ix = index(5, (IndexedList(w.name, w.title, w.version, snapshot_digest(signed),
                               len(w.entries)),))
    signed_ix = sign_index(ix, key)
    doc = {
        "authority_seed_hex": AUTHORITY_SEED.hex(),
        "authority_key_hex": bytes(key.verify_key).hex(),
        "watchlist": {
            "signing_input_hex": (WATCHLIST_SIG_PREFIX
                                  + canonical_bytes(watchlist_to_wire(w))).hex(),
            "signed": signed.decode("utf-8"), "sha256": snapshot_digest(signed)},
        "index": {
            "signing_input_hex": (WATCHLIST_INDEX_SIG_PREFIX
                                  + canonical_bytes(index_to_wire(ix))).hex(),
            "signed": signed_ix.decode("utf-8")},
        "verify_at": "2026-11-24T00:00:00Z",
    }
    (HERE / "watchlist-v1.json").write_text(
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
