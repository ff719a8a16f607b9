"""`liaison forward` and `liaison recall`: pass a message on, or rectify or withdraw one.

A forward is a disclosure: its legal basis and justification are required and
recorded with it. A recall tells every recipient of a message you sent that it
is rectified (the corrected text in --body) or withdrawn (LED Art. 7(3)); their
clients pass it on to whoever they forwarded the message to.
"""

from __future__ import annotations

import argparse

from liaison_app.cli.common import (
    add_disclosure_args,
    add_profile_args,
    disclosure_reason,
    justification_of,
    open_profile,
)
from liaison_app.cli.main import UserFacingError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fwd = sub.add_parser("forward", help="pass a received request or alert on to other "
                         "agencies (obeys its handling code; a disclosure)")
    add_profile_args(fwd)
    fwd.add_argument("--message", required=True, metavar="ID")
    fwd.add_argument("--to", required=True, metavar="AGENCY[,AGENCY...]")
    fwd.add_argument("--note", default="", help="a note put above the forwarded text")
    fwd.add_argument("--provider-consent", action="store_true",
                     help="the provider agreed to this onward sharing (needed for Europol "
                     "H2 and UK C with the no-onward-sharing condition)")
    add_disclosure_args(fwd, required=True)
    fwd.set_defaults(handler=run_forward)
    rec = sub.add_parser("recall", help="rectify or withdraw a message you sent; every "
                         "recipient is told, and those they forwarded it to")
    add_profile_args(rec)
    rec.add_argument("--message", required=True, metavar="ID")
    rec.add_argument("--action", required=True, choices=("rectify", "withdraw"))
    rec.add_argument("--reason", required=True, help="why (sent to the recipients)")
    rec.add_argument("--body", default="", help="the corrected text (for a rectification)")
    rec.set_defaults(handler=run_recall)


def run_forward(args: argparse.Namespace) -> int:
    from liaison_app.domain.errors import ValidationError
    from liaison_app.services.actions import forward
    from liaison_app.services.compose import message_or_fail

    if justification_of(args) is None:
        raise UserFacingError("a forward must say why it is sent: give --justification TEXT "
                              "(and --legal-basis)")
    agencies = tuple(a.strip() for a in args.to.split(",") if a.strip())
    with open_profile(args) as session:
        original = message_or_fail(session, args.message)
        why = disclosure_reason(session, args, original.case_ref, required=True,
                                what="forward")
        try:
            new_id = forward(session, args.message, agencies, disclosure_reason=why,
                             note=args.note, provider_consent=args.provider_consent)
        except ValidationError as exc:
            raise UserFacingError(str(exc)) from exc
    print(new_id)
    return 0


def run_recall(args: argparse.Namespace) -> int:
    from liaison_app.domain.errors import ValidationError
    from liaison_app.domain.messages import RecallAction
    from liaison_app.services.actions import recall

    if args.action == "rectify" and not args.body.strip():
        raise UserFacingError("a rectification carries the corrected text: give --body TEXT")
    with open_profile(args) as session:
        try:
            new_id = recall(session, args.message, RecallAction(args.action), args.reason,
                            body=args.body)
        except ValidationError as exc:
            raise UserFacingError(str(exc)) from exc
    print(new_id)
    return 0
