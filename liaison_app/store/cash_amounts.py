"""Cash found or carried, per subject, in the currency's minor unit (for the monitoring figures).

`cash_amounts` holds one row per stored `cash` subject with a readable amount:
its ISO 4217 currency and the amount as an integer in the minor unit, so the
monitoring figures add amounts up in SQL, exactly, per currency and never
across currencies. Kept in step with `subjects` where subjects are stored and
changed (`store.cases`); a row goes with its subject (ON DELETE CASCADE).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liaison_app.domain.currencies import MAX_MINOR
from liaison_app.domain.money import amount_minor
from liaison_app.store.columns import Conn

__all__ = ["file_cash"]


def cash_row(data: Mapping[str, Any]) -> tuple[str, int] | None:
    """(currency, minor units) of a cash subject in its wire form; None for any other
    subject, an unreadable amount, or one beyond MAX_MINOR (a typing error, never added)."""
    if data.get("kind") != "cash":
        return None
    amount, currency = data.get("amount"), data.get("currency")
    if not isinstance(amount, str) or not isinstance(currency, str):
        return None
    minor = amount_minor(amount, currency)
    if minor is None or minor > MAX_MINOR:
        return None
    return currency, minor


def file_cash(conn: Conn, row_id: int, data: Mapping[str, Any]) -> None:
    """Record (or replace, or drop) a stored subject's cash amount."""
    found = cash_row(data)
    if found is None:
        conn.execute("DELETE FROM cash_amounts WHERE subject_row = ?", (row_id,))
        return
    conn.execute("INSERT INTO cash_amounts (subject_row, currency, amount_minor) "
                 "VALUES (?, ?, ?) ON CONFLICT (subject_row) DO UPDATE SET "
                 "currency = excluded.currency, amount_minor = excluded.amount_minor",
                 (row_id, *found))
