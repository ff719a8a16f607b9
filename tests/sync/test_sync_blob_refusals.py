"""Received attachments that are not what their message says are refused, with a reason,
and nothing of them is kept: truncated, chunks reordered, final tag missing, digest
mismatch. A message naming a blob that belongs to another message is refused by the
hub and, should a hub let it through, quarantined by the receiver."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import nacl.bindings as sodium

from liaison_app.crypto.attachment_stream import BlobDigest, new_attachment_key
from liaison_app.domain.messages import AlertContent, AlertKind
from liaison_app.protocol.attachment import AttachmentRef, attachment_ad
from liaison_app.protocol.ids import new_message_id
from liaison_app.store import attachments, audit, messages, outbox, quarantine
from liaison_app.store.attachments import AttachmentState
from liaison_app.store.audit import AuditKind
from liaison_app.store.outbox import OutboxState
from liaison_app.sync.blob_transfer import BlobTransfer
from liaison_app.sync.receive import Opened, OpenedPage, store_page
from tests.sync.blob_peers import queue_with_attachments, spool_of
from tests.sync.peers import Peer, _inner, queue, refresh_directory

CHUNK = 65536
MSG, FIN = (sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
            sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL)


def _stream(key: bytes, message_id: str, attachment_id: str, data: bytes,
            tags: list[int]) -> bytes:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    out = [sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)]
    ad = attachment_ad(message_id, attachment_id)
    for i, tag in enumerate(tags):
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(
            state, data[i * CHUNK:(i + 1) * CHUNK], ad, tag))
    return b"".join(out)


def _digest(blob: bytes) -> bytes:
    d = BlobDigest()
    d.update(blob)
    return d.digest()


def _upload_raw(peer: Peer, blob_id: str, blob: bytes) -> None:
    """What a bad sender's client could do: put any bytes at the hub under its own id."""
    spool = spool_of(peer)
    with spool.writing(blob_id) as out:
        out.write(blob)
    transfer = BlobTransfer(peer.db, peer.client(), spool, actor="x", sign=peer.keys.sign)
    transfer._send_blob(blob_id, "raw", len(blob), _digest(blob))


def _bad_message(sender: Peer, to_agency: str) -> tuple[str, dict[str, str]]:
    """An alert whose four attachments are each bad in one way; (message id, name→reason)."""
    message_id = new_message_id()
    data = os.urandom(3 * CHUNK + 500)
    refs: list[AttachmentRef] = []
    expected: dict[str, str] = {}

    def add(name: str, blob: bytes, key: bytes, attachment_id: str, reason: str,
            digest: bytes | None = None) -> None:
        _upload_raw(sender, attachment_id, blob)
        refs.append(AttachmentRef(id=attachment_id, name=name, media_type="image/jpeg",
                                  size=len(data), chunk_size=CHUNK,
                                  digest=digest or _digest(blob), key=key))
        expected[name] = reason

    for name, tags, reason in (("reordered.jpg", [MSG, MSG, MSG, FIN], "bad_chunk"),
                               ("no-final.jpg", [MSG, MSG, MSG, MSG], "final_missing")):
        key, aid = new_attachment_key(), new_message_id()
        blob = _stream(key, message_id, aid, data, tags)
        if name.startswith("reordered"):
            step = CHUNK + 17
            body = blob[24:]
            blob = blob[:24] + body[step:2 * step] + body[:step] + body[2 * step:]
        add(name, blob, key, aid, reason)
    key, aid = new_attachment_key(), new_message_id()
    whole = _stream(key, message_id, aid, data, [MSG, MSG, MSG, FIN])
    add("truncated.jpg", whole[:-(500 + 17)], key, aid, "truncated")
    key, aid = new_attachment_key(), new_message_id()
    add("other-digest.jpg", _stream(key, message_id, aid, data, [MSG, MSG, MSG, FIN]), key,
        aid, "digest_mismatch", digest=os.urandom(32))
    inner = replace(_inner(sender, to_agency, AlertContent(
        alert_kind=AlertKind.WARNING, action_requested="", valid_until=None,
        interpol_notice=None), "four bad attachments"), id=message_id, attachments=tuple(refs))
    queue(sender, inner)
    with sender.db.transaction() as conn:
        attachments.insert(conn, message_id, "outgoing", refs, AttachmentState.AVAILABLE,
                           now=datetime.now(UTC).replace(microsecond=0))
        for ref in refs:
            attachments.mark_uploaded(conn, ref.id, now=datetime.now(UTC))
    return message_id, expected


def test_bad_blobs_are_refused_and_nothing_of_them_kept(make_peer: Any) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    message_id, expected = _bad_message(a, "RS-BP")
    report = a.engine(spool=spool_of(a)).run_once()
    assert report.ok and report.pushed == 1, report.error
    report = b.engine(spool=spool_of(b)).run_once()
    assert report.ok and report.received == 1 and report.attachments_refused == 4
    assert messages.get(b.db, message_id) is not None  # the message itself is fine
    rows = {r.ref.name: r for r in attachments.of_message(b.db, message_id)}
    for name, reason in expected.items():
        row = rows[name]
        assert row.state is AttachmentState.FAILED, name
        assert row.failure is not None and row.failure.startswith(reason), (name, row.failure)
        assert not spool_of(b).has(row.ref.id) and spool_of(b).partial_size(row.ref.id) == 0
    assert spool_of(b).ids() == set()
    refused = [e for e in audit.entries(b.db, kind=AuditKind.RECEIVE, limit=50)
               if isinstance(e.details, dict) and e.details.get("outcome") == "refused"]
    assert len(refused) == 4


def test_a_blob_of_another_message_is_refused(make_peer: Any) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    first, (ref,) = queue_with_attachments(a, "RS-BP", [("scan.pdf", os.urandom(5000))])
    assert a.engine(spool=spool_of(a)).run_once().pushed == 1
    # A second message reusing that blob (same id, same key) is refused by the hub...
    again = replace(_inner(a, "RS-BP", AlertContent(
        alert_kind=AlertKind.LOOKOUT, action_requested="", valid_until=None,
        interpol_notice=None), "same scan again"), attachments=(ref,))
    queue(a, again)
    report = a.engine(spool=spool_of(a)).run_once()
    assert report.rejected == 1
    item = outbox.get(a.db, again.id)
    assert item is not None and item.state is OutboxState.FAILED
    assert item.last_error is not None and item.last_error.startswith("blob_foreign")

    # ...and, should a hub deliver it anyway, the receiver quarantines it, storing nothing
    assert b.engine(spool=spool_of(b)).run_once().received == 1
    now = datetime.now(UTC).replace(microsecond=0)
    page = OpenedPage((Opened("99999", {"id": again.id}, again.id, inner=again),))
    outcome = store_page(b.db, page, "99999", actor="rs-bp.x", sign=b.keys.sign, now=now)
    assert outcome.quarantined == 1 and outcome.reasons == ["binding_mismatch"]
    assert messages.get(b.db, again.id) is None
    assert attachments.get(b.db, ref.id) is not None
    assert attachments.get(b.db, ref.id).message_id == first  # type: ignore[union-attr]
    assert quarantine.count(b.db) == 1
    # and its chunks would not decrypt under the second message's id anyway
    from liaison_app.crypto.attachment_stream import AttachmentRefused, verify_blob
    with spool_of(b).open(ref.id) as fh:
        blob = fh.read()
    try:
        verify_blob(io.BytesIO(blob).read, ref, again.id)
    except AttachmentRefused as exc:
        assert exc.reason.value == "bad_chunk"
    else:
        raise AssertionError("a blob opened under another message's id")
