"""Outcomes recorded on cases (arrests, seizures...): add, list, erase, and the period sums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from liaison_app.store.columns import (
    Conn,
    from_time_text,
    require_text,
    require_transaction,
    time_text,
)


@dataclass(frozen=True)
class OutcomeRow:
    """One stored outcome; `amount_minor`/`currency` both set or both None."""

    outcome_id: str
    case_ref: str
    kind: str
    occurred_on: date
    count: int
    amount_minor: int | None
    currency: str | None
    note: str
    recorded_by: str
    recorded_at: datetime


def _row(row: Any) -> OutcomeRow:
    return OutcomeRow(
        outcome_id=row["outcome_id"], case_ref=row["case_ref"], kind=row["kind"],
        occurred_on=date.fromisoformat(row["occurred_on"]), count=int(row["count"]),
        amount_minor=None if row["amount_minor"] is None else int(row["amount_minor"]),
        currency=row["currency"], note=row["note"], recorded_by=row["recorded_by"],
        recorded_at=from_time_text(row["recorded_at"]))


def add(conn: Conn, *, outcome_id: str, case_ref: str, kind: str, occurred_on: date,
        count: int, amount_minor: int | None, currency: str | None, note: str,
        recorded_by: str, now: datetime) -> None:
    """Store an outcome (the case must exist; the domain type validated the values)."""
    require_transaction(conn)
    for name, value in (("outcome_id", outcome_id), ("case_ref", case_ref), ("kind", kind),
                        ("recorded_by", recorded_by)):
        require_text(value, name)
    conn.execute(
        """INSERT INTO case_outcomes (outcome_id, case_ref, kind, occurred_on, count,
               amount_minor, currency, note, recorded_by, recorded_at)
           VALUES (?,?,?,?,?,?,?,?,?,?)""",
        (outcome_id, case_ref, kind, occurred_on.isoformat(), int(count), amount_minor,
         currency, note, recorded_by, time_text(now, "now")))


def get(conn: Conn, outcome_id: str) -> OutcomeRow | None:
    """One outcome by id."""
    row = conn.execute("SELECT * FROM case_outcomes WHERE outcome_id = ?",
                       (outcome_id,)).fetchone()
    return None if row is None else _row(row)


def of_case(conn: Conn, case_ref: str) -> list[OutcomeRow]:
    """A case's outcomes, oldest first."""
    rows = conn.execute(
        """SELECT * FROM case_outcomes WHERE case_ref = ?
           ORDER BY occurred_on, recorded_at, outcome_id""", (case_ref,))
    return [_row(r) for r in rows]


def delete(conn: Conn, outcome_id: str) -> bool:
    """Erase one outcome."""
    require_transaction(conn)
    return conn.execute("DELETE FROM case_outcomes WHERE outcome_id = ?",
                        (outcome_id,)).rowcount == 1
