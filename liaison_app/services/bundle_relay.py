"""Relay a carrier bundle: a connected device pushes the envelopes it carries to the hub.

The relaying device must be able to open the bundle (a recipient or a named
carrier) and verifies it whole, like an import. It then uploads each carried
blob and posts each envelope exactly as its author sealed it: the hub checks
the author's outer signature (docs/protocol.md §16.4), so relaying needs no
trust in the carrier, and nothing is opened: the relaying device learns what
the hub learns (who writes to whom, sizes), never a message's content. The
author's device learns of delivery from the recipients' acknowledgements, as
always. Relaying again is harmless: the hub answers `duplicate`.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from liaison_app.protocol.api import MAX_BATCH, EnvelopeStatus
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import MAX_ENVELOPE_BYTES
from liaison_app.services.bundle_import import BundleInfo
from liaison_app.services.bundle_reading import TempBlobs, read_whole
from liaison_app.services.bundles import BundleError, Progress, now_utc
from liaison_app.services.session import Session
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.audit import AuditKind
from liaison_app.store.profile import DIR_MODE
from liaison_app.sync.blob_transfer import BlobTransfer

__all__ = ["RelayResult", "relay_bundle"]

_BATCH_BYTES = 1_500_000


@dataclass(slots=True)
class RelayResult:
    """What the hub said about each carried envelope."""

    info: BundleInfo
    file_digest: bytes
    accepted: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    """(envelope id, the hub's reason)."""
    blobs: int = 0

    def to_json(self) -> dict[str, Any]:
        """The CLI's `--json` form."""
        return {"bundle": self.info.bundle_id, "from": self.info.from_officer,
                "file_digest": self.file_digest.hex(), "accepted": self.accepted,
                "duplicates": self.duplicates, "blobs": self.blobs,
                "rejected": [{"id": i, "reason": r} for i, r in self.rejected]}


def _blob_ids(envelope: bytes) -> tuple[str, list[str]]:
    """The envelope's id and blob ids (read leniently: the hub judges the envelope)."""
    try:
        obj = parse_json(envelope, max_bytes=MAX_ENVELOPE_BYTES, what="envelope")
    except ValidationError:
        return "?", []
    if not isinstance(obj, dict):
        return "?", []
    blobs = obj.get("blobs")
    return str(obj.get("id", "?")), [str(b) for b in blobs] if isinstance(blobs, list) else []


def _upload_all(transfer: BlobTransfer, blob_ids: list[str],
                carried: dict[str, tuple[int, bytes]]) -> str | None:
    """Make the hub hold each of an envelope's blobs; the first refusal, or None."""
    for blob_id in blob_ids:
        if blob_id not in carried:
            return f"its attachment {blob_id} is not in the bundle"
        size, digest = carried[blob_id]
        refusal = transfer.upload_blob(blob_id, f"attachment {blob_id}", size, digest)
        if refusal is not None:
            return refusal
    return None


def _batches(envelopes: list[bytes]) -> list[list[bytes]]:
    out: list[list[bytes]] = []
    size = 0
    for env in envelopes:
        if not out or len(out[-1]) >= MAX_BATCH or size + len(env) > _BATCH_BYTES:
            out.append([])
            size = 0
        out[-1].append(env)
        size += len(env) + 1
    return out


def relay_bundle(session: Session, path: Path, *, progress: Progress | None = None,
                 now: datetime | None = None) -> RelayResult:
    """Verify the bundle at `path` and push everything it carries to the hub."""
    from liaison_app.services.sync_runner import hub_client
    from liaison_app.sync.errors import SyncError

    moment = now_utc(now)
    report = progress or (lambda _p, _d, _t: None)
    if not session.enrolled:
        raise BundleError("This device is not enrolled yet, so it cannot relay. Enrol it "
                          "first.")
    work = Path(tempfile.mkdtemp(prefix=".relay-", dir=session.profile.path))
    work.chmod(DIR_MODE)
    spool = Spool(work)
    try:
        carried = TempBlobs(spool, digests=True)  # the hub wants each blob's digest
        opened, envelopes, digest = read_whole(session, Path(path), carried, report, moment)
        header = opened.header
        result = RelayResult(BundleInfo.of(header, session, False), digest)
        carried_blobs = {b: (carried.size(b), carried.digest(b)) for b in carried.ids()}
        for blob_id in carried.ids():
            carried.promote(blob_id)
        ident = session.identity
        try:
            with hub_client(session) as client:
                transfer = BlobTransfer(session.db, client, spool, actor=ident.officer_id,
                                        sign=session.keys.sign)
                done = 0
                for batch in _batches(envelopes):
                    ready: list[bytes] = []
                    for env in batch:
                        env_id, blob_ids = _blob_ids(env)
                        refusal = _upload_all(transfer, blob_ids, carried_blobs)
                        if refusal is None:
                            ready.append(env)
                            result.blobs += len(blob_ids)
                        else:
                            result.rejected.append((env_id, refusal))
                    for env, answer in zip(ready, client.post_envelopes(ready), strict=True):
                        if answer.status is EnvelopeStatus.ACCEPTED:
                            result.accepted += 1
                        elif answer.status is EnvelopeStatus.DUPLICATE:
                            result.duplicates += 1
                        else:
                            reason = answer.reason.value if answer.reason else "rejected"
                            result.rejected.append((_blob_ids(env)[0], reason))
                    done += len(batch)
                    report("push", done, len(envelopes))
        except SyncError as exc:
            raise BundleError("The bundle could not be relayed: {error}. What reached the "
                              "hub stays there; relay it again when connected (the hub takes "
                              "nothing twice).", error=exc) from exc
        finally:
            with session.db.transaction() as conn:
                session.audit(conn, AuditKind.RECEIVE, f"bundle:{header.id}", {
                    "outcome": "relayed", "file_digest": digest.hex(),
                    "from_officer": header.creator.officer,
                    "from_device": header.creator.device, "route": header.route,
                    "seq": header.seq, "envelopes": len(envelopes),
                    "accepted": result.accepted, "duplicates": result.duplicates,
                    "rejected": len(result.rejected)}, now=moment)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
    return result
