"""Refusals on the client side, each on its own: wrong CA, plain http, revoked devices,
an envelope tampered with at rest in the hub's store; and the canary check."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from liaison_app.domain.subjects import Basis, DataSubjectCategory, Person
from liaison_app.hub.tls import make_ca
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.errors import RejectReason
from liaison_app.store import messages, quarantine
from liaison_app.sync.errors import ReEnrolRequired, TlsRefused
from liaison_app.sync.hub_client import HubClient
from tests.support.fault_proxy import FaultProxy
from tests.support.hub_process import HubProcess
from tests.sync.peers import Peer, queue_alert, refresh_directory


@pytest.fixture
def proxy(hub: HubProcess) -> Iterator[FaultProxy]:
    port = int(hub.url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as p:
        yield p


def test_wrong_ca_is_refused_before_any_request_byte(
        make_peer: Callable[..., Peer], hub: HubProcess, proxy: FaultProxy) -> None:
    a = make_peer("GB-NCA")
    other_ca = make_ca("Somebody else's CA", datetime.now(UTC)).cert_pem
    mark = hub.log.mark()
    with HubClient(proxy.url, other_ca, a.keys.device_id, a.keys.signing_key,
                   timeout=5) as client, pytest.raises(TlsRefused) as refused:
        client.get_directory()
    assert "nothing was sent" in str(refused.value)
    assert len(proxy.connections) == 1
    conn = proxy.connections[0]
    assert conn.closed.wait(10)
    assert conn.up < 4096  # a ClientHello and an alert, no request
    # the hub saw a failed handshake at most, never a request
    assert not any("/v1/" in line for line in hub.log.lines[mark:])
    report = a.engine(proxy.url).run_once()  # the profile's own CA still works
    assert report.ok, report.error


def test_plain_http_is_refused_before_connecting(make_peer: Callable[..., Peer],
                                                 proxy: FaultProxy) -> None:
    a = make_peer("GB-NCA")
    with pytest.raises(TlsRefused):
        HubClient(proxy.url.replace("https://", "http://"), a.profile.ca_cert_pem.encode(),
                  a.keys.device_id, a.keys.signing_key)
    assert proxy.connections == []


def test_revoked_device_needs_re_enrolment_and_its_mail_is_quarantined(
        make_peer: Callable[..., Peer], hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(b)
    queue_alert(b, "GB-NCA", "sent just before the revocation")
    assert b.engine().run_once().ok
    hub.revoke(b.keys.device_id)

    report = b.engine().run_once()
    assert isinstance(report.error, ReEnrolRequired)
    status = b.engine().status()
    assert status.re_enrol_required and status.online
    assert "re-enrol" in (status.last_error or "")

    # a refreshes the directory first, so b's envelope is from a revoked sender
    ra = a.engine().run_once()
    assert ra.ok, ra.error
    assert ra.received == 0 and ra.quarantined == 1
    assert ra.quarantine_reasons == [RejectReason.REVOKED_SENDER.value]
    assert quarantine.list_entries(a.db)[0].reason is RejectReason.REVOKED_SENDER


def _tamper(hub_root: Path, envelope_id: str, edit: Callable[[bytes], bytes] | None = None
            ) -> None:
    """Edit one stored envelope in the hub's SQLite store (by default, a changed time)."""
    conn = sqlite3.connect(hub_root / "hub.sqlite3", timeout=10)
    try:
        body = conn.execute("SELECT body FROM envelopes WHERE id = ?",
                            (envelope_id,)).fetchone()[0]
        if edit is None:
            obj = json.loads(body)
            obj["sent_at"] = "2020-01-01T00:00:00Z"
            new = canonical_bytes(obj)
        else:
            new = edit(bytes(body))
        with conn:
            conn.execute("UPDATE envelopes SET body = ? WHERE id = ?", (new, envelope_id))
    finally:
        conn.close()


def test_outer_version_2_is_quarantined_as_unsupported_version(
        make_peer: Callable[..., Peer], hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    future = queue_alert(a, "RS-BP", "this one claims a later format")
    assert a.engine().run_once().ok
    _tamper(hub.root, future, lambda body: body.replace(b'"v":1}', b'"v":2}'))

    report = b.engine().run_once()
    assert report.ok, report.error
    assert report.quarantine_reasons == [RejectReason.UNSUPPORTED_VERSION.value]
    entry = quarantine.list_entries(b.db)[0]
    assert entry.envelope_id == future and entry.reason is RejectReason.UNSUPPORTED_VERSION


def test_malformed_inbox_page_stops_with_one_clean_line(
        make_peer: Callable[..., Peer], hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    floaty = queue_alert(a, "RS-BP", "this one gets a float at the hub")
    assert a.engine().run_once().ok
    _tamper(hub.root, floaty, lambda body: body.replace(b'"v":1}', b'"v":1.0}'))

    report = b.engine().run_once()
    assert report.error is not None
    text = report.error.message
    assert text == "the hub sent a malformed inbox page: floats are not allowed (1.0)"
    assert "\n" not in text and messages.get(b.db, floaty) is None


def test_envelope_tampered_at_rest_is_quarantined_and_sync_carries_on(
        make_peer: Callable[..., Peer], hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    bad = queue_alert(a, "RS-BP", "this one is edited at the hub")
    good = queue_alert(a, "RS-BP", "this one is left alone")
    assert a.engine().run_once().ok
    _tamper(hub.root, bad)

    report = b.engine().run_once()
    assert report.ok, report.error
    assert report.received == 1 and report.quarantined == 1
    assert messages.get(b.db, good) is not None and messages.get(b.db, bad) is None
    entry = quarantine.list_entries(b.db)[0]
    assert entry.envelope_id == bad
    assert entry.reason is RejectReason.BAD_OUTER_SIGNATURE
    assert b.engine().status().quarantined == 1


CANARIES = ("CANARY-ZEBRA-4471", "Kanarinac-Šćž-9902", "КАНАРИНАЦ-3310")


def test_hub_store_and_logs_hold_no_canary(make_peer: Callable[..., Peer],
                                           hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    person = Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                    surname=CANARIES[1], given_names=CANARIES[2])
    for i in range(3):
        queue_alert(a, "RS-BP", f"{CANARIES[0]} lorry {i}", subjects=(person,))
    assert a.engine().run_once().ok
    assert b.engine().run_once().received == 3
    files = [p for p in hub.root.rglob("*") if p.is_file()] + [hub.stderr_path]
    assert any(p.name.startswith("hub.sqlite3") for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in CANARIES:
            for form in {canary.encode("utf-8"), canary.lower().encode("utf-8"),
                         json.dumps(canary).encode("ascii")}:
                assert form not in data, f"{canary!r} found in {path}"
