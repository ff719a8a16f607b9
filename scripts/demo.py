"""A local demo: a hub on 127.0.0.1 with a fresh CA, two enrolled officers and
clearly fictional traffic between them, driven only through the real commands.

Used by scripts/run.sh. Everything lives under demo-data/ (git-ignored); the
demo passphrases are printed because this is a demo, never real data.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
DATA = ROOT / "demo-data"
HUB = DATA / "hub"
OFFICERS = {
    "A": ("GB-NCA", "gb-nca.lo-belgrade", "Alex Morgan (NCA liaison officer, Belgrade)",
          "demo passphrase A"),
    "B": ("RS-BP", "rs-bp.horgos-crossing", "Milica Jovanović (Border Police, Horgoš)",
          "demo passphrase B"),
}
AGENCIES = (("GB-NCA", "National Crime Agency", "GB"),
            ("RS-BP", "Border Police Directorate", "RS"),
            ("BG-BP", "Border Police", "BG"))


def run(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run([str(BIN / args[0]), *args[1:]], input=stdin, text=True,
                          capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"demo: `{' '.join(args[:3])} ...` failed: {done.stderr.strip()}")
    return done.stdout.strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_hub() -> subprocess.Popen[str]:
    proc = subprocess.Popen([str(BIN / "liaison-hub"), "serve", str(HUB)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "listening" not in line:
        proc.kill()
        sys.exit("demo: the hub did not start")
    print(f"demo: {line.strip()}")
    return proc


def profile(who: str) -> Path:
    return DATA / f"officer-{who}"


def as_officer(who: str, *args: str) -> str:
    return run("liaison", *args, "--profile", str(profile(who)), "--passphrase-stdin",
               stdin=OFFICERS[who][3] + "\n")


def create() -> None:
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(mode=0o700)
    run("liaison-hub", "init", str(HUB), "--host", "127.0.0.1", "--port", str(free_port()))
    for agency, name, country in AGENCIES:
        run("liaison-hub", "agency", "add", str(HUB), "--id", agency, "--name", name,
            "--country", country)
    for who, (agency, officer, name, _) in OFFICERS.items():
        run("liaison-hub", "officer", "add", str(HUB), "--agency", agency, "--id", officer,
            "--name", name, "--out", str(DATA / f"provisioning-{who}.json"),
            "--passphrase-only-allowed")


def seed() -> None:
    subjects = DATA / "subjects.json"
    subjects.write_text(json.dumps([
        {"kind": "person", "category": "suspect", "basis": "assessment",
         "surname": "EXAMPLE", "given_names": "Fictional Facilitator",
         "aliases": ["Demo-Alias"], "date_of_birth": "1980", "place_of_birth": "",
         "nationalities": ["XXX"], "sex": "unknown", "notes": "Demo data, not a real person"},
        {"kind": "vehicle", "category": "other", "basis": "fact", "vehicle_kind": "lorry",
         "registration": "DEMO-001", "registration_country": "RS", "vin": "", "make": "Demo",
         "model": "Hauler", "colour": "white", "notes": ""},
    ]), encoding="utf-8")
    as_officer("A", "send", "alert", "--to", "RS-BP", "--priority", "urgent",
               "--body", "DEMO: a white lorry (DEMO-001) is expected at the crossing tonight "
               "with people concealed in the load. Fictional scenario.",
               "--subjects", str(subjects), "--case", "DEMO-OP-1", "--grading", "uk:2BP")
    as_officer("A", "send", "request", "--to", "RS-BP", "--priority", "priority",
               "--urgency", "urgent-indirect", "--case", "DEMO-OP-1",
               "--body", "DEMO: please share border-crossing records for DEMO-001 "
               "over the last 30 days. Fictional scenario.")
    for who in ("A", "B", "A"):
        as_officer(who, "sync")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fresh", action="store_true", help="throw away demo-data/ first")
    args = parser.parse_args()
    fresh = args.fresh or not (HUB / "hub.toml").exists()
    if fresh:
        create()
    hub = start_hub()
    try:
        if fresh:
            for who in OFFICERS:
                as_officer(who, "enrol", "--provisioning", str(DATA / f"provisioning-{who}.json"))
            as_officer("A", "sync")
            seed()
        print("demo: officer B's inbox:")
        print(as_officer("B", "inbox"))
        print("demo: officer A's outbox:")
        print(as_officer("A", "outbox"))
        print(f"demo: profiles are in {DATA}; passphrases: "
              + "; ".join(f"{w}: '{o[3]}'" for w, o in OFFICERS.items()))
        if os.environ.get("LIAISON_DEMO_NO_WAIT"):
            return 0
        print("demo: the hub keeps running; press Ctrl+C to stop it.")
        hub.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if hub.poll() is None:
            hub.send_signal(signal.SIGTERM)
            hub.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
