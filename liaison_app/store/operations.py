"""Joint operations in the cache: operations, applied updates in the shared order, the
updates that wait for their causal past, refusals and carrier bookkeeping.

Rows only; the rules that decide what is applied live in `domain.operation_state`
and `store.operation_apply`. Headers are kept as the canonical JSON that was signed,
so a stored update can be checked again and passed on byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from liaison_app.domain.operation_state import Held, VersionVector
from liaison_app.domain.operation_updates import OperationItem
from liaison_app.store.columns import (
    Conn,
    from_json_text,
    from_time_text,
    json_text,
    require_transaction,
    time_text,
)


@dataclass(frozen=True, slots=True)
class OperationRow:
    """An operation as this copy sees it (cached from its updates)."""

    operation_id: str
    ref: str
    title: str
    lead: str
    lead_device: str
    status: str
    own_state: str
    case_ref: str | None
    proposed_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class UpdateRow:
    """An applied update: the signed item, its place and what this copy did with it."""

    item: OperationItem
    body_state: str
    vv: dict[str, int]
    addressed: tuple[str, ...]
    message_id: str | None
    applied_at: datetime

    @property
    def held(self) -> Held:
        """Header and body, for the rules."""
        return Held(self.item.header, self.item.body)


@dataclass(frozen=True, slots=True)
class PendingRow:
    """An update waiting for its causal past, with who carried it here."""

    item: OperationItem
    carrier_message: str | None
    carrier_device: str
    carrier_agency: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class QuarantineRow:
    """A refused update (or a refused body) and why."""

    row_id: int
    operation_id: str
    update_id: str | None
    kind: str
    author_agency: str
    author_device: str
    reason: str
    detail: str
    signed: bool
    carrier_message: str | None
    carrier_agency: str
    received_at: datetime


def _operation(row: Any) -> OperationRow:
    return OperationRow(row["operation_id"], row["ref"], row["title"], row["lead"],
                        row["lead_device"], row["status"], row["own_state"], row["case_ref"],
                        from_time_text(row["proposed_at"]), from_time_text(row["updated_at"]))


def item_from_columns(header: str, sig: str, body: str | None) -> OperationItem:
    """The signed item from stored columns (written by this module, so trusted)."""
    return OperationItem.from_wire({"update": from_json_text(header), "sig": sig,
                                    "body": None if body is None else from_json_text(body)},
                                   "update")


def _vv(text: str) -> dict[str, int]:
    raw = from_json_text(text)
    return {str(k): int(v) for k, v in raw.items() if isinstance(v, int)} \
        if isinstance(raw, dict) else {}


def _update(row: Any) -> UpdateRow:
    addressed = from_json_text(row["addressed"])
    return UpdateRow(item_from_columns(row["header"], row["sig"], row["body"]),
                     row["body_state"], _vv(row["vv"]),
                     tuple(str(a) for a in addressed) if isinstance(addressed, list) else (),
                     row["message_id"], from_time_text(row["applied_at"]))


# -- operations ------------------------------------------------------------------------


def get(conn: Conn, operation_id: str) -> OperationRow | None:
    """One operation by id."""
    row = conn.execute("SELECT * FROM operations WHERE operation_id = ?",
                       (operation_id,)).fetchone()
    return None if row is None else _operation(row)


def by_ref(conn: Conn, ref: str) -> list[OperationRow]:
    """Operations with this reference (one, unless a lead reused a reference)."""
    rows = conn.execute("SELECT * FROM operations WHERE ref = ? ORDER BY proposed_at", (ref,))
    return [_operation(r) for r in rows]


def of_case(conn: Conn, case_ref: str) -> OperationRow | None:
    """The operation whose local case this is, if any."""
    row = conn.execute("SELECT * FROM operations WHERE case_ref = ? LIMIT 1",
                       (case_ref,)).fetchone()
    return None if row is None else _operation(row)


def all_operations(conn: Conn) -> list[OperationRow]:
    """Every operation, the most recently changed first."""
    rows = conn.execute("SELECT * FROM operations ORDER BY updated_at DESC, ref")
    return [_operation(r) for r in rows]


def insert(conn: Conn, *, operation_id: str, ref: str, title: str, lead: str,
           lead_device: str, proposed_at: datetime, now: datetime) -> None:
    """Record an operation when its proposal is applied."""
    require_transaction(conn)
    conn.execute(
        """INSERT INTO operations (operation_id, ref, title, lead, lead_device, status,
               own_state, case_ref, proposed_at, updated_at)
           VALUES (?,?,?,?,?, 'proposed', 'none', NULL, ?, ?)""",
        (operation_id, ref, title, lead, lead_device, time_text(proposed_at),
         time_text(now)))


def set_state(conn: Conn, operation_id: str, *, status: str, own_state: str,
              case_ref: str | None, now: datetime) -> None:
    """Cache what the record gives: status, this agency's standing, the local case."""
    require_transaction(conn)
    conn.execute(
        """UPDATE operations SET status = ?, own_state = ?, case_ref = ?, updated_at = ?
           WHERE operation_id = ?""",
        (status, own_state, case_ref, time_text(now), operation_id))


# -- applied updates ---------------------------------------------------------------------


def insert_update(conn: Conn, item: OperationItem, *, body_state: str, vv: VersionVector,
                  addressed: Sequence[str], message_id: str | None, now: datetime) -> None:
    """Store an applied update and its dependencies."""
    require_transaction(conn)
    h = item.header
    body = None if item.body is None else json_text(item.body.to_wire(), "body")
    conn.execute(
        """INSERT INTO operation_updates (update_id, operation_id, kind, author_officer,
               author_agency, author_device, seq, clock, about, created_at, header, sig,
               body, body_state, vv, addressed, message_id, applied_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
        (h.id, h.operation, h.kind.value, h.author.officer, h.author.agency, h.author.device,
         h.seq, h.clock, h.about, time_text(h.created_at), json_text(h.to_wire(), "header"),
         item.sig, body, body_state if body is None else "held",
         json_text(dict(sorted(vv.items())), "vv"), json_text(list(addressed), "addressed"),
         message_id, time_text(now)))
    conn.executemany("INSERT INTO operation_deps (update_id, dep_id) VALUES (?, ?)",
                     [(h.id, dep) for dep in h.deps])


def updates(conn: Conn, operation_id: str) -> list[UpdateRow]:
    """Every applied update of an operation, in the shared order."""
    rows = conn.execute("""SELECT * FROM operation_updates WHERE operation_id = ?
                           ORDER BY clock, update_id""", (operation_id,))
    return [_update(r) for r in rows]


def control_updates(conn: Conn, operation_id: str) -> list[UpdateRow]:
    """The applied updates that change who takes part, in the shared order."""
    rows = conn.execute(
        """SELECT * FROM operation_updates WHERE operation_id = ?
             AND kind NOT IN ('share', 'decision', 'task', 'task_state', 'outcome')
           ORDER BY clock, update_id""", (operation_id,))
    return [_update(r) for r in rows]


def get_update(conn: Conn, update_id: str) -> UpdateRow | None:
    """One applied update."""
    row = conn.execute("SELECT * FROM operation_updates WHERE update_id = ?",
                       (update_id,)).fetchone()
    return None if row is None else _update(row)


def applied(conn: Conn, ids: Iterable[str]) -> dict[str, tuple[int, dict[str, int], str]]:
    """For each applied id among `ids`: its clock, version vector and kind."""
    out: dict[str, tuple[int, dict[str, int], str]] = {}
    for update_id in set(ids):
        row = conn.execute("SELECT clock, vv, kind FROM operation_updates WHERE update_id = ?",
                           (update_id,)).fetchone()
        if row is not None:
            out[update_id] = (int(row["clock"]), _vv(row["vv"]), row["kind"])
    return out


def heads(conn: Conn, operation_id: str) -> list[str]:
    """Applied updates no other applied update follows (what a new update names as deps)."""
    rows = conn.execute(
        """SELECT u.update_id FROM operation_updates u WHERE u.operation_id = ?
             AND NOT EXISTS (SELECT 1 FROM operation_deps d JOIN operation_updates c
                             ON c.update_id = d.update_id
                             WHERE d.dep_id = u.update_id AND c.operation_id = ?)
           ORDER BY u.update_id""", (operation_id, operation_id))
    return [str(r[0]) for r in rows]


def device_seq(conn: Conn, operation_id: str, device: str) -> int:
    """The highest `seq` of `device`'s updates applied in the operation (0 if none)."""
    row = conn.execute("""SELECT max(seq) FROM operation_updates
                          WHERE operation_id = ? AND author_device = ?""",
                       (operation_id, device)).fetchone()
    return int(row[0] or 0)


def seq_used(conn: Conn, operation_id: str, device: str, seq: int) -> bool:
    """True if `device` already has an applied update with sequence number `seq`."""
    return conn.execute("""SELECT 1 FROM operation_updates WHERE operation_id = ?
                           AND author_device = ? AND seq = ?""",
                        (operation_id, device, seq)).fetchone() is not None


def count_content(conn: Conn, operation_id: str) -> int:
    """Applied content updates (tasks, decisions, outcomes, shared items)."""
    row = conn.execute(
        """SELECT count(*) FROM operation_updates WHERE operation_id = ?
             AND kind IN ('share', 'decision', 'task', 'task_state', 'outcome')""",
        (operation_id,)).fetchone()
    return int(row[0])


# -- waiting and refused -------------------------------------------------------------------


def add_pending(conn: Conn, item: OperationItem, *, carrier_message: str | None,
                carrier_device: str, carrier_agency: str, now: datetime) -> None:
    """Keep an update until its causal past has arrived."""
    require_transaction(conn)
    conn.execute(
        """INSERT INTO operation_pending (update_id, operation_id, item, carrier_message,
               carrier_device, carrier_agency, received_at) VALUES (?,?,?,?,?,?,?)""",
        (item.header.id, item.header.operation, json_text(item.to_wire(), "item"),
         carrier_message, carrier_device, carrier_agency, time_text(now)))


def _pending(row: Any) -> PendingRow:
    raw = from_json_text(row["item"])
    return PendingRow(OperationItem.from_wire(raw, "item"), row["carrier_message"],
                      row["carrier_device"], row["carrier_agency"],
                      from_time_text(row["received_at"]))


def pending(conn: Conn, operation_id: str | None = None) -> list[PendingRow]:
    """Waiting updates (of one operation, or all), oldest first."""
    if operation_id is None:
        rows = conn.execute("SELECT * FROM operation_pending ORDER BY received_at, update_id")
    else:
        rows = conn.execute("""SELECT * FROM operation_pending WHERE operation_id = ?
                               ORDER BY received_at, update_id""", (operation_id,))
    return [_pending(r) for r in rows]


def is_pending(conn: Conn, update_id: str) -> bool:
    """True if the update waits here."""
    return conn.execute("SELECT 1 FROM operation_pending WHERE update_id = ?",
                        (update_id,)).fetchone() is not None


def drop_pending(conn: Conn, update_id: str) -> None:
    """Forget a waiting update (applied or refused)."""
    conn.execute("DELETE FROM operation_pending WHERE update_id = ?", (update_id,))


def add_quarantine(conn: Conn, *, operation_id: str, update_id: str | None, kind: str,
                   author_agency: str, author_device: str, reason: str, detail: str,
                   signed: bool, carrier_message: str | None, carrier_agency: str,
                   now: datetime) -> None:
    """Record a refused update (or body) with its reason."""
    require_transaction(conn)
    conn.execute(
        """INSERT INTO operation_quarantine (operation_id, update_id, kind, author_agency,
               author_device, reason, detail, signed, carrier_message, carrier_agency,
               received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
        (operation_id, update_id, kind, author_agency, author_device, reason, detail[:500],
         int(signed), carrier_message, carrier_agency, time_text(now)))


def refused_by_rule(conn: Conn, ids: Iterable[str], reasons: Iterable[str]) -> set[str]:
    """Ids among `ids` refused, with a verified signature, for one of `reasons` (a rule
    every copy applies alike, so what follows them is refused too)."""
    wanted = list(set(ids))
    why = list(reasons)
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    kinds = ",".join("?" * len(why))
    rows = conn.execute(
        f"""SELECT DISTINCT update_id FROM operation_quarantine
            WHERE signed = 1 AND update_id IN ({marks}) AND reason IN ({kinds})""",  # noqa: S608
        [*wanted, *why])
    return {str(r[0]) for r in rows}


def quarantined_ids(conn: Conn, ids: Iterable[str]) -> set[str]:
    """Ids among `ids` refused here before with a verified signature (a refusal of a
    forged copy does not stop the genuine update arriving later)."""
    out: set[str] = set()
    for update_id in set(ids):
        if conn.execute("SELECT 1 FROM operation_quarantine WHERE update_id = ? "
                        "AND signed = 1 LIMIT 1",
                        (update_id,)).fetchone() is not None:
            out.add(update_id)
    return out


def _quarantine(row: Any) -> QuarantineRow:
    return QuarantineRow(int(row["row_id"]), row["operation_id"], row["update_id"],
                         row["kind"], row["author_agency"], row["author_device"],
                         row["reason"], row["detail"], bool(row["signed"]),
                         row["carrier_message"], row["carrier_agency"],
                         from_time_text(row["received_at"]))


def quarantined(conn: Conn, operation_id: str | None = None) -> list[QuarantineRow]:
    """Refused updates (of one operation, or all), in arrival order."""
    if operation_id is None:
        rows = conn.execute("SELECT * FROM operation_quarantine ORDER BY row_id")
    else:
        rows = conn.execute("SELECT * FROM operation_quarantine WHERE operation_id = ? "
                            "ORDER BY row_id", (operation_id,))
    return [_quarantine(r) for r in rows]


# -- carriers read ------------------------------------------------------------------------


def carriers_to_read(conn: Conn, limit: int = 200) -> list[str]:
    """Received `operation` messages whose updates were not read yet, oldest first."""
    rows = conn.execute(
        """SELECT m.message_id FROM messages m
           WHERE m.type = 'operation' AND m.direction = 'incoming'
             AND NOT EXISTS (SELECT 1 FROM operation_ingested i
                             WHERE i.message_id = m.message_id)
           ORDER BY m.row_id LIMIT ?""", (limit,))
    return [str(r[0]) for r in rows]


def mark_read(conn: Conn, message_id: str, now: datetime) -> None:
    """Record that a carrier's updates were read (applied, kept waiting or refused)."""
    conn.execute("INSERT OR IGNORE INTO operation_ingested (message_id, ingested_at) "
                 "VALUES (?, ?)", (message_id, time_text(now)))
