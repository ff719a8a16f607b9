"""Export for carrier: what is queued for some recipients, sealed into one bundle file.

Offline, a message queued with seal at push has no envelope yet: it is sealed
here against the cached, verified directory (never an expired one), exactly as
a push would seal it, and frozen: once a bundle holds it, that envelope is the
message for good (the hub and every recipient must see the same bytes, so a
later sync pushes it unchanged). Messages move to `handed_to_carrier` and stay
in the outbox until the hub takes them or every addressee confirmed having
them. An export is a disclosure (ADR 0017): it is audited before a byte is
written with the receiving authorities and their countries, the legal basis and
the officer's justification and the categories of what the carried messages
hold, so the transfer record lists it; the written file is read back and its
digest audited too, and each message carried gets its own entry naming the
bundle (the record's "sent at") (ADR 0021).
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from liaison_app.crypto.attachment_stream import BlobDigest
from liaison_app.crypto.bundle_seal import BlobSource, write_bundle
from liaison_app.domain.disclosure import DisclosureReason
from liaison_app.domain.timefmt import format_time
from liaison_app.protocol.bundle import (
    DEFAULT_LIFETIME,
    MAX_BUNDLE_ENVELOPE_BYTES,
    MAX_BUNDLE_ENVELOPES,
    MAX_BUNDLE_FILE_BYTES,
    BodySummary,
    BundleAck,
    BundleHeader,
    Parties,
    route_id,
)
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.message import SenderRef
from liaison_app.services.attachment_files import blob_ciphertext
from liaison_app.services.bundles import (
    BundleError,
    Progress,
    Resolved,
    cached_directory,
    check_stanza_room,
    now_utc,
    resolve_parties,
)
from liaison_app.services.session import Session
from liaison_app.store import (
    attachments,
    audit,
    bundles,
    disclosures,
    messages,
    outbox_seal,
    sync_state,
)
from liaison_app.store.audit import AuditKind
from liaison_app.store.columns import Conn, from_json_text
from liaison_app.store.messages import MessageStatus
from liaison_app.sync.seal_at_push import prepare_outbox

__all__ = ["ExportPlan", "ExportResult", "export_bundle", "plan_export"]

_PAD = 128 * 1024
"""Room kept for the preamble, stanzas, header box and padding within the file limit."""


@dataclass(frozen=True, slots=True)
class _Item:
    message_id: str
    type: str
    envelope: bytes
    blobs: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class ExportPlan:
    """What an export would carry (the summary shown before writing)."""

    recipients: Parties
    carriers: Parties
    devices: int
    messages: dict[str, int]
    acks_owed: int
    attachments: int
    attachment_bytes: int
    expires_at: datetime
    directory_version: int
    directory_age: timedelta | None
    held: int
    """Queued for these recipients but waiting for a partner's directory entry."""
    left_over: int
    """Queued for them but beyond one bundle's limits (for the next bundle)."""
    warnings: tuple[str, ...] = ()

    @property
    def message_count(self) -> int:
        return sum(self.messages.values())

    @property
    def empty(self) -> bool:
        return not self.message_count and not self.acks_owed


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A written bundle."""

    plan: ExportPlan
    bundle_id: str
    path: Path
    route: str
    seq: int
    size: int
    file_digest: bytes
    message_ids: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The CLI's `--json` form."""
        p = self.plan
        return {"bundle": self.bundle_id, "file": str(self.path), "size": self.size,
                "file_digest": self.file_digest.hex(), "route": self.route,
                "seq": self.seq, "recipients": list(p.recipients.names()),
                "carriers": list(p.carriers.names()), "devices": p.devices,
                "messages": dict(p.messages), "message_ids": list(self.message_ids),
                "acks": p.acks_owed, "attachments": p.attachments,
                "attachment_bytes": p.attachment_bytes,
                "expires_at": format_time(p.expires_at), "warnings": list(p.warnings)}


def _parties(session: Session, directory: Directory, for_names: tuple[str, ...],
             via_names: tuple[str, ...] | None) -> tuple[Resolved, Resolved]:
    own = session.identity.device_id
    if not for_names:
        raise BundleError("Name whom the bundle is for: an agency (RS-BP) or an officer "
                          "(rs-bp.horgos-desk).")
    recipients = resolve_parties(directory, for_names, own, "for")
    if via_names is None:  # by default any colleague of one's own agency may relay it
        agency = session.identity.agency_id
        mine = [d for d in directory.devices_of_agency(agency)
                if d.active and d.device_id != own]
        carriers = Resolved(Parties((agency,), ()) if mine else Parties(), tuple(mine))
    else:
        carriers = resolve_parties(directory, via_names, own, "via") if via_names \
            else Resolved(Parties(), ())
    return recipients, carriers


def _stanza_devices(recipients: Resolved, carriers: Resolved) -> list[DeviceEntry]:
    chosen = {d.device_id: d for d in (*recipients.devices, *carriers.devices)}
    check_stanza_room(len(chosen))
    return [chosen[k] for k in sorted(chosen)]


def _fresh_directory(session: Session, now: datetime) -> tuple[Directory, timedelta | None,
                                                                list[str]]:
    directory = cached_directory(session)
    if directory.expires_at <= now:
        raise BundleError(
            "Your directory expired on {expired}: a bundle is sealed against it, so connect "
            "once to refresh it before exporting.", expired=format_time(directory.expires_at))
    fresh = sync_state.directory_fresh_at(session.db)
    age = None if fresh is None else max(timedelta(0), now - fresh)
    warnings = []
    from liaison_app.services.sync_runner import max_directory_age

    limit = max_directory_age()
    if age is None or age > limit:
        days = "never confirmed" if age is None else f"{age.days} day(s) old"
        warnings.append(f"your directory is {days}: the bundle is sealed for the partner "
                        "devices it lists; a device enrolled or revoked since is not known")
    return directory, age, warnings


def _candidates(conn: Conn, devices: set[str], agencies: set[str]
                ) -> tuple[list[_Item], int]:
    """Pending, sealed outbox rows for any of `devices` (oldest first), and how many
    rows addressed to any of `agencies` are held back."""
    rows = conn.execute(
        """SELECT o.message_id, o.envelope, o.hold_reason, m.type, m.recipients, m.status,
                  o.addressing
           FROM outbox o JOIN messages m USING (message_id)
           WHERE o.state = 'pending' AND m.status IN ('queued', 'handed_to_carrier')
           ORDER BY o.enqueued_at, o.rowid""")
    items: list[_Item] = []
    held = 0
    for row in rows:
        recipients = from_json_text(row["recipients"])
        sealed = recipients.get("devices") if isinstance(recipients, dict) else None
        if row["hold_reason"] is not None or not row["envelope"]:
            addressing = from_json_text(row["addressing"]) if row["addressing"] else {}
            named = addressing.get("agencies") if isinstance(addressing, dict) else None
            held += isinstance(named, list) and bool(agencies.intersection(map(str, named)))
            continue
        if not isinstance(sealed, list) or not devices.intersection(map(str, sealed)):
            continue
        blobs = tuple((a.ref.id, a.ref.blob_size)
                      for a in attachments.of_message(conn, row["message_id"])
                      if a.direction == "outgoing")
        items.append(_Item(row["message_id"], row["type"], bytes(row["envelope"]), blobs))
    return items, held


def _fit(items: list[_Item]) -> tuple[list[_Item], int]:
    """As many items as one bundle holds, oldest first; and how many are left over."""
    taken: list[_Item] = []
    env_bytes = file_bytes = 0
    for item in items:
        size = len(item.envelope)
        blob_bytes = sum(s for _, s in item.blobs)
        if (len(taken) >= MAX_BUNDLE_ENVELOPES or env_bytes + size > MAX_BUNDLE_ENVELOPE_BYTES
                or file_bytes + size + blob_bytes + _PAD > MAX_BUNDLE_FILE_BYTES):
            break
        taken.append(item)
        env_bytes += size
        file_bytes += size + blob_bytes + 64
    return taken, len(items) - len(taken)


def _plan(session: Session, for_names: tuple[str, ...], via_names: tuple[str, ...] | None,
          lifetime: timedelta, now: datetime) -> tuple[ExportPlan, list[_Item],
                                                       list[DeviceEntry], Directory,
                                                       tuple[BundleAck, ...]]:
    if not timedelta(hours=1) <= lifetime <= DEFAULT_LIFETIME:
        raise BundleError("A bundle lives between one hour and {days} days.",
                          days=DEFAULT_LIFETIME.days)
    directory, age, warnings = _fresh_directory(session, now)
    recipients, carriers = _parties(session, directory, for_names, via_names)
    stanzas = _stanza_devices(recipients, carriers)
    items, held = _candidates(session.db, {d.device_id for d in recipients.devices},
                              {d.agency_id for d in recipients.devices})
    items, left = _fit(items)
    acks = bundles.acks_owed(session.db, [d.device_id for d in stanzas], now=now)
    blob_list = [b for item in items for b in item.blobs]
    plan = ExportPlan(
        recipients=recipients.parties, carriers=carriers.parties, devices=len(stanzas),
        messages=dict(Counter(item.type for item in items)), acks_owed=len(acks),
        attachments=len(blob_list), attachment_bytes=sum(s for _, s in blob_list),
        expires_at=now + lifetime, directory_version=directory.version, directory_age=age,
        held=held, left_over=left, warnings=tuple(warnings))
    return plan, items, stanzas, directory, acks


def plan_export(session: Session, for_names: tuple[str, ...],
                via_names: tuple[str, ...] | None = None, *,
                lifetime: timedelta = DEFAULT_LIFETIME,
                now: datetime | None = None) -> ExportPlan:
    """What exporting for these recipients would carry now: what is queued is sealed
    first against the cached directory, as a push (or the export) would."""
    moment = now_utc(now)
    _seal_queued(session, moment)
    return _plan(session, for_names, via_names, lifetime, moment)[0]


def _seal_queued(session: Session, now: datetime) -> None:
    """Seal what is queued against the cached directory, as a push would (offline)."""
    directory = cached_directory(session)
    if directory.expires_at > now:
        prepare_outbox(session.db, directory, session.keys, now=now)


REASON_NEEDED = ("A bundle that carries messages is a disclosure: give the legal basis and "
                 "the justification for handing them to a carrier.")


def _disclosure(conn: Conn, directory: Directory, plan: ExportPlan, ids: list[str],
                reason: DisclosureReason | None, reason_source: str) -> dict[str, Any]:
    """The disclosure entry's details as every disclosure has them (`store.disclosures`):
    the receiving authorities (the agencies named, and those of the officers named) with
    their names and countries, the reason, the categories of what the messages hold."""
    agencies = set(plan.recipients.agencies)
    for officer_id in plan.recipients.officers:
        officer = directory.officer(officer_id)
        if officer is not None:
            agencies.add(officer.agency_id)
    subjects, data = disclosures.categories_of(conn, ids)
    details: dict[str, Any] = {
        "recipients": disclosures.recipients_record(conn, sorted(agencies)),
        "officers": list(plan.recipients.officers), "type": "bundle",
        "subject_categories": subjects, "data_categories": data}
    if reason is not None:
        details.update(reason.to_record())
        details["reason_source"] = reason_source
    return details


def export_bundle(session: Session, for_names: tuple[str, ...], out: Path, *,
                  via_names: tuple[str, ...] | None = None,
                  lifetime: timedelta = DEFAULT_LIFETIME, progress: Progress | None = None,
                  reason: DisclosureReason | None = None, reason_source: str = "officer",
                  now: datetime | None = None) -> ExportResult:
    """Write a bundle for `for_names` to `out` (replacing it) and return what it holds.

    `reason` (the legal basis and justification) is required when messages go; a bundle
    of acknowledgements only carries no personal data and needs none (its disclosure is
    recorded as of type `ack`, left out of the transfer record like acknowledgements).
    `reason_source` says who worded it ("officer", or "default" for an acknowledgement
    bundle's)."""
    moment = now_utc(now)
    report = progress or (lambda _p, _d, _t: None)
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise BundleError("The folder {folder} does not exist (is the medium plugged in?).",
                          folder=out.parent)
    _seal_queued(session, moment)
    report("seal", 1, 1)
    ident = session.identity
    with session.db.transaction() as conn:  # what goes is decided and frozen at once
        plan, items, stanzas, directory, acks = _plan(session, for_names, via_names,
                                                      lifetime, moment)
        if plan.empty:
            raise BundleError("Nothing waits for {names}: no queued message and no "
                              "acknowledgement owed.",
                              names=", ".join(plan.recipients.names()))
        personal = any(item.type != "ack" for item in items)
        if personal and reason is None:
            raise BundleError(REASON_NEEDED)
        ids = [i.message_id for i in items]
        outbox_seal.mark_offered(conn, ids, now=moment)
        envelopes = [bytes(r[0]) for r in (conn.execute(
            "SELECT envelope FROM outbox WHERE message_id = ?", (m,)).fetchone() for m in ids)]
        route = route_id(ident.device_id, plan.recipients)
        template = BundleHeader(
            id=new_message_id(), creator=SenderRef(ident.officer_id, ident.agency_id,
                                                   ident.device_id),
            recipients=plan.recipients, carriers=plan.carriers,
            devices=tuple(d.device_id for d in stanzas), route=route,
            seq=bundles.next_seq(conn, route, plan.recipients), created_at=moment,
            expires_at=plan.expires_at, directory_version=directory.version,
            prefix_digest=bytes(32), body=BodySummary(0, bytes(32), 0, 0, 0), acks=acks)
        bundles.begin_sent(conn, template, out.name, ids)
        session.audit(conn, AuditKind.DISCLOSE, f"bundle:{template.id}", {
            "what": "carrier bundle",
            **_disclosure(conn, directory, plan, ids, reason, reason_source),
            **({} if personal else {"type": "ack"}),  # no personal data: not a transfer
            "carriers": list(plan.carriers.names()), "devices": list(template.devices),
            "messages": ids, "acks": [a.bundle for a in acks], "route": route,
            "seq": template.seq, "expires_at": format_time(plan.expires_at),
            "directory_version": directory.version,
            "directory_age_hours": None if plan.directory_age is None
            else int(plan.directory_age.total_seconds() // 3600),
            "file": out.name}, now=moment)
    try:
        size, digest = _write(session, out, template, stanzas, envelopes, items, report)
    except BaseException as exc:
        with session.db.transaction() as conn:  # the envelopes stay frozen: a sync may
            bundles.abandon_sent(conn, template.id)  # have offered them meanwhile
            session.audit(conn, AuditKind.ALTER, f"bundle:{template.id}", {
                "outcome": "not written", "reason": type(exc).__name__}, now=now_utc())
        if isinstance(exc, OSError):
            why = exc.strerror or str(exc)
            raise BundleError("The bundle could not be written to {path} ({error}). Nothing "
                              "was handed to a carrier.", path=out, error=why) from exc
        raise
    with session.db.transaction() as conn:
        bundles.finish_sent(conn, template.id, digest)
        for message_id in ids:
            row = messages.get(conn, message_id)
            if row is not None and row.status is MessageStatus.QUEUED:
                messages.set_status(conn, message_id, MessageStatus.HANDED_TO_CARRIER,
                                    now=moment)
        written = now_utc()
        sealed = outbox_seal.sealed_for(conn, ids)
        audit.append_many(conn, [
            (AuditKind.ALTER, ident.officer_id, f"bundle:{template.id}", {
                "outcome": "written", "file_digest": digest.hex(), "size": size,
                "file": out.name}),
            *((AuditKind.ALTER, ident.officer_id, message_id, {
                "outcome": "handed_to_carrier", "bundle": template.id,
                **({"devices": sealed[message_id]} if message_id in sealed else {})})
              for message_id in ids),
        ], session.keys.sign, now=written)
    return ExportResult(plan, template.id, out, route, template.seq, size, digest, tuple(ids))


def _write(session: Session, out: Path, template: BundleHeader, stanzas: list[DeviceEntry],
           envelopes: list[bytes], items: list[_Item], report: Progress) -> tuple[int, bytes]:
    """Write the bundle beside `out`, read it back for its digest, then rename it."""
    part = out.with_name(f".{out.name}.part")
    blobs = [BlobSource(b, s, _opener(session, b)) for item in items for b, s in item.blobs]
    try:
        fd = os.open(part, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w+b") as fh:
            write_bundle(fh, template, [d.box_key for d in stanzas], session.keys, envelopes,
                         blobs, lambda done, total: report("write", done, total))
            fh.flush()
            os.fsync(fh.fileno())
            size, digest = _read_back(fh, report)
        os.replace(part, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    with contextlib.suppress(OSError):  # some removable media refuse a directory fsync
        dir_fd = os.open(out.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return size, digest


def _opener(session: Session, blob_id: str) -> Any:
    return lambda: blob_ciphertext(session, blob_id)


def _read_back(fh: BinaryIO, report: Progress) -> tuple[int, bytes]:
    """The file as the medium returns it: its size and BLAKE2b-256."""
    size = fh.seek(0, os.SEEK_END)
    fh.seek(0)
    digest = BlobDigest()
    done = 0
    while piece := fh.read(1024 * 1024):
        digest.update(piece)
        done += len(piece)
        report("check", done, size)
    if done != size:
        raise OSError(f"read back {done} of {size} bytes")
    return size, digest.digest()
