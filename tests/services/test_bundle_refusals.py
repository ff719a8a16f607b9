"""A bundle is refused, with a reason, before anything of it is stored; a lost bundle
reveals no plaintext and not even who writes to whom."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest

from liaison_app.crypto.attachment_stream import open_stream
from liaison_app.crypto.bundle_open import BundleProblem
from liaison_app.crypto.bundle_seal import BodySealer
from liaison_app.domain.messages import RequestContent, UrgencyClass
from liaison_app.protocol.bundle import PREAMBLE_BYTES, STANZA_BYTES
from liaison_app.protocol.ids import new_message_id
from liaison_app.services.attachment_files import list_attachments
from liaison_app.services.attachments import AttachmentFile, prepare, spool_of
from liaison_app.services.bundle_export import ExportResult, export_bundle
from liaison_app.services.bundle_import import import_bundle
from liaison_app.services.bundles import BundleError
from liaison_app.services.compose import Draft, queue_message
from liaison_app.services.session import Session
from liaison_app.store import attachments, audit
from tests.services.bundle_world import (
    CARRIED,
    REQUEST_REASON,
    World,
    make_world,
    queue_request,
)
from tests.support import canary_files


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(tmp_path_factory.mktemp("world"))


@dataclass
class Carried:
    result: ExportResult
    data: bytes
    canaries: tuple[bytes, ...]
    message_id: str


@pytest.fixture(scope="module")
def carried(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Carried]:
    """A's request with a PDF attachment, exported for officer b only."""
    where = tmp_path_factory.mktemp("media")
    pdf = canary_files.pdf(where / "manifest.pdf", 200_000)
    body = b"CANARY-BODY-" + new_message_id().encode()
    a = world.open("a")
    try:
        mid = new_message_id()
        prepared = prepare(a, mid, [AttachmentFile(pdf.path)])
        base = Draft(content=_content(), reason=REQUEST_REASON, to_agencies=("RS-BP",),
                     body=body.decode())
        queue_message(a, replace(base, message_id=mid,
                                 attachments=tuple(p.ref for p in prepared)))
        queue_request(a, "Unrelated request for the agency")
        result = export_bundle(a, (world.officer("b"),), where / "for-b.bundle", reason=CARRIED)
    finally:
        a.close()
    yield Carried(result, result.path.read_bytes(), (body, *pdf.canaries), mid)


def _content() -> RequestContent:
    return RequestContent(purpose="Check the manifest", information_requested="Consignee",
                          grounds="Smuggling suspected", urgency=UrgencyClass.STANDARD,
                          evidence_use_sought=False)


def _footprint(session: Session, profile: Path) -> tuple[object, ...]:
    db = session.db
    tables = ("messages", "quarantine", "bundles_received", "attachments", "outbox",
              "received_envelopes")
    counts = tuple(int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                   for t in tables)
    spool = profile / "attachments"
    files = sorted(p.name for p in spool.iterdir()) if spool.is_dir() else []
    return counts, files


def _refused(world: World, name: str, data: bytes, tmp_path: Path, problem: BundleProblem,
             **kw: object) -> None:
    path = tmp_path / "suspect.bundle"
    path.write_bytes(data)
    session = world.open(name)
    try:
        before = _footprint(session, world.path(name))
        with pytest.raises(BundleError) as caught:
            import_bundle(session, path, **kw)  # type: ignore[arg-type]
        assert caught.value.problem is problem, str(caught.value)
        assert "Nothing was stored" in str(caught.value)
        assert _footprint(session, world.path(name)) == before
        last = audit.entries(session.db, limit=1)[0]
        assert last.details == {"outcome": "refused", "file": "suspect.bundle",
                                "reason": problem.value}
    finally:
        session.close()


def test_no_plaintext_and_no_names_in_the_file(world: World, carried: Carried) -> None:
    data = carried.data
    for canary in carried.canaries:
        assert canary not in data
    for secret in (world.officer("a"), world.officer("b"), "GB-NCA", "RS-BP", "gb-nca",
                   carried.message_id, carried.result.bundle_id, carried.result.route,
                   *(k.device_id for k in world.keys.values())):
        assert secret.encode() not in data, secret


def test_flipped_byte_anywhere_is_refused(world: World, carried: Carried,
                                          tmp_path: Path) -> None:
    data = carried.data
    stanzas = int.from_bytes(data[16:18], "big")
    box = int.from_bytes(data[18:22], "big")
    marks = [0, 15, 16, 17, 18, 21, 23, PREAMBLE_BYTES]
    marks += [PREAMBLE_BYTES + i * STANZA_BYTES + 40 for i in range(stanzas)]  # every stanza
    head = PREAMBLE_BYTES + stanzas * STANZA_BYTES
    marks += [head, head + 30, head + box - 1, head + box, head + box + 30]
    marks += [*range(head + box + 100, len(data), max(1, len(data) // 25)), len(data) - 1]
    for at in sorted(set(marks)):
        flipped = bytearray(data)
        flipped[at] ^= 0x01
        path = tmp_path / "flipped.bundle"
        path.write_bytes(bytes(flipped))
        session = world.open("b")
        try:
            before = _footprint(session, world.path("b"))
            with pytest.raises(BundleError) as caught:
                import_bundle(session, path)
            assert caught.value.problem is not None, at
            assert _footprint(session, world.path("b")) == before, at
        finally:
            session.close()


@pytest.mark.parametrize("cut", [0, 10, PREAMBLE_BYTES, PREAMBLE_BYTES + 100, 3000, -65000,
                                 -1])
def test_truncated_file_is_refused(world: World, carried: Carried, tmp_path: Path,
                                   cut: int) -> None:
    data = carried.data[:cut] if cut >= 0 else carried.data[:len(carried.data) + cut]
    _refused(world, "b", data, tmp_path, BundleProblem.TRUNCATED)


def test_expired_bundle_is_refused(world: World, carried: Carried, tmp_path: Path) -> None:
    later = carried.result.plan.expires_at + timedelta(seconds=1)
    _refused(world, "b", carried.data, tmp_path, BundleProblem.EXPIRED, now=later)


def test_bundle_for_another_officer_is_refused(world: World, carried: Carried,
                                               tmp_path: Path) -> None:
    _refused(world, "d", carried.data, tmp_path, BundleProblem.NOT_FOR_THIS_DEVICE)
    # the colleague who may carry and relay it cannot import it either
    _refused(world, "c", carried.data, tmp_path, BundleProblem.MISADDRESSED)


def test_bundle_from_a_revoked_device_is_refused(world: World, carried: Carried,
                                                 tmp_path: Path) -> None:
    world.revoked.add("a")
    world.publish("b")  # b's directory now says a's laptop was revoked
    try:
        _refused(world, "b", carried.data, tmp_path, BundleProblem.REVOKED_CREATOR)
    finally:
        world.revoked.discard("a")
        world.publish("b")


def test_header_lying_about_the_body_is_refused(world: World, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    a = world.open("a")
    try:
        queue_request(a, "Carried under a lying header")
        real = BodySealer.digest
        monkeypatch.setattr(BodySealer, "digest", lambda self: bytes(
            b ^ 0xFF for b in real(self)))  # the creator signs a digest the body lacks
        lying = export_bundle(a, (world.officer("b"),), tmp_path / "lying.bundle", reason=CARRIED)
    finally:
        monkeypatch.undo()
        a.close()
    _refused(world, "b", lying.path.read_bytes(), tmp_path, BundleProblem.DIGEST_MISMATCH)


def test_the_genuine_bundle_imports_with_its_attachment(world: World, carried: Carried,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "for-b.bundle"
    path.write_bytes(carried.data)
    b = world.open("b")
    try:
        got = import_bundle(b, path)
        assert got.stored == 2 and got.attachments == 1
        (shown,) = list_attachments(b, carried.message_id)
        assert shown.state == "available"
        row = attachments.get(b.db, shown.id)
        assert row is not None
        with spool_of(b).open(shown.id) as blob:
            plain = b"".join(open_stream(blob.read, row.ref, carried.message_id))
        assert all(c in plain for c in carried.canaries[1:])
    finally:
        b.close()
