"""Canary test: no plaintext of stored messages or subjects reaches any file of the profile."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from store_samples import NOW, new_message

from liaison_app.protocol.watchlist import EntryIdentifier, EntryName, WatchEntry, WatchList
from liaison_app.store import audit, cases, check_hits, messages, outbox, search, watchlists
from liaison_app.store.audit import AuditKind
from liaison_app.store.crosscheck import Hit
from liaison_app.store.database import Database
from liaison_app.store.errors import WrongDatabaseKey
from liaison_app.store.profile import ProfileDir

CANARIES = {
    "body": "CANARYbodyQx7Zt",
    "surname": "Canarysurnamevkp",
    "alias": "CanaryAliasWq9",
    "document": "CNRY88412093",
    "cyrillic": "Канарчеыщж",
    "case": "CanaryCaseTitleJ3",
    "justification": "CanaryJustifyR5",
    "listed": "Canarylistedzqw",
    "plate": "CNRYPLT77",
    "iban": "RS35105008123123123173",
    "wallet": "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    "holder": "Canaryholderpq2",
}


def _needles() -> dict[str, bytes]:
    needles: dict[str, bytes] = {}
    for name, text in CANARIES.items():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles[f"{name}/{encoding}"] = text.encode(encoding)
        needles[f"{name}/lower"] = text.lower().encode("utf-8")  # FTS tokens are folded
    return needles


def _scan(root: Path) -> list[str]:
    """Every canary found in any byte of any file under `root`."""
    found = []
    needles = _needles()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {name}" for name, n in needles.items() if n in data]
    return found


def _store_canaries(db: Database, sign: Callable[[bytes], bytes]) -> None:
    person = {"kind": "person", "surname": CANARIES["surname"], "given_names": ["Ana"],
              "aliases": [CANARIES["alias"], CANARIES["cyrillic"]],
              "documents": [{"number": CANARIES["document"]}]}
    with db.transaction() as tx:
        cases.create_case(tx, case_ref="C-1", title=CANARIES["case"], crime_area="other",
                          status="open", now=NOW)
        cases.add_subject(tx, subject_id="S-1", kind="person", category="suspect", basis="fact",
                          label=f"{CANARIES['surname']} Ana", data=person, now=NOW)
        account = {"kind": "bank_account", "category": "suspect", "basis": "fact",
                   "iban": CANARIES["iban"], "account_number": "", "bank_code": "", "bic": "",
                   "holder_name": CANARIES["holder"], "bank_name": "", "country": "",
                   "notes": ""}
        wallet = {"kind": "crypto_address", "category": "suspect", "basis": "fact",
                  "network": "bitcoin", "address": CANARIES["wallet"], "network_name": "",
                  "asset": "", "notes": ""}
        for sid, data in (("S-2", account), ("S-3", wallet)):
            cases.add_subject(tx, subject_id=sid, kind=str(data["kind"]), category="suspect",
                              basis="fact", label=sid, data=data, now=NOW)
        for i in range(40):
            body = f"Report {i}: {CANARIES['body']} {CANARIES['cyrillic']} " + "x" * (i * 300)
            msg = new_message(f"m-{i}", body=body, subjects=[person],
                              content={"purpose": CANARIES["body"]},
                              inner_bytes=body.encode("utf-8"))
            messages.insert_outgoing(tx, msg, now=NOW)
            outbox.enqueue(tx, f"m-{i}", os.urandom(64), now=NOW)
            cases.link_message(tx, "C-1", f"m-{i}", now=NOW)
        audit.append(tx, AuditKind.CONSULT, "gb-1", "subject:S-1",
                     {"justification": CANARIES["justification"]}, sign, now=NOW)
        listed = WatchEntry("E-1", "person", (EntryName(f"{CANARIES['listed']}, Ana"),
                                              EntryName(CANARIES["cyrillic"], alias=True)),
                            identifiers=(EntryIdentifier("plate", CANARIES["plate"], "BG"),))
        w = WatchList("canary-list", "List", "liaison-csv", 1, NOW, NOW + timedelta(days=9),
                      "0" * 64, (listed,))
        watchlists.replace_list(tx, w, b"{}", "0" * 64, now=NOW)
        hit = Hit("watchlist", "canary-list", 1, "E-1", CANARIES["listed"], 1.0,
                  (f"surname {CANARIES['listed']} exact",))
        check_hits.add(tx, "m-1", 0, [hit], now=NOW)


def test_scanner_finds_plaintext(tmp_path: Path) -> None:
    (tmp_path / "leak.bin").write_bytes(b"..." + CANARIES["alias"].encode("utf-16-le"))
    assert _scan(tmp_path) == ["leak.bin: alias/utf-16-le"]


def test_no_canary_in_any_profile_file(profile: ProfileDir, raw_key: bytes,
                                       sign: Callable[[bytes], bytes]) -> None:
    db = Database.open(profile.database, raw_key)
    _store_canaries(db, sign)
    assert search.subject_ids(db, CANARIES["alias"]) == ["S-1"]  # really stored and indexed
    assert watchlists.held_lists(db)["canary-list"].entries == 1
    assert db.execute("SELECT count(*) FROM watch_keys").fetchone()[0] > 1
    assert db.execute("SELECT count(*) FROM subject_match_keys WHERE key IN (?, ?)", (
        f"id:iban:{CANARIES['iban']}", f"id:crypto:bitcoin:{CANARIES['wallet']}")
    ).fetchone()[0] == 2  # the account and the wallet are keyed for the cross-checks

    assert len(search.message_ids(db, CANARIES["body"])) == 40
    wal = profile.sidecars[0]
    assert wal.exists() and wal.stat().st_size > 0, "the test must see a populated WAL"
    assert _scan(profile.path) == [], "plaintext in the open profile (WAL present)"

    with db.transaction() as tx:  # erase some, so freed pages exist too
        for i in range(0, 40, 2):
            messages.delete(tx, f"m-{i}")
        search.compact(tx)
    assert _scan(profile.path) == []
    db.close()

    assert _scan(profile.path) == [], "plaintext in the closed profile"
    assert {p.name for p in profile.path.iterdir()} >= {"cache.db"}

    with pytest.raises(WrongDatabaseKey):
        Database.open(profile.database, os.urandom(32))
    again = Database.open(profile.database, raw_key)
    try:
        assert len(search.message_ids(again, CANARIES["body"])) == 20
    finally:
        again.close()
    assert _scan(profile.path) == []
