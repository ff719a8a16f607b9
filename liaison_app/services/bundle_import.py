"""Import from carrier: verify a bundle whole, then receive its envelopes as a sync would.

Everything is checked before anything is stored: the header (this device's
stanza, the creator's signature in the cached directory, not revoked, not
expired, addressed to this officer or agency), then the body to its last byte
(every chunk, the final tag, the digest the creator signed). Blobs go to spool
temporary files meanwhile; envelopes stay in memory (a bundle holds at most
64 MiB of them). Then each envelope for this device goes through the sync's
receive path (`sync.receive`: replay and erasure tombstones, revocation,
expiry, quarantine, the arrival checks against the watch lists and the cache),
and the messages, their attachments, the technical acknowledgements they call
for, the hits, the status moves of our own messages, the bundle record and the
audit entries commit in ONE transaction: a crash leaves the bundle imported
whole or not at all, and importing it again stores nothing new (an envelope
already here, byte for byte, is a duplicate: no second hit, no second audit of
a combination). A recall it brought is then passed on to those the recalled
message was forwarded to (`sync.recall_relay`), as a sync would, to go out with
the next sync or bundle. The summary it returns holds counts and parties, never
a message's content: reading it is not a consultation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from liaison_app.crypto.attachment_stream import AttachmentRefused, verify_blob
from liaison_app.crypto.bundle_open import (
    BundleProblem,
    BundleRefused,
    open_header,
)
from liaison_app.domain.disclosure import DisclosureReason, LegalBasis
from liaison_app.domain.timefmt import format_time
from liaison_app.protocol.api import InboxItem
from liaison_app.protocol.attachment import AttachmentRef
from liaison_app.protocol.bundle import BundleHeader
from liaison_app.protocol.canonical import b64u_encode, parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import MAX_ENVELOPE_BYTES
from liaison_app.services.attachments import spool_of
from liaison_app.services.bundle_export import ExportResult, export_bundle
from liaison_app.services.bundle_reading import TempBlobs, open_file, read_whole
from liaison_app.services.bundles import (
    BundleError,
    Progress,
    bundle_error,
    cached_directory,
    now_utc,
)
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store import attachments, bundles, erasures, messages
from liaison_app.store.attachments import AttachmentState
from liaison_app.store.audit import AuditKind
from liaison_app.sync.arrival_checks import ArrivalChecks
from liaison_app.sync.recall_relay import relay_recalls
from liaison_app.sync.receive import OpenedPage, open_items, store_page

__all__ = ["BundleInfo", "ImportResult", "import_bundle", "inspect_bundle"]


@dataclass(frozen=True, slots=True)
class BundleInfo:
    """A verified header: who made the bundle, for whom, until when, what it holds."""

    bundle_id: str
    from_officer: str
    from_agency: str
    from_device: str
    recipients: tuple[str, ...]
    carriers: tuple[str, ...]
    created_at: datetime
    expires_at: datetime
    route: str
    seq: int
    envelopes: int
    attachments: int
    attachment_bytes: int
    acks: int
    for_me: bool
    """This officer or agency is a recipient (else this device may only relay it)."""
    imported_before: bool

    @classmethod
    def of(cls, header: BundleHeader, session: Session, imported_before: bool) -> BundleInfo:
        ident = session.identity
        return cls(header.id, header.creator.officer, header.creator.agency,
                   header.creator.device, header.recipients.names(),
                   header.carriers.names(), header.created_at, header.expires_at,
                   header.route, header.seq, header.body.envelopes, header.body.blobs,
                   header.body.blob_bytes, len(header.acks),
                   header.recipients.includes(ident.officer_id, ident.agency_id),
                   imported_before)


@dataclass(slots=True)
class ImportResult:
    """What importing did."""

    info: BundleInfo
    file_digest: bytes
    not_for_me: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    reasons: list[str] = field(default_factory=list)
    attachments: int = 0
    delivered: int = 0
    replied: int = 0
    acks_queued: int = 0
    acknowledged: int = 0
    """Messages of ours this bundle confirmed (its acknowledgements)."""
    hits: int = 0
    """Watch-list and cache hits the arrival checks found in what was stored."""
    strong_hits: int = 0
    recalls_relayed: int = 0
    """Recalls queued for those a recalled message was forwarded to."""
    missing_before: int = 0
    """Bundles of this route that never arrived before this one (lost or late)."""
    reply: ExportResult | None = None
    reply_error: str | None = None
    """Why the acknowledgement bundle could not be written (the import itself stands)."""

    def to_json(self) -> dict[str, Any]:
        """The CLI's `--json` form."""
        i = self.info
        return {"bundle": i.bundle_id, "from": {"officer": i.from_officer,
                                                "agency": i.from_agency,
                                                "device": i.from_device},
                "created_at": format_time(i.created_at),
                "expires_at": format_time(i.expires_at), "route": i.route, "seq": i.seq,
                "file_digest": self.file_digest.hex(),
                "imported_before": i.imported_before, "envelopes": i.envelopes,
                "not_for_me": self.not_for_me, "stored": self.stored,
                "duplicates": self.duplicates, "quarantined": self.quarantined,
                "quarantine_reasons": self.reasons, "attachments": self.attachments,
                "delivered": self.delivered, "replied": self.replied,
                "acknowledged": self.acknowledged, "acks_queued": self.acks_queued,
                "hits": self.hits, "strong_hits": self.strong_hits,
                "recalls_relayed": self.recalls_relayed,
                "missing_before": self.missing_before,
                "reply": None if self.reply is None else self.reply.to_json(),
                "reply_error": self.reply_error}


def inspect_bundle(session: Session, path: Path, *, now: datetime | None = None) -> BundleInfo:
    """Check a bundle's header (not its body yet) and say what it is."""
    fh, size = open_file(path)
    with fh:
        try:
            opened = open_header(fh.read, size, session.keys, cached_directory(session),
                                 now_utc(now))
        except BundleRefused as exc:
            raise bundle_error(exc) from exc
    return BundleInfo.of(opened.header, session, bundles.received(session.db,
                                                                   opened.header.id))


def _items(envelopes: list[bytes], device_id: str) -> tuple[list[InboxItem], int]:
    """The envelopes with a key for this device (as inbox items), and how many are for
    others. A creator-signed bundle holding something that is not an envelope object is
    refused whole."""
    items: list[InboxItem] = []
    others = 0
    for i, data in enumerate(envelopes):
        try:
            obj = parse_json(data, max_bytes=MAX_ENVELOPE_BYTES, what=f"envelope {i}")
        except ValidationError as exc:
            raise BundleError("This bundle holds a damaged envelope ({error}). Nothing was "
                              "stored.", BundleProblem.MALFORMED, error=exc) from exc
        if not isinstance(obj, dict):
            raise BundleError("This bundle holds something that is not an envelope. Nothing "
                              "was stored.", BundleProblem.MALFORMED)
        keys = obj.get("keys")
        mine = isinstance(keys, list) and any(
            isinstance(k, dict) and k.get("device") == device_id for k in keys)
        if mine:
            items.append(InboxItem(str(i), obj))
        else:
            others += 1
    return items, others


def _carried_refs(session: Session, page: OpenedPage, blob_ids: set[str]
                  ) -> dict[str, tuple[str, AttachmentRef]]:
    """For each carried blob this device wants: (message id, reference) — from the
    messages just opened, or from attachments already here that are not yet available."""
    refs: dict[str, tuple[str, AttachmentRef]] = {}
    held = attachments.existing(session.db, sorted(blob_ids))  # never another message's
    for item in page.items:
        if item.inner is not None:
            for ref in item.inner.attachments:
                if ref.id in blob_ids and held.get(ref.id, item.inner.id) == item.inner.id:
                    refs[ref.id] = (item.inner.id, ref)
    for blob_id in blob_ids - set(refs):
        row = attachments.get(session.db, blob_id)
        if row is not None and row.direction == "incoming" and \
                row.state is not AttachmentState.AVAILABLE:
            refs[blob_id] = (row.message_id, row.ref)
    return refs


def _verified_blobs(session: Session, page: OpenedPage, spool_tmp: TempBlobs) -> set[str]:
    """Verify each wanted carried blob against its message's reference and make it the
    spool's copy; the rest are discarded. Returns the ids now available."""
    refs = _carried_refs(session, page, set(spool_tmp.ids()))
    ready: set[str] = set()
    for blob_id in spool_tmp.ids():
        want = refs.get(blob_id)
        if want is None:
            spool_tmp.remove(blob_id)
            continue
        message_id, ref = want
        try:
            with spool_tmp.open(blob_id) as fh:
                verify_blob(fh.read, ref, message_id)
        except AttachmentRefused:
            spool_tmp.remove(blob_id)  # the hub may still bring a good copy
            continue
        spool_tmp.promote(blob_id)
        ready.add(blob_id)
    return ready


def _audit_refusal(session: Session, path: Path, exc: BundleError, now: datetime) -> None:
    """A refused bundle is recorded (a forged or revoked device's bundle is an incident);
    nothing of its content is."""
    with session.db.transaction() as conn:
        session.audit(conn, AuditKind.RECEIVE, "bundle", {
            "outcome": "refused", "file": path.name,
            "reason": exc.problem.value if exc.problem else "unreadable"}, now=now)


def import_bundle(session: Session, path: Path, *, reply_out: Path | None = None,
                  progress: Progress | None = None, now: datetime | None = None
                  ) -> ImportResult:
    """Verify and import the bundle at `path`; with `reply_out`, write the
    acknowledgement bundle for its creator there."""
    moment = now_utc(now)
    report = progress or (lambda _p, _d, _t: None)
    spool_tmp = TempBlobs(spool_of(session).ensure())
    try:
        opened, envelopes, file_digest = read_whole(session, Path(path), spool_tmp, report,
                                                    moment)
        info = BundleInfo.of(opened.header, session,
                             bundles.received(session.db, opened.header.id))
        if not info.for_me:
            spool_tmp.discard()
            names = ", ".join(opened.header.recipients.names())
            raise BundleError(
                "This bundle is for {names}, not for you. Nothing was stored. (This device "
                "may carry it: relay it from a connected device.)",
                BundleProblem.MISADDRESSED, f"it is for {names}", names=names)
    except BundleError as exc:
        _audit_refusal(session, Path(path), exc, moment)
        raise
    header = opened.header
    ident = session.identity
    try:
        items, others = _items(envelopes, session.keys.device_id)
        ids = [str(i.envelope.get("id")) for i in items]
        seen = messages.existing(session.db, ids) | erasures.erased(session.db, ids)
        directory = cached_directory(session)
        page = open_items(items, session.keys, ident, directory, moment,
                          seen=seen.__contains__)
        ready = _verified_blobs(session, page, spool_tmp)
    finally:
        spool_tmp.discard()
    result = ImportResult(info, file_digest, not_for_me=others)
    report("store", 0, len(items))
    with session.db.transaction() as conn:
        last = bundles.last_received_seq(conn, header.route)
        outcome = store_page(conn, page, None, actor=ident.officer_id,
                             sign=session.keys.sign, now=moment, carrier=header.id,
                             after_store=ArrivalChecks(ident.officer_id))
        for blob_id in sorted(ready):
            row = attachments.get(conn, blob_id)
            if row is not None and row.state is not AttachmentState.AVAILABLE:
                attachments.set_state(conn, blob_id, AttachmentState.AVAILABLE, now=moment)
                result.attachments += 1
        new = bundles.record_received(conn, header, file_digest, now=moment)
        result.acknowledged = len(bundles.acknowledge(
            conn, header.acks, device=header.creator.device, agency=header.creator.agency,
            now=moment))
        result.missing_before = max(0, header.seq - last - 1) if new else 0
        session.audit(conn, AuditKind.RECEIVE, f"bundle:{header.id}", {
            "outcome": "imported" if new else "imported again",
            "file_digest": file_digest.hex(),
            "body_digest": b64u_encode(header.body.digest),
            "from_officer": header.creator.officer, "from_device": header.creator.device,
            "route": header.route, "seq": header.seq, "envelopes": len(envelopes),
            "stored": outcome.received, "duplicates": outcome.duplicates,
            "quarantined": outcome.quarantined, "not_for_this_device": others,
            "attachments": result.attachments, "acknowledged": result.acknowledged,
            "hits": outcome.hits}, now=moment)
    report("store", len(items), len(items))
    result.stored, result.duplicates = outcome.received, outcome.duplicates
    result.quarantined, result.reasons = outcome.quarantined, outcome.reasons
    result.delivered, result.replied = outcome.delivered, outcome.replied
    result.acks_queued = outcome.acks_queued
    result.hits, result.strong_hits = outcome.hits, outcome.strong_hits
    result.recalls_relayed = relay_recalls(session.db, session.keys, ident, now=moment)
    if reply_out is not None:  # the import stands even if the reply cannot be written
        try:
            result.reply = export_bundle(
                session, (header.creator.officer,), reply_out, progress=progress,
                reason=reply_reason(header), reason_source="default", now=moment)
        except (ServiceError, ValidationError) as exc:
            result.reply_error = str(exc)
    return result


def reply_reason(header: BundleHeader) -> DisclosureReason:
    """The disclosure reason of an acknowledgement bundle, worded by Liaison: it answers a
    bundle and carries back what is queued for its creator (each message in it was
    disclosed with its own reason when it was composed)."""
    return DisclosureReason(LegalBasis.LAW_ENFORCEMENT, (
        f"Acknowledgement bundle carried back to {header.creator.officer} "
        f"({header.creator.agency}), answering their bundle {header.id}, with what is "
        "queued for them"))

