"""The hub on a real PostgreSQL server (tests/hub/pg_server.py): migrations, locking,
results identical to SQLite, errors without passwords, and a `liaison-hub serve`
process carrying a message between two officers with only ciphertext in the tables.

The store tests of test_hub_store.py also run on both backends (`store_url`).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import Engine, create_engine, inspect, text, update

from liaison_app.crypto.directory import verify_directory
from liaison_app.crypto.keys import DeviceKeys
from liaison_app.hub.admin import (
    AdminError,
    EnrolError,
    HubContext,
    add_agency,
    add_officer,
    enrol_device,
    init_hub,
    open_store,
    revoke_device,
)
from liaison_app.hub.storage import (
    SCHEMA_VERSION,
    current_version,
    make_engine,
    metadata,
    reading,
    schema_version,
    upgrade,
    writing,
)
from liaison_app.hub.store import HubStore, Incoming
from liaison_app.hub.watchlist_storage import watch_metadata
from liaison_app.protocol.api import EnrolRequest
from liaison_app.protocol.provisioning import Policy
from liaison_app.store import messages
from liaison_app.store.messages import MessageStatus
from tests.hub.pg_server import PgServer
from tests.hub.test_hub_store import NOW, _enrol, _hub
from tests.support.hub_process import hub_cli, start_hub
from tests.sync.peers import Peer, enrol_peer, queue_alert, refresh_directory

T = TypeVar("T")
THREADS = 8


def _in_threads(n: int, work: Callable[[int], T]) -> list[T | BaseException]:
    """Run work(0..n-1) in n threads released together; results or exceptions."""
    barrier = threading.Barrier(n, timeout=30)
    out: list[T | BaseException] = [RuntimeError("not run")] * n

    def run(i: int) -> None:
        try:
            barrier.wait()
            out[i] = work(i)
        except BaseException as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a worker thread hung"
    return out


# -- migrations -------------------------------------------------------------------------


def test_migrations_run_from_empty_to_head(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        with reading(engine) as conn:
            assert current_version(conn) == 0
            assert inspect(conn).get_table_names() == []
        assert upgrade(engine) == 0
        with reading(engine) as conn:
            assert current_version(conn) == SCHEMA_VERSION
            insp = inspect(conn)
            assert set(insp.get_table_names()) == set(metadata.tables) | set(
                watch_metadata.tables)
            cols = {c["name"]: c for c in insp.get_columns("mailbox")}
            assert str(cols["seq"]["type"]) == "BIGINT"
            # Seqs come from each mailbox's head row, not from one table-wide sequence.
            assert cols["seq"]["default"] is None
            assert insp.get_pk_constraint("mailbox")["constrained_columns"] == [
                "device_id", "seq"]
            assert "mailbox_heads" in insp.get_table_names()
            body = {c["name"]: c for c in insp.get_columns("envelopes")}["body"]
            assert str(body["type"]) == "BYTEA"
            indexes = {i["name"] for i in insp.get_indexes("mailbox")}
            assert {"ix_mailbox_envelope", "ix_mailbox_expires"} <= indexes
        assert upgrade(engine) == SCHEMA_VERSION  # a second run changes nothing
        with reading(engine) as conn:
            assert conn.execute(text("SELECT count(*) FROM schema_version")).scalar() == 1
        with writing(engine) as conn:
            conn.execute(update(schema_version).values(version=SCHEMA_VERSION + 1))
    finally:
        engine.dispose()
    with pytest.raises(AdminError, match=f"version {SCHEMA_VERSION + 1}"):
        open_store(Path("/nonexistent"), pg_url)


def test_hubs_starting_together_on_an_empty_database_migrate_once(pg_url: str) -> None:
    engines = [make_engine(pg_url) for _ in range(THREADS)]
    try:
        befores = _in_threads(THREADS, lambda i: upgrade(engines[i]))
        assert sorted(befores, key=repr) == sorted([0] + [SCHEMA_VERSION] * (THREADS - 1),
                                                   key=repr), befores
        with reading(engines[0]) as conn:
            assert conn.execute(text("SELECT count(*) FROM schema_version")).scalar() == 1
    finally:
        for e in engines:
            e.dispose()


def test_init_refuses_a_database_that_already_holds_a_hub(tmp_path: Path,
                                                          pg_url: str) -> None:
    first = _hub(tmp_path / "one", pg_url)
    first.engine.dispose()
    with pytest.raises(AdminError, match="already holds a hub"):
        init_hub(tmp_path / "two", "127.0.0.1", 8443, database_url=pg_url, now=NOW)
    assert not (tmp_path / "two" / "hub.toml").exists()


# -- concurrency that SQLite's BEGIN IMMEDIATE hides ------------------------------------


def _tokens(ctx: HubContext, tmp_path: Path, n: int) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        officer = f"gb-nca.c{i}"
        profile = add_officer(ctx, "GB-NCA", officer, f"C {i}", tmp_path / f"{officer}.json",
                              policy=Policy(), now=NOW)
        out.append((officer, profile.enrolment_token))
    return out


def _request(officer: str, token: str, keys: DeviceKeys) -> EnrolRequest:
    pub = keys.public()
    return EnrolRequest(token, officer, pub.device_id, pub.sign_key, pub.box_key,
                        pub.box_key_sig)


def test_concurrent_enrolments_each_get_a_version_listing_everyone(tmp_path: Path,
                                                                   pg_url: str) -> None:
    ctx = _hub(tmp_path, pg_url)
    tokens = _tokens(ctx, tmp_path, THREADS)
    keys = [DeviceKeys.generate() for _ in range(THREADS)]
    before = HubStore(ctx.engine).latest_directory()
    results = _in_threads(THREADS, lambda i: enrol_device(
        ctx.engine, ctx.authority, _request(*tokens[i], keys[i]), NOW, ctx.directory_ttl))
    assert all(isinstance(r, bytes) for r in results), results
    latest = HubStore(ctx.engine).latest_directory()
    assert before is not None and latest is not None
    assert latest.version == before.version + THREADS
    directory = verify_directory(latest.signed, bytes(ctx.authority.verify_key),
                                 min_version=0, now=NOW)
    assert {k.device_id for k in keys} <= {d.device_id for d in directory.devices}
    ctx.engine.dispose()


def test_one_token_enrols_one_device_even_when_raced(tmp_path: Path, pg_url: str) -> None:
    ctx = _hub(tmp_path, pg_url)
    [(officer, token)] = _tokens(ctx, tmp_path, 1)
    keys = [DeviceKeys.generate() for _ in range(THREADS)]
    results = _in_threads(THREADS, lambda i: enrol_device(
        ctx.engine, ctx.authority, _request(officer, token, keys[i]), NOW, ctx.directory_ttl))
    won = [r for r in results if isinstance(r, bytes)]
    lost = [r for r in results if isinstance(r, EnrolError)]
    assert len(won) == 1 and len(lost) == THREADS - 1, results
    assert {e.code.value for e in lost} == {"token_used"}
    with reading(ctx.engine) as conn:
        assert conn.execute(text("SELECT count(*) FROM devices")).scalar() == 1
    ctx.engine.dispose()


def test_administrators_racing_to_add_the_same_records_get_plain_answers(
        tmp_path: Path, pg_url: str) -> None:
    """One wins; every other gets an AdminError (a one-line message), never a database error."""
    ctx = _hub(tmp_path, pg_url)
    agencies = _in_threads(THREADS, lambda i: add_agency(
        ctx, "RS-BP", "Border Police", "RS", now=NOW))
    assert sum(isinstance(r, int) for r in agencies) == 1, agencies
    assert all(isinstance(r, AdminError) for r in agencies if not isinstance(r, int))
    officers = _in_threads(THREADS, lambda i: add_officer(
        ctx, "RS-BP", "rs-bp.duty-desk", "Duty desk", tmp_path / f"p{i}.json",
        policy=Policy(), now=NOW))
    assert not [r for r in officers if isinstance(r, BaseException)
                and not isinstance(r, AdminError)], officers
    assert any(not isinstance(r, BaseException) for r in officers)
    with reading(ctx.engine) as conn:
        assert conn.execute(text("SELECT count(*) FROM agencies WHERE id = 'RS-BP'")).scalar() == 1
        assert conn.execute(text(
            "SELECT count(*) FROM officers WHERE id = 'rs-bp.duty-desk'")).scalar() == 1
    ctx.engine.dispose()


# -- the same answers as SQLite ---------------------------------------------------------


def _env(sender: DeviceKeys, to: list[DeviceKeys], n: int, body: bytes | None = None
         ) -> Incoming:
    raw = body or b'{"envelope":%d}' % n
    return Incoming(id=f"01JENV{n:04d}", sender=sender.device_id,
                    digest=hashlib.sha256(raw).digest(), body=raw,
                    recipients=frozenset(k.device_id for k in to))


def _scenario(ctx: HubContext, tmp_path: Path) -> list[Any]:
    """Every store operation the hub's routes use; a transcript without random ids."""
    a, b, c = (_enrol(ctx, tmp_path, f"gb-nca.{x}") for x in "abc")
    store = HubStore(ctx.engine)
    now, ttl = int(NOW.timestamp()), 3600
    log: list[Any] = []

    def note(label: str, value: Any) -> None:
        log.append((label, value))

    note("store", [(o.status.value, o.reason and o.reason.value) for o in store.store_envelopes(
        [_env(a, [b], i) for i in range(5)] + [_env(a, [b, c], 5)], now, ttl)])
    note("again", [(o.status.value, o.reason and o.reason.value) for o in store.store_envelopes(
        [_env(a, [b], 1), _env(a, [b], 2, b"other"), _env(a, [b], 6)], now, ttl)])
    page1, more1 = store.inbox(b.device_id, 0, 3, now)
    page2, more2 = store.inbox(b.device_id, page1[-1][0], 3, now)
    seqs = [s for s, _ in page1 + page2]
    # Seqs are compared by order only: env 5's two copies are numbered in device-id order.
    note("pages", (len(page1), more1, len(page2), more2, seqs == sorted(set(seqs))))
    note("bodies", [body for _, body in page1 + page2])
    note("has_mail", (store.has_mail(b.device_id, page2[-1][0], now),
                      store.has_mail(c.device_id, 0, now),
                      store.has_mail(b.device_id, 0, now + ttl)))
    note("ack", (store.ack(b.device_id, page1[-1][0]), store.ack(b.device_id, page1[-1][0])))
    note("after_ack", [body for _, body in store.inbox(b.device_id, 0, 100, now)[0]])
    note("ack_all", store.ack(b.device_id, 10**6))
    note("c_still", [body for _, body in store.inbox(c.device_id, 0, 100, now)[0]])
    note("next", [o.status.value for o in store.store_envelopes(
        [_env(a, [b], 7)], now + 10, ttl)])
    [(newest, _)] = store.inbox(b.device_id, 0, 9, now)[0]
    note("seq_never_reused", newest > max(seqs))
    revoke_device(ctx, c.device_id, now=NOW)
    note("revoked", [(o.status.value, o.reason and o.reason.value) for o in
                     store.store_envelopes([_env(a, [c], 8), _env(a, [b, c], 9)], now, ttl)])
    note("nonces", (store.remember_nonce(a.device_id, "n" * 22, now + 600),
                    store.remember_nonce(a.device_id, "n" * 22, now + 600),
                    store.remember_nonce(b.device_id, "n" * 22, now + 600),
                    store.remember_nonce(a.device_id, "m" * 64, now + 5000)))
    note("purge_early", store.purge(now + 700))
    note("purge", store.purge(now + ttl + 20))
    note("empty", store.inbox(b.device_id, 0, 100, now + ttl + 20))
    latest = store.latest_directory()
    assert latest is not None
    note("directory", latest.version)
    note("device", (store.device(c.device_id) or a).status)
    return log


def test_store_operations_give_the_same_results_as_on_sqlite(tmp_path: Path,
                                                             pg_url: str) -> None:
    lite = _hub(tmp_path / "sqlite", None)
    pg = _hub(tmp_path / "pg", pg_url)
    try:
        on_sqlite = _scenario(lite, tmp_path / "sqlite")
        on_pg = _scenario(pg, tmp_path / "pg")
    finally:
        lite.engine.dispose()
        pg.engine.dispose()
    assert on_pg == on_sqlite
    got = dict(on_pg)
    assert got["pages"] == (3, True, 3, True, True)
    assert got["again"] == [("duplicate", None), ("rejected", "replayed"), ("accepted", None)]
    assert got["ack"] == (3, 0) and got["ack_all"] == 4 and got["seq_never_reused"] is True
    assert got["c_still"] == [b'{"envelope":5}']
    assert got["revoked"] == [("rejected", "no_active_recipient"), ("accepted", None)]
    assert got["nonces"] == (True, False, True, True)
    assert got["purge_early"] == {"mailbox": 0, "envelopes": 0, "nonces": 2}
    assert got["purge"] == {"mailbox": 3, "envelopes": 9, "nonces": 0}
    assert got["empty"] == ([], False) and got["device"] == "revoked"


# -- errors never show the password -----------------------------------------------------


def test_unusable_urls_give_one_line_without_the_password(tmp_path: Path,
                                                          pg_server: PgServer) -> None:
    secret = "Sekr3t-" + secrets.token_hex(6)
    wrong = pg_server.url("nobody_here", secret, "postgres")
    with pytest.raises(AdminError) as caught:
        open_store(tmp_path, wrong)
    message = str(caught.value)
    assert secret not in message and "nobody_here:***@" in message
    assert "password authentication failed" in message
    proc = hub_cli("init", str(tmp_path / "hub"), "--host", "127.0.0.1", "--port", "0",
                   "--database-url", wrong, check=False)
    assert proc.returncode == 1 and secret not in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "hub" / "hub.toml").exists()  # nothing half-made to clean up
    proc = hub_cli("init", str(tmp_path / "hub2"), "--host", "127.0.0.1", "--port", "0",
                   "--database-url", f"postgresql+nodriver://u:{secret}@h/d", check=False)
    assert proc.returncode == 1 and secret not in proc.stderr and "no driver" in proc.stderr
    proc = hub_cli("init", str(tmp_path / "hub3"), "--host", "127.0.0.1", "--port", "0",
                   "--database-url", f"not a url {secret}", check=False)
    assert proc.returncode == 1 and secret not in proc.stderr
    assert "not a database URL" in proc.stderr


# -- a real hub process on PostgreSQL ---------------------------------------------------


def _stored_values(engine: Engine) -> list[bytes]:
    """Every text or bytes value in every hub table."""
    out: list[bytes] = []
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == set(metadata.tables) | set(
            watch_metadata.tables)
        for table in [*metadata.sorted_tables, *watch_metadata.sorted_tables]:
            for row in conn.execute(table.select()):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        out.append(bytes(value))
                    elif isinstance(value, str):
                        out.append(value.encode("utf-8"))
    return out


@pytest.mark.slow
def test_two_officers_exchange_a_message_through_a_hub_on_postgresql(
        tmp_path: Path, pg_server: PgServer, pg_url: str) -> None:
    root = tmp_path / "hub"
    password = pg_url.split("@", 1)[0].rsplit(":", 1)[1]
    init = hub_cli("init", str(root), "--host", "127.0.0.1", "--port", "0",
                   "--database-url", pg_url)
    assert "postgresql+psycopg://" in init.stdout and ":***@" in init.stdout
    assert password not in init.stdout
    for agency, name, country in (("GB-NCA", "National Crime Agency", "GB"),
                                  ("RS-BP", "Border Police", "RS")):
        hub_cli("agency", "add", str(root), "--id", agency, "--name", name,
                "--country", country)
    assert not list(root.glob("*.sqlite3*")), "the hub made a SQLite store anyway"
    canary = f"CANARY-{secrets.token_hex(8)} lorry NS123AB at Horgos"
    db = create_engine(pg_url)
    hub = start_hub(root)
    peers: list[Peer] = []
    try:
        a = enrol_peer(hub.provision("GB-NCA", "gb-nca.pg-a"), tmp_path / "a")
        b = enrol_peer(hub.provision("RS-BP", "rs-bp.pg-b"), tmp_path / "b")
        peers += [a, b]
        refresh_directory(a)
        mid = queue_alert(a, "RS-BP", canary)
        pushed = a.engine().run_once()
        assert pushed.ok and pushed.pushed == 1, pushed.error

        with db.connect() as conn:
            body = conn.execute(text("SELECT body FROM envelopes WHERE id = :i"),
                                {"i": mid}).scalar_one()
        assert body is not None and len(body) > len(canary)  # the ciphertext is there
        values = _stored_values(db)
        assert values and not [v for v in values if canary.encode() in v]

        received = b.engine().run_once()
        assert received.ok and received.received == 1, received.error
        got = messages.get(b.db, mid)
        assert got is not None and got.body == canary  # B decrypted what the hub could not
        assert b.engine().run_once().ok  # B's technical ack
        assert a.engine().run_once().ok
        assert (messages.get(a.db, mid) or got).status is MessageStatus.DELIVERED
        assert not [v for v in _stored_values(db) if canary.encode() in v]
        leaked = [p for p in pg_server.data_files() if canary.encode() in p.read_bytes()]
        assert not leaked, f"plaintext in PostgreSQL files: {leaked}"
    finally:
        for p in peers:
            p.close()
        assert hub.stop() == 0
        db.dispose()
    logs = hub.log_text() + (root / "logs" / "hub.log").read_text(encoding="utf-8")
    assert "store postgresql+psycopg://" in logs and ":***@" in logs
    assert password not in logs and canary not in logs
