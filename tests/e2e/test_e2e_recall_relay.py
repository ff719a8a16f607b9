"""Recalls reach everyone (LED Art. 7(3)), with a real hub process over TLS on 127.0.0.1.

A (GB-NCA) sends B (RS-BP) an alert; B forwards it to C (BG-BP) with a legal basis and
justification; A rectifies it. A's recall marks B's copy, and B's client passes the
recall on to C by itself at the same sync; C's copy is marked too, with the corrected
text beside it. The recall is passed on once. The transfer record of each side lists
what it disclosed, with when the hub took it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.messages import AlertContent, AlertKind, Priority, RecallAction
from liaison_app.domain.subject_kinds import Basis, DataSubjectCategory, Vehicle, VehicleKind
from liaison_app.services import views
from liaison_app.services.actions import forward, recall
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.session import Session
from liaison_app.services.sync_runner import build_sync, enrol_now
from liaison_app.services.transfers import transfer_list
from liaison_app.services.view_types import MessageQuery
from liaison_app.store import audit
from liaison_app.sync.engine import SyncReport
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

PASSPHRASE = "correct horse battery staple"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"),
            ("BG-BP", "Border Police", "BG"))
LORRY = Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                vehicle_kind=VehicleKind.LORRY, registration="NS123AB",
                registration_country="RS")


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubProcess]:
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(tmp_path / "no-policy.toml"))
    proc = start_hub(init_hub_dir(tmp_path / "hub", agencies=AGENCIES))
    yield proc
    proc.stop()


def _officer(hub: HubProcess, where: Path, agency: str, officer_id: str) -> Session:
    prov = hub.provision(agency, officer_id, officer_id)
    session = prepare_profile(where, prov.read_bytes(), PASSPHRASE, kdf=INSECURE_TEST_KDF)
    enrol_now(session)
    return session


def _sync(session: Session) -> SyncReport:
    runner = build_sync(session)
    try:
        report = runner.engine.run_once()
    finally:
        runner.close()
    assert report.ok, report.summary()
    return report


def _incoming(session: Session) -> list[str]:
    return [m.message_id for m in views.message_page(
        session, MessageQuery(direction="incoming", exclude_types=("ack",)))]


def test_a_recall_reaches_whoever_the_message_was_forwarded_to(hub: HubProcess,
                                                               tmp_path: Path) -> None:
    a = _officer(hub, tmp_path / "a", "GB-NCA", "gb-nca.lo-belgrade")
    b = _officer(hub, tmp_path / "b", "RS-BP", "rs-bp.horgos-desk")
    c = _officer(hub, tmp_path / "c", "BG-BP", "bg-bp.kapitan-andreevo")
    try:
        for session in (a, b, c):
            _sync(session)  # each learns the others' devices
        alert = queue_message(a, Draft(
            content=AlertContent(alert_kind=AlertKind.LOOKOUT, action_requested="Stop it"),
            to_agencies=("RS-BP",), body="Lorry NS123AB with people in the load",
            priority=Priority.URGENT, subjects=(LORRY,)))
        _sync(a)
        _sync(b)
        assert _incoming(b) == [alert]
        fwd = forward(b, alert, ("BG-BP",), disclosure_reason=DisclosureReason(
            LegalBasis.DIRECTIVE_2023_977, "The lorry may turn to Kalotina"))
        _sync(b)
        _sync(c)
        assert _incoming(c) == [fwd]
        assert views.message_detail(c, fwd).recall is None

        recall(a, alert, RecallAction.RECTIFY, "The plate was misread",
               body="Correct plate: NS321AB")
        _sync(a)
        relayed = _sync(b)  # stores A's recall, passes it on to C and pushes it
        assert relayed.recalls_relayed == 1
        b_copy = views.message_detail(b, alert)
        assert b_copy.recall is not None and b_copy.recall.state == "rectified"
        assert b_copy.recall.corrections[0].text == "Correct plate: NS321AB"
        assert _sync(b).recalls_relayed == 0  # once only
        _sync(c)
        c_copy = views.message_detail(c, fwd)
        assert c_copy.recall is not None and c_copy.recall.state == "rectified"
        (correction,) = c_copy.recall.corrections
        assert correction.by_agency == "RS-BP" and correction.text == "Correct plate: NS321AB"
        assert "GB-NCA rectified" in correction.reason and "The plate was misread" in \
            correction.reason
        listed = {m.message_id: m.recall for m in views.message_page(
            c, MessageQuery(direction="incoming"))}
        assert listed[fwd] == "rectified"

        today = datetime.now(UTC)
        start = today.replace(hour=0, minute=0, second=0, microsecond=0)
        b_sent = {t.message_id: t for t in transfer_list(b, start, today.replace(
            year=today.year + 1))}
        assert b_sent[fwd].kind == "forward" and b_sent[fwd].sent_at is not None
        assert [r.country for r in b_sent[fwd].recipients] == ["BG"]
        (relay,) = [t for t in b_sent.values() if t.kind == "recall"]
        assert relay.legal_basis == "recall-duty" and relay.reason_source == "automatic"
        for session in (a, b, c):
            assert audit.verify_chain(session.db, session.keys.sign_key).ok
    finally:
        for session in (a, b, c):
            session.close()
