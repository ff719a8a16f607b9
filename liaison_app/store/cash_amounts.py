"""Cash found or carried, per message that reported it, for the monitoring figures.

`cash_amounts` holds one row per cash subject of an exchanged message (a
request, alert or reply): the message's side and exchange time (`exchanges.at`
of its lead row, kept in step by a trigger when an outgoing message is sent or
fails) and the amount as an integer in the currency's minor unit, so the
figures add a period's cash up in SQL from an index range, exactly, per
currency and never across currencies. Rows are filed with the message's
subjects (`store.message_links`), follow an edited subject (`store.cases`) and
go with their message or subject (ON DELETE CASCADE). Migration `financial_checks`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liaison_app.domain.currencies import MAX_MINOR
from liaison_app.domain.money import amount_minor
from liaison_app.store.columns import Conn

__all__ = ["cash_row", "file_cash", "refile_cash"]


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


def file_cash(conn: Conn, message_id: str, subject_id: str, data: Mapping[str, Any]) -> None:
    """Record a cash subject a message carries (nothing for other subjects, or a message
    that is not exchanged: acknowledgements, case shares)."""
    found = cash_row(data)
    if found is None:
        return
    conn.execute(
        """INSERT OR REPLACE INTO cash_amounts (message_id, subject_row, direction, at,
               currency, amount_minor)
           SELECT e.message_id, s.row_id, e.direction, e.at, ?, ?
             FROM exchanges AS e CROSS JOIN subjects AS s
            WHERE e.message_id = ? AND e.lead = 1 AND s.subject_id = ?""",
        (*found, message_id, subject_id))


def refile_cash(conn: Conn, row_id: int, data: Mapping[str, Any]) -> None:
    """An edited subject's amount (dropped when it is no longer readable cash)."""
    found = cash_row(data)
    if found is None:
        conn.execute("DELETE FROM cash_amounts WHERE subject_row = ?", (row_id,))
        return
    conn.execute("UPDATE cash_amounts SET currency = ?, amount_minor = ? WHERE subject_row = ?",
                 (*found, row_id))
