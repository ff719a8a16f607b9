"""Regenerate the joint-operation vector (`python tests/vectors/make_operation_vectors.py`).

Writes `operation-v1.json` next to this file: officer A (GB-NCA) proposes an operation
to RS-BP; B (RS-BP) agrees; A adds a task while B, offline, records a decision (two
concurrent updates with the same clock: the update id orders them); D (another RS-BP
officer) records an outcome after both. Then three updates
every copy refuses: C (BG-BP, not a participant), A out of sequence, and B's decision
with its header altered after signing. Fixed keys (samples.py), ids, salts and times,
and Ed25519 is deterministic, so every byte is reproducible. Run it only when the
format changes on purpose, and say so in docs/protocol.md §31.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from liaison_app.crypto.envelope import seal_plaintext  # noqa: E402
from liaison_app.crypto.operation import sign_update  # noqa: E402
from liaison_app.domain.cases import CrimeArea  # noqa: E402
from liaison_app.domain.grading import GradingScheme, HandlingCode  # noqa: E402
from liaison_app.domain.messages import MessageType, Priority  # noqa: E402
from liaison_app.domain.operation_content_bodies import (  # noqa: E402
    Assignee,
    DecisionBody,
    OutcomeBody,
    TaskBody,
)
from liaison_app.domain.operation_control_bodies import AcceptBody, Participant, ProposeBody  # noqa: E402
from liaison_app.domain.operation_updates import (  # noqa: E402
    Author,
    Body,
    OperationContent,
    OperationItem,
    UpdateKind,
)
from liaison_app.domain.outcomes import Outcome, OutcomeKind  # noqa: E402
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes  # noqa: E402
from liaison_app.protocol.message import InnerMessage, Recipients, inner_to_wire  # noqa: E402
from liaison_app.protocol.operation import header_signing_input  # noqa: E402
from tests.vectors.samples import T0, A, B, C, D, Party  # noqa: E402

OP = "019ab0c4-5e28-7000-8000-0000000000a1"
IDS = {name: f"019ab0c4-5e28-7000-8000-0000000000{n}" for name, n in (
    ("accept", "a2"), ("task", "a3"), ("decision", "b4"), ("outcome", "a5"),
    ("stranger", "a6"), ("skipped", "a7"), ("altered", "a8"), ("carrier", "c1"))}
SALT = "AAAAAAAAAAAAAAAAAAAAAA"


def _salt(n: int) -> str:
    return f"{n:02d}" + SALT[2:]


def _author(p: Party) -> Author:
    return Author(p.officer, p.agency, p.keys.device_id)


def _sign(p: Party, update_id: str, kind: UpdateKind, *, seq: int, clock: int,
          deps: tuple[str, ...], minutes: int, body: Body) -> OperationItem:
    return sign_update(p.keys, update_id=update_id, operation=OP, kind=kind,
                       author=_author(p), seq=seq, clock=clock, deps=deps, about=None,
                       created_at=T0 + timedelta(minutes=minutes), body=body)


def items() -> tuple[list[OperationItem], list[tuple[OperationItem, str]]]:
    """The applied updates (in the order they were written) and the refused ones."""
    propose = _sign(A, OP, UpdateKind.PROPOSE, seq=1, clock=1, deps=(), minutes=0,
                    body=ProposeBody(
                        ref="OP-HORGOS-26", title="Horgoš lorry route",
                        crime_area=CrimeArea.MIGRANT_SMUGGLING,
                        participants=(Participant("GB-NCA", (A.officer,)),
                                      Participant("RS-BP")),
                        handling=HandlingCode(GradingScheme.EUROPOL_4X4, "H1"),
                        objectives=("Identify the facilitators",),
                        summary="", salt=_salt(1)))
    accept = _sign(B, IDS["accept"], UpdateKind.ACCEPT, seq=1, clock=2, deps=(OP,),
                   minutes=90, body=AcceptBody((B.officer,), _salt(2)))
    task = _sign(A, IDS["task"], UpdateKind.TASK, seq=2, clock=3, deps=(IDS["accept"],),
                 minutes=120, body=TaskBody("Watch the lorry route", "", Assignee("RS-BP"),
                                            date(2026, 11, 30), _salt(3)))
    decision = _sign(B, IDS["decision"], UpdateKind.DECISION, seq=2, clock=3,
                     deps=(IDS["accept"],), minutes=100,
                     body=DecisionBody("Controlled delivery at Horgoš", date(2026, 11, 23),
                                       _salt(4)))
    outcome = _sign(D, IDS["outcome"], UpdateKind.OUTCOME, seq=1, clock=4,
                    deps=(IDS["task"], IDS["decision"]), minutes=200,
                    body=OutcomeBody(Outcome(OutcomeKind.ARREST, date(2026, 11, 23), 2),
                                     _salt(5)))
    stranger = _sign(C, IDS["stranger"], UpdateKind.DECISION, seq=1, clock=5,
                     deps=(IDS["outcome"],), minutes=210,
                     body=DecisionBody("BG-BP takes over", None, _salt(6)))
    skipped = _sign(A, IDS["skipped"], UpdateKind.DECISION, seq=7, clock=5,
                    deps=(IDS["outcome"],), minutes=220,
                    body=DecisionBody("Skip ahead", None, _salt(7)))
    good = _sign(B, IDS["altered"], UpdateKind.DECISION, seq=3, clock=5,
                 deps=(IDS["outcome"],), minutes=230,
                 body=DecisionBody("Stand down", None, _salt(8)))
    wire = good.to_wire()
    wire["update"]["created_at"] = "2026-11-23T09:00:00Z"  # altered after signing
    altered = OperationItem.from_wire(wire, "item")
    return ([propose, accept, task, decision, outcome],
            [(stranger, "not_a_participant"), (skipped, "out_of_sequence"),
             (altered, "bad_signature")])


def _item_vector(item: OperationItem) -> dict[str, Any]:
    return {"item": item.to_wire(),
            "signing_input_b64u": b64u_encode(header_signing_input(item.header)),
            "body_canonical": canonical_bytes(item.to_wire()["body"]).decode("utf-8")}


def operation_vector() -> dict[str, Any]:
    """The whole vector document."""
    applied, refused = items()
    carrier = InnerMessage(
        id=IDS["carrier"], type=MessageType.OPERATION, sender=A.sender_ref(),
        recipients=Recipients.of(["RS-BP"], [B.keys.device_id, D.keys.device_id]),
        case_ref=None, priority=Priority.ROUTINE, handling=None, grading=None, subjects=(),
        body="", content=OperationContent(OP, (applied[2],)),
        in_reply_to=None, created_at=T0 + timedelta(minutes=120), expires_at=None,
        lang="en")
    order = sorted(applied, key=lambda i: (i.header.clock, i.header.id))
    return {
        "description": "A (GB-NCA) proposes an operation to RS-BP; B (RS-BP) agrees; A's "
                       "task and B's decision are concurrent (clock 3): the update id "
                       "orders them; D (RS-BP) records an outcome after both. 'order' is "
                       "the shared order every copy shows, whatever order the updates "
                       "arrive in. 'refused' are refused by every copy with 'reason'. "
                       "Each header is signed over 'liaison/v1/operation-update' + NUL + "
                       "canonical(header); body_sha256 is SHA-256 of canonical(body).",
        "devices": {p.name: {"device_id": p.keys.device_id, "officer": p.officer,
                             "agency": p.agency, "sign_key": b64u_encode(p.keys.sign_key)}
                    for p in (A, B, C, D)},
        "operation": OP,
        "updates": [_item_vector(i) for i in applied],
        "order": [i.header.id for i in order],
        "refused": [{**_item_vector(i), "reason": reason} for i, reason in refused],
        "carrier_inner": inner_to_wire(carrier),
        "carrier_signed_b64u": b64u_encode(seal_plaintext(carrier, A.keys)),
    }


def main() -> int:
    out = HERE / "operation-v1.json"
    out.write_text(json.dumps(operation_vector(), indent=2, ensure_ascii=False,
                              sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
