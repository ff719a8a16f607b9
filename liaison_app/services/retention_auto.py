"""Retention that runs itself: at unlock and once a day, records past review are erased.

The review period is the effective policy's `retention_days` (IT's policy file over
the provisioning profile), written where the store files records
(`store.review_dates`), so a case opened under `retention_days = 30` is reviewed 30
days later. A record whose review date is more than `retention_grace_days` past is
erased automatically unless an officer kept it (a later review date) or restricted
it (kept for evidence); each erasure is audited with the rule that caused it. Drafts
are records too: due on their own review date (`store.drafts`). With
`retention_confirm_erasure = true` nothing is erased by itself: the records wait on
the Review page for an officer to confirm. The clock is a parameter throughout, so
tests move it instead of waiting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from liaison_app.config.policy import SystemPolicy, load_policy
from liaison_app.services import preferences
from liaison_app.services.session import Session
from liaison_app.store import retention_due, review_dates, settings
from liaison_app.store.audit import AuditKind
from liaison_app.store.retention_due import DueRecord

log = logging.getLogger(__name__)

LAST_RUN_KEY = "retention.last_run"
LAST_RESULT_KEY = "retention.last_result"
BATCH = 200
"""Records erased per transaction (short write transactions beside the sync worker)."""
MAX_BATCHES = 10_000


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """What the automatic run applies, and where the review period came from."""

    review_days: int
    grace_days: int
    confirm: bool
    source: str


@dataclass(slots=True)
class AutoRun:
    """What one automatic run did."""

    at: datetime
    cutoff: date
    erased: dict[str, int] = field(default_factory=lambda: {"message": 0, "subject": 0,
                                                            "case": 0, "draft": 0})
    awaiting_confirmation: int = 0

    @property
    def total(self) -> int:
        """How many records were erased."""
        return sum(self.erased.values())

    def to_json(self) -> dict[str, object]:
        """What is kept of the last run (the Review page shows it)."""
        return {"at": self.at.strftime("%Y-%m-%dT%H:%M:%SZ"), "cutoff": self.cutoff.isoformat(),
                "erased": self.erased, "awaiting_confirmation": self.awaiting_confirmation}


def current_policy(session: Session, system: SystemPolicy | None = None) -> RetentionPolicy:
    """The retention policy in force for this profile now."""
    base = load_policy() if system is None else system
    eff = preferences.effective(session, base)
    days = int(eff.value("retention_days") or review_dates.DEFAULT_REVIEW_DAYS)
    grace = int(eff.value("retention_grace_days") or 0)
    confirm = bool(eff.value("retention_confirm_erasure"))
    if base.refused:
        source = f"defaults (the policy file {base.source} is malformed)"
    elif "retention_days" in base.values:
        source = f"policy file {base.source}"
    else:
        source = "provisioning profile"
    return RetentionPolicy(days, grace, confirm, source)


def apply_policy(session: Session, policy: RetentionPolicy, *, now: datetime) -> None:
    """Give records filed from now on the policy's review period; a change is audited."""
    with session.db.transaction() as conn:
        stored = settings.get(conn, review_dates.REVIEW_DAYS_KEY)
        if stored == str(policy.review_days):
            return
        review_dates.set_review_days(conn, policy.review_days)
        if stored is not None:
            session.audit(conn, AuditKind.POLICY_CHANGE, "setting:retention_days",
                          {"value": str(policy.review_days), "was": stored,
                           "by": policy.source}, now=now)


def _rule(record: DueRecord, policy: RetentionPolicy) -> str:
    return (f"review date {record.review_on.isoformat()} passed by more than "
            f"{policy.grace_days} days' grace (retention_days = {policy.review_days}, "
            f"from the {policy.source})")


def _erase_batch(session: Session, records: list[DueRecord], policy: RetentionPolicy,
                 now: datetime) -> int:
    """Erase one batch in one transaction, each audited with its rule."""
    # the stores that erase are imported once something is due: an unlock with nothing
    # past review (the usual case) does not load them on the path to the first window
    from liaison_app.store import cases, drafts, erasures, messages

    done = 0
    with session.db.transaction() as conn:
        for record in records:
            details: dict[str, object] = {
                "what": record.kind, "automatic": True, "rule": _rule(record, policy),
                "review_on": record.review_on.isoformat(), "grace_days": policy.grace_days,
                "retention_days": policy.review_days, "policy_source": policy.source}
            if record.kind == "message":
                if not messages.delete(conn, record.ref):
                    continue
                erasures.record(conn, [record.ref], erased_at=now)
                obj = record.ref
            elif record.kind == "subject":
                if not cases.delete_subject(conn, record.ref):
                    continue
                obj = f"subject:{record.ref}"
            elif record.kind == "draft":
                if not drafts.delete(conn, record.ref):
                    continue
                obj = f"draft:{record.ref}"
            else:
                if not cases.delete_case(conn, record.ref):
                    continue
                obj = f"case:{record.ref}"
            session.audit(conn, AuditKind.ERASE, obj, details, now=now)
            done += 1
    return done


def run(session: Session, *, now: datetime | None = None,
        policy: RetentionPolicy | None = None) -> AutoRun:
    """Erase every record past review plus grace (or count them, under confirmation)."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    rules = policy or current_policy(session)
    # due: the review date lies more than `grace_days` days in the past
    result = AutoRun(moment, moment.date() - timedelta(days=rules.grace_days + 1))
    db = session.db
    if rules.confirm:
        result.awaiting_confirmation = retention_due.count_past(db, result.cutoff)
    else:
        for find in (retention_due.messages_due, retention_due.subjects_due,
                     retention_due.empty_cases_due, retention_due.drafts_due):
            for _ in range(MAX_BATCHES):
                records = find(db, result.cutoff, limit=BATCH)
                if not records:
                    break
                erased = _erase_batch(session, records, rules, moment)
                result.erased[records[0].kind] += erased
                if erased == 0:
                    break
        if result.total:
            from liaison_app.store import search
            from liaison_app.store.attachment_spool import Spool, sweep

            with db.transaction() as conn:
                search.compact(conn)
            sweep(db, Spool(session.profile.attachments), orphans=False)
    with db.transaction() as conn:
        settings.put(conn, LAST_RUN_KEY, moment.date().isoformat())
        settings.put(conn, LAST_RESULT_KEY, json.dumps(result.to_json(), sort_keys=True))
    if result.total:
        log.info("retention: %d record(s) erased automatically", result.total)
    return result


def run_if_due(session: Session, *, now: datetime | None = None) -> AutoRun | None:
    """The daily run: apply the policy and run unless it already ran today."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    last = settings.get(session.db, LAST_RUN_KEY)
    if last is not None and last >= moment.date().isoformat():
        return None
    return at_unlock(session, now=moment)


def at_unlock(session: Session, *, now: datetime | None = None) -> AutoRun:
    """What unlocking does: apply the policy in force, then run."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    policy = current_policy(session)
    apply_policy(session, policy, now=moment)
    return run(session, now=moment, policy=policy)


def last_result(session: Session) -> dict[str, object] | None:
    """The last automatic run's counts (None before the first)."""
    raw = settings.get(session.db, LAST_RESULT_KEY)
    if raw is None:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) else None
