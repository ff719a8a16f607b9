"""Carrier bundles end to end with real processes: `liaison-hub` and `liaison` commands.

A (GB-NCA, at a border post), B (RS-BP) and C (A's colleague at the regional office)
enrol and sync once; then the hub is stopped. With no hub at all, A and B exchange a
request and its reply by two bundle trips (the stick goes to B and comes back): A's
outbox goes queued → handed_to_carrier → delivered → replied; importing again stores
nothing; both audit chains verify. Then, with the hub up again, C relays a bundle A
made for B: B receives A's alert from the hub, verified as from A, and A's message
becomes delivered once A syncs. A message B already has by bundle, arriving later
through the hub, is stored once and quarantines nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_e2e_two_officers import AGENCIES, liaison
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

OFFICERS = (("a", "GB-NCA", "gb-nca.lo-belgrade", "Alice Example"),
            ("b", "RS-BP", "rs-bp.horgos-desk", "Bojan Example"),
            ("c", "GB-NCA", "gb-nca.lo-regional", "Carol Example"))


CARRIED = ("--justification", "No link at the crossing for days; the pouch carries it",
           "--legal-basis", "law-enforcement")
"""The reason given for each export: handing queued data to a carrier is a disclosure."""


def _json(*args: str) -> Any:
    return json.loads(liaison(*args, "--json").stdout)


def _status(profile: Path, message_id: str) -> str:
    return str({m["id"]: m for m in _json("outbox", "--profile", str(profile))}
               [message_id]["status"])


def _inbox(profile: Path) -> dict[str, Any]:
    return {m["id"]: m for m in _json("inbox", "--profile", str(profile))}


def _sent_id(proc_stdout: str) -> str:
    return proc_stdout.strip().split()[-1]


@pytest.mark.slow
def test_bundles_without_a_hub_and_a_relay(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    profiles = {name: tmp_path / f"officer-{name}" for name, *_ in OFFICERS}
    stick = tmp_path / "stick"
    stick.mkdir()
    hub: HubProcess = start_hub(root)
    try:
        for name, agency, officer, full in OFFICERS:
            prov = hub.add_officer(agency, officer, full, "--passphrase-only-allowed")
            liaison("enrol", "--profile", str(profiles[name]), "--provisioning", str(prov))
        for name in profiles:
            liaison("sync", "--profile", str(profiles[name]))  # everyone knows everyone
    finally:
        assert hub.stop() == 0
    pa, pb, pc = profiles["a"], profiles["b"], profiles["c"]

    # -- no hub: trip 1, A to B ---------------------------------------------------------------
    request = _sent_id(liaison("send", "request", "--profile", str(pa), "--to", "RS-BP",
                               "--justification", "Lorry NS123AB suspected of smuggling",
                               "--body", "Owner and crossings of lorry NS123AB").stdout)
    assert _status(pa, request) == "queued"
    refused = liaison("bundle", "export", "--profile", str(pa), "--for", "RS-BP", "--out",
                      str(stick / "to-rs.bundle"), ok=False)  # a disclosure needs its reason
    assert refused.returncode == 1 and "--justification" in refused.stderr
    assert _status(pa, request) == "queued" and not (stick / "to-rs.bundle").exists()
    out = _json("bundle", "export", "--profile", str(pa), "--for", "RS-BP", "--out",
                str(stick / "to-rs.bundle"), *CARRIED)
    assert out["messages"] == {"request": 1} and out["message_ids"] == [request]
    assert out["carriers"] == ["GB-NCA"] and out["seq"] == 1
    assert _status(pa, request) == "handed_to_carrier"
    today = datetime.now(UTC).date().isoformat()
    record = json.loads(liaison("transfers", "--profile", str(pa), "--from", today, "--to",
                                today, "--json").stdout)
    carried = [r for r in record if r["message_id"] == f"bundle:{out['bundle']}"]
    assert len(carried) == 1 and carried[0]["kind"] == "bundle"  # the export, a transfer
    assert carried[0]["justification"] == CARRIED[1] and carried[0]["sent_at"]
    got = _json("bundle", "import", "--profile", str(pb), str(stick / "to-rs.bundle"),
                "--reply-out", str(stick / "ack.bundle"))
    assert (got["stored"], got["duplicates"], got["quarantined"]) == (1, 0, 0)
    assert got["reply"]["acks"] == 1
    seen = _inbox(pb)[request]
    assert seen["verified"] is True and seen["sender"]["officer"] == "gb-nca.lo-belgrade"
    again = _json("bundle", "import", "--profile", str(pb), str(stick / "to-rs.bundle"))
    assert (again["stored"], again["duplicates"], again["imported_before"]) == (0, 1, True)
    answer = liaison("reply", "--profile", str(pb), "--to-message", request, "--outcome",
                     "provided", "--body", "Registered to a Novi Sad haulier").stdout
    back = _json("bundle", "export", "--profile", str(pb), "--for", "gb-nca.lo-belgrade",
                 "--out", str(stick / "to-a.bundle"), *CARRIED)
    assert back["messages"] == {"ack": 1, "reply": 1}

    # -- no hub: trip 2, the stick comes back to A ---------------------------------------------
    acked = _json("bundle", "import", "--profile", str(pa), str(stick / "ack.bundle"))
    assert acked["delivered"] == 1 and _status(pa, request) == "delivered"
    final = _json("bundle", "import", "--profile", str(pa), str(stick / "to-a.bundle"))
    assert final["replied"] == 1 and _status(pa, request) == "replied"
    reply_id = _sent_id(answer)
    assert _inbox(pa)[reply_id]["in_reply_to"] == request
    assert _json("status", "--profile", str(pa))["quarantined"] == 0
    for profile in (pa, pb):
        assert "intact" in liaison("audit", "verify", "--profile", str(profile)).stdout

    # -- refused on the wrong device, with a reason, nothing stored --------------------------
    wrong = liaison("bundle", "import", "--profile", str(pc), str(stick / "to-rs.bundle"),
                    ok=False)
    assert wrong.returncode == 1 and "not for you" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    # -- the hub is back: C relays a bundle A made for B -------------------------------------
    alert = _sent_id(liaison("send", "alert", "--profile", str(pa), "--to", "RS-BP",
                             "--priority", "urgent", "--body", "Grey Iveco NS123AB at "
                             "Horgos tonight").stdout)
    liaison("bundle", "export", "--profile", str(pa), "--for", "rs-bp.horgos-desk", "--out",
            str(stick / "alert.bundle"), *CARRIED)
    later = _sent_id(liaison("send", "alert", "--profile", str(pa), "--to", "RS-BP", "--body",
                             "Second lorry, same haulier").stdout)
    liaison("bundle", "export", "--profile", str(pa), "--for", "RS-BP", "--out",
            str(stick / "later.bundle"), *CARRIED)
    assert _json("bundle", "import", "--profile", str(pb),
                 str(stick / "later.bundle"))["stored"] >= 1  # B has it by bundle first
    hub = start_hub(root)
    try:
        relayed = _json("bundle", "relay", "--profile", str(pc), str(stick / "alert.bundle"))
        assert relayed["accepted"] >= 1 and relayed["rejected"] == []  # the alert (+ an ack)
        liaison("sync", "--profile", str(pb))
        inbox = _inbox(pb)
        assert inbox[alert]["verified"] is True
        assert inbox[alert]["sender"]["officer"] == "gb-nca.lo-belgrade"
        liaison("sync", "--profile", str(pa))  # pushes `later` (frozen) and its peers
        liaison("sync", "--profile", str(pb))  # `later` arrives again through the hub
        assert later in _inbox(pb)  # stored once: the hub's copy is a duplicate, not a replay
        assert _json("status", "--profile", str(pb))["quarantined"] == 0
        liaison("sync", "--profile", str(pa))
        assert _status(pa, alert) == "delivered"
        assert _status(pa, later) == "delivered"
    finally:
        assert hub.stop() == 0
    for profile in (pa, pb, pc):
        assert "intact" in liaison("audit", "verify", "--profile", str(profile)).stdout
