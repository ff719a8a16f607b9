"""The `liaison` command: the GUI when run bare, subcommands for scripts and IT.

Each feature adds its own subcommands from a module in this package that
exposes `add_parser(subparsers)`; errors reach the user as one plain line.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from liaison_app import __version__

# Feature modules, each with add_parser(subparsers). Imported lazily so the
# GUI path stays light.
FEATURES: tuple[str, ...] = ("enrol", "send", "messages", "sync", "audit", "review", "settings",
                             "update", "attachment", "check", "case", "report",
                             "message_actions", "transfers", "bundle", "operation")


class UserFacingError(Exception):
    """A failure to report as one line: what happened and what to do."""


def explain(exc: BaseException) -> str | None:
    """A plain-words line for the errors the layers raise, or None if unknown."""
    from liaison_app.crypto.keystore import KeystoreError
    from liaison_app.domain.errors import ValidationError
    from liaison_app.services.errors import ServiceError
    from liaison_app.store.errors import StoreError

    if isinstance(exc, KeystoreError | ServiceError | StoreError):
        return str(exc)
    if isinstance(exc, ValidationError):
        return f"invalid input: {exc}"
    sync_errors = sys.modules.get("liaison_app.sync.errors")
    if sync_errors is not None and isinstance(exc, sync_errors.SyncError):
        return str(exc)
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="liaison", description="Liaison client")
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile directory")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in FEATURES:
        module = importlib.import_module(f"liaison_app.cli.{name}")
        module.add_parser(sub)
    return parser


def gui_profile_arg(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, profile) when `argv` asks for the desktop client and nothing else.

    Bare `liaison` and `liaison --profile DIR` go straight to the GUI without
    building the full parser, which imports every subcommand module.
    """
    profile: str | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--profile" and i + 1 < len(args) and not args[i + 1].startswith("-"):
            profile, i = args[i + 1], i + 2
        elif arg.startswith("--profile="):
            profile, i = arg.split("=", 1)[1], i + 1
        else:
            return False, None
    return True, profile


def run_gui(profile: str | None) -> int:
    """The desktop client, imported lazily so the subcommands never load Qt."""
    from liaison_app.gui.display import NO_DISPLAY, display_available

    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from liaison_app.gui.collection_pause import collection_paused

    with collection_paused():  # Qt and the client's modules: no collection while they load
        from liaison_app.gui.app import main as gui_main
    return gui_main(["--profile", profile] if profile else [])


def main(argv: Sequence[str] | None = None) -> int:
    gui_only, profile = gui_profile_arg(sys.argv[1:] if argv is None else argv)
    if gui_only:
        return run_gui(profile)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # e.g. `liaison --profile DIR` spelt in a way the fast path does not take
        return run_gui(args.profile)
    try:
        return int(handler(args))
    except UserFacingError as exc:
        print(f"liaison: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # one plain line, never a traceback
        message = explain(exc)
        if message is None:
            raise
        print(f"liaison: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
