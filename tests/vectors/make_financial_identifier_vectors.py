"""Regenerate `watchlist-financial-identifiers-v1.json`:
`.venv/bin/python tests/vectors/make_financial_identifier_vectors.py`.

How a watch-list entry's financial identifiers (protocol §29: `iban`,
`account`, `crypto`, `transfer`) are read: each case gives the identifier as
a list carries it and the key it is matched under (`null`: not matched), and
each subject of `financial-subjects-v2.json` the identifiers it is matched by.
Run only when these rules change on purpose.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.matching.identifiers import make_identifier  # noqa: E402
from liaison_app.matching.records import record_from_subject  # noqa: E402

BTC = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
CASES: list[tuple[str, str, str, str]] = [
    ("iban", "gb82 west 1234 5698 7654 32", "", "any spacing and case"),
    ("iban", "GB82-WEST-1234-5698-7654-32", "", "hyphens"),
    ("iban", "GB83WEST12345698765432", "", "a wrong check digit: not matched"),
    ("iban", "GB82WEST123456987654", "", "too short for GB: not matched"),
    ("iban", "RS35 1050 0812 3123 1231 73", "", "Serbia"),
    ("account", "105-0081231231231-73", "RS", "a Serbian account: read as its IBAN"),
    ("account", "37040044 0532013000", "DE", "a German BLZ and account: read as its IBAN"),
    ("account", "40-47-84 12345678", "GB", "sort code and account number"),
    ("account", "12345678", "", "no country: not matched"),
    ("account", "12-34", "RS", "too short: not matched"),
    ("account", "RS35 1050 0812 3123 1231 73", "", "an IBAN given as an account"),
    ("crypto", f"bitcoin:{BTC}", "", "network:address"),
    ("crypto", BTC.upper(), "", "bare, in capitals as QR codes hold it"),
    ("crypto", f"bitcoin:{BTC[:-1]}5", "", "one character changed: not matched"),
    ("crypto", f"ethereum:{ETH}", "", "EIP-55 mixed case"),
    ("crypto", f"polygon:{ETH.lower()}", "", "the same address on another EVM chain"),
    ("crypto", ETH[:-1] + "D", "", "a wrong EIP-55 capital: not matched"),
    ("crypto", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "", "bare Tron"),
    ("crypto", "XBT:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "", "a ticker as the network"),
    ("crypto", "doge:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L", "", "a network outside the list"),
    ("crypto", "bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.5", "",
     "a BIP-21 URI"),
    ("transfer", "Western Union: 471-603-8295", "", "provider:reference"),
    ("transfer", "4716038295", "", "no provider: not matched"),
    ("transfer", "MoneyGram:12", "", "too short: not matched"),
]


def main() -> None:
    cases = []
    for kind, value, country, note in CASES:
        ident = make_identifier(kind, value, country)
        cases.append({"kind": kind, "value": value, "country": country, "note": note,
                      "matched_as": None if ident is None else ident.kind,
                      "key": None if ident is None else ident.key})
    inner = json.loads(json.loads((HERE / "financial-subjects-v2.json").read_text(
        encoding="utf-8"))["inner_message"])
    subjects = []
    for i, subject in enumerate(inner["subjects"]):
        record = record_from_subject(subject)
        subjects.append({
            "index": i, "kind": subject["kind"],
            "record_kind": None if record is None else record.kind,
            "identifiers": [] if record is None else sorted(
                f"{x.kind}:{x.key}" for x in record.identifiers)})
    doc = {"description": __doc__.split("\n\n", 1)[1].strip(), "identifiers": cases,
           "subjects": subjects}
    (HERE / "watchlist-financial-identifiers-v1.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
