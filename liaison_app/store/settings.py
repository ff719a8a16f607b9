"""Local settings as text key/value pairs (e.g. the last accepted update version)."""

from __future__ import annotations

from liaison_app.store.columns import Conn, require_text, require_transaction

LAST_ACCEPTED_UPDATE = "last_accepted_update_version"
AUDIT_POLICY_VERSION = "policy_version"


def get(conn: Conn, key: str, default: str | None = None) -> str | None:
    """The value for `key`, or `default`."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else str(row[0])


def get_int(conn: Conn, key: str, default: int) -> int:
    """An integer setting."""
    value = get(conn, key)
    return default if value is None else int(value)


def put(conn: Conn, key: str, value: str | int) -> None:
    """Store a value."""
    require_transaction(conn)
    require_text(key, "key")
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def delete(conn: Conn, key: str) -> None:
    """Forget a setting."""
    require_transaction(conn)
    conn.execute("DELETE FROM settings WHERE key = ?", (key,))


def all_settings(conn: Conn) -> dict[str, str]:
    """Every setting (for diagnostics)."""
    return {str(row[0]): str(row[1])
            for row in conn.execute("SELECT key, value FROM settings ORDER BY key")}
