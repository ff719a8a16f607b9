"""Attachments through the services: compose (location removed, or kept), the size limit,
save as an audited export, forward carries them, erasure removes files and keys, and no
plaintext reaches the profile."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from liaison_app.crypto.envelope import open_envelope
from liaison_app.media.location import LocationState
from liaison_app.protocol.envelope import parse_envelope
from liaison_app.protocol.ids import new_message_id
from liaison_app.services.actions import forward
from liaison_app.services.attachment_files import (
    list_attachments,
    read_image,
    request_download,
    save_attachment,
)
from liaison_app.services.attachments import (
    AttachmentFile,
    AttachmentTooLarge,
    prepare,
    spool_of,
)
from liaison_app.services.compose import queue_message
from liaison_app.services.errors import ServiceError
from liaison_app.services.retention import erase_message
from liaison_app.services.session import Session
from liaison_app.store import attachments, audit, messages
from liaison_app.store.attachments import AttachmentState
from liaison_app.store.audit import AuditKind
from tests.services.test_compose import WHY, _request
from tests.services.workspace import Workspace, sealed_at_push
from tests.support import canary_files
from tests.support.images import exif_tiff, gps_values, jpeg_with_metadata, synthetic_jpeg_body


def _compose(session: Session, files: list[AttachmentFile], **kw: object) -> str:
    mid = new_message_id()
    prepared = prepare(session, mid, files)
    return queue_message(session, replace(_request(**kw), message_id=mid,
                                          attachments=tuple(p.ref for p in prepared)))


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "passport.jpg"
    path.write_bytes(jpeg_with_metadata(synthetic_jpeg_body(90_000, b"pix"), tiff=exif_tiff()))
    return path


def test_compose_removes_location_unless_the_original_is_kept(
        tmp_path: Path, workspace: Workspace, session: Session) -> None:
    photo = _photo(tmp_path)
    mid = new_message_id()
    stripped, kept = prepare(session, mid, [AttachmentFile(photo),
                                            AttachmentFile(photo, keep_original=True,
                                                           name="passport-original.jpg")])
    assert stripped.location is LocationState.REMOVED and stripped.ref.location_removed
    assert kept.location is LocationState.NONE and not kept.ref.location_removed
    queue_message(session, replace(_request(), message_id=mid,
                                   attachments=(stripped.ref, kept.ref)))
    assert read_image(session, mid, kept.ref.id) == photo.read_bytes()
    clean = read_image(session, mid, stripped.ref.id)
    assert gps_values() in photo.read_bytes() and gps_values() not in clean
    # the envelope names the blobs; the partner opens the references with the keys
    env = parse_envelope(sealed_at_push(session, workspace, mid))
    assert set(env.blobs) == {stripped.ref.id, kept.ref.id}
    inner = open_envelope(env, workspace.b_keys, workspace.directory, seen=lambda _i: False,
                          now=datetime.now(UTC))
    assert [a.name for a in inner.attachments] == ["passport.jpg", "passport-original.jpg"]
    listed = [v.to_json() for v in list_attachments(session, mid)]
    assert [(v["name"], v["media_type"], v["state"]) for v in listed] == [
        ("passport.jpg", "image/jpeg", "available"),
        ("passport-original.jpg", "image/jpeg", "available")]


def test_oversize_file_is_refused_before_anything_is_written(
        tmp_path: Path, session: Session) -> None:
    big = tmp_path / "scan.tif"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing is read before the refusal
    small = tmp_path / "note.txt"
    small.write_text("note")
    before = messages.count(session.db)
    with pytest.raises(AttachmentTooLarge, match="50 MiB"):
        _compose(session, [AttachmentFile(small), AttachmentFile(big)])
    assert messages.count(session.db) == before
    assert spool_of(session).ids() == set()


def test_save_as_writes_the_file_and_audits_the_export(
        tmp_path: Path, session: Session) -> None:
    note = tmp_path / "note.txt"
    note.write_bytes(os.urandom(200_000))
    mid = _compose(session, [AttachmentFile(note)])
    (view,) = list_attachments(session, mid)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ServiceError, match="reason"):
        save_attachment(session, mid, view.id, out / "x.txt", "  ")
    assert list(out.iterdir()) == []
    target = save_attachment(session, mid, view.id, out / "note.txt", "court bundle 14/26")
    assert target.read_bytes() == note.read_bytes()
    (entry,) = audit.entries(session.db, kind=AuditKind.EXPORT)
    assert entry.object_ref == f"attachment:{view.id}"
    assert isinstance(entry.details, dict) and entry.details["justification"] == \
        "court bundle 14/26" and entry.details["to"] == str(target)
    assert audit.verify_chain(session.db, session.keys.sign_key).ok


def test_forward_carries_attachments_reencrypted(tmp_path: Path, workspace: Workspace,
                                                 session: Session) -> None:
    note = tmp_path / "route.txt"
    note.write_bytes(b"Route: Horgos - Szeged - Vienna\n" * 1000)
    original = _compose(session, [AttachmentFile(note)])
    new_id = forward(session, original, ("BG-BP",), note="for your border section",
                     disclosure_reason=WHY)
    (old,) = attachments.of_message(session.db, original)
    (copy,) = attachments.of_message(session.db, new_id)
    assert copy.ref.id != old.ref.id and copy.ref.key != old.ref.key
    assert (copy.ref.name, copy.ref.size) == (old.ref.name, old.ref.size)
    inner = open_envelope(parse_envelope(sealed_at_push(session, workspace, new_id)),
                          workspace.c_keys, workspace.directory,
                          seen=lambda _i: False, now=datetime.now(UTC))
    assert inner.attachments == (copy.ref,)
    target = save_attachment(session, new_id, copy.ref.id, tmp_path / "copy.txt",
                             "check the forward")
    assert target.read_bytes() == note.read_bytes()


def test_erasure_removes_files_and_keys(tmp_path: Path, session: Session) -> None:
    note = tmp_path / "note.txt"
    note.write_bytes(os.urandom(50_000))
    mid = _compose(session, [AttachmentFile(note), AttachmentFile(_photo(tmp_path))])
    ids = {v.id for v in list_attachments(session, mid)}
    assert spool_of(session).ids() == ids
    erase_message(session, mid, "no longer needed")
    assert spool_of(session).ids() == set()
    assert attachments.of_message(session.db, mid) == []
    assert attachments.trashed(session.db) == []  # outgoing: nothing to tell the hub
    assert session.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_download_request_and_no_plaintext_in_the_profile(
        tmp_path: Path, session: Session) -> None:
    files = [canary_files.text(tmp_path / "note.txt", 4096),
             canary_files.pdf(tmp_path / "scan.pdf", 300_000)]
    mid = _compose(session, [AttachmentFile(f.path) for f in files])
    assert request_download(session, mid) == []  # outgoing ones are here already
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    needles = [c for f in files for c in f.canaries] + [b"note.txt", b"scan.pdf"]
    assert canary_files.scan_for(needles, [session.profile.path]) == []
    rows = attachments.of_message(session.db, mid)
    assert all(r.state is AttachmentState.AVAILABLE for r in rows)
