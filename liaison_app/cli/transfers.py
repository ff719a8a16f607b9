"""`liaison transfers`: the record of every disclosure, for the data-protection officer.

    liaison transfers --profile DIR --from DATE --to DATE --json|--csv [--justification TEXT]

Each disclosure (request, alert, reply, recall, forward, carrier bundle) with
its date and time, sending officer, receiving authority and country, legal basis
and justification, message id and kind, and categories of data subjects and of data. The listing is
an export: it is audited with its justification (by default the data-protection
officer's transfer record).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from liaison_app.cli.common import add_profile_args, open_profile, print_json
from liaison_app.cli.main import UserFacingError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("transfers", help="the record of disclosures (an audited export)")
    add_profile_args(p)
    p.add_argument("--from", dest="start", required=True, type=_day, metavar="DATE",
                   help="first day (YYYY-MM-DD, UTC)")
    p.add_argument("--to", dest="end", required=True, type=_day, metavar="DATE",
                   help="last day, included (YYYY-MM-DD, UTC)")
    fmt = p.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", action="store_const", const="json", dest="format")
    fmt.add_argument("--csv", action="store_const", const="csv", dest="format")
    p.add_argument("--justification", metavar="TEXT", default=None,
                   help="why the record is exported (default: the transfer record for the "
                   "data-protection officer)")
    p.set_defaults(handler=run_transfers)


def run_transfers(args: argparse.Namespace) -> int:
    from liaison_app.services.errors import ServiceError
    from liaison_app.services.transfers import (
        DEFAULT_EXPORT_JUSTIFICATION,
        export_transfers,
        period,
    )

    try:
        start, end = period(args.start, args.end)
    except ServiceError as exc:
        raise UserFacingError(str(exc)) from exc
    why = args.justification if args.justification is not None else \
        DEFAULT_EXPORT_JUSTIFICATION
    with open_profile(args) as session:
        rows, text = export_transfers(session, start, end, args.format, why)
    if args.format == "json":
        print_json([row.to_json() for row in rows])
    else:
        sys.stdout.write(text)
    return 0
