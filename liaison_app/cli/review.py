"""`liaison review`: records due for review; erase them, or keep them with a reason."""

from __future__ import annotations

import argparse
from datetime import date

from liaison_app.cli.common import (
    add_justification_arg,
    add_profile_args,
    consult,
    open_profile,
    print_json,
)
from liaison_app.cli.main import UserFacingError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("review", help="retention: records due for review, erase or keep")
    actions = p.add_subparsers(dest="review_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="cases, subjects and messages due for review")
    add_profile_args(listing)
    listing.add_argument("--json", action="store_true")
    add_justification_arg(listing, help_text="why you read the labels (names, numbers) of "
                          "the records due (a consultation, audited); without it they are "
                          "withheld")
    listing.set_defaults(handler=run_list)
    subject = actions.add_parser("erase-subject", help="erase a subject (audited)")
    add_profile_args(subject)
    subject.add_argument("subject_id")
    subject.add_argument("--reason", required=True)
    subject.add_argument("--with-messages", action="store_true",
                         help="also erase the messages that carry this subject")
    subject.set_defaults(handler=run_erase_subject)
    message = actions.add_parser("erase-message", help="erase a message (audited)")
    add_profile_args(message)
    message.add_argument("message_id")
    message.add_argument("--reason", required=True)
    message.set_defaults(handler=run_erase_message)
    keep = actions.add_parser("keep", help="keep a case or subject longer (audited)")
    add_profile_args(keep)
    keep.add_argument("kind", choices=("case", "subject"))
    keep.add_argument("ref")
    keep.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    keep.add_argument("--reason", required=True)
    keep.set_defaults(handler=run_keep)


def run_list(args: argparse.Namespace) -> int:
    from liaison_app.services.retention import due_for_review

    with open_profile(args) as session:
        items = due_for_review(session)
        shown = consult(session, args, [f"{i.kind}:{i.ref}" for i in items],
                        command="review list")
    if args.json:
        print_json([{"kind": i.kind, "ref": i.ref, "label": i.label if shown else None,
                     "review_on": i.review_on.isoformat()} for i in items])
    else:
        for i in items:
            print(f"{i.review_on}  {i.kind:<8} {i.ref}  {i.label if shown else ''}")
    return 0


def run_erase_subject(args: argparse.Namespace) -> int:
    from liaison_app.services.retention import SubjectStillCarried, erase_subject

    with open_profile(args) as session:
        try:
            erased = erase_subject(session, args.subject_id, args.reason,
                                   with_messages=args.with_messages)
        except SubjectStillCarried as exc:
            raise UserFacingError(f"{exc} (--with-messages erases them too)") from exc
    print(f"subject {args.subject_id} erased" + (f" with {len(erased)} message(s)"
                                                  if erased else ""))
    return 0


def run_erase_message(args: argparse.Namespace) -> int:
    from liaison_app.services.retention import erase_message

    with open_profile(args) as session:
        erase_message(session, args.message_id, args.reason)
    print(f"message {args.message_id} erased")
    return 0


def run_keep(args: argparse.Namespace) -> int:
    from liaison_app.services.retention import keep_until

    try:
        until = date.fromisoformat(args.until)
    except ValueError as exc:
        raise UserFacingError("--until must be a date like 2027-06-30") from exc
    with open_profile(args) as session:
        keep_until(session, args.kind, args.ref, until, args.reason)
    print(f"{args.kind} {args.ref} kept until {until}")
    return 0
