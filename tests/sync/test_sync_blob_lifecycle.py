"""A blob's life: uploaded before its envelope, fetched by the recipient (small ones by
themselves, large ones when asked), deleted at the hub once every recipient has it or
has erased the message; erasing on the client removes the files and keys."""

from __future__ import annotations

import os
from typing import Any

from liaison_app.hub.blob_files import BlobFiles
from liaison_app.store import attachments, messages
from liaison_app.store.attachment_spool import sweep
from liaison_app.store.attachments import AttachmentState
from tests.support.hub_process import HubProcess
from tests.sync.blob_peers import queue_with_attachments, spool_of
from tests.sync.peers import refresh_directory


def test_fetch_ack_erase_and_hub_deletion(make_peer: Any, hub: HubProcess) -> None:
    a, b = make_peer("GB-NCA"), make_peer("RS-BP")
    refresh_directory(a)
    small, large = os.urandom(40_000), os.urandom(400_000)
    message_id, (s_ref, l_ref) = queue_with_attachments(
        a, "RS-BP", [("note.txt", small), ("scan.pdf", large)])
    files = BlobFiles(hub.root / "blobs")
    report = a.engine(spool=spool_of(a)).run_once()
    assert report.ok and report.pushed == 1
    assert files.path(s_ref.id).exists() and files.path(l_ref.id).exists()

    engine_b = b.engine(spool=spool_of(b), auto_download_bytes=100_000)
    report = engine_b.run_once()
    assert report.ok and report.downloaded == 1
    states = {r.ref.name: r.state for r in attachments.of_message(b.db, message_id)}
    assert states == {"note.txt": AttachmentState.AVAILABLE,
                      "scan.pdf": AttachmentState.REMOTE}
    assert not files.path(s_ref.id).exists(), "deleted once its only recipient had it"
    assert files.path(l_ref.id).exists()
    assert spool_of(b).ids() == {s_ref.id}

    # B erases the message without fetching the large one: its files and keys go, and
    # the hub is told at the next sync, so it deletes the blob nobody else awaits
    with b.db.transaction() as conn:
        messages.delete(conn, message_id)
    sweep(b.db, spool_of(b), orphans=False)
    assert spool_of(b).ids() == set() and attachments.of_message(b.db, message_id) == []
    assert attachments.trashed(b.db) == [(l_ref.id, True)]
    assert engine_b.run_once().ok
    assert attachments.trashed(b.db) == []
    assert not files.path(l_ref.id).exists()
    # the sender keeps its own encrypted copies (its sent message shows them)
    assert spool_of(a).ids() == {s_ref.id, l_ref.id}
