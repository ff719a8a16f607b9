"""Outcomes, references to other systems and the case status: validation, storage, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from liaison_app.domain.currencies import MINOR_UNITS, format_amount, parse_amount
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import GradingScheme, HandlingCode
from liaison_app.domain.handling_marking import document_marking
from liaison_app.domain.outcomes import Money, Outcome, OutcomeKind
from liaison_app.services import case_records as cr
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import audit, cases
from liaison_app.store.audit import AuditKind
from tests.services.test_views import incoming, store

NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("12500.50", "EUR", 1250050), ("12500", "EUR", 1250000), ("0.5", "GBP", 50),
    ("1000", "JPY", 1000), ("1.234", "KWD", 1234), (" 7 ", "RSD", 700)])
def test_amounts_parse_to_minor_units(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(("text", "currency"), [
    ("12500.505", "EUR"), ("1.5", "JPY"), ("-5", "EUR"), ("1,000", "EUR"), ("1e3", "EUR"),
    ("0", "EUR"), ("5", "EURO"), ("5", "eur"), ("", "EUR"), ("10000000000001", "EUR")])
def test_bad_amounts_are_refused(text: str, currency: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount(text, currency)


def test_currency_table_and_formatting() -> None:
    assert {"EUR", "GBP", "RSD", "BGN", "TRY", "RON", "MKD", "ALL", "BAM", "HUF", "MDL"} \
        <= set(MINOR_UNITS)
    assert format_amount(123456789, "EUR") == "1,234,567.89 EUR"
    assert format_amount(5000, "JPY") == "5,000 JPY"


def test_outcome_rules() -> None:
    day = date(2026, 3, 1)
    Outcome(OutcomeKind.ARREST, day, 3, note="Two drivers and a facilitator")
    with pytest.raises(ValidationError, match="amount"):
        Outcome(OutcomeKind.CASH_SEIZED, day)
    with pytest.raises(ValidationError, match="only cash"):
        Outcome(OutcomeKind.ARREST, day, amount=Money(100, "EUR"))
    with pytest.raises(ValidationError, match="count"):
        Outcome(OutcomeKind.ARREST, day, 0)
    with pytest.raises(ValidationError):
        Outcome("escape", day)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="future"):
        Outcome(OutcomeKind.ARREST, date(2026, 4, 5)).check_not_future(date(2026, 4, 1))


def test_outcomes_are_recorded_listed_removed_and_audited(session: Session) -> None:
    with session.db.transaction() as conn:
        cases.create_case(conn, case_ref="RS/2026/7", title="Horgoš lorries",
                          crime_area="migrant_smuggling", status="open", now=NOW)
    first = cr.add_outcome(session, "RS/2026/7", Outcome(
        OutcomeKind.CASH_SEIZED, date(2026, 3, 30), amount=Money(1250050, "EUR"),
        note="Cash in the cab of Јовановић"), now=NOW)
    cr.add_outcome(session, "RS/2026/7", Outcome(OutcomeKind.ARREST, date(2026, 3, 2), 2),
                   now=NOW)
    listed = cr.outcomes_of(session, "RS/2026/7")
    assert [(o.kind, o.count, o.amount) for o in listed] == [
        ("arrest", 2, ""), ("cash_seized", 1, "12,500.50 EUR")]
    assert listed[1].note == "Cash in the cab of Јовановић"
    created = audit.entries(session.db, kind=AuditKind.CREATE, object_ref="case:RS/2026/7")
    assert len(created) == 2
    assert all("Јовановић" not in str(e.details) for e in created)
    with pytest.raises(ServiceError, match="Say why"):
        cr.remove_outcome(session, first, "")
    cr.remove_outcome(session, first, "entered twice", now=NOW)
    assert [o.kind for o in cr.outcomes_of(session, "RS/2026/7")] == ["arrest"]
    (erased,) = audit.entries(session.db, kind=AuditKind.ERASE)
    assert isinstance(erased.details, dict) and erased.details["reason"] == "entered twice"
    with pytest.raises(ServiceError, match="no case"):
        cr.add_outcome(session, "NO/SUCH/CASE", Outcome(OutcomeKind.ARREST, date(2026, 3, 1)),
                       now=NOW)


def test_external_refs_are_added_once_removed_and_audited(session: Session) -> None:
    # a case known only from a received message gets its record when a reference is added
    store(session, incoming(1, case_ref="RS/2026/9"))
    assert cases.get_case(session.db, "RS/2026/9") is None
    cr.add_external_ref(session, "RS/2026/9", "SIENA", "SIENA-2026-000123", now=NOW)
    assert cases.get_case(session.db, "RS/2026/9") is not None
    cr.add_external_ref(session, "RS/2026/9", "interpol", "A-1234/5-2026", now=NOW)
    with pytest.raises(ServiceError, match="already has"):
        cr.add_external_ref(session, "RS/2026/9", "SIENA", "SIENA-2026-000123", now=NOW)
    with pytest.raises(ValidationError):
        cr.add_external_ref(session, "RS/2026/9", "EUROJUST", "X", now=NOW)
    assert [(r.system, r.reference) for r in cr.external_refs_of(session, "RS/2026/9")] == [
        ("siena", "SIENA-2026-000123"), ("interpol", "A-1234/5-2026")]
    from liaison_app.services import views

    assert views.case_view(session, "RS/2026/9").external_refs == (
        ("Europol SIENA", "SIENA-2026-000123"), ("INTERPOL I-24/7", "A-1234/5-2026"))
    cr.remove_external_ref(session, "RS/2026/9", "siena", "SIENA-2026-000123", now=NOW)
    with pytest.raises(ServiceError, match="has no"):
        cr.remove_external_ref(session, "RS/2026/9", "siena", "SIENA-2026-000123", now=NOW)
    altered = audit.entries(session.db, kind=AuditKind.ALTER, newest_first=False)
    assert [e.details for e in altered] == [
        {"external_ref": "added", "system": "siena", "reference": "SIENA-2026-000123"},
        {"external_ref": "added", "system": "interpol", "reference": "A-1234/5-2026"},
        {"external_ref": "removed", "system": "siena", "reference": "SIENA-2026-000123"}]


def test_closing_a_case_records_when(session: Session) -> None:
    with session.db.transaction() as conn:
        cases.create_case(conn, case_ref="RS/2026/7", title="Horgoš lorries",
                          crime_area="migrant_smuggling", status="open", now=NOW)
    assert cases.closed_at(session.db, "RS/2026/7") is None
    assert cr.set_case_status(session, "RS/2026/7", "closed", now=NOW + timedelta(days=1))
    assert not cr.set_case_status(session, "RS/2026/7", "closed", now=NOW + timedelta(days=2))
    assert cases.closed_at(session.db, "RS/2026/7") == NOW + timedelta(days=1)
    cr.set_case_status(session, "RS/2026/7", "open", now=NOW + timedelta(days=3))
    assert cases.closed_at(session.db, "RS/2026/7") is None


def test_document_marking_takes_the_highest_code_per_scheme() -> None:
    uk_c = HandlingCode(GradingScheme.UK_3X5X2, "C", "Only for the Horgoš operation",
                        no_onward_sharing=True)
    uk_c2 = HandlingCode(GradingScheme.UK_3X5X2, "C", "Not for court")
    uk_p = HandlingCode(GradingScheme.UK_3X5X2, "P")
    h1 = HandlingCode(GradingScheme.EUROPOL_4X4, "H1")
    h2 = HandlingCode(GradingScheme.EUROPOL_4X4, "H2")
    h3 = HandlingCode(GradingScheme.EUROPOL_4X4, "H3", "Intelligence use only")
    uk, eu = document_marking([uk_p, None, uk_c, h2, uk_c2, h1, h3, uk_c])
    assert (uk.code, uk.conditions, uk.also, uk.no_onward_sharing) == (
        "C", ("Only for the Horgoš operation", "Not for court"), (), True)
    assert (eu.code, eu.conditions, eu.also, eu.no_onward_sharing) == (
        "H3", ("Intelligence use only",), ("H2", "H1"), True)
    assert document_marking([None, uk_p]) [0].code == "P"
    assert document_marking([None]) == ()


def test_a_sent_message_counts_from_when_the_hub_took_it(session: Session) -> None:
    """Through compose and the outbox (the sync engine's own calls), not the fixture's."""
    from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
    from liaison_app.domain.messages import RequestContent, UrgencyClass
    from liaison_app.services.compose import Draft, queue_message
    from liaison_app.store import outbox

    message_id = queue_message(session, Draft(
        content=RequestContent("Identify", "Crossings", "Investigation",
                               UrgencyClass.URGENT_DIRECT, False),
        to_agencies=("RS-BP", "BG-BP"), body="Please check",
        reason=DisclosureReason(LegalBasis.AGREEMENT, "Crossings of the lorry")), now=NOW)
    rows = session.db.execute("SELECT partner, at FROM exchanges WHERE message_id = ? "
                              "ORDER BY partner", (message_id,)).fetchall()
    assert [tuple(r) for r in rows] == [("BG-BP", None), ("RS-BP", None)]
    later = NOW + timedelta(hours=2)
    with session.db.transaction() as conn:
        outbox.mark_sent(conn, [message_id], now=later)
    rows = session.db.execute("SELECT DISTINCT at FROM exchanges WHERE message_id = ?",
                              (message_id,)).fetchall()
    assert [r[0] for r in rows] == [int(later.timestamp())]
