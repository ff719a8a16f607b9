"""P12: a carrier bundle holding a 50 MiB attachment blob, written and verified.

Ours: `crypto.bundle_seal.write_bundle` writes the bundle (stanzas, the body's
records pushed through secretstream in 64 KiB chunks and hashed, the signed
header in its box) to a file; then `open_header` + `read_body` read it back as
an import does (the whole file hashed for the audit, the body hashed for its
signed digest, every chunk decrypted, the records parsed, the blob streamed to
a second file) — the blob is streamed from a spool-like file. Hashing runs on
a second core (libsodium releases the GIL), as in P7. Baseline, in the same run:
the irreducible work of the same design on the same bytes and files — a raw secretstream push of the
plaintext into a file with one BLAKE2b pass, then a raw pull from the file into
another file with one BLAKE2b pass. Interleaved rounds; target <= 1.5x.

Memory: the growth of this process's peak resident memory (VmHWM, reset just
before) while writing and verifying the bundle; the bundle is never whole in
memory: target <= 32 MB for a 50 MiB blob.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.result import BenchResult

SIZE = 50 * 1024 * 1024
ROUNDS = 5
MEM_BUDGET_MB = 32.0
_PIECE = 1024 * 1024


def _status_kb(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def _baseline(blob: Path, work: Path) -> float:
    """Raw secretstream push (+ one hash) into a file, pull (+ one hash) into another."""
    import nacl.bindings as s

    from liaison_app.crypto.attachment_stream import BlobDigest

    chunk = 64 * 1024
    start = time.perf_counter()
    key = s.crypto_secretstream_xchacha20poly1305_keygen()
    state = s.crypto_secretstream_xchacha20poly1305_state()
    digest = BlobDigest()
    with blob.open("rb") as src, (work / "raw.bin").open("wb") as out:
        header = s.crypto_secretstream_xchacha20poly1305_init_push(state, key)
        out.write(header)
        digest.update(header)
        piece = src.read(chunk)
        while piece:
            nxt = src.read(chunk)
            tag = (s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE if nxt
                   else s.crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            sealed = s.crypto_secretstream_xchacha20poly1305_push(state, piece, None, tag)
            out.write(sealed)
            digest.update(sealed)
            piece = nxt
    digest.digest()
    pull = s.crypto_secretstream_xchacha20poly1305_state()
    check = BlobDigest()
    with (work / "raw.bin").open("rb") as src, (work / "raw.out").open("wb") as out:
        header = src.read(24)
        check.update(header)
        s.crypto_secretstream_xchacha20poly1305_init_pull(pull, header, key)
        while sealed := src.read(chunk + 17):
            check.update(sealed)
            plain, _tag = s.crypto_secretstream_xchacha20poly1305_pull(pull, sealed, None)
            out.write(plain)
    check.digest()
    return time.perf_counter() - start


def _ours(blob: Path, size: int, work: Path) -> float:
    """write_bundle to a file, then open_header + read_body from it, the blob to a file."""
    from liaison_app.crypto.bundle_open import open_header, read_body
    from liaison_app.crypto.bundle_seal import BlobSource, write_bundle
    from liaison_app.protocol.bundle import BodySummary, BundleHeader, Parties, route_id
    from liaison_app.protocol.bundle_records import BlobSink
    from liaison_app.protocol.ids import new_message_id
    from liaison_app.services.bundle_reading import HashingReader
    from tests.vectors.samples import T0, A, B, directory

    recipients = Parties(("RS-BP",), ())
    template = BundleHeader(
        id=new_message_id(), creator=A.sender_ref(), recipients=recipients,
        carriers=Parties(), devices=(B.keys.device_id,),
        route=route_id(A.keys.device_id, recipients), seq=1, created_at=T0,
        expires_at=T0.replace(day=T0.day + 1), directory_version=7, prefix_digest=bytes(32),
        body=BodySummary(0, bytes(32), 0, 0, 0))
    envelope = b'{"envelope":"' + b"x" * 2000 + b'"}'
    start = time.perf_counter()
    path = work / "ours.bundle"
    with path.open("w+b") as out:
        write_bundle(out, template, [B.keys.box_key], A.keys, [envelope],
                     [BlobSource(new_message_id(), size, lambda: blob.open("rb"))])
    with path.open("rb") as src, (work / "ours.blob").open("wb") as sink:
        whole = HashingReader(src.read, path.stat().st_size)  # the audited file digest
        try:
            opened = open_header(whole.read, path.stat().st_size, B.keys, directory(), T0)
            read_body(whole.read, opened, lambda _e: None,
                      lambda _i, _n: BlobSink(sink.write, lambda: None))
        finally:
            whole.close()
        whole.digest()
    return time.perf_counter() - start


def run(large: bool = False, *, size: int = SIZE, rounds: int = ROUNDS) -> list[BenchResult]:
    """One row: time ratio ours / baseline, with the memory growth in the note."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        blob = work / "blob.bin"
        with blob.open("wb") as out:
            left = size
            while left:
                piece = os.urandom(min(_PIECE, left))
                out.write(piece)
                left -= len(piece)
        ours: list[float] = []
        base: list[float] = []
        grew: list[int] = []
        for _ in range(rounds):  # interleaved, so a busy moment hits both
            base.append(_baseline(blob, work))
            _reset_peak()
            before = _status_kb("VmRSS")
            ours.append(_ours(blob, size, work))
            grew.append(_status_kb("VmHWM") - before)
    o, b = statistics.median(ours), statistics.median(base)
    mb = size / 1e6
    peak_mb = max(grew) / 1024
    ratio = o / b
    met = ratio <= 1.5 and peak_mb <= MEM_BUDGET_MB
    return [BenchResult(
        "P12", f"carrier bundle with a {size / 1048576:.0f} MiB blob: write + verify",
        mb / o, mb / b, "MB/s", ratio, "<= 1.5x raw; <= 32 MB memory", met,
        f"time ratio ours/raw; median of {rounds} interleaved rounds: ours {o:.3f} s "
        f"(spread {min(ours):.3f}-{max(ours):.3f}), raw {b:.3f} s "
        f"(spread {min(base):.3f}-{max(base):.3f}); peak memory growth {peak_mb:.1f} MB")]
