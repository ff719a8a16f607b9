"""`liaison check` (the booth check) and `liaison hits` (what arrivals matched).

    liaison check --profile DIR [--passphrase-stdin] [--name TEXT] [--dob YYYY[-MM[-DD]]]
        [--nationality CC] [--plate TEXT --country CC] [--document NUMBER] [--mrz TEXT]
        [--phone NUMBER] [--account TEXT [--country CC]] [--wallet TEXT [--network NAME]]
        [--justification TEXT] --json
    liaison hits --profile DIR [--passphrase-stdin] --json

Both work offline, on the cache alone. A check is a consultation: it needs a
justification (asked for at a terminal when --justification is not given).
"""

from __future__ import annotations

import argparse
import sys

from liaison_app.cli.common import (
    add_justification_arg,
    add_profile_args,
    consult,
    justification_of,
    open_profile,
    print_json,
)
from liaison_app.cli.main import UserFacingError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("check", help="check a name, plate, document, MRZ, phone, account or "
                                     "crypto address against the watch lists and the cache "
                                     "(offline)")
    add_profile_args(c)
    c.add_argument("--name", default="", metavar="TEXT", help="a name, in any order and script")
    c.add_argument("--dob", default="", metavar="YYYY[-MM[-DD]]", help="date or year of birth")
    c.add_argument("--nationality", default="", metavar="CC", help="ISO 3166 country code")
    c.add_argument("--plate", default="", metavar="TEXT", help="a registration plate")
    c.add_argument("--country", default="", metavar="CC",
                   help="the plate's country (and a national account's)")
    c.add_argument("--document", default="", metavar="NUMBER", help="a document number")
    c.add_argument("--mrz", default="", metavar="TEXT",
                   help="a machine-readable zone (its lines separated by a newline or a blank)")
    c.add_argument("--phone", default="", metavar="NUMBER", help="a phone number")
    c.add_argument("--account", default="", metavar="TEXT",
                   help="an IBAN (any spacing or case), or a national account number with its "
                        "bank code and --country")
    c.add_argument("--wallet", default="", metavar="TEXT",
                   help="a crypto-asset address (its network read from its checksum)")
    c.add_argument("--network", default="", metavar="NAME",
                   help="the address's network when the checksum cannot tell it: bitcoin, "
                        "ethereum, tron, litecoin, bnb_smart_chain, polygon, or another name")
    c.add_argument("--justification", default=None, metavar="TEXT",
                   help="why you are checking (recorded in the audit log)")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.set_defaults(handler=run_check)
    h = sub.add_parser("hits", help="list the cross-check hits found when messages arrived")
    add_profile_args(h)
    h.add_argument("--json", action="store_true", help="machine-readable output")
    h.add_argument("--limit", type=int, default=1000)
    add_justification_arg(h, help_text="why you read the hits (the names matched are "
                          "personal data; a consultation, audited); without it they are "
                          "withheld")
    h.set_defaults(handler=run_hits)


def _justification(args: argparse.Namespace) -> str:
    given = justification_of(args)  # the shared rule: a few words at least
    if given is not None:
        return given
    if not args.passphrase_stdin and sys.stdin.isatty():
        return input("Reason for this check (recorded in the audit log): ")
    raise UserFacingError("a check is a consultation of personal data: give the reason with "
                          "--justification TEXT")


def run_check(args: argparse.Namespace) -> int:
    from liaison_app.services.crosscheck import CheckQuery, booth_check

    query = CheckQuery(name=args.name, date_of_birth=args.dob, nationality=args.nationality,
                       plate=args.plate, plate_country=args.country, document=args.document,
                       mrz=args.mrz, phone=args.phone, account=args.account,
                       account_country=args.country, wallet=args.wallet, network=args.network)
    justification = _justification(args)
    with open_profile(args) as session:
        result = booth_check(session, query, justification)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        print_json({"hits": [h.to_json() for h in result.hits]})
        return 0
    if not result.hits:
        print("no hits")
    for h in result.hits:
        where = (f"{h.list_name} v{h.list_version} {h.entry_id}" if h.source == "watchlist"
                 else f"cache {h.entry_id}")
        print(f"{h.score:.2f}  {where}  {h.matched}")
        for reason in h.reasons:
            print(f"      {reason}")
    return 0


def run_hits(args: argparse.Namespace) -> int:
    from liaison_app.services.crosscheck import arrival_hits

    with open_profile(args) as session:
        found = arrival_hits(session, limit=max(1, min(args.limit, 10_000)))
        shown = consult(session, args, list(dict.fromkeys(
            f"message:{h.message_id}" for h in found)), command="hits")
    if args.json:
        print_json({"hits": [h.to_json() if shown else
                             {**h.to_json(), "matched": None, "reasons": None}
                             for h in found]})
        return 0
    if not found:
        print("no hits")
    for h in found:
        detail = f"  {h.hit.matched}  ({'; '.join(h.hit.reasons)})" if shown else ""
        print(f"{h.hit.score:.2f}  message {h.message_id} subject {h.subject_index + 1}  "
              f"{h.hit.list_name} {h.hit.entry_id}{detail}")
    return 0
