"""P7: a 50 MiB attachment A -> hub -> B over loopback TLS, and its encryption.

Transfer. Ours: A's attachment is already encrypted in its spool (compose, not
timed); the clock covers A's `run_once` (blob created, uploaded in signed
requests with each part synced to disk at the hub, completed (size and digest
checked), envelope pushed) and then B's `run_once` (inbox pulled, the blob
downloaded into a partial file, every chunk, the final tag and the digest
verified, the blob acknowledged). A, B and the hub are separate processes.
Baseline, in the same run: a bare uvicorn app (same TLS certificate) that
writes one POSTed body to a file and streams it back on GET, driven by plain
httpx with the same number of bytes (body streamed from the spool file, reply
streamed to a file). Ratio = our throughput / the bare loop's; target >= 0.5.

Memory: the growth of peak resident memory (VmHWM, reset just before) of A's
and B's processes and of the hub during the transfer; target <= 32 MB each.

Crypto. Encrypt + decrypt of 50 MiB in memory: ours is `seal_stream` (with the
BLAKE2b digest the message carries, hashed on a second thread) and
`open_stream` as Save as uses it (the chunk MACs under the secret key protect a
blob verified on arrival); baseline the raw `crypto_secretstream_*` push and
pull loops alone. Interleaved rounds; target <= 1.25x. The note gives the
receiver's verification pass (decrypt + digest) as well.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.p4_sync import _enrol, _first_line, _make_hub, _stop
from bench.result import BenchResult

SIZE = 50 * 1024 * 1024
ROUNDS = 5
TRANSFER_ROUNDS = 3
ROOT = Path(__file__).resolve().parents[1]
MEM_BUDGET_MB = 32.0


# -- memory of a process -------------------------------------------------------------


def _status_kb(pid: int | str, key: str) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak(pid: int | str) -> None:
    """Reset VmHWM to the current resident size (Linux: clear_refs 5)."""
    with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


# -- crypto ------------------------------------------------------------------------------


def _raw(data: bytes, chunk: int) -> float:
    import nacl.bindings as s

    start = time.perf_counter()
    state = s.crypto_secretstream_xchacha20poly1305_state()
    key = s.crypto_secretstream_xchacha20poly1305_keygen()
    header = s.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    n = -(-len(data) // chunk)
    out = [header]
    for i in range(n):
        tag = (s.crypto_secretstream_xchacha20poly1305_TAG_FINAL if i == n - 1
               else s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        out.append(s.crypto_secretstream_xchacha20poly1305_push(
            state, data[i * chunk:(i + 1) * chunk], None, tag))
    blob = b"".join(out)  # one buffer, read back in order, as ours does
    pull = s.crypto_secretstream_xchacha20poly1305_state()
    s.crypto_secretstream_xchacha20poly1305_init_pull(pull, blob[:24], key)
    step = chunk + 17
    for at in range(24, len(blob), step):
        s.crypto_secretstream_xchacha20poly1305_pull(pull, blob[at:at + step], None)
    return time.perf_counter() - start


def _ours(data: bytes, chunk: int, *, verify: bool = False) -> float:
    from liaison_app.crypto.attachment_stream import new_attachment_key, open_stream, seal_stream
    from liaison_app.protocol.attachment import AttachmentRef
    from liaison_app.protocol.ids import new_message_id

    mid, aid = new_message_id(), new_message_id()
    start = time.perf_counter()
    key = new_attachment_key()
    out: list[bytes] = []
    digest = seal_stream(io.BytesIO(data).read, out.append, size=len(data), chunk_size=chunk,
                         key=key, message_id=mid, attachment_id=aid)
    ref = AttachmentRef(aid, "scan.pdf", "application/pdf", len(data), chunk, digest, key)
    blob = b"".join(out)
    for _piece in open_stream(io.BytesIO(blob).read, ref, mid, check_digest=verify):
        pass
    return time.perf_counter() - start


def crypto_result(size: int = SIZE, rounds: int = ROUNDS) -> BenchResult:
    from liaison_app.protocol.limits import ATTACHMENT_CHUNK_BYTES as chunk

    data = os.urandom(size)
    ours: list[float] = []
    raw: list[float] = []
    verified: list[float] = []
    for _ in range(rounds):  # interleaved, so a busy moment hits both
        raw.append(_raw(data, chunk))
        ours.append(_ours(data, chunk))
        verified.append(_ours(data, chunk, verify=True))
    o, r = statistics.median(ours), statistics.median(raw)
    mb = size / 1e6
    return BenchResult(
        "P7", f"encrypt + decrypt {size / 1048576:.0f} MiB (secretstream, 64 KiB chunks)",
        mb / o, mb / r, "MB/s", o / r, "<= 1.25x raw", o / r <= 1.25,
        f"time ratio ours/raw; median of {rounds} interleaved rounds: ours {o:.3f} s "
        f"(spread {min(ours):.3f}-{max(ours):.3f}), raw {r:.3f} s "
        f"(spread {min(raw):.3f}-{max(raw):.3f}); with the receiver's digest check "
        f"{statistics.median(verified):.3f} s")


# -- transfer -----------------------------------------------------------------------------


def _side(spec_text: str) -> None:
    """A child: run one peer's sync once; print seconds and peak memory growth (kB)."""
    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.crypto.provisioning import verify_profile
    from liaison_app.store.attachment_spool import Spool
    from liaison_app.store.database import Database
    from liaison_app.sync.engine import SyncEngine
    from liaison_app.sync.hub_client import HubClient

    spec = json.loads(spec_text)
    profile = verify_profile(Path(spec["prov"]).read_bytes(), None)
    keys = DeviceKeys.from_seeds(bytes.fromhex(spec["seed"]), bytes.fromhex(spec["box"]))
    db = Database.open(Path(spec["db"]), bytes.fromhex(spec["key"]))
    client = HubClient(profile.hub_url, profile.ca_cert_pem.encode(), keys.device_id,
                       keys.signing_key, timeout=120)

    class Ident:
        officer_id = profile.officer_id
        agency_id = profile.agency_id
        device_id = keys.device_id

    engine = SyncEngine(db, keys, Ident(), client,
                        authority_key=profile.directory_authority_key,
                        spool=Spool(Path(spec["spool"])), auto_download_bytes=SIZE * 2)
    _reset_peak("self")
    before = _status_kb("self", "VmRSS")
    start = time.time()
    report = engine.run_once()
    end = time.time()
    peak = _status_kb("self", "VmHWM")
    print(json.dumps({"ok": report.ok, "start": start, "end": end, "grew_kb": peak - before,
                      "pushed": report.pushed, "downloaded": report.downloaded,
                      "error": str(report.error)}), flush=True)


def _run_side(spec: dict[str, Any]) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-m", "bench.p7_attachments", "--side",
                           json.dumps(spec)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"P7 side failed: {proc.stderr[-3000:]}")
    answer: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if not answer["ok"]:
        raise RuntimeError(f"P7 sync failed: {answer['error']}")
    return answer


def _queue_attachment(a: Any, spool_dir: Path, size: int) -> int:
    """A's alert to RS-BP with one 50 MiB attachment, encrypted into A's spool."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from liaison_app.crypto.attachment_stream import new_attachment_key, seal_stream
    from liaison_app.crypto.envelope import seal
    from liaison_app.domain.messages import AlertContent, AlertKind, Priority
    from liaison_app.protocol.attachment import AttachmentRef
    from liaison_app.protocol.envelope import envelope_bytes
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.protocol.limits import ATTACHMENT_CHUNK_BYTES
    from liaison_app.protocol.message import InnerMessage, Recipients, SenderRef
    from liaison_app.store import attachments, messages, outbox
    from liaison_app.store.attachment_spool import Spool
    from liaison_app.store.directory_apply import load_directory
    from liaison_app.store.message_mapping import new_message_from_inner

    directory = load_directory(a.db)
    assert directory is not None
    targets = list(directory.devices_of_agency("RS-BP"))
    now = datetime.now(UTC).replace(microsecond=0)
    mid, aid, key = new_message_id(), new_message_id(), new_attachment_key()
    spool = Spool(spool_dir).ensure()
    with spool.writing(aid) as out:
        digest = seal_stream(io.BytesIO(os.urandom(size)).read, out.write, size=size,
                             chunk_size=ATTACHMENT_CHUNK_BYTES, key=key, message_id=mid,
                             attachment_id=aid)
    ref = AttachmentRef(aid, "bill-of-lading.pdf", "application/pdf", size,
                        ATTACHMENT_CHUNK_BYTES, digest, key)
    inner = InnerMessage(
        id=mid, type="alert",  # type: ignore[arg-type]
        sender=SenderRef(a.profile.officer_id, a.profile.agency_id, a.keys.device_id),
        recipients=Recipients.of(["RS-BP"], [d.device_id for d in targets]), case_ref=None,
        priority=Priority.URGENT, handling=None, grading=None, subjects=(),
        body="Scan of the bill of lading", content=AlertContent(AlertKind.WARNING),
        in_reply_to=None, created_at=now, expires_at=None, lang="en")
    inner = replace(inner, attachments=(ref,))
    with a.db.transaction() as conn:
        messages.insert_outgoing(conn, new_message_from_inner(inner, inner_bytes=None,
                                                              due=None), now=now)
        attachments.insert(conn, mid, "outgoing", (ref,), attachments.AttachmentState.AVAILABLE,
                           now=now)
        outbox.enqueue(conn, mid, envelope_bytes(seal(inner, a.keys, targets, sent_at=now)),
                       now=now)
    return ref.blob_size


def _ours_transfer(work: Path, size: int) -> tuple[dict[str, float], Path]:
    hub_root = work / "hub"
    _make_hub(hub_root)
    hub = subprocess.Popen([sys.executable, "-m", "liaison_app.hub.cli", "serve", str(hub_root)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        _first_line(hub)
        a = _enrol(hub_root, "GB-NCA", "gb-nca.bench-a", work / "a")
        b = _enrol(hub_root, "RS-BP", "rs-bp.bench-b", work / "b")
        a.engine().run_once()  # learn B's device
        blob = _queue_attachment(a, work / "a-spool", size)
        specs = [{"prov": str((work / name).with_suffix(".prov")),
                  "db": str((work / name).with_suffix(".db")), "key": peer.db_key.hex(),
                  "seed": peer.keys.sign_seed.hex(), "box": peer.keys.box_secret.hex(),
                  "spool": str(work / f"{name}-spool")} for name, peer in (("a", a), ("b", b))]
        for peer in (a, b):
            peer.client.close()
            peer.db.close()
        _reset_peak(hub.pid)
        hub_before = _status_kb(hub.pid, "VmRSS")
        up = _run_side(specs[0])
        down = _run_side(specs[1])
        hub_grew = _status_kb(hub.pid, "VmHWM") - hub_before
        if up["pushed"] != 1 or down["downloaded"] != 1:
            raise RuntimeError(f"P7: nothing moved ({up}, {down})")
        return {"seconds": (up["end"] - up["start"]) + (down["end"] - down["start"]),
                "bytes": float(blob), "a_mb": up["grew_kb"] / 1024,
                "b_mb": down["grew_kb"] / 1024, "hub_mb": hub_grew / 1024}, hub_root / "tls"
    finally:
        _stop(hub)


async def _bare_app(scope: Any, receive: Any, send: Any) -> None:
    """POST /up writes the body to a file; GET /down streams that file back."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    path = Path(os.environ["P7_BARE_FILE"])
    if scope["method"] == "POST":
        with path.open("wb") as out:
            more = True
            while more:
                message = await receive()
                out.write(message.get("body", b""))
                more = message.get("more_body", False)
        body = b"{}"
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": body})
        return
    size = path.stat().st_size
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", str(size).encode())]})
    with path.open("rb") as fh:
        while data := fh.read(256 * 1024):
            await send({"type": "http.response.body", "body": data, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


def _bare_server(cert: str, key: str) -> None:
    import socket

    import uvicorn

    sock = socket.create_server(("127.0.0.1", 0))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(f"https://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(_bare_app, ssl_certfile=cert, ssl_keyfile=key, log_config=None,
                            access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def _bare_transfer(work: Path, tls: Path, size: int) -> float:
    import httpx

    from liaison_app.sync.hub_connection import make_ssl_context

    source = work / "bare-source"
    source.write_bytes(os.urandom(size))
    env = {**os.environ, "P7_BARE_FILE": str(work / "bare-stored")}
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.p7_attachments", "--bare-server", str(tls / "server.pem"),
         str(tls / "server.key")], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT,
        env=env)
    try:
        url = _first_line(server)
        ctx = make_ssl_context((tls / "ca.pem").read_bytes())

        def chunks() -> Any:
            with source.open("rb") as fh:
                while data := fh.read(1024 * 1024):
                    yield data

        with httpx.Client(verify=ctx, trust_env=False, timeout=120) as http:
            start = time.perf_counter()
            http.post(url + "/up", content=chunks(),
                      headers={"content-length": str(size)}).raise_for_status()
            with http.stream("GET", url + "/down") as resp, \
                    (work / "bare-fetched").open("wb") as out:
                for data in resp.iter_raw():
                    out.write(data)
            elapsed = time.perf_counter() - start
        if (work / "bare-fetched").stat().st_size != size:
            raise RuntimeError("P7: the bare loop lost bytes")
        return elapsed
    finally:
        _stop(server)


def transfer_results(size: int = SIZE, rounds: int = TRANSFER_ROUNDS) -> list[BenchResult]:
    runs: list[dict[str, float]] = []
    bare: list[float] = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="liaison-p7-") as tmp:
            ours, tls = _ours_transfer(Path(tmp), size)
            runs.append(ours)
            bare.append(_bare_transfer(Path(tmp), tls, int(ours["bytes"])))
    secs = [r["seconds"] for r in runs]
    o, b = statistics.median(secs), statistics.median(bare)
    mb = runs[0]["bytes"] / 1e6
    ratio = (mb / o) / (mb / b)
    memory = {k: max(r[k] for r in runs) for k in ("a_mb", "b_mb", "hub_mb")}
    worst = max(memory.values())
    return [
        BenchResult("P7", f"{size / 1048576:.0f} MiB attachment A→hub→B (TLS)", mb / o,
                    mb / b, "MB/s", ratio, "≥0.50 of the bare loop", ratio >= 0.5,
                    f"median of {rounds} interleaved rounds: ours {o:.2f} s "
                    f"(spread {min(secs):.2f}-{max(secs):.2f}), bare upload+download "
                    f"{b:.2f} s (spread {min(bare):.2f}-{max(bare):.2f})"),
        BenchResult("P7", "peak memory growth during the transfer", worst, MEM_BUDGET_MB, "MB",
                    worst / MEM_BUDGET_MB, f"≤{MEM_BUDGET_MB:.0f} MB each", worst <= MEM_BUDGET_MB,
                    f"largest of {rounds} rounds: A {memory['a_mb']:.1f} MB, "
                    f"B {memory['b_mb']:.1f} MB, hub {memory['hub_mb']:.1f} MB "
                    "(VmHWM growth; baseline column = the budget)"),
    ]


def run(large: bool) -> list[BenchResult]:
    return [crypto_result(), *transfer_results()]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--side":
        _side(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "--bare-server":
        _bare_server(sys.argv[2], sys.argv[3])
    else:
        for r in run(False):
            print(r.row())
