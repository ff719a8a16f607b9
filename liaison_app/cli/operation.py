"""`liaison operation`: joint operations shared with partner agencies.

    liaison operation propose --ref REF --title TEXT --to AGENCY[,AGENCY...]
                              --objective TEXT [--objective TEXT...]
                              [--crime-area AREA] [--handling SCHEME:CODE[:conditions]]
                              [--summary TEXT] [--json]
    liaison operation accept --op OP [--json]
    liaison operation decline --op OP [--reason TEXT] [--json]
    liaison operation task --op OP --title TEXT --agency AGENCY [--officer ID]
                           --due YYYY-MM-DD [--details TEXT] [--json]
    liaison operation task --op OP --done TASK_ID [--note TEXT] [--json]
    liaison operation decide --op OP --text TEXT [--date YYYY-MM-DD] [--json]
    liaison operation outcome --op OP --kind KIND [--count N] [--date D] [--note TEXT] [--json]
    liaison operation share --op OP --message ID [--json]
    liaison operation consent --op OP --agency AGENCY [--json]
    liaison operation leave|conclude --op OP [--reason TEXT] [--json]
    liaison operation show [--op OP] [--as-of YYYY-MM-DD] [--justification TEXT] [--json]

OP is the operation's reference or id. Each update is signed, applied here and queued
for the other participants (sent at the next sync). `show` without --op lists the
operations; with --op it shows participants, the shared timeline, refused updates and
the working-group report section. The timeline's words may name people: they are
shown only with --justification (a consultation, audited).
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from typing import Any

from liaison_app.cli.case import KINDS, _day, _kind
from liaison_app.cli.common import (
    add_justification_arg,
    add_profile_args,
    consult,
    open_profile,
    print_json,
)
from liaison_app.cli.main import UserFacingError

CRIME_AREAS = ("migrant_smuggling", "trafficking_in_human_beings", "document_fraud", "other")


def _op(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    add_profile_args(p)
    p.add_argument("--op", required=required, metavar="OP",
                   help="the operation's reference or id")
    p.add_argument("--json", action="store_true")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("operation", help="joint operations shared with partner agencies")
    acts = p.add_subparsers(dest="operation_action", metavar="ACTION", required=True)

    propose = acts.add_parser("propose", help="propose a joint operation to partners")
    add_profile_args(propose)
    propose.add_argument("--ref", required=True, metavar="REF",
                         help="the operation's reference (its case on every copy)")
    propose.add_argument("--title", required=True)
    propose.add_argument("--to", required=True, metavar="AGENCY[,AGENCY...]",
                         help="partner agencies, e.g. RS-BP,BG-BP")
    propose.add_argument("--objective", action="append", required=True, metavar="TEXT",
                         help="an agreed objective (repeatable)")
    propose.add_argument("--crime-area", default="migrant_smuggling", metavar="AREA")
    propose.add_argument("--handling", metavar="SCHEME:CODE",
                         help="the operation's handling code: uk:P, uk:C:conditions, "
                              "europol:H0..H3")
    propose.add_argument("--summary", default="")
    propose.add_argument("--json", action="store_true")
    propose.set_defaults(handler=run_propose)

    for name, text in (("accept", "agree to a proposed operation"),
                       ("decline", "decline a proposed operation"),
                       ("leave", "leave an operation"),
                       ("conclude", "conclude an operation (the lead)")):
        q = acts.add_parser(name, help=text)
        _op(q)
        if name != "accept":
            q.add_argument("--reason", default="", metavar="TEXT")
        q.set_defaults(handler=run_answer, verb=name)

    task = acts.add_parser("task", help="assign a task, or mark one done (--done)")
    _op(task)
    task.add_argument("--title")
    task.add_argument("--agency", metavar="AGENCY")
    task.add_argument("--officer", default="", metavar="ID")
    task.add_argument("--due", type=_day, metavar="YYYY-MM-DD")
    task.add_argument("--details", default="")
    task.add_argument("--done", metavar="TASK_ID", help="mark this task done")
    task.add_argument("--note", default="")
    task.set_defaults(handler=run_task)

    decide = acts.add_parser("decide", help="record a decision the participants agreed")
    _op(decide)
    decide.add_argument("--text", required=True)
    decide.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="when it was decided")
    decide.set_defaults(handler=run_decide)

    outcome = acts.add_parser("outcome", help="record an outcome for your agency")
    _op(outcome)
    outcome.add_argument("--kind", required=True, type=_kind, metavar="KIND",
                         help="one of: " + ", ".join(KINDS))
    outcome.add_argument("--count", type=int, default=1, metavar="N")
    outcome.add_argument("--date", type=_day, metavar="YYYY-MM-DD")
    outcome.add_argument("--note", default="")
    outcome.set_defaults(handler=run_outcome)

    share = acts.add_parser("share", help="put a message into the shared record")
    _op(share)
    share.add_argument("--message", required=True, metavar="ID")
    share.set_defaults(handler=run_share)

    consent = acts.add_parser("consent", help="let your restricted items reach an agency")
    _op(consent)
    consent.add_argument("--agency", required=True, metavar="AGENCY")
    consent.set_defaults(handler=run_consent)

    show = acts.add_parser("show", help="the operations, or one with its shared timeline")
    _op(show, required=False)
    show.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD",
                      help="the day tasks are counted overdue on (default: today, UTC)")
    add_justification_arg(show)
    show.set_defaults(handler=run_show)


def _done(args: argparse.Namespace, what: str, update_id: str, op: str) -> int:
    if args.json:
        print_json({"operation": op, "update": update_id, "kind": what, "state": "queued"})
    else:
        print(f"{what} {update_id} recorded in {op}; it goes to the partners at the next sync")
    return 0


def _handling(text: str | None) -> Any:
    from liaison_app.domain.grading import GradingScheme, HandlingCode

    if not text:
        return None
    scheme, _, rest = text.partition(":")
    code, _, conditions = rest.partition(":")
    schemes = {"uk": GradingScheme.UK_3X5X2, "europol": GradingScheme.EUROPOL_4X4}
    if scheme.lower() not in schemes:
        raise UserFacingError("--handling is uk:CODE or europol:CODE, e.g. europol:H2")
    return HandlingCode(schemes[scheme.lower()], code.upper(), conditions)


def run_propose(args: argparse.Namespace) -> int:
    from liaison_app.domain.cases import CrimeArea
    from liaison_app.services.operations import Proposal, propose

    partners = tuple(a.strip() for a in args.to.split(",") if a.strip())
    proposal = Proposal(ref=args.ref, title=args.title, partners=partners,
                        objectives=tuple(args.objective),
                        crime_area=CrimeArea(args.crime_area.replace("-", "_")),
                        handling=_handling(args.handling), summary=args.summary)
    with open_profile(args) as session:
        op = propose(session, proposal)
    return _done(args, "propose", op, args.ref)


def run_answer(args: argparse.Namespace) -> int:
    from liaison_app.services import operations

    with open_profile(args) as session:
        if args.verb == "accept":
            update = operations.accept(session, args.op)
        else:
            verb = {"decline": operations.decline, "leave": operations.leave,
                    "conclude": operations.conclude}[args.verb]
            update = verb(session, args.op, args.reason)
    return _done(args, args.verb, update, args.op)


def run_task(args: argparse.Namespace) -> int:
    from liaison_app.services import operations

    with open_profile(args) as session:
        if args.done:
            update = operations.set_task_done(session, args.op, args.done, note=args.note)
            return _done(args, "task_state", update, args.op)
        if not (args.title and args.agency and args.due):
            raise UserFacingError("a task needs --title, --agency and --due (or --done ID)")
        update = operations.add_task(session, args.op, args.title, agency=args.agency,
                                     officer=args.officer, due_on=args.due,
                                     details=args.details)
    return _done(args, "task", update, args.op)


def run_decide(args: argparse.Namespace) -> int:
    from liaison_app.services import operations

    with open_profile(args) as session:
        update = operations.decide(session, args.op, args.text, decided_on=args.date)
    return _done(args, "decision", update, args.op)


def run_outcome(args: argparse.Namespace) -> int:
    from liaison_app.domain.outcomes import MONEY_KINDS, Outcome, OutcomeKind
    from liaison_app.services import operations

    kind = OutcomeKind(args.kind)
    if kind in MONEY_KINDS:
        raise UserFacingError(f"record {kind.value} with its amount on the case "
                              "(liaison case outcome add)")
    outcome = Outcome(kind, args.date or datetime.now(UTC).date(), args.count, None, args.note)
    with open_profile(args) as session:
        update = operations.record_outcome(session, args.op, outcome)
    return _done(args, "outcome", update, args.op)


def run_share(args: argparse.Namespace) -> int:
    from liaison_app.services import operations

    with open_profile(args) as session:
        update = operations.share_message(session, args.op, args.message)
    return _done(args, "share", update, args.op)


def run_consent(args: argparse.Namespace) -> int:
    from liaison_app.services import operations

    with open_profile(args) as session:
        update = operations.consent(session, args.op, args.agency)
    return _done(args, "consent", update, args.op)


def _list_json(rows: list[Any]) -> list[dict[str, Any]]:
    return [{"operation": r.operation_id, "ref": r.ref, "title": r.title, "lead": r.lead,
             "status": r.status, "own_state": r.own_state} for r in rows]


def run_show(args: argparse.Namespace) -> int:
    from liaison_app.services import operation_views as views
    from liaison_app.services.operation_report import operation_section

    as_of: date = args.as_of or datetime.now(UTC).date()
    with open_profile(args) as session:
        if args.op is None:
            rows = views.operation_list(session)
            if args.json:
                print_json(_list_json(rows))
            for r in [] if args.json else rows:
                print(f"{r.ref:<20} {r.status:<10} lead {r.lead:<8} you: {r.own_state:<8} "
                      f"{r.title}")
            return 0
        detail = views.operation_detail(session, args.op, today=as_of)
        section = operation_section(session, args.op, as_of=as_of).to_json()
        shown = consult(session, args, [f"operation:{detail.summary.operation_id}"],
                        command="operation show")
    timeline = [{"update": e.update_id, "kind": e.kind, "author": e.author_officer,
                 "agency": e.author_agency, "created_at": e.created_at.isoformat(),
                 "state": e.state, **({"text": e.text} if shown else {})}
                for e in detail.timeline]
    refused = [{"update": q.update_id, "kind": q.kind, "agency": q.author_agency,
                "reason": q.reason, "detail": q.detail,
                "received_at": q.received_at.isoformat()} for q in detail.quarantine]
    if args.json:
        print_json({**_list_json([detail.summary])[0], "handling": detail.handling,
                    "objectives": list(detail.objectives) if shown else [],
                    "participants": [{"agency": a, "state": s}
                                     for a, s in detail.participants],
                    "timeline": timeline, "quarantine": refused, "report": section})
        return 0
    s = detail.summary
    print(f"{s.ref}  {s.title}  ({s.status}; lead {s.lead}; handling "
          f"{detail.handling or 'none'})")
    print("participants: " + ", ".join(f"{a} ({st})" for a, st in detail.participants))
    for e in timeline:
        print(f"{e['created_at']}  {e['agency']:<8} {e['kind']:<10} {e['state']:<8} "
              f"{e.get('text', '')}")
    for q in refused:
        print(f"refused {q['kind']} from {q['agency']}: {q['reason']} ({q['detail']})")
    return 0
