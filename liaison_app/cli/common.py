"""What every `liaison` subcommand shares: the profile option and the passphrase."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from liaison_app.cli.main import UserFacingError
from liaison_app.services.session import Session, open_session


def add_profile_args(parser: argparse.ArgumentParser) -> None:
    """--profile DIR and --passphrase-stdin (passphrase from the terminal otherwise)."""
    parser.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help="profile directory (default: the platform's user data dir)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase from the first line of standard input")


def profile_path(args: argparse.Namespace) -> Path:
    """The profile directory from the options, or the platform default."""
    given = getattr(args, "profile", None)
    if given:
        return Path(given).expanduser()
    from liaison_app.store.profile import default_profile_path

    return default_profile_path()


_stdin_lines: list[str] = []


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The passphrase from stdin (--passphrase-stdin) or typed at the terminal."""
    if getattr(args, "passphrase_stdin", False):
        if not _stdin_lines:
            _stdin_lines.extend(sys.stdin.read().splitlines() or [""])
        return _stdin_lines[0]
    if not sys.stdin.isatty():
        raise UserFacingError("no terminal to ask for the passphrase; "
                              "use --passphrase-stdin to pipe it in")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise UserFacingError("the two passphrases differ; try again")
    return first


def open_profile(args: argparse.Namespace) -> Session:
    """Unlock the profile named by the options."""
    return open_session(profile_path(args), read_passphrase(args))


def print_json(value: Any) -> None:
    """Machine-readable output: one JSON document, keys sorted."""
    json.dump(value, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


# -- consultation and disclosure: shared by every command that reads or sends personal data

JUSTIFICATION_HELP = ("why you read this personal data (recorded in the audit log as a "
                      "consultation); without it no personal data is shown")
WITHHELD = ("personal data withheld: give --justification TEXT to see it (the consultation "
            "is recorded in the audit log)")
LEGAL_BASES = ("law-enforcement", "directive-2023-977", "agreement", "safeguards-assessed",
               "special-circumstances", "other")
"""domain.disclosure.CHOSEN_BASES values, spelt out so `--help` needs no import."""


def add_justification_arg(parser: argparse.ArgumentParser, *,
                          help_text: str = JUSTIFICATION_HELP) -> None:
    """--justification TEXT on a command that reads personal data."""
    parser.add_argument("--justification", metavar="TEXT", default=None, help=help_text)


def add_disclosure_args(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """--justification TEXT and --legal-basis BASIS on a command that sends data out."""
    parser.add_argument(
        "--justification", metavar="TEXT", default=None,
        help="why this data is sent (recorded with the disclosure)"
        + ("; required" if required else "; default: the last one given in the case"))
    parser.add_argument(
        "--legal-basis", choices=LEGAL_BASES, default=None,
        help="the legal basis of the disclosure (default: the last one given in the case, "
             "else law-enforcement)")


def justification_of(args: argparse.Namespace) -> str | None:
    """The --justification given (trimmed), None when absent; refuses an empty one."""
    given = getattr(args, "justification", None)
    if given is None:
        return None
    text = str(given).strip()
    if len(text) < 3:
        raise UserFacingError("--justification must say why (a few words at least)")
    return text


def consult(session: Session, args: argparse.Namespace, objects: list[str], *,
            command: str) -> bool:
    """Record the consultation of `objects` (e.g. `message:ID`, one audit entry each, as
    the GUI does) when a justification was given; True if personal data may be shown.
    Without one, say on stderr that it is withheld and return False."""
    from liaison_app.services.actions import record_consultations

    text = justification_of(args)
    if text is None:
        print(f"liaison: {WITHHELD}", file=sys.stderr)
        return False
    if objects:
        record_consultations(session, objects, text, via=f"liaison {command}")
    return True


def disclosure_reason(session: Session, args: argparse.Namespace, case_ref: str | None, *,
                      required: bool, what: str) -> Any:
    """The DisclosureReason from --legal-basis/--justification, or the one remembered for
    the case; None when neither (refused when `required`)."""
    from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
    from liaison_app.domain.errors import ValidationError
    from liaison_app.store import disclosures

    text = justification_of(args)
    remembered = disclosures.remembered_for_case(session.db, case_ref)
    basis_text = getattr(args, "legal_basis", None)
    if text is None:
        if required:
            raise UserFacingError(f"a {what} must say why it is sent: give --justification "
                                  "TEXT (and --legal-basis)")
        if remembered is None or basis_text is not None:
            return None
        return remembered
    basis = LegalBasis(basis_text) if basis_text else (
        remembered.basis if remembered is not None else LegalBasis.LAW_ENFORCEMENT)
    try:
        return DisclosureReason(basis, text)
    except ValidationError as exc:
        raise UserFacingError(str(exc)) from exc
