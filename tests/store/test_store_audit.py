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
