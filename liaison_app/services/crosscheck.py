"""Cross-checks as the officer uses them: the booth check, compose warnings, arrival hits.

The booth check (`booth_check`) takes what the officer typed or pasted (a
name with a date of birth and nationality, a plate with its country, a
document number, an MRZ, a phone number, an IBAN or account number, a crypto
address), looks it up in the watch lists and
the cache, and records the consultation with the officer's justification
and each hit as a `combination` (DPA 2018 s.62: list, version, entry,
score). `check_subjects` does the same for a draft's subjects before it is
signed (a warning, never a refusal). Hits found on arrival are read with
`arrival_hits`; `new_strong_hits` feeds notifications. All offline.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from liaison_app.domain.bank_codes import IBAN_LENGTHS, check_iban, normalise_iban
from liaison_app.domain.countries import validate_country
from liaison_app.domain.subjects import (
    Subject,
    check_partial_date,
    subject_label,
    subject_to_wire,
)
from liaison_app.matching.documents import Mrz, MrzError, parse_mrz
from liaison_app.matching.financial import crypto_identifiers
from liaison_app.matching.identifiers import Identifier, make_identifier
from liaison_app.matching.names import NameForm, parse_name
from liaison_app.matching.records import Record, nationality_codes, record_from_subject
from liaison_app.protocol.errors import ValidationError
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import check_hits, crosscheck, watchlists
from liaison_app.store.audit import AuditKind
from liaison_app.store.check_hits import ArrivalHit
from liaison_app.store.crosscheck import Hit
from liaison_app.store.database import Database

__all__ = [
    "CheckQuery", "CheckResult", "Hit", "SubjectHits", "arrival_hits", "booth_check",
    "check_subjects", "last_hit_id", "new_strong_hits",
]

QUERY = "query"
"""A booth query's record kind: its name is compared with people and organisations."""


@dataclass(frozen=True, slots=True)
class CheckQuery:
    """What the officer typed at the booth; any field may be empty."""

    name: str = ""
    date_of_birth: str = ""
    nationality: str = ""
    plate: str = ""
    plate_country: str = ""
    document: str = ""
    document_country: str = ""
    mrz: str = ""
    phone: str = ""
    account: str = ""
    """An IBAN, or a national account number (with its bank code) and `account_country`."""
    account_country: str = ""
    wallet: str = ""
    """A crypto-asset address; `network` names its network when the checksum cannot."""
    network: str = ""

    def asked(self) -> list[str]:
        """Which fields were given (for the audit: what was looked up, never the values)."""
        return [name for name in ("name", "date_of_birth", "nationality", "plate", "document",
                                  "mrz", "phone", "account", "wallet")
                if getattr(self, name).strip()]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The hits, best first, what the MRZ said, and notes for the officer."""

    hits: tuple[Hit, ...]
    mrz: Mrz | None = None
    notes: tuple[str, ...] = ()
    elapsed_ms: float = 0.0
    lists_held: int = 0


@dataclass(frozen=True, slots=True)
class SubjectHits:
    """The hits for one subject of a draft or message."""

    index: int
    label: str
    hits: tuple[Hit, ...] = field(default=())


def _justification(text: str) -> str:
    reason = text.strip()
    if len(reason) < 3:
        raise ServiceError("A check is a consultation of personal data: give the reason for "
                           "it (a few words at least).")
    return reason[:500]


def _mrz(text: str, now: datetime) -> Mrz:
    try:
        return parse_mrz(text, current_year=now.year)
    except MrzError as exc:
        raise ServiceError("MRZ not accepted: {error}. Check the characters against the "
                           "document (0 and O, 1 and I, 5 and S are easily confused).",
                           error=exc) from exc


def _identifier(kind: str, value: str, country: str, what: str) -> Identifier:
    ident = make_identifier(kind, value, country)
    if ident is None:
        raise ServiceError("“{value}” cannot be read as {what}.", value=value, what=what)
    return ident


def _account_identifiers(text: str, country: str) -> list[Identifier]:
    """An IBAN (checked: its digits must hold) and the national account it holds, or a
    national account number in `country`."""
    compact = normalise_iban(text.strip())
    if compact[:2].isalpha() and compact[2:4].isdigit() and compact[:2].upper() in IBAN_LENGTHS:
        try:
            check_iban(compact, "account")
        except ValidationError as exc:
            raise ServiceError("IBAN not accepted: {reason}.", reason=exc.reason) from exc
        found = [_identifier("iban", compact, "", "an IBAN")]
        national = make_identifier("account", compact[4:], compact[:2])
        return found + ([national] if national is not None else [])
    if not country.strip():
        raise ServiceError("Give the account's country too (--country), e.g. RS or GB: an "
                           "account number that is not an IBAN is read by its country.")
    code = validate_country(country.strip().upper(), "country")
    return [_identifier("account", text, code, "an account number (with its bank code)")]


def _wallet_identifiers(text: str, network: str) -> list[Identifier]:
    if not text.strip():
        raise ServiceError("Give the crypto address to check with its network.")
    try:
        return crypto_identifiers(text, network)
    except ValidationError as exc:
        raise ServiceError("Crypto address not accepted: {reason}.", reason=exc.reason) from exc


def _record(session: Session, query: CheckQuery, now: datetime) -> tuple[Record, Mrz | None]:
    names: list[NameForm] = []
    dobs: list[str] = []
    nationalities: list[str] = []
    sex = ""
    ids: list[Identifier] = []
    if query.name.strip():
        form = parse_name(query.name.strip())
        if form is None:
            raise ServiceError("“{name}” holds no name to look up.", name=query.name)
        names.append(form)
    if query.date_of_birth.strip():
        dobs.append(check_partial_date(query.date_of_birth.strip(), "date_of_birth"))
    if query.nationality.strip():
        nationalities.append(validate_country(query.nationality.strip().upper(),
                                              "nationality", special=True))
    mrz = _mrz(query.mrz, now) if query.mrz.strip() else None
    if mrz is not None:
        form = parse_name(surname=mrz.surname, given=mrz.given_names)
        if form is not None:
            names.append(form)
        if mrz.date_of_birth and not dobs:
            dobs.append(mrz.date_of_birth)
        nationalities.append(mrz.nationality)
        sex = mrz.sex
        ids.append(_identifier("document", mrz.document_number, mrz.issuing_state,
                               "a document number"))
    if query.plate.strip():
        if not query.plate_country.strip():
            raise ServiceError("Give the plate's country too (--country), e.g. BG or RS: "
                               "plates are read by the rules of their country.")
        country = validate_country(query.plate_country.strip().upper(), "country")
        ids.append(_identifier("plate", query.plate, country, "a plate"))
    if query.document.strip():
        ids.append(_identifier("document", query.document, query.document_country.upper(),
                               "a document number"))
    if query.phone.strip():
        region = session.identity.agency_id.split("-", 1)[0]
        ids.append(_identifier("phone", query.phone, region,
                               "a phone number (give it with its country code, e.g. +381…)"))
    if query.account.strip():
        ids.extend(_account_identifiers(query.account, query.account_country))
    if query.wallet.strip() or query.network.strip():
        ids.extend(_wallet_identifiers(query.wallet, query.network))
    if not names and not ids:
        raise ServiceError("Give something to check: a name, a plate with its country, a "
                           "document number, an MRZ, a phone number, an account or a "
                           "crypto address.")
    record = Record(QUERY if names else ids[0].kind, tuple(names), tuple(dobs),
                    nationality_codes(nationalities), sex, tuple(ids))
    return record, mrz


def booth_check(session: Session, query: CheckQuery, justification: str, *,
                now: datetime | None = None) -> CheckResult:
    """Look the query up in the watch lists and the cache; audit it as a consultation."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    reason = _justification(justification)
    try:
        record, mrz = _record(session, query, now)
    except ValidationError as exc:
        raise ServiceError("{field}: {reason}", field=exc.field, reason=exc.reason) from exc
    started = time.perf_counter()
    hits = crosscheck.check_record(session.db, record)
    elapsed = (time.perf_counter() - started) * 1000
    notes = []
    held = len(watchlists.held_lists(session.db))
    if mrz is not None:
        notes.append(f"MRZ read ({mrz.format}): check digits valid; document "
                     f"{mrz.document_number} issued by {mrz.issuing_state}")
    if not held:
        notes.append("No watch list is held yet: only the cache was checked. Sync to "
                     "fetch the lists.")
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.CONSULT, "check", {
            "justification": reason, "asked": query.asked(), "hits": len(hits)}, now=now)
        for hit in hits:
            session.audit(conn, AuditKind.COMBINATION, "check",
                          hit.audit_details("check"), now=now)
    return CheckResult(tuple(hits), mrz, tuple(notes), elapsed, held)


def check_subjects(session: Session, subjects: Sequence[Subject], *,
                   now: datetime | None = None) -> list[SubjectHits]:
    """Check a draft's subjects before it is signed; audit each hit as a combination."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    found: list[SubjectHits] = []
    for index, subject in enumerate(subjects):
        label = subject_label(subject)
        record = record_from_subject(subject_to_wire(subject), label)
        if record is None:
            continue
        hits = crosscheck.check_record(session.db, record)
        if hits:
            found.append(SubjectHits(index, label, tuple(hits)))
    if found:
        with session.db.transaction() as conn:
            for item in found:
                for hit in item.hits:
                    session.audit(conn, AuditKind.COMBINATION, "draft",
                                  hit.audit_details("compose", subject=item.index), now=now)
    return found


def _db(source: Session | Database) -> Database:
    return source.db if isinstance(source, Session) else source


def arrival_hits(source: Session | Database, *, message_id: str | None = None,
                 limit: int = 1000) -> list[ArrivalHit]:
    """Hits found on arrival: of one message, or the newest first."""
    db = _db(source)
    if message_id is not None:
        return check_hits.for_message(db, message_id)
    return check_hits.listed(db, limit=limit)


def last_hit_id(source: Session | Database) -> int:
    """The mark to notify after (the newest hit stored)."""
    return check_hits.last_hit_id(_db(source))


def new_strong_hits(source: Session | Database, since_hit_id: int) -> list[ArrivalHit]:
    """Strong arrival hits stored after the mark, oldest first (for notifications)."""
    return check_hits.strong_since(_db(source), since_hit_id)
