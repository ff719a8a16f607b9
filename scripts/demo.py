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
#: who -> (agency, officer id, display name, passphrase). The display name is the
#: officer's name only, as an agency's directory lists it: the post is in the officer id
#: (the NCA's liaison officer in Belgrade, the Border Police at the Horgoš crossing),
#: so the lists' From column ("RS-BP · Milica Jovanović") reads whole.
OFFICERS = {
    "A": ("GB-NCA", "gb-nca.lo-belgrade", "Alex Morgan", "demo passphrase A"),
    "B": ("RS-BP", "rs-bp.horgos-crossing", "Milica Jovanović", "demo passphrase B"),
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
    import_watchlists()


DEMO_LIST = """entry_id,kind,name,aliases,date_of_birth,nationality,document_number,\
document_country,plate,plate_country,vin,phone,note
DEMO-W-1,person,"EXAMPLE, Fictional Facilitator",Кум,1980,,,,,,,,DEMO: fictional listed \
facilitator
DEMO-W-2,vehicle,,,,,,,ДЕМО-001,RS,,,DEMO: fictional listed lorry (plate written in Cyrillic)
"""


def import_watchlists() -> None:
    """IT's lists at the demo hub: a fictional agency list and the sample files of each
    format (tests/data/watchlists); the officers fetch them on their first sync."""
    demo = DATA / "watchlist-demo.csv"
    demo.write_text(DEMO_LIST, encoding="utf-8")
    samples = ROOT / "tests" / "data" / "watchlists"
    for name, fmt, path in (("demo-rs-bp", "liaison-csv", demo),
                            ("rs-bp", "liaison-csv", samples / "agency-list.csv"),
                            ("uk-sanctions", "uk-sanctions-xml", samples / "uk-sanctions.xml"),
                            ("eu-fsf", "eu-fsf-xml", samples / "eu-fsf.xml"),
                            ("un", "un-xml", samples / "un-consolidated.xml")):
        run("liaison-hub", "watchlist", "import", str(HUB), "--format", fmt, "--name", name,
            str(path))


def _subjects(name: str, items: list[dict[str, object]]) -> str:
    path = DATA / f"subjects-{name}.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    return str(path)


def _person(surname: str, given: str, aliases: list[str], born: str, nat: str,
            category: str = "suspect") -> dict[str, object]:
    return {"kind": "person", "category": category, "basis": "assessment",
            "surname": surname, "given_names": given, "aliases": aliases,
            "date_of_birth": born, "place_of_birth": "", "nationalities": [nat],
            "sex": "unknown", "notes": "DEMO: fictional person"}


def _vehicle(reg: str, country: str, kind: str = "lorry") -> dict[str, object]:
    return {"kind": "vehicle", "category": "other", "basis": "fact", "vehicle_kind": kind,
            "registration": reg, "registration_country": country, "vin": "", "make": "Demo",
            "model": "Hauler", "colour": "white", "notes": ""}


def _latest_inbox_id(who: str) -> str:
    rows = json.loads(as_officer(who, "inbox", "--json", "--limit", "20"))
    items = rows if isinstance(rows, list) else rows.get("messages", [])
    return str(next(m for m in items if m.get("type") == "request")["id"])


def seed() -> None:
    """Fictional traffic both ways: three cases, requests, alerts and replies."""
    lorry = _subjects("lorry", [
        _person("EXAMPLE", "Fictional Facilitator", ["Demo-Alias", "Kum"], "1980", "XXX"),
        _vehicle("DEMO-001", "RS")])
    van = _subjects("van", [_vehicle("DEMO-202", "BG", "van"),
                            _person("SAMPLEVA", "Test Driver", [], "1991", "XXX",
                                    "contact_associate")])
    # Case DEMO-OP-1 (A -> B): an urgent alert, then a request for crossing records
    lorry_alert = as_officer(
        "A", "send", "alert", "--to", "RS-BP", "--priority", "urgent",
        "--justification", "Lorry expected at Horgoš tonight with people in the load",
        "--legal-basis", "agreement",
        "--alert-kind", "warning", "--action", "Stop and search the load.",
        "--body", "DEMO: white lorry DEMO-001 expected at Horgoš tonight with people "
        "concealed in the load. Fictional scenario.",
        "--subjects", lorry, "--case", "DEMO-OP-1", "--grading", "uk:2BP",
    ).strip().split()[-1]
    as_officer("A", "send", "request", "--to", "RS-BP", "--priority", "priority",
               "--justification", "Crossing records of DEMO-001 for operation DEMO-OP-1",
               "--legal-basis", "agreement",
               "--urgency", "urgent-indirect", "--case", "DEMO-OP-1",
               "--subjects", lorry, "--grading", "uk:2BC:no onward sharing without consent",
               "--no-onward-sharing",
               "--body", "DEMO: please share border-crossing records for DEMO-001 over the "
               "last 30 days, and any known drivers. Fictional scenario.")
    # Case DEMO-OP-2 (A -> B and BG): routine request about a van
    as_officer("A", "send", "request", "--to", "RS-BP", "--priority", "routine",
               "--justification", "Van seen with DEMO-001; records at RS crossings",
               "--legal-basis", "directive-2023-977",
               "--urgency", "standard", "--case", "DEMO-OP-2", "--subjects", van,
               "--grading", "europol:B2H1",
               "--body", "DEMO: van DEMO-202 was seen with DEMO-001 at a fuel station near "
               "Niš. Any records of it at your crossings? Fictional scenario.")
    as_officer("A", "sync")
    as_officer("B", "sync")
    # B answers the crossing-records request and raises alerts of its own (B -> A)
    original = _latest_inbox_id("B")
    as_officer("B", "reply", "--to-message", original, "--outcome", "partial",
               "--justification", "Answering the NCA's request under the UK-RS agreement",
               "--legal-basis", "agreement",
               "--body", "DEMO: DEMO-001 crossed Horgoš four times in 30 days, always at "
               "night; driver records follow. Fictional scenario.")
    as_officer("B", "send", "alert", "--to", "GB-NCA", "--priority", "immediate",
               "--alert-kind", "lookout", "--case", "DEMO-OP-3",
               "--body", "DEMO: lorry DEMO-001 turned back at Horgoš 02:10; it may try "
               "Kelebija instead. Fictional scenario.", "--subjects", lorry)
    as_officer("B", "send", "request", "--to", "GB-NCA", "--priority", "priority",
               "--justification", "Alias 'Demo-Alias' in UK holdings, for DEMO-OP-3",
               "--urgency", "standard", "--case", "DEMO-OP-3", "--grading", "europol:A1H3:"
               "for intelligence use only",
               "--body", "DEMO: does the UK hold anything on the alias 'Demo-Alias'? "
               "Fictional scenario.")
    as_officer("B", "send", "alert", "--to", "GB-NCA", "--priority", "routine",
               "--alert-kind", "spontaneous_information",
               "--body", "DEMO: new smuggling route reported via the Danube ferry at "
               "Vidin–Calafat. Fictional scenario.")
    # Case DEMO-OP-4 (B -> A): following the money; the same account turns up in DEMO-OP-3
    money = _subjects("money", _money_subjects())
    as_officer("B", "send", "request", "--to", "GB-NCA", "--priority", "priority",
               "--justification", "Following the smuggling fees of DEMO-OP-4",
               "--legal-basis", "agreement",
               "--urgency", "standard", "--case", "DEMO-OP-4", "--subjects", money,
               "--body", "DEMO: courier stopped at Horgoš with cash; smuggling fees paid "
               "into this account and these wallets. Fictional scenario.")
    as_officer("B", "send", "alert", "--to", "GB-NCA", "--priority", "routine",
               "--alert-kind", "spontaneous_information", "--case", "DEMO-OP-3",
               "--subjects", _subjects("account", _money_subjects()[1:2]),
               "--body", "DEMO: deposits from a second group into the same account. "
               "Fictional scenario.")
    # A's alert had the plate wrong: A rectifies it; B's copy is marked, and B (who passed
    # it on to the Bulgarian Border Police) passes the correction on by itself
    as_officer("B", "forward", "--message", lorry_alert, "--to", "BG-BP", "--justification",
               "The lorry may turn to Kalotina", "--legal-basis", "directive-2023-977")
    as_officer("A", "recall", "--message", lorry_alert, "--action", "rectify", "--reason",
               "The plate was misread at the crossing", "--body",
               "DEMO: correct plate DEMO-001A (white lorry, same load). Fictional scenario.")
    for who in ("B", "A", "B", "A"):
        as_officer(who, "sync")
    # What came of DEMO-OP-1, and its reference in SIENA (officer A's records)
    as_officer("A", "case", "ref", "add", "--case", "DEMO-OP-1", "--system", "SIENA",
               "--ref", "SIENA-DEMO-000123")
    as_officer("A", "case", "outcome", "add", "--case", "DEMO-OP-1", "--kind",
               "vehicle_stopped", "--note", "DEMO: lorry DEMO-001 stopped at Kelebija.")
    as_officer("A", "case", "outcome", "add", "--case", "DEMO-OP-1", "--kind", "arrest",
               "--count", "2", "--note", "DEMO: driver and facilitator arrested.")
    as_officer("A", "case", "outcome", "add", "--case", "DEMO-OP-1", "--kind", "cash_seized",
               "--amount", "12500", "--currency", "EUR", "--note", "DEMO: cash in the cab.")
    joint_operation()
    # A alerts the Bulgarian Border Police, whose officers have not enrolled yet: the
    # alert waits in A's outbox for their directory entry (sealed at push, ADR 0011)
    as_officer("A", "send", "alert", "--to", "BG-BP", "--priority", "urgent",
               "--alert-kind", "lookout", "--case", "DEMO-OP-2", "--subjects", van,
               "--body", "DEMO: van DEMO-202 may head for Kalotina next. Fictional scenario.")


def joint_operation() -> None:
    """DEMO-JOINT-1: A proposes a joint operation to RS-BP and BG-BP; B agrees; each side
    adds tasks, decisions and outcomes to the shared timeline (BG-BP has no enrolled
    officer yet, so it stays invited and its copy waits in A's outbox)."""
    from datetime import UTC, datetime, timedelta

    today = datetime.now(UTC).date()
    as_officer("A", "operation", "propose", "--ref", "DEMO-JOINT-1", "--title",
               "Horgoš–Kelebija lorry route", "--to", "RS-BP,BG-BP", "--handling",
               "europol:H1", "--objective", "Identify the facilitators behind lorry DEMO-001",
               "--objective", "Safeguard the people carried in the load")
    as_officer("A", "sync")
    as_officer("B", "sync")
    as_officer("B", "operation", "accept", "--op", "DEMO-JOINT-1")
    as_officer("B", "sync")
    as_officer("A", "sync")
    as_officer("A", "operation", "task", "--op", "DEMO-JOINT-1", "--title",
               "Watch Kelebija for DEMO-001 at night", "--agency", "RS-BP", "--due",
               (today + timedelta(days=5)).isoformat())
    as_officer("A", "operation", "decide", "--op", "DEMO-JOINT-1", "--text",
               "Controlled delivery: let DEMO-001 cross and follow it to the drop point",
               "--date", today.isoformat())
    uk_task = json.loads(as_officer(
        "B", "operation", "task", "--op", "DEMO-JOINT-1", "--title",
        "Check UK holdings on the alias 'Demo-Alias'", "--agency", "GB-NCA", "--due",
        (today - timedelta(days=1)).isoformat(), "--json"))["update"]
    as_officer("B", "operation", "task", "--op", "DEMO-JOINT-1", "--title",
               "Send the crossing records of the last 30 days", "--agency", "GB-NCA", "--due",
               (today - timedelta(days=2)).isoformat())
    as_officer("B", "operation", "outcome", "--op", "DEMO-JOINT-1", "--kind",
               "vehicle_stopped", "--note", "DEMO: DEMO-001 stopped at Kelebija")
    for who in ("A", "B", "A"):
        as_officer(who, "sync")
    as_officer("A", "operation", "task", "--op", "DEMO-JOINT-1", "--done", uk_task, "--note",
               "DEMO: nothing held on the alias")
    as_officer("A", "operation", "outcome", "--op", "DEMO-JOINT-1", "--kind", "arrest",
               "--count", "2")
    for who in ("A", "B", "A"):
        as_officer(who, "sync")


def _money_subjects() -> list[dict[str, object]]:
    """A courier with cash, the account, a transfer and two wallets (public example values)."""
    common = {"category": "suspect", "basis": "fact", "notes": "DEMO: fictional"}
    return [
        _person("SAMPLEVIC", "Demo Courier", [], "1990", "XXX"),
        {**common, "kind": "bank_account", "iban": "RS35105008123123123173",
         "account_number": "", "bank_code": "", "bic": "", "holder_name": "Demo Tours d.o.o.",
         "bank_name": "", "country": "RS"},
        {**common, "kind": "money_transfer", "provider": "Western Union",
         "reference": "4716038295", "amount": "2500.00", "currency": "EUR",
         "sent_on": "2026-05-03", "sender_name": "Demo Sender", "sender_country": "DE",
         "receiver_name": "Demo Receiver", "receiver_country": "RS"},
        {**common, "kind": "crypto_address", "network": "bitcoin",
         "address": "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "network_name": "",
         "asset": "BTC"},
        {**common, "kind": "crypto_address", "network": "ethereum",
         "address": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "network_name": "",
         "asset": "USDT"},
        {**common, "kind": "cash", "amount": "48500", "currency": "EUR",
         "location": "Horgoš, spare wheel", "courier": 0},
    ]


def gui_command(who: str) -> list[str]:
    return [str(BIN / "liaison"), "--profile", str(profile(who))]


def open_clients(officers: list[str], headless: bool) -> int:
    """Open the desktop client for each officer; return when the last one is closed."""
    sys.path.insert(0, str(ROOT))
    from liaison_app.gui.display import NO_DISPLAY, display_available

    if not headless and not display_available():
        print(NO_DISPLAY.replace("liaison:", "demo:", 1))
        print("demo: the hub keeps running; press Ctrl+C to stop it.")
        return 1
    env = {**os.environ, "LIAISON_SYNC_INTERVAL": os.environ.get("LIAISON_SYNC_INTERVAL", "5")}
    clients = []
    for who in officers:
        print(f"demo: opening the client for officer {who} ({OFFICERS[who][2]}); "
              f"passphrase: '{OFFICERS[who][3]}'")
        clients.append(subprocess.Popen(gui_command(who), env=env))
    if headless:
        print("demo: running headless under Xvfb; press Ctrl+C to stop.")
    return max(c.wait() for c in clients)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fresh", action="store_true", help="throw away demo-data/ first")
    parser.add_argument("--both", action="store_true",
                        help="open officer B's client too, to watch a message cross")
    parser.add_argument("--headless", action="store_true",
                        help="(set by run.sh --headless) the clients run under Xvfb")
    parser.add_argument("--no-gui", action="store_true", help="set up the demo only")
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
        if not args.no_gui:
            code = open_clients(["A", "B"] if args.both else ["A"], args.headless)
            if code == 0:
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
