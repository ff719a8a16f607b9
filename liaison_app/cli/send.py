"""`liaison send alert|request`: compose, sign and queue; works with no network."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app.cli.common import (
    add_disclosure_args,
    add_profile_args,
    disclosure_reason,
    justification_of,
    open_profile,
)
from liaison_app.cli.main import UserFacingError
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import Grading, HandlingCode, parse_grading_cli
from liaison_app.domain.messages import (
    AlertContent,
    AlertKind,
    InterpolNotice,
    InterpolNoticeColour,
    Priority,
    RequestContent,
    UrgencyClass,
)
from liaison_app.domain.subjects import Subject, subjects_from_wire
from liaison_app.domain.timefmt import parse_time
from liaison_app.services.session import Session

if TYPE_CHECKING:
    from liaison_app.services.attachments import Prepared

PRIORITIES = [p.value for p in Priority]


def _common(p: argparse.ArgumentParser, *, reason_required: bool) -> None:
    add_profile_args(p)
    add_disclosure_args(p, required=reason_required)
    p.add_argument("--to", required=True, metavar="AGENCY[,AGENCY...]",
                   help="recipient agency ids from the directory, e.g. RS-BP")
    p.add_argument("--priority", choices=PRIORITIES, default="routine")
    p.add_argument("--body", required=True, help="the message text")
    p.add_argument("--subjects", metavar="FILE.json",
                   help="a JSON list of subjects (persons, vehicles, documents, ...)")
    p.add_argument("--case", metavar="REF", help="link to this case (opened if new)")
    p.add_argument("--grading", metavar="SCHEME:CODES",
                   help="uk:1AP, uk:2BC:conditions, europol:B2H1, europol:A1H3:conditions")
    p.add_argument("--no-onward-sharing", action="store_true",
                   help="UK handling C: the conditions forbid passing it on")
    p.add_argument("--lang", default="en", help="language of the text (en, sr-Latn, sr-Cyrl, bg)")
    p.add_argument("--attach", action=_Attach, dest="attachments", default=[], metavar="FILE",
                   help="attach a file (repeatable, up to 50 MiB each); photos are sent "
                   "without their location data")
    p.add_argument("--attach-original", action=_Attach, dest="attachments", metavar="FILE",
                   help="attach a file exactly as it is, location data included (evidence)")


class _Attach(argparse.Action):
    """--attach / --attach-original into one list, in command-line order."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        items = list(getattr(namespace, self.dest, None) or [])
        items.append((str(values), option_string == "--attach-original"))
        setattr(namespace, self.dest, items)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    send = sub.add_parser("send", help="compose, sign and queue a request or an alert")
    kinds = send.add_subparsers(dest="kind", metavar="KIND", required=True)
    alert = kinds.add_parser("alert", help="raise a law-enforcement alert")
    _common(alert, reason_required=False)
    alert.add_argument("--alert-kind", choices=[k.value for k in AlertKind], default="lookout")
    alert.add_argument("--action", default="", help="the action requested of the recipient")
    alert.add_argument("--valid-until", metavar="TIME",
                       help="RFC 3339 UTC, e.g. 2026-12-01T00:00:00Z")
    alert.add_argument("--interpol-notice", metavar="COLOUR:REF",
                       help="an INTERPOL notice reference, e.g. red:2026/12345")
    alert.set_defaults(handler=run)
    request = kinds.add_parser("request", help="request information from a partner agency")
    _common(request, reason_required=True)
    request.add_argument("--urgency", choices=[u.value for u in UrgencyClass],
                         default="standard",
                         help="sets the reply due date (8 hours, 3 days or 7 days)")
    request.add_argument("--purpose", default="Prevention, detection and investigation "
                         "of organised immigration crime")
    request.add_argument("--information", default="", help="what is requested (default: body)")
    request.add_argument("--grounds", default="", help="grounds for the request (default: body)")
    request.add_argument("--evidence-use", action="store_true",
                         help="the reply is sought for use as evidence")
    request.set_defaults(handler=run)


def _subjects(path: str | None) -> tuple[Subject, ...]:
    if not path:
        return ()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserFacingError(f"cannot read the subjects file {path}: {exc}") from exc
    return subjects_from_wire(data, "subjects")


def _grading(args: argparse.Namespace) -> tuple[Grading | None, HandlingCode | None]:
    if not args.grading:
        return None, None
    return parse_grading_cli(args.grading, no_onward_sharing=args.no_onward_sharing)


def _alert(args: argparse.Namespace) -> AlertContent:
    notice = None
    if args.interpol_notice:
        colour, _, ref = args.interpol_notice.partition(":")
        notice = InterpolNotice(colour=InterpolNoticeColour(colour), reference=ref)
    until = parse_time(args.valid_until, "--valid-until") if args.valid_until else None
    return AlertContent(alert_kind=AlertKind(args.alert_kind),
                        action_requested=args.action, valid_until=until,
                        interpol_notice=notice)


def _attach(session: Session, message_id: str, given: list[tuple[str, bool]]
            ) -> list[Prepared]:
    """Encrypt the attached files into the profile's spool; say what became of location
    data in photos."""
    from liaison_app.media.location import LocationState
    from liaison_app.services.attachments import AttachmentFile, prepare

    files = [AttachmentFile(Path(path), keep_original=keep) for path, keep in given]
    prepared = prepare(session, message_id, files)
    for item in prepared:
        if item.location is LocationState.REMOVED:
            print(f"liaison: location data removed from {item.ref.name}", file=sys.stderr)
        elif item.location is LocationState.UNCHECKED:
            print(f"liaison: location data in {item.ref.name} could not be checked (format); "
                  "it is sent as it is", file=sys.stderr)
    return prepared


def _warn_hits(session: Session, subjects: tuple[Subject, ...]) -> None:
    """Before signing: say which subjects match a watch list or the cache (a warning)."""
    from liaison_app.services.crosscheck import check_subjects

    for found in check_subjects(session, subjects):
        for hit in found.hits:
            where = (f"watch list {hit.list_name} entry {hit.entry_id}"
                     if hit.source == "watchlist" else f"the cache ({hit.entry_id})")
            print(f"warning: subject {found.index + 1} ({found.label}) matches {where} "
                  f"({hit.score:.2f}: {'; '.join(hit.reasons)})", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.services.attachments import discard
    from liaison_app.services.compose import Draft, queue_message, waiting_reason

    try:
        content: AlertContent | RequestContent
        if args.kind == "alert":
            content = _alert(args)
        else:
            content = RequestContent(
                purpose=args.purpose, information_requested=args.information or args.body,
                grounds=args.grounds or args.body, urgency=UrgencyClass(args.urgency),
                evidence_use_sought=args.evidence_use)
        grading, handling = _grading(args)
        draft = Draft(
            content=content, to_agencies=tuple(a.strip() for a in args.to.split(",") if a),
            body=args.body, priority=Priority(args.priority), subjects=_subjects(args.subjects),
            case_ref=args.case, grading=grading, handling=handling, lang=args.lang,
            message_id=new_message_id())
    except ValueError as exc:  # ValidationError and bad enum values
        raise UserFacingError(str(exc)) from exc
    if args.kind == "request" and justification_of(args) is None:
        raise UserFacingError("a request must say why it is sent: give --justification TEXT "
                              "(and --legal-basis)")
    for path, _keep in args.attachments:
        if not Path(path).is_file():
            raise UserFacingError(f"cannot attach {path}: no such file")
    with open_profile(args) as session:
        why = disclosure_reason(session, args, draft.case_ref, required=args.kind == "request",
                                what=args.kind)
        draft = replace(draft, reason=why)
        _warn_hits(session, draft.subjects)
        prepared = _attach(session, str(draft.message_id), args.attachments)
        refs = tuple(p.ref for p in prepared)
        try:
            message_id = queue_message(session, replace(draft, attachments=refs))
        except ValidationError as exc:
            discard(session, refs)
            raise UserFacingError(str(exc)) from exc
        except BaseException:
            discard(session, refs)
            raise
        waiting = waiting_reason(session, message_id)
    print(message_id)
    if waiting is not None:
        print(f"liaison: queued, {waiting}; it is sealed and sent at the first sync after "
              "that", file=sys.stderr)
    return 0
