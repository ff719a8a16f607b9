"""Carrier bundles in the cache: routes and their sequence numbers, bundles written and
imported, and who confirmed having a carried message.

A message written into a bundle stays in the outbox (`handed_to_carrier`)
until its delivery is confirmed: by the hub (it is then simply sent), or by
every addressee having it — each addressed agency (and each device addressed on
its own) acknowledged it, answered it, or acknowledged a bundle that carried
it. Only then does its outbox row close.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from liaison_app.protocol.bundle import MAX_ACKS, BundleAck, BundleHeader, Parties
from liaison_app.store.columns import (
    Conn,
    from_json_text,
    json_text,
    opt_from_time_text,
    require_transaction,
    time_text,
)

__all__ = [
    "ACK_WINDOW",
    "SentBundle",
    "abandon_sent",
    "acknowledge",
    "acks_owed",
    "begin_sent",
    "carried_ids",
    "finish_sent",
    "last_received_seq",
    "next_seq",
    "note_delivery",
    "received",
    "record_received",
    "sent",
]

ACK_WINDOW = timedelta(days=28)
"""A bundle imported here is acknowledged in every bundle back to its creator for this
long (acknowledging twice is harmless; a lost acknowledgement is not)."""


@dataclass(frozen=True, slots=True)
class SentBundle:
    """A bundle this device wrote."""

    bundle_id: str
    route: str
    seq: int
    recipients: Parties
    state: str
    file_name: str
    acknowledged_at: datetime | None


def _parties(text: str) -> Parties:
    obj = from_json_text(text)
    if not isinstance(obj, dict):
        raise ValueError("stored parties must be an object")
    agencies, officers = obj.get("agencies"), obj.get("officers")
    return Parties(tuple(str(a) for a in agencies) if isinstance(agencies, list) else (),
                   tuple(str(o) for o in officers) if isinstance(officers, list) else ())


def next_seq(conn: Conn, route: str, recipients: Parties) -> int:
    """The next sequence number on `route` (1 for a new route), taken now."""
    require_transaction(conn)
    row = conn.execute(
        """INSERT INTO bundle_routes (route, recipients, last_seq) VALUES (?, ?, 1)
           ON CONFLICT (route) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq""",
        (route, json_text(recipients.to_wire(), "recipients"))).fetchone()
    return int(row[0])


def begin_sent(conn: Conn, header: BundleHeader, file_name: str,
               message_ids: Sequence[str]) -> None:
    """Record a bundle about to be written and the messages it carries."""
    require_transaction(conn)
    conn.execute(
        """INSERT INTO bundles_sent (bundle_id, route, seq, recipients, carriers, devices,
               state, file_name, created_at, expires_at) VALUES (?,?,?,?,?,?,'writing',?,?,?)""",
        (header.id, header.route, header.seq, json_text(header.recipients.to_wire()),
         json_text(header.carriers.to_wire()), json_text(list(header.devices)), file_name,
         time_text(header.created_at), time_text(header.expires_at)))
    conn.executemany("INSERT INTO bundle_items (bundle_id, message_id) VALUES (?, ?)",
                     [(header.id, m) for m in dict.fromkeys(message_ids)])


def finish_sent(conn: Conn, bundle_id: str, file_digest: bytes) -> None:
    """The bundle is written (and read back): its file's BLAKE2b-256."""
    require_transaction(conn)
    conn.execute("UPDATE bundles_sent SET state = 'written', file_digest = ? "
                 "WHERE bundle_id = ?", (file_digest, bundle_id))


def abandon_sent(conn: Conn, bundle_id: str) -> None:
    """Writing the bundle failed: it carries nothing (its items are forgotten)."""
    require_transaction(conn)
    conn.execute("UPDATE bundles_sent SET state = 'abandoned' WHERE bundle_id = ?",
                 (bundle_id,))
    conn.execute("DELETE FROM bundle_items WHERE bundle_id = ?", (bundle_id,))


def sent(conn: Conn, bundle_id: str) -> SentBundle | None:
    """A bundle this device wrote, by id."""
    row = conn.execute("SELECT * FROM bundles_sent WHERE bundle_id = ?",
                       (bundle_id,)).fetchone()
    if row is None:
        return None
    return SentBundle(row["bundle_id"], row["route"], int(row["seq"]),
                      _parties(row["recipients"]), row["state"], row["file_name"],
                      opt_from_time_text(row["acknowledged_at"]))


def carried_ids(conn: Conn, message_ids: Sequence[str]) -> set[str]:
    """Which of these messages went into a bundle that was written."""
    ids = list(dict.fromkeys(message_ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))
        found.update(str(r[0]) for r in conn.execute(
            f"""SELECT DISTINCT i.message_id FROM bundle_items i JOIN bundles_sent b
                USING (bundle_id) WHERE b.state != 'abandoned'
                AND i.message_id IN ({marks})""", part))  # noqa: S608 - placeholders only
    return found


# -- received --------------------------------------------------------------------------


def received(conn: Conn, bundle_id: str) -> bool:
    """True if this bundle was imported here before."""
    return conn.execute("SELECT 1 FROM bundles_received WHERE bundle_id = ?",
                        (bundle_id,)).fetchone() is not None


def last_received_seq(conn: Conn, route: str) -> int:
    """The highest sequence number imported on `route` (0 if none)."""
    row = conn.execute("SELECT max(seq) FROM bundles_received WHERE route = ?",
                       (route,)).fetchone()
    return int(row[0] or 0)


def record_received(conn: Conn, header: BundleHeader, file_digest: bytes, *,
                    now: datetime) -> bool:
    """Remember an imported bundle (once); True if it is new here."""
    require_transaction(conn)
    cursor = conn.execute(
        """INSERT INTO bundles_received (bundle_id, route, seq, creator_device,
               creator_officer, file_digest, imported_at, expires_at)
           VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (bundle_id) DO NOTHING""",
        (header.id, header.route, header.seq, header.creator.device, header.creator.officer,
         file_digest, time_text(now), time_text(header.expires_at)))
    return cursor.rowcount == 1


def acks_owed(conn: Conn, devices: Iterable[str], *, now: datetime) -> tuple[BundleAck, ...]:
    """The bundles imported here (within ACK_WINDOW) from any of these devices, newest
    first up to MAX_ACKS, sorted by bundle id as the header wants them."""
    ids = sorted(set(devices))
    if not ids:
        return ()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"""SELECT bundle_id, route, seq FROM bundles_received
            WHERE creator_device IN ({marks}) AND imported_at >= ?
            ORDER BY imported_at DESC LIMIT ?""",  # noqa: S608 - placeholders only
        [*ids, time_text(now - ACK_WINDOW), MAX_ACKS])
    acks = [BundleAck(str(r[0]), str(r[1]), int(r[2])) for r in rows]
    return tuple(sorted(acks, key=lambda a: a.bundle))


# -- confirmations ------------------------------------------------------------------------


def acknowledge(conn: Conn, acks: Sequence[BundleAck], *, device: str, agency: str,
                now: datetime) -> list[str]:
    """Bundles of ours acknowledged by `device`: mark them, and count each message they
    carried for that device as delivered to it. Returns those message ids."""
    require_transaction(conn)
    stamp = time_text(now)
    delivered: list[str] = []
    for ack in acks:
        row = conn.execute("SELECT devices FROM bundles_sent WHERE bundle_id = ? AND "
                           "route = ? AND seq = ? AND state = 'written'",
                           (ack.bundle, ack.route, ack.seq)).fetchone()
        if row is None:
            continue
        conn.execute("UPDATE bundles_sent SET acknowledged_at = coalesce(acknowledged_at, ?), "
                     "acknowledged_by = coalesce(acknowledged_by, ?) WHERE bundle_id = ?",
                     (stamp, device, ack.bundle))
        for mrow in conn.execute(
                """SELECT i.message_id, m.recipients FROM bundle_items i
                   JOIN messages m USING (message_id) WHERE i.bundle_id = ?""", (ack.bundle,)):
            recipients = from_json_text(mrow[1])
            sealed = recipients.get("devices") if isinstance(recipients, dict) else None
            if isinstance(sealed, list) and device in sealed:
                delivered.append(str(mrow[0]))
    for message_id in delivered:
        note_delivery(conn, message_id, device=device, agency=agency, now=now)
    return delivered


def _listed(obj: object, key: str) -> set[str]:
    items = obj.get(key) if isinstance(obj, dict) else None
    return {str(i) for i in items} if isinstance(items, list) else set()


def note_delivery(conn: Conn, message_id: str, *, device: str, agency: str,
                  now: datetime) -> bool:
    """`device` (of `agency`) has this carried message. Closes its outbox row when every
    addressee has it; True if it did."""
    require_transaction(conn)
    if not carried_ids(conn, [message_id]):
        return False
    conn.execute("INSERT INTO carrier_deliveries (message_id, device, agency, at) "
                 "VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                 (message_id, device, agency, time_text(now)))
    row = conn.execute(
        """SELECT m.recipients, o.addressing FROM messages m JOIN outbox o USING (message_id)
           WHERE m.message_id = ? AND o.state = 'pending'""", (message_id,)).fetchone()
    if row is None:
        return False
    recipients = from_json_text(row[0])
    addressing = from_json_text(row[1]) if row[1] is not None else {}
    have = conn.execute("SELECT device, agency FROM carrier_deliveries WHERE message_id = ?",
                        (message_id,)).fetchall()
    if not (_listed(recipients, "agencies") <= {str(r[1]) for r in have}
            and _listed(addressing, "devices") <= {str(r[0]) for r in have}):
        return False
    conn.execute("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL "
                 "WHERE message_id = ? AND state = 'pending'", (time_text(now), message_id))
    return True
