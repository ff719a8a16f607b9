"""Attachments end to end: `liaison-hub` and `liaison` processes over TLS on 127.0.0.1.

A sends an alert with a 20 MB JPEG (sent as the original), a 48 MB PDF, a 1 KB text
note and a small photo whose location data is removed; B receives it, sees name,
type, size and state first (the small ones downloaded by themselves), saves all
with a justification. B's files are byte-identical (the photo without its GPS);
canaries from the start, middle and end of each file appear nowhere in plaintext
under either profile, the hub directory or its logs; the hub deletes each blob once
B has it; the exports are in B's audit log.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from liaison_app.media.location import LocationState, scan_location
from liaison_app.services.session import open_session
from liaison_app.store import audit
from tests.support import canary_files
from tests.support.hub_process import init_hub_dir, start_hub
from tests.support.images import gps_values

PASSPHRASE = "correct horse battery staple"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"))
ROOT = Path(__file__).resolve().parents[2]
MB = 1000 * 1000


def liaison(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "liaison_app", *args, "--passphrase-stdin"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=300,
                          cwd=ROOT, check=False)
    if ok:
        assert proc.returncode == 0, f"liaison {' '.join(args)}: {proc.stderr}"
        assert "Traceback" not in proc.stderr
    return proc


def _inbox(profile: Path) -> dict[str, Any]:
    out = liaison("inbox", "--profile", str(profile), "--json", "--justification",
                  "Checking the evidence photos of the lorry").stdout
    return {m["id"]: m for m in json.loads(out)}


@pytest.mark.slow
def test_three_large_attachments_cross_intact_and_leave_no_plaintext(tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    photo = canary_files.jpeg(files / "lorry-false-floor.jpg", 20 * MB, gps=True)
    scan = canary_files.pdf(files / "bill-of-lading.pdf", 48 * MB)
    note = canary_files.text(files / "note.txt", 1024)
    small = canary_files.jpeg(files / "passport-page.jpg", 300_000, gps=True)
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    pa, pb, out = tmp_path / "officer-a", tmp_path / "officer-b", tmp_path / "saved"
    out.mkdir()
    hub = start_hub(root)
    try:
        prov_a = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Alice Example",
                                 "--passphrase-only-allowed")
        prov_b = hub.add_officer("RS-BP", "rs-bp.horgos-desk", "Bojan Example",
                                 "--passphrase-only-allowed")
        liaison("enrol", "--profile", str(pa), "--provisioning", str(prov_a))
        liaison("enrol", "--profile", str(pb), "--provisioning", str(prov_b))
        liaison("sync", "--profile", str(pa))

        sent = liaison("send", "alert", "--profile", str(pa), "--to", "RS-BP", "--priority",
                       "urgent", "--body", "Lorry with a false floor, documents attached",
                       "--attach-original", str(photo.path), "--attach", str(scan.path),
                       "--attach", str(note.path), "--attach", str(small.path))
        message_id = sent.stdout.strip().split()[-1]
        assert "location data removed from passport-page.jpg" in sent.stderr
        liaison("sync", "--profile", str(pa))
        outbox = json.loads(liaison("outbox", "--profile", str(pa), "--json").stdout)
        assert {m["id"]: m["status"] for m in outbox}[message_id] == "sent"

        liaison("sync", "--profile", str(pb))
        received = _inbox(pb)[message_id]
        listed = {a["name"]: a for a in received["attachments"]}
        assert [a["name"] for a in received["attachments"]] == [
            "lorry-false-floor.jpg", "bill-of-lading.pdf", "note.txt", "passport-page.jpg"]
        for a in received["attachments"]:
            assert set(a) >= {"id", "name", "media_type", "size", "state"}
        assert listed["lorry-false-floor.jpg"]["media_type"] == "image/jpeg"
        assert listed["bill-of-lading.pdf"]["media_type"] == "application/pdf"
        assert listed["note.txt"]["media_type"] == "text/plain"
        assert listed["bill-of-lading.pdf"]["size"] == 48 * MB
        # below the auto-download size: fetched by the sync; above it: on demand
        assert listed["note.txt"]["state"] == "available"
        assert listed["passport-page.jpg"]["state"] == "available"
        assert listed["lorry-false-floor.jpg"]["state"] == "remote"
        assert listed["bill-of-lading.pdf"]["state"] == "remote"

        saved = liaison("attachment", "save", "--profile", str(pb), "--message", message_id,
                        "--all", "--out", str(out), "--justification",
                        "Evidence for the joint investigation RS/UK 2026-14").stdout.split()
        assert len(saved) == 4
        blob_files = [p for p in (root / "blobs").rglob("*") if p.is_file()]
        assert blob_files == [], "the hub keeps blobs its only recipient has"
    finally:
        assert hub.stop() == 0

    for original in (photo, scan, note):
        copy = out / original.path.name
        assert copy.read_bytes() == original.path.read_bytes(), original.path.name
    stripped = (out / "passport-page.jpg").read_bytes()
    expected = scan_location(small.path.read_bytes()[:4 << 20], "image/jpeg")
    assert expected.state is LocationState.REMOVED
    assert gps_values() in small.path.read_bytes() and gps_values() not in stripped
    assert stripped == expected.cleaned_head + small.path.read_bytes()[expected.head_length:]

    needles = [c for f in (photo, scan, note, small) for c in f.canaries]
    needles += [b"lorry-false-floor.jpg", b"bill-of-lading.pdf", b"passport-page.jpg"]
    hub_logs = [p for p in tmp_path.glob("hub*.log")]
    leaks = canary_files.scan_for(needles, [pa, pb, root, *hub_logs])
    assert leaks == []

    session = open_session(pb, PASSPHRASE)
    try:
        exports = audit.entries(session.db, kind=audit.AuditKind.EXPORT, limit=100)
        assert len(exports) == 4
        assert all(isinstance(e.details, dict) and str(e.details["justification"]).startswith(
            "Evidence for the joint") for e in exports)
        assert audit.verify_chain(session.db, session.keys.public().sign_key).ok
    finally:
        session.close()
