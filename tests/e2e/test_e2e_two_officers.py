"""End to end with real processes: `liaison-hub` and `liaison` commands over TLS on 127.0.0.1.

Hub up; officers A (GB-NCA) and B (RS border police) enrol from provisioning
files; hub stopped; A sends an urgent alert with subjects and a request, each
command a new process; hub started; `liaison sync` on A then B: B's inbox
shows both, verified as from A; B replies; A's outbox shows queued -> sent ->
delivered -> replied; both audit chains verify.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from liaison_app.domain.subjects import (
    Basis,
    DataSubjectCategory,
    Person,
    Vehicle,
    VehicleKind,
    subject_to_wire,
)
from tests.support.hub_process import HubProcess, init_hub_dir, start_hub

PASSPHRASE = "correct horse battery staple"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"))
ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "tests" / "services" / "audit_export_verifier.py"


def liaison(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run `liaison ARGS --passphrase-stdin` as a new process."""
    cmd = [sys.executable, "-m", "liaison_app"]
    proc = subprocess.run([*cmd, *args, "--passphrase-stdin"], input=PASSPHRASE + "\n",
                          capture_output=True, text=True, timeout=180, cwd=ROOT, check=False)
    if ok:
        assert proc.returncode == 0, f"liaison {' '.join(args)}: {proc.stderr}"
        assert "Traceback" not in proc.stderr
    return proc


def _json(*args: str) -> Any:
    return json.loads(liaison(*args, "--json").stdout)


def _outbox_status(profile: Path, message_id: str) -> str:
    rows = {m["id"]: m for m in _json("outbox", "--profile", str(profile))}
    return str(rows[message_id]["status"])


@pytest.mark.slow
def test_two_officers_exchange_an_alert_and_a_request(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    pa, pb = tmp_path / "officer-a", tmp_path / "officer-b"
    hub: HubProcess = start_hub(root)
    try:
        prov_a = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Alice Example",
                                 "--passphrase-only-allowed")
        prov_b = hub.add_officer("RS-BP", "rs-bp.horgos-desk", "Bojan Example",
                                 "--passphrase-only-allowed")
        liaison("enrol", "--profile", str(pa), "--provisioning", str(prov_a))
        liaison("enrol", "--profile", str(pb), "--provisioning", str(prov_b))
        liaison("sync", "--profile", str(pa))  # A learns B's device
    finally:
        assert hub.stop() == 0

    # offline: compose; each command is a fresh process
    subjects = tmp_path / "subjects.json"
    subjects.write_text(json.dumps([
        subject_to_wire(Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                               surname="Petrović", given_names="Marko")),
        subject_to_wire(Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                                vehicle_kind=VehicleKind.LORRY, registration="NS123AB",
                                registration_country="RS")),
    ]), encoding="utf-8")
    alert = liaison("send", "alert", "--profile", str(pa), "--to", "RS-BP", "--priority",
                    "urgent", "--body", "Lorry NS123AB carrying 14 people, Horgos tonight",
                    "--subjects", str(subjects)).stdout.strip().split()[-1]
    request = liaison("send", "request", "--profile", str(pa), "--to", "RS-BP",
                      "--justification", "Keeper of a lorry seen with people concealed",
                      "--priority", "priority", "--urgency", "urgent-indirect", "--body",
                      "Owner and travel history of lorry NS123AB").stdout.strip().split()[-1]
    assert _outbox_status(pa, alert) == "queued" and _outbox_status(pa, request) == "queued"
    offline = liaison("sync", "--profile", str(pa), ok=False)
    assert offline.returncode != 0 and len(offline.stderr.strip().splitlines()) == 1
    assert "unreachable" in offline.stderr and "Traceback" not in offline.stderr

    hub = start_hub(root)
    try:
        liaison("sync", "--profile", str(pa))
        assert _outbox_status(pa, alert) == "sent" and _outbox_status(pa, request) == "sent"
        liaison("sync", "--profile", str(pb))
        inbox = {m["id"]: m for m in _json("inbox", "--profile", str(pb), "--justification",
                                           "Acting on the Horgos alert")}
        assert set(inbox) >= {alert, request}
        for mid in (alert, request):
            assert inbox[mid]["verified"] is True
            assert inbox[mid]["sender"]["officer"] == "gb-nca.lo-belgrade"
            assert inbox[mid]["sender"]["agency"] == "GB-NCA"
        assert len(inbox[alert]["subjects"]) == 2 and inbox[alert]["priority"] == "urgent"

        liaison("sync", "--profile", str(pb))  # pushes B's technical acks
        liaison("sync", "--profile", str(pa))
        assert _outbox_status(pa, alert) == "delivered"
        assert _outbox_status(pa, request) == "delivered"

        liaison("reply", "--profile", str(pb), "--to-message", request, "--outcome",
                "provided", "--body", "Registered to a Novi Sad haulier; 3 crossings in May")
        liaison("sync", "--profile", str(pb))
        liaison("sync", "--profile", str(pa))
        assert _outbox_status(pa, request) == "replied"
        assert _outbox_status(pa, alert) == "delivered"

        status = _json("status", "--profile", str(pa))
        assert status["online"] is True and status["queued"] == 0
        assert status["quarantined"] == 0 and status["last_sync"]
    finally:
        assert hub.stop() == 0
    exported = tmp_path / "audit-a.jsonl"
    liaison("audit", "export", "--profile", str(pa), "--format", "jsonl", "--out", str(exported),
            "--justification", "DPO spot check")
    checked = subprocess.run([sys.executable, "-I", str(VERIFIER), str(exported)],
                             capture_output=True, text=True, timeout=60, check=False)
    assert checked.returncode == 0 and checked.stdout.startswith("OK "), checked.stdout
    for profile in (pa, pb):
        verdict = liaison("audit", "verify", "--profile", str(profile))
        assert "intact" in verdict.stdout
