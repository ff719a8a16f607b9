"""The audit chain: append, verify, and detection of edited, deleted, reordered entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from nacl.signing import SigningKey
from store_samples import NOW

from liaison_app.domain.errors import ValidationError
from liaison_app.store import audit
from liaison_app.store.audit import AuditKind
from liaison_app.store.database import Database
from liaison_app.store.errors import NotInTransaction, StoreError, WrongDatabaseKey
from liaison_app.store.profile import ProfileDir

Sign = Callable[[bytes], bytes]


def _append_five(db: Database, sign: Sign) -> None:
    with db.transaction() as tx:
        audit.append(tx, AuditKind.UNLOCK, "gb-1", "", {}, sign, now=NOW)
        audit.append(tx, AuditKind.CREATE, "gb-1", "message:m-1", {"type": "request"}, sign,
                     now=NOW + timedelta(seconds=1))
        audit.append(tx, AuditKind.DISCLOSE, "gb-1", "message:m-1",
                     {"recipients": ["rs-mup"]}, sign, now=NOW + timedelta(seconds=2))
        audit.append(tx, AuditKind.CONSULT, "gb-1", "subject:S-1",
                     {"justification": "Case C-1 lookup"}, sign, now=NOW + timedelta(seconds=3))
        audit.append(tx, AuditKind.LOCK, "gb-1", "", {}, sign, now=NOW + timedelta(seconds=4))


def _unguard(db: Database) -> None:
    """What an attacker with the key would do first: drop the append-only triggers."""
    db.execute("DROP TRIGGER audit_no_update")
    db.execute("DROP TRIGGER audit_no_delete")


def test_intact_chain_verifies(db: Database, sign: Sign, verify_key: bytes) -> None:
    assert audit.verify_chain(db, verify_key) == audit.AuditVerdict(True, 0, None, "intact")
    _append_five(db, sign)
    verdict = audit.verify_chain(db, verify_key)
    assert verdict.ok and verdict.count == 5 and verdict.first_bad_seq is None
    entries = audit.entries(db)
    assert [e.seq for e in entries] == [5, 4, 3, 2, 1]
    assert entries[-1].prev_hash == audit.GENESIS
    assert entries[0].prev_hash == entries[1].entry_hash
    assert audit.entries(db, kind=AuditKind.CONSULT)[0].details == {
        "justification": "Case C-1 lookup"}
    assert audit.count(db) == 5


def test_kind_rules(db: Database, sign: Sign) -> None:
    with db.transaction() as tx:
        with pytest.raises(ValidationError, match="justification"):
            audit.append(tx, AuditKind.CONSULT, "gb-1", "subject:S-1", {}, sign)
        with pytest.raises(ValidationError, match="recipients"):
            audit.append(tx, AuditKind.DISCLOSE, "gb-1", "message:m-1", {}, sign)
    with pytest.raises(NotInTransaction):
        audit.append(db, AuditKind.LOCK, "gb-1", "", {}, sign)


def test_log_is_append_only(db: Database, sign: Sign) -> None:
    _append_five(db, sign)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit SET actor = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit WHERE seq = 2")


def test_edited_entry_is_detected(db: Database, sign: Sign, verify_key: bytes) -> None:
    _append_five(db, sign)
    _unguard(db)
    db.execute("""UPDATE audit SET details = '{"justification":"nothing to see"}'
                  WHERE seq = 4""")
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 4 and "edited" in verdict.reason
    assert verdict.count == 3


def test_edit_with_recomputed_hash_fails_the_signature(
    db: Database, sign: Sign, verify_key: bytes,
) -> None:
    _append_five(db, sign)
    _unguard(db)
    row = db.execute("SELECT * FROM audit WHERE seq = 5").fetchone()
    forged = audit.compute_hash(seq=5, at=row["at"], kind=row["kind"], actor="someone-else",
                                object_ref="", details={}, prev_hash=bytes(row["prev_hash"]))
    db.execute("UPDATE audit SET actor = 'someone-else', entry_hash = ? WHERE seq = 5",
               (forged,))
    db.execute("UPDATE audit_head SET entry_hash = ?", (forged,))
    verdict = audit.verify_chain(db, verify_key)
    assert verdict.first_bad_seq == 5 and "signature" in verdict.reason


def test_deleted_entry_is_detected(db: Database, sign: Sign, verify_key: bytes) -> None:
    _append_five(db, sign)
    _unguard(db)
    db.execute("DELETE FROM audit WHERE seq = 2")
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 2 and "missing" in verdict.reason


def test_deleted_and_renumbered_is_detected(db: Database, sign: Sign, verify_key: bytes) -> None:
    _append_five(db, sign)
    _unguard(db)
    db.execute("DELETE FROM audit WHERE seq = 2")
    db.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 2")
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 2


def test_reordered_entries_are_detected(db: Database, sign: Sign, verify_key: bytes) -> None:
    _append_five(db, sign)
    _unguard(db)
    db.execute("UPDATE audit SET seq = 100 WHERE seq = 2")
    db.execute("UPDATE audit SET seq = 2 WHERE seq = 3")
    db.execute("UPDATE audit SET seq = 3 WHERE seq = 100")
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 2


def test_truncated_tail_is_detected(db: Database, sign: Sign, verify_key: bytes) -> None:
    _append_five(db, sign)
    _unguard(db)
    db.execute("DELETE FROM audit WHERE seq = 5")
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.count == 4 and verdict.first_bad_seq == 5
    assert "truncated" in verdict.reason


def test_other_device_key_fails(db: Database, sign: Sign) -> None:
    _append_five(db, sign)
    verdict = audit.verify_chain(db, bytes(SigningKey.generate().verify_key))
    assert not verdict.ok and verdict.first_bad_seq == 1


def test_verify_profile_audit(profile: ProfileDir, raw_key: bytes, sign: Sign,
                              verify_key: bytes, tmp_path: Path) -> None:
    db = Database.open(profile.database, raw_key)
    _append_five(db, sign)
    db.close()
    verdict = audit.verify_profile_audit(profile.path, raw_key, verify_key)
    assert verdict.ok and verdict.count == 5
    with pytest.raises(WrongDatabaseKey):
        audit.verify_profile_audit(profile.path, bytes(32), verify_key)
    with pytest.raises(StoreError):
        audit.verify_profile_audit(tmp_path / "empty", raw_key, verify_key)


def _append_batches(db: Database, sign: Sign) -> None:
    """Two transactions of three entries, each written with one `append_many` (as the
    push and the page store write theirs): entries 3 and 6 carry the signatures."""
    for start in (0, 3):
        with db.transaction() as tx:
            audit.append_many(tx, [(AuditKind.ALTER, "gb-1", f"m-{start + i}",
                                    {"outcome": "sent"}) for i in range(3)], sign,
                              now=NOW + timedelta(seconds=start))


def test_one_signature_per_append_covers_its_entries(db: Database, sign: Sign,
                                                     verify_key: bytes) -> None:
    calls: list[bytes] = []

    def counting(data: bytes) -> bytes:
        calls.append(data)
        return sign(data)

    _append_batches(db, counting)
    assert len(calls) == 2
    sigs = {e.seq: e.sig for e in audit.entries(db)}
    assert [len(sigs[s]) for s in range(1, 7)] == [0, 0, 64, 0, 0, 64]
    assert audit.verify_chain(db, verify_key) == audit.AuditVerdict(True, 6, None, "intact")
    verdict = audit.verify_chain(db, bytes(SigningKey.generate().verify_key))
    assert not verdict.ok and verdict.first_bad_seq == 1 and verdict.count == 0
    assert "entries 1-3" in verdict.reason


def test_a_covered_entry_forged_with_its_chain_fails_the_group_signature(
        db: Database, sign: Sign, verify_key: bytes) -> None:
    """Entry 4 rewritten, hashes recomputed up to the signed entry 6 and the head: the
    signature of 6 no longer matches, and the verdict points at the group's first entry."""
    _append_batches(db, sign)
    _unguard(db)
    prev = bytes(db.execute("SELECT entry_hash FROM audit WHERE seq = 3").fetchone()[0])
    for seq in (4, 5, 6):
        row = db.execute("SELECT * FROM audit WHERE seq = ?", (seq,)).fetchone()
        actor = "someone-else" if seq == 4 else row["actor"]
        digest = audit.compute_hash(seq=seq, at=row["at"], kind=row["kind"], actor=actor,
                                    object_ref=row["object_ref"],
                                    details={"outcome": "sent"}, prev_hash=prev)
        db.execute("UPDATE audit SET actor = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?",
                   (actor, prev, digest, seq))
        prev = digest
    db.execute("UPDATE audit_head SET entry_hash = ?", (prev,))
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 4 and verdict.count == 3
    assert "invalid signature" in verdict.reason


def test_a_signature_set_on_a_covered_entry_must_verify(db: Database, sign: Sign,
                                                        verify_key: bytes) -> None:
    _append_batches(db, sign)
    _unguard(db)
    db.execute("UPDATE audit SET sig = ? WHERE seq = 2", (bytes(64),))
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 1


def test_a_tail_cut_inside_a_transaction_is_detected(db: Database, sign: Sign,
                                                     verify_key: bytes) -> None:
    """Entry 6 (the signed one) removed and the head moved back to 5 to match: 4 and 5
    are covered by no signature."""
    _append_batches(db, sign)
    _unguard(db)
    db.execute("DELETE FROM audit WHERE seq = 6")
    head = bytes(db.execute("SELECT entry_hash FROM audit WHERE seq = 5").fetchone()[0])
    db.execute("UPDATE audit_head SET seq = 5, entry_hash = ?", (head,))
    verdict = audit.verify_chain(db, verify_key)
    assert not verdict.ok and verdict.first_bad_seq == 4 and verdict.count == 3
    assert "no signature" in verdict.reason


def test_a_log_signed_entry_by_entry_still_verifies(db: Database, sign: Sign,
                                                    verify_key: bytes) -> None:
    """Logs written before one signature per transaction carry a signature on every
    entry; they verify unchanged (no migration)."""
    with db.transaction() as tx:
        for i in range(3):
            audit.append(tx, AuditKind.ALTER, "gb-1", f"m-{i}", {"outcome": "sent"}, sign,
                         now=NOW)
    assert all(len(e.sig) == 64 for e in audit.entries(db))
    assert audit.verify_chain(db, verify_key).ok
