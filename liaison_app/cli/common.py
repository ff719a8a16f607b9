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
