"""`liaison settings show|set`: the officer's settings; values IT locked cannot change."""

from __future__ import annotations

import argparse

from liaison_app.cli.common import add_profile_args, open_profile, print_json
from liaison_app.cli.main import UserFacingError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("settings", help="show or change your settings (IT may lock some)")
    actions = p.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="every setting, its value and whether it is locked")
    add_profile_args(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    change = actions.add_parser("set", help="change one of your own settings")
    add_profile_args(change)
    change.add_argument("key")
    change.add_argument("value")
    change.set_defaults(handler=run_set)


def run_show(args: argparse.Namespace) -> int:
    from liaison_app.services.preferences import effective

    with open_profile(args) as session:
        current = effective(session)
    rows = {k: {"value": s.value, "locked": current.is_locked(k), "source": s.source}
            for k, s in current.values.items()}
    if args.json:
        print_json({"settings": rows, "problems": list(current.problems)})
    else:
        for key, row in rows.items():
            lock = "locked" if row["locked"] else "yours"
            print(f"{key:<24} {row['value']!s:<40} {lock} ({row['source']})")
        for problem in current.problems:
            print(f"warning: {problem}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from liaison_app.config.policy import PolicyLocked
    from liaison_app.services.preferences import change, parse_value

    with open_profile(args) as session:
        try:
            change(session, args.key, parse_value(args.key, args.value))
        except PolicyLocked as exc:
            raise UserFacingError(str(exc)) from exc
        except ValueError as exc:
            raise UserFacingError(str(exc)) from exc
    print(f"{args.key} set to {args.value}")
    return 0
