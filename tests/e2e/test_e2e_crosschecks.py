"""Cross-checks end to end with real processes: `liaison-hub` and `liaison` over TLS.

IT imports one list of each format at the hub; B syncs; A sends an alert about
"Dragan Petrović, 1979" in a Bulgarian lorry "СА 1234 ВХ"; B's sync checks it
on arrival: hits against the Serbian list entry "ПЕТРОВИЋ, Драган" (1979, RS)
and the entry for plate CA1234BX, with reasons, audited as combinations. A
malformed list is refused with line and field and the version in force stays.
With the hub stopped, `liaison check` finds the entries by name and year and by
a TD3 passport's MRZ, and reports a wrong MRZ check digit. B's search for
"Петровић" finds the Latin-script subject.
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
from tests.support.hub_process import HubProcess, hub_cli, init_hub_dir, start_hub

PASSPHRASE = "correct horse battery staple"
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"))
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "watchlists"
LISTS = (("rs-bp", "liaison-csv", "agency-list.csv"),
         ("uk-sanctions", "uk-sanctions-csv", "uk-sanctions.csv"),
         ("uk-sanctions-xml", "uk-sanctions-xml", "uk-sanctions.xml"),
         ("eu-fsf", "eu-fsf-xml", "eu-fsf.xml"),
         ("un", "un-xml", "un-consolidated.xml"))


def liaison(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run `liaison ARGS --passphrase-stdin` as a new process."""
    proc = subprocess.run([sys.executable, "-m", "liaison_app", *args, "--passphrase-stdin"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True,
                          timeout=180, cwd=ROOT, check=False)
    if ok:
        assert proc.returncode == 0, f"liaison {' '.join(args)}: {proc.stderr}"
    assert "Traceback" not in proc.stderr
    return proc


def _check(profile: Path, *args: str) -> list[dict[str, Any]]:
    out = liaison("check", "--profile", str(profile), *args, "--justification",
                  "driver at booth 3, Kelebija", "--json").stdout
    hits: list[dict[str, Any]] = json.loads(out)["hits"]
    return hits


def _audit_kinds(profile: Path) -> list[tuple[str, str, dict[str, Any]]]:
    from liaison_app.services.session import open_session

    with open_session(profile, PASSPHRASE) as session:
        rows = session.db.execute("SELECT kind, object_ref, details FROM audit ORDER BY seq")
        return [(r[0], r[1], json.loads(r[2])) for r in rows]


@pytest.mark.slow
def test_lists_arrival_hits_booth_check_and_search(tmp_path: Path) -> None:
    root = init_hub_dir(tmp_path / "hub", agencies=AGENCIES)
    for name, fmt, file in LISTS:  # IT imports one list of each format
        done = hub_cli("watchlist", "import", str(root), "--format", fmt, "--name", name,
                       str(DATA / file))
        assert f"watch list {name} version 1" in done.stdout
    pa, pb = tmp_path / "officer-a", tmp_path / "officer-b"
    hub: HubProcess = start_hub(root)
    try:
        prov_a = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Alice Example",
                                 "--passphrase-only-allowed")
        prov_b = hub.add_officer("RS-BP", "rs-bp.horgos-desk", "Bojan Example",
                                 "--passphrase-only-allowed")
        liaison("enrol", "--profile", str(pa), "--provisioning", str(prov_a))
        liaison("enrol", "--profile", str(pb), "--provisioning", str(prov_b))
        synced = liaison("sync", "--profile", str(pb)).stdout
        assert "watch lists updated" in synced and "rs-bp v1" in synced
        liaison("sync", "--profile", str(pa))

        subjects = tmp_path / "subjects.json"
        subjects.write_text(json.dumps([
            subject_to_wire(Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                                   surname="Petrović", given_names="Dragan",
                                   date_of_birth="1979")),
            subject_to_wire(Vehicle(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT,
                                    vehicle_kind=VehicleKind.LORRY, registration="СА 1234 ВХ",
                                    registration_country="BG")),
        ]), encoding="utf-8")
        sent = liaison("send", "alert", "--profile", str(pa), "--to", "RS-BP", "--priority",
                       "urgent", "--body", "Lorry with 14 people heading for Horgoš",
                       "--subjects", str(subjects))
        alert = sent.stdout.strip().split()[-1]
        assert "warning: subject 1" in sent.stderr  # A's compose warning before signing
        liaison("sync", "--profile", str(pa))
        arrival = liaison("sync", "--profile", str(pb)).stdout
        assert "cross-check hits" in arrival

        # a malformed list is refused with line and field; version 1 stays in force
        bad = tmp_path / "bad.csv"
        lines = (DATA / "agency-list.csv").read_text(encoding="utf-8").splitlines()
        lines[3] = lines[3].replace("1985-07-21", "21.07.1985")
        bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
        refused = hub_cli("watchlist", "import", str(root), "--format", "liaison-csv",
                          "--name", "rs-bp", str(bad), check=False)
        assert refused.returncode == 1
        assert "line 4, field date_of_birth" in refused.stderr
        assert "nothing imported" in refused.stderr
        listed = hub_cli("watchlist", "list", str(root)).stdout
        assert "rs-bp\tversion 1\t8 entries" in listed
    finally:
        assert hub.stop() == 0

    hits = json.loads(liaison("hits", "--profile", str(pb), "--json", "--justification",
                              "Reviewing today's arrival hits").stdout)["hits"]
    by_entry = {h["entry_id"]: h for h in hits if h["message_id"] == alert}
    person, lorry = by_entry["RS-BP-0001"], by_entry["RS-BP-0002"]
    assert person["source"] == "watchlist" and person["list"] == "rs-bp"
    assert person["list_version"] == 1 and person["matched"] == "ПЕТРОВИЋ, Драган"
    assert person["score"] >= 0.92
    assert "surname Cyrillic→Latin exact" in person["reasons"]
    assert "year of birth equal" in person["reasons"]
    assert lorry["matched"] == "CA1234BX" and lorry["score"] >= 0.92
    assert any("look-alike" in r for r in lorry["reasons"])
    combos = [d for kind, obj, d in _audit_kinds(pb) if kind == "combination" and obj == alert]
    assert {(d["list"], d["version"], d["entry"]) for d in combos} >= {
        ("rs-bp", 1, "RS-BP-0001"), ("rs-bp", 1, "RS-BP-0002")}
    assert all(isinstance(d["score"], int) and d["purpose"] == "arrival" for d in combos)

    # offline booth checks (the hub is stopped)
    found = _check(pb, "--name", "Petrovic Dragan", "--dob", "1979")
    assert found[0]["entry_id"] == "RS-BP-0001" and found[0]["source"] == "watchlist"
    assert set(found[0]) == {"source", "list", "list_version", "entry_id", "matched", "score",
                             "reasons"}
    assert any(h["source"] == "cache" for h in found)  # A's alert is in B's cache too
    mrz = (DATA / "passport-td3.mrz").read_text(encoding="ascii")
    by_mrz = _check(pb, "--mrz", mrz)
    assert by_mrz[0]["entry_id"] == "RS-BP-0001"
    assert any("document number equal" in r for r in by_mrz[0]["reasons"])
    wrong = mrz.replace("0144783267SRB", "0144783268SRB")
    failed = liaison("check", "--profile", str(pb), "--mrz", wrong, "--justification",
                     "booth 3", "--json", ok=False)
    assert failed.returncode == 1
    assert "wrong MRZ check digit for the document number: computed 7" in failed.stderr
    consults = [d for kind, obj, d in _audit_kinds(pb) if kind == "consult" and obj == "check"]
    assert consults and consults[-1]["justification"] == "driver at booth 3, Kelebija"

    # search across scripts: "Петровић" finds the Latin-script subject of A's alert
    from liaison_app.services.session import open_session
    from liaison_app.services.views import search

    with open_session(pb, PASSPHRASE) as session:
        results = search(session, "Петровић")
    assert any("Petrović" in s.label for s in results.subjects)
    assert any(m.message_id == alert for m in results.messages)
