"""Peers with attachments: encrypt bytes into a peer's spool and queue the message."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

from liaison_app.crypto.attachment_stream import new_attachment_key, seal_stream
from liaison_app.domain.messages import AlertContent, AlertKind
from liaison_app.protocol.attachment import AttachmentRef
from liaison_app.protocol.ids import new_message_id
from liaison_app.protocol.limits import ATTACHMENT_CHUNK_BYTES
from liaison_app.store import attachments
from liaison_app.store.attachment_spool import Spool
from tests.sync.peers import Peer, _inner, queue


def spool_of(peer: Peer) -> Spool:
    return Spool(peer.path / "attachments").ensure()


def encrypt_into(peer: Peer, message_id: str, data: bytes, name: str,
                 media_type: str = "application/pdf") -> AttachmentRef:
    """`data` as an attachment of `message_id`, its ciphertext in the peer's spool."""
    attachment_id = new_message_id()
    key = new_attachment_key()
    with spool_of(peer).writing(attachment_id) as out:
        digest = seal_stream(io.BytesIO(data).read, out.write, size=len(data),
                             chunk_size=ATTACHMENT_CHUNK_BYTES, key=key, message_id=message_id,
                             attachment_id=attachment_id)
    return AttachmentRef(id=attachment_id, name=name, media_type=media_type, size=len(data),
                         chunk_size=ATTACHMENT_CHUNK_BYTES, digest=digest, key=key)


def queue_with_attachments(peer: Peer, to_agency: str, files: list[tuple[str, bytes]]
                           ) -> tuple[str, tuple[AttachmentRef, ...]]:
    """Queue an alert to `to_agency` carrying `files` (name, bytes); (message id, refs)."""
    message_id = new_message_id()
    refs = tuple(encrypt_into(peer, message_id, data, name) for name, data in files)
    base = _inner(peer, to_agency, AlertContent(alert_kind=AlertKind.WARNING,
                                                action_requested="", valid_until=None,
                                                interpol_notice=None), "documents attached")
    inner = replace(base, id=message_id, attachments=refs)
    queue(peer, inner)
    with peer.db.transaction() as conn:
        attachments.insert(conn, message_id, "outgoing", refs,
                           attachments.AttachmentState.AVAILABLE,
                           now=datetime.now(UTC).replace(microsecond=0))
    return message_id, refs
