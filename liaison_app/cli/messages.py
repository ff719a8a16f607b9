"""`liaison inbox`, `liaison outbox`, `liaison reply`: read and answer messages.

Reading personal data outside the GUI needs a justification, as in the GUI:
`--justification TEXT` records a consultation of each message listed; without it
the lists show what each message is and where it stands, but no text, subjects,
content or file names.
"""

from __future__ import annotations

import argparse
from typing import Any

from liaison_app.cli.common import (
    add_disclosure_args,
    add_justification_arg,
    add_profile_args,
    consult,
    disclosure_reason,
    open_profile,
    print_json,
)
from liaison_app.cli.main import UserFacingError
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import ReplyOutcome
from liaison_app.store.messages import MessageRow

OUTCOMES = {"provided": "provided", "partial": "partial", "refused": "refused",
            "clarification": "clarification"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text in (("inbox", "list received messages"),
                            ("outbox", "list messages you sent and their status")):
        p = sub.add_parser(name, help=help_text)
        add_profile_args(p)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        p.add_argument("--limit", type=int, default=1000)
        add_justification_arg(p)
        p.set_defaults(handler=run_list, box=name)
    r = sub.add_parser("reply", help="reply to a received message")
    add_profile_args(r)
    r.add_argument("--to-message", required=True, metavar="ID")
    r.add_argument("--outcome", required=True, choices=sorted(OUTCOMES))
    r.add_argument("--body", required=True)
    r.add_argument("--reason", default="", help="required when refusing or asking to clarify")
    add_disclosure_args(r, required=False)
    r.set_defaults(handler=run_reply)


PERSONAL_KEYS = ("body", "subjects", "content")
"""What `--json` leaves out (null) without a justification; file names go too."""


def _as_dict(row: MessageRow, extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row.message_id, "type": row.type, "status": row.status.value,
        "direction": row.direction.value, "priority": row.priority,
        "sender": {"officer": row.sender_officer, "agency": row.sender_agency,
                   "device": row.sender_device},
        "recipients": row.recipients, "case_ref": row.case_ref, "body": row.body,
        "subjects": row.subjects, "content": row.content, "grading": row.grading,
        "handling": row.handling, "in_reply_to": row.in_reply_to,
        "created_at": row.created_at.isoformat(),
        "received_at": row.received_at.isoformat() if row.received_at else None,
        "due_at": row.due_at.isoformat() if row.due_at else None,
        "status_changed_at": row.status_changed_at.isoformat(),
        "failure_reason": row.failure_reason, **extra,
    }


def _withheld(item: dict[str, Any]) -> dict[str, Any]:
    """`item` without its personal data (what a consultation would show)."""
    out = {**item, **dict.fromkeys(PERSONAL_KEYS)}
    out["attachments"] = [{k: v for k, v in a.items() if k != "name"}
                          for a in item.get("attachments", [])]
    if out.get("recall"):
        out["recall"] = {k: v for k, v in out["recall"].items()
                         if k not in ("reason", "correction")}
    out["personal_data"] = "withheld"
    return out


def _recall_json(mark: Any) -> dict[str, Any] | None:
    if mark is None:
        return None
    latest = mark.latest
    return {"state": "withdrawn" if mark.action.value == "withdraw" else "rectified",
            "by": mark.sender_agency, "reason": mark.reason, "correction": latest.text,
            "recall_id": latest.recall_id, "at": latest.at.isoformat()}


def run_list(args: argparse.Namespace) -> int:
    from liaison_app.services.attachment_files import list_attachments
    from liaison_app.services.follow_up import follow_up_of
    from liaison_app.store import messages, outbox, recalls
    from liaison_app.store.messages import Direction, MessageFilter

    incoming = args.box == "inbox"
    direction = Direction.INCOMING if incoming else Direction.OUTGOING
    with open_profile(args) as session:
        rows = messages.list_page(session.db, MessageFilter(direction=direction),
                                  limit=max(1, min(args.limit, 10_000)),
                                  sort="created_at", descending=False)
        shown = consult(session, args, [f"message:{r.message_id}" for r in rows],
                        command=args.box)
        marks = recalls.marks_of(session.db, [r.message_id for r in rows])
        items = []
        for row in rows:
            extra: dict[str, Any] = {}
            if incoming:
                extra["verified"] = True  # only verified envelopes are ever stored
            else:
                item = outbox.get(session.db, row.message_id)
                extra["outbox"] = None if item is None else {
                    "state": item.state.value, "attempts": item.attempts,
                    "last_error": item.last_error, "waiting": item.hold_reason,
                    "sent_at": item.sent_at.isoformat() if item.sent_at else None}
            extra["attachments"] = [a.to_json()
                                    for a in list_attachments(session, row.message_id)]
            extra["recall"] = _recall_json(marks.get(row.message_id))
            follow = follow_up_of(session, row.message_id) if row.type == "request" else None
            extra["follow_up"] = None if follow is None else follow.to_json()
            extra["personal_data"] = "shown"
            item_json = _as_dict(row, extra)
            items.append(item_json if shown else _withheld(item_json))
    if args.json:
        print_json(items)
    else:
        for m in items:
            who = m["sender"]["officer"] if incoming else ",".join(
                m["recipients"].get("agencies", []))
            mark = f"  [{m['recall']['state']}]" if m["recall"] else ""
            status = str(m["status"]).replace("_", " ")  # "handed to carrier" in plain words
            print(f"{m['id']}  {m['type']:<8} {m['priority']:<9} {status:<9} {who}{mark}")
    return 0


def run_reply(args: argparse.Namespace) -> int:
    from liaison_app.services.actions import reply
    from liaison_app.services.compose import message_or_fail

    with open_profile(args) as session:
        original = message_or_fail(session, args.to_message)
        why = disclosure_reason(session, args, original.case_ref, required=False,
                                what="reply")
        try:
            new_id = reply(session, args.to_message, ReplyOutcome(OUTCOMES[args.outcome]),
                           args.body, reason=args.reason, disclosure_reason=why)
        except ValidationError as exc:
            raise UserFacingError(str(exc)) from exc
    print(new_id)
    return 0
