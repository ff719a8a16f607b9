"""The hub store in-process: migrations, idempotency, ack/purge, directory re-signing.

Every test runs on both backends (`store_url`: SQLite, and a fresh database on the
throw-away PostgreSQL server of tests/hub/pg_server.py)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from liaison_app.crypto.directory import verify_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.hub.admin import (
    EnrolError,
    HubContext,
    add_agency,
    add_officer,
    enrol_device,
    ensure_fresh_directory,
    init_hub,
    open_hub,
    revoke_device,
)
from liaison_app.hub.storage import SCHEMA_VERSION, current_version, envelopes, reading
from liaison_app.hub.store import HubStore, Incoming
from liaison_app.protocol.api import EnrolRequest, EnvelopeStatus
from liaison_app.protocol.provisioning import Policy

NOW = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)


def _hub(tmp_path: Path, url: str | None) -> HubContext:
    ctx = init_hub(tmp_path / "hub", "127.0.0.1", 8443, database_url=url, now=NOW)
    add_agency(ctx, "GB-NCA", "National Crime Agency", "GB", now=NOW)
    return ctx


def _enrol(ctx: HubContext, tmp_path: Path, officer: str) -> DeviceKeys:
    profile = add_officer(ctx, "GB-NCA", officer, "Officer", tmp_path / f"{officer}.json",
                          policy=Policy(), now=NOW)
    keys = DeviceKeys.generate()
    pub = keys.public()
    enrol_device(ctx.engine, ctx.authority, EnrolRequest(
        profile.enrolment_token, officer, pub.device_id, pub.sign_key, pub.box_key,
        pub.box_key_sig), NOW, ctx.directory_ttl)
    return keys


def _incoming(sender: DeviceKeys, to: DeviceKeys, n: int) -> Incoming:
    body = b"envelope-%d" % n
    return Incoming(id=f"id-{n}", sender=sender.device_id,
                    digest=hashlib.sha256(body).digest(), body=body,
                    recipients=frozenset({to.device_id}))


def test_schema_is_current_and_reopen_is_idempotent(tmp_path: Path, store_url: str | None) -> None:
    ctx = _hub(tmp_path, store_url)
    ctx2 = open_hub(ctx.paths.root)
    with reading(ctx2.engine) as conn:
        assert current_version(conn) == SCHEMA_VERSION


def test_each_change_resigns_with_a_higher_version(tmp_path: Path, store_url: str | None) -> None:
    ctx = _hub(tmp_path, store_url)
    store = HubStore(ctx.engine)
    v1 = store.latest_directory()
    keys = _enrol(ctx, tmp_path, "gb-nca.a")
    v2 = store.latest_directory()
    revoke_device(ctx, keys.device_id, now=NOW)
    v3 = store.latest_directory()
    assert v1 and v2 and v3 and v1.version < v2.version < v3.version
    d = verify_directory(v3.signed, bytes(ctx.authority.verify_key), min_version=v2.version,
                         now=NOW)
    entry = d.device(keys.device_id)
    assert entry is not None and not entry.active


def test_enrol_token_is_single_use_and_expires(tmp_path: Path, store_url: str | None) -> None:
    ctx = _hub(tmp_path, store_url)
    profile = add_officer(ctx, "GB-NCA", "gb-nca.b", "B", tmp_path / "b.json",
                          policy=Policy(), token_ttl_hours=1, now=NOW)
    pub = DeviceKeys.generate().public()
    req = EnrolRequest(profile.enrolment_token, "gb-nca.b", pub.device_id, pub.sign_key,
                       pub.box_key, pub.box_key_sig)
    late = NOW + timedelta(hours=2)
    try:
        enrol_device(ctx.engine, ctx.authority, req, late, ctx.directory_ttl)
    except EnrolError as exc:
        assert exc.code.value == "token_expired"
    else:
        raise AssertionError("an expired token was accepted")


def test_duplicates_ack_and_purge(tmp_path: Path, store_url: str | None) -> None:
    ctx = _hub(tmp_path, store_url)
    a, b = _enrol(ctx, tmp_path, "gb-nca.a"), _enrol(ctx, tmp_path, "gb-nca.b")
    store = HubStore(ctx.engine)
    now, ttl = int(NOW.timestamp()), 3600
    first = store.store_envelopes([_incoming(a, b, 1), _incoming(a, b, 2)], now, ttl)
    assert [o.status for o in first] == [EnvelopeStatus.ACCEPTED] * 2
    again = store.store_envelopes([_incoming(a, b, 1)], now, ttl)
    assert again[0].status is EnvelopeStatus.DUPLICATE
    clash = _incoming(a, b, 1)
    clash = Incoming(clash.id, clash.sender, b"\0" * 32, b"other", clash.recipients)
    assert store.store_envelopes([clash], now, ttl)[0].reason is not None
    rows, more = store.inbox(b.device_id, 0, 10, now)
    assert [body for _, body in rows] == [b"envelope-1", b"envelope-2"] and not more
    assert store.ack(b.device_id, rows[0][0]) == 1
    with reading(ctx.engine) as conn:
        bodies = dict(conn.execute(select(envelopes.c.id, envelopes.c.body)).all())
    assert bodies == {"id-1": None, "id-2": b"envelope-2"}  # acked body gone, id kept
    assert store.store_envelopes([_incoming(a, b, 1)], now, ttl)[0].status is \
        EnvelopeStatus.DUPLICATE
    counts = store.purge(now + ttl)
    assert counts["mailbox"] == 1 and counts["envelopes"] == 2
    assert store.inbox(b.device_id, 0, 10, now + ttl)[0] == []


def test_directory_is_resigned_near_expiry(tmp_path: Path, store_url: str | None) -> None:
    ctx = _hub(tmp_path, store_url)
    assert ensure_fresh_directory(ctx, now=NOW) is None
    later = NOW + timedelta(days=ctx.config.limits.directory_ttl_days - 1)
    version = ensure_fresh_directory(ctx, now=later)
    assert version is not None
    latest = HubStore(ctx.engine).latest_directory()
    assert latest is not None and latest.version == version
    assert latest.expires_at > int((later + timedelta(days=20)).timestamp())


def test_a_timestamp_names_every_new_directory_and_is_resigned_at_half_life(
        tmp_path: Path, store_url: str | None) -> None:
    from liaison_app.crypto.timestamp import verify_timestamp
    from liaison_app.hub.admin import ensure_fresh_timestamp

    ctx = _hub(tmp_path, store_url)
    store = HubStore(ctx.engine)
    key = bytes(ctx.authority.verify_key)

    def current() -> tuple[int, int, bool]:
        latest = store.latest_directory()
        raw = store.latest_timestamp()
        assert latest is not None and raw is not None
        ts = verify_timestamp(raw, key, min_version=0, now=NOW)
        return ts.version, ts.directory_version, ts.names(latest.signed)

    first = current()
    assert first[2] and first[1] == store.latest_directory().version  # type: ignore[union-attr]
    keys = _enrol(ctx, tmp_path, "gb-nca.lo-one")
    revoke_device(ctx, keys.device_id, now=NOW)
    after = current()
    assert after[0] > first[0] and after[2]  # the revocation is named at once
    ttl = ctx.config.limits.timestamp_ttl_hours * 3600
    assert ensure_fresh_timestamp(ctx, now=NOW + timedelta(seconds=ttl // 2 - 60)) is None
    resigned = ensure_fresh_timestamp(ctx, now=NOW + timedelta(seconds=ttl // 2 + 60))
    assert resigned == after[0] + 1
