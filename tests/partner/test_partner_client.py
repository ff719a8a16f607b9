"""The partner client (tests/partner/client.py, written from docs/protocol.md alone, its
own signing code with the parameters in another order than Liaison's) reproduces the
golden vectors, enrols at a real hub, and exchanges messages with a Liaison officer
both ways, acknowledgements included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.partner import client as partner
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"), ("BG-BP", "Border Police", "BG"))


def _vector(name: str) -> dict[str, Any]:
    return dict(json.loads((VECTORS / name).read_text(encoding="utf-8")))


def test_the_page_reproduces_the_request_signature_vectors() -> None:
    vec = _vector("request-signature-v1.json")
    seed = bytes.fromhex(vec["device"]["sign_seed_hex"])
    device = partner.PartnerDevice(sign=partner.nacl.signing.SigningKey(seed))
    assert device.id == vec["device"]["device_id"]
    created = datetime.fromtimestamp(vec["created"], UTC)
    for case in [*vec["requests"], vec["reordered"]]:
        params = case["headers"]["Signature-Input"].removeprefix("liaison=")
        components = tuple(c.strip('"') for c in params[1:params.index(")")].split(" "))
        order = tuple(p.split("=")[0] for p in params[params.index(")") + 2:].split(";"))
        headers = partner.sign_request(device, case["method"], case["target"],
                                       case["body"].encode(), now=created,
                                       nonce="AAECAwQFBgcICQoLDA0ODw",
                                       components=components, parameters=order)
        assert headers == case["headers"]
        assert partner.verify_request(case["method"], case["target"], case["headers"],
                                      case["body"].encode(), device.sign_key)
    mine = partner.sign_request(device, "GET", "/v1/inbox?after=0", b"", now=created)
    assert mine["Signature-Input"].startswith('liaison=("@path" "@method" "content-digest"')
    assert mine["Signature-Input"].split(")")[1].startswith(';nonce="')  # not Liaison's order


def test_the_page_reproduces_the_other_vectors() -> None:
    prov = _vector("provisioning-v1.json")
    profile = partner.read_provisioning(prov["file"].encode(),
                                        partner.parse_time(prov["verify_at"]))
    key = partner.unb64u(profile["directory_authority_key"])
    assert partner.authority_fingerprint(key) == prov["authority_fingerprint"]
    directory = _vector("directory-v1.json")
    ts_vec = _vector("timestamp-v1.json")
    ts = partner.check_timestamp(ts_vec["signed_timestamp"].encode(), key,
                                 partner.parse_time(ts_vec["valid_at"]))
    raw = directory["signed_directory"].encode()
    listed = partner.check_directory(raw, key, partner.parse_time(directory["verify_at"]), ts)
    with pytest.raises(ValueError, match="expired"):
        partner.check_timestamp(ts_vec["signed_timestamp"].encode(), key,
                                partner.parse_time(ts_vec["expired_at"]))
    env = _vector("envelope-v1.json")
    b = env["devices"]["B"]
    as_b = partner.PartnerDevice(
        sign=partner.nacl.signing.SigningKey(bytes.fromhex(b["sign_seed_hex"])),
        box=partner.nacl.public.PrivateKey(bytes.fromhex(b["box_secret_hex"])))
    message = partner.open_envelope(as_b, partner.strict(env["envelope"].encode()), listed)
    assert partner.canonical(message) == env["inner_message"].encode()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    proc = start_hub(init_hub_dir(tmp_path / "hub", agencies=AGENCIES))
    yield proc
    proc.stop()


def test_a_partner_client_from_the_page_talks_to_liaison(hub: HubProcess,
                                                         tmp_path: Path) -> None:
    from liaison_app.domain.messages import AlertContent, AlertKind, Priority
    from liaison_app.services.compose import Draft, queue_message
    from liaison_app.services.session import ENROLLED_KEY, Session
    from liaison_app.store import messages, settings
    from liaison_app.store.messages import MessageStatus
    from liaison_app.store.profile import ProfileDir
    from tests.sync.peers import enrol_peer

    now = datetime.now(UTC)
    prov_file = hub.provision("BG-BP", "bg-bp.kapitan-andreevo", "Partner Officer")
    bg = partner.PartnerClient(partner.read_provisioning(prov_file.read_bytes(), now))
    alice = enrol_peer(hub.provision("GB-NCA", "gb-nca.lo-sofia", "Alice"), tmp_path / "a")
    try:
        bg.enrol()
        directory = bg.refresh()
        gb_devices = directory.active_devices_of("GB-NCA")
        assert [d["device_id"] for d in gb_devices] == [alice.keys.device_id]

        # partner -> Liaison
        lorry = partner.alert("bg-bp.kapitan-andreevo", "BG-BP", bg.device.id, ["GB-NCA"],
                              "White lorry PB 1234 AX, 14 people, heading for Serbia", now)
        results = bg.send([(lorry, gb_devices)])
        assert results == [{"index": 0, "id": lorry["id"], "status": "accepted"}]
        report = alice.engine().run_once()
        assert report.ok and report.received == 1 and report.quarantined == 0, report.summary()
        stored = messages.get(alice.db, lorry["id"])
        assert stored is not None and stored.sender_officer == "bg-bp.kapitan-andreevo"
        assert stored.body == lorry["body"] and stored.subjects[0]["registration"] == "PB 1234 AX"

        # Liaison -> partner, sealed at push; with it, the technical ack for the lorry
        with alice.db.transaction() as conn:
            settings.put(conn, ENROLLED_KEY, now.isoformat())
        session = Session(ProfileDir(alice.path), alice.db, alice.keys, alice.profile,
                          alice.db_key)
        reply_id = queue_message(session, Draft(
            content=AlertContent(AlertKind.WARNING, action_requested="Hold at Kalotina"),
            to_agencies=("BG-BP",), body="Same lorry seen at Gradina at 02:10",
            priority=Priority.IMMEDIATE))
        assert alice.engine().run_once().ok
        got = {m["id"]: m for m in bg.receive()}
        assert got[reply_id]["body"] == "Same lorry seen at Gradina at 02:10"
        acks = [m for m in got.values() if m["type"] == "ack"]
        assert [a["content"] for a in acks] == [
            {"ack_kind": "technical", "of_messages": [lorry["id"]]}]

        # the partner acknowledges; Liaison's copy becomes delivered
        ack = partner.technical_ack("bg-bp.kapitan-andreevo", "BG-BP", bg.device.id, "GB-NCA",
                                    [reply_id], datetime.now(UTC))
        assert bg.send([(ack, gb_devices)])[0]["status"] == "accepted"
        assert alice.engine().run_once().ok
        sent = messages.get(alice.db, reply_id)
        assert sent is not None and sent.status is MessageStatus.DELIVERED
        assert bg.receive() == []  # nothing twice
    finally:
        bg.close()
        alice.close()


def test_the_partner_client_uses_nothing_of_liaison() -> None:
    import ast

    tree = ast.parse(Path(partner.__file__).read_text(encoding="utf-8"))
    modules = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(m.startswith(("liaison_app", "tests")) for m in modules), modules
