"""`liaison case`: record outcomes, other systems' references and the status of a case.

    liaison case outcome add --case REF --kind KIND [--count N]
                             [--amount X --currency EUR] [--date D] [--note TEXT]
    liaison case outcome list --case REF [--json]
    liaison case outcome remove --id ID --reason TEXT
    liaison case ref add|remove --case REF --system SIENA|INTERPOL|SELEC|NATIONAL --ref TEXT
    liaison case status --case REF --status open|dormant|closed

Each change is audited. Outcome notes may name people, so `outcome list` shows
them only in the case view (which asks for a justification).
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime

from liaison_app.cli.common import (
    add_justification_arg,
    add_profile_args,
    consult,
    open_profile,
    print_json,
)
from liaison_app.cli.main import UserFacingError

KINDS = ("arrest", "charge", "conviction", "vehicle_stopped", "document_seized_genuine",
         "document_seized_false", "victim_safeguarded", "cash_seized", "assets_seized",
         "attempt_prevented", "no_further_action")
"""domain.outcomes.OutcomeKind values (spelt out here so `--help` needs no import)."""
SYSTEMS = ("SIENA", "INTERPOL", "SELEC", "NATIONAL")


def _kind(text: str) -> str:
    value = text.strip().lower().replace("-", "_")
    if value not in KINDS:
        raise argparse.ArgumentTypeError(f"unknown outcome kind {text!r}; one of "
                                         + ", ".join(KINDS))
    return value


def _system(text: str) -> str:
    value = text.strip().upper()
    if value not in SYSTEMS:
        raise argparse.ArgumentTypeError(f"unknown system {text!r}; one of "
                                         + ", ".join(SYSTEMS))
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("case", help="outcomes, references in other systems, case status")
    groups = p.add_subparsers(dest="case_action", metavar="ACTION", required=True)

    outcome = groups.add_parser("outcome", help="outcomes of the joint action on a case")
    acts = outcome.add_subparsers(dest="outcome_action", metavar="ACTION", required=True)
    add = acts.add_parser("add", help="record an outcome (arrests, seizures...)")
    add_profile_args(add)
    add.add_argument("--case", required=True, metavar="REF")
    add.add_argument("--kind", required=True, type=_kind, metavar="KIND",
                     help="one of: " + ", ".join(KINDS))
    add.add_argument("--count", type=int, default=1, metavar="N",
                     help="how many (persons, vehicles, documents...); default 1")
    add.add_argument("--amount", metavar="X", help="amount seized, e.g. 12500.50 "
                     "(cash_seized and assets_seized; with --currency)")
    add.add_argument("--currency", metavar="EUR", help="ISO 4217 code of the amount")
    add.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                     help="when it happened (default: today, UTC)")
    add.add_argument("--note", default="", metavar="TEXT")
    add.set_defaults(handler=run_outcome_add)
    listing = acts.add_parser("list", help="a case's outcomes (notes are shown in the GUI)")
    add_profile_args(listing)
    listing.add_argument("--case", required=True, metavar="REF")
    listing.add_argument("--json", action="store_true")
    add_justification_arg(listing, help_text="why you read the outcomes' notes (they may name "
                          "people; a consultation, audited); without it the notes are left out")
    listing.set_defaults(handler=run_outcome_list)
    remove = acts.add_parser("remove", help="remove an outcome recorded in error (audited)")
    add_profile_args(remove)
    remove.add_argument("--id", required=True, metavar="ID")
    remove.add_argument("--reason", required=True)
    remove.set_defaults(handler=run_outcome_remove)

    ref = groups.add_parser("ref", help="references to the case in other systems")
    ref_acts = ref.add_subparsers(dest="ref_action", metavar="ACTION", required=True)
    for name, handler, text in (("add", run_ref_add, "add a reference"),
                                ("remove", run_ref_remove, "remove a reference")):
        r = ref_acts.add_parser(name, help=text)
        add_profile_args(r)
        r.add_argument("--case", required=True, metavar="REF")
        r.add_argument("--system", required=True, type=_system,
                       metavar="SIENA|INTERPOL|SELEC|NATIONAL")
        r.add_argument("--ref", required=True, metavar="TEXT",
                       help="the reference as that system writes it")
        r.set_defaults(handler=handler)

    status = groups.add_parser("status", help="open, make dormant or close a case")
    add_profile_args(status)
    status.add_argument("--case", required=True, metavar="REF")
    status.add_argument("--status", required=True, choices=("open", "dormant", "closed"))
    status.set_defaults(handler=run_status)


def run_outcome_add(args: argparse.Namespace) -> int:
    from liaison_app.domain.currencies import parse_amount
    from liaison_app.domain.outcomes import MONEY_KINDS, Money, Outcome, OutcomeKind
    from liaison_app.services.case_records import add_outcome

    kind = OutcomeKind(args.kind)
    if (args.amount is None) != (args.currency is None):
        raise UserFacingError("--amount and --currency go together (e.g. --amount 12500.50 "
                              "--currency EUR)")
    if kind in MONEY_KINDS and args.amount is None:
        raise UserFacingError(f"{kind.value} needs --amount and --currency")
    money = None
    if args.amount is not None:
        currency = args.currency.strip().upper()
        money = Money(parse_amount(args.amount, currency, "--amount"), currency)
    day = args.date or datetime.now(UTC).date()
    outcome = Outcome(kind, day, args.count, money, args.note)
    with open_profile(args) as session:
        outcome_id = add_outcome(session, args.case, outcome)
    print(f"outcome {outcome_id} recorded on case {args.case}")
    return 0


def run_outcome_list(args: argparse.Namespace) -> int:
    from liaison_app.services.case_records import outcomes_of

    with open_profile(args) as session:
        rows = outcomes_of(session, args.case)
        # notes may name people: shown only with a justification (a consultation)
        shown = bool(rows) and args.justification is not None and consult(
            session, args, [f"case:{args.case}"], command="case outcome list")
    if args.json:
        print_json([{"id": o.outcome_id, "case": o.case_ref, "kind": o.kind,
                     "date": o.occurred_on.isoformat(), "count": o.count,
                     "amount_minor": o.amount_minor, "currency": o.currency,
                     "recorded_by": o.recorded_by, **({"note": o.note} if shown else {})}
                    for o in rows])
    else:
        for o in rows:
            amount = f"  {o.amount}" if o.amount else ""
            note = f"  {o.note}" if shown and o.note else ""
            print(f"{o.occurred_on}  {o.kind:<24} {o.count:>6}{amount}  {o.outcome_id}{note}")
    return 0


def run_outcome_remove(args: argparse.Namespace) -> int:
    from liaison_app.services.case_records import remove_outcome

    with open_profile(args) as session:
        remove_outcome(session, args.id, args.reason)
    print(f"outcome {args.id} removed")
    return 0


def run_ref_add(args: argparse.Namespace) -> int:
    from liaison_app.services.case_records import add_external_ref

    with open_profile(args) as session:
        add_external_ref(session, args.case, args.system, args.ref)
    print(f"case {args.case}: {args.system} reference {args.ref} added")
    return 0


def run_ref_remove(args: argparse.Namespace) -> int:
    from liaison_app.services.case_records import remove_external_ref

    with open_profile(args) as session:
        remove_external_ref(session, args.case, args.system, args.ref)
    print(f"case {args.case}: {args.system} reference {args.ref} removed")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from liaison_app.services.case_records import set_case_status

    with open_profile(args) as session:
        changed = set_case_status(session, args.case, args.status)
    print(f"case {args.case} is {args.status}" + ("" if changed else " (unchanged)"))
    return 0
