"""P4's crypto floor: the bare httpx <-> uvicorn loop making exactly our libsodium calls.

Three processes like ours: a sender (A, the bench process), a server (the hub's
place) and a puller (B). The traffic is ours byte for byte: A posts the batches
of envelopes our run sealed, two requests in flight as our push keeps them; B
fetches inbox pages holding the same envelopes, each as soon as its batch has
arrived (as a long-poll does), and posts one batch of acks at the end. Nothing
is parsed or stored: the server counts posts and hands back pages built before
the clock starts.

The cryptography is ours call by call. A counting run of our path
(`bench.sodium_count`) gives, per process, how many times each libsodium
function was called for n envelopes; `plan` turns that into per-step work: the
whole multiples of n go with each envelope where our path does them (A: per
batch sealed, the hub: per batch received, B: per page opened), the rest
(request signatures, audit, directory, acks, ...) is spread evenly over the
process's steps. Each call gets inputs of our sizes (messages of an
envelope's length, 32-byte content keys) with valid signatures and
ciphertexts prepared before the clock, so every verification and decryption
succeeds as ours do. The floor's own counting run must then show the same
table as ours (the bench prints both).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

POOL = 64
"""Distinct prepared inputs per kind of call (used in turn)."""
IN_FLIGHT = 2
Plan = list[dict[str, int]]


def plan(counts: dict[str, int], envelopes_per_step: list[int], n: int) -> Plan:
    """Per step, how many calls of each function: `counts[f] // n` per envelope of the
    step, the remainder spread evenly over all steps. The totals are `counts`."""
    steps = len(envelopes_per_step)
    out: Plan = [{} for _ in range(steps)]
    for fn, total in counts.items():
        per_envelope = total // n
        rest = total - per_envelope * sum(envelopes_per_step)
        for i, k in enumerate(envelopes_per_step):
            share = rest * (i + 1) // steps - rest * i // steps
            out[i][fn] = per_envelope * k + share
    return out


class Calls:
    """Performs libsodium calls with prepared inputs of our sizes."""

    def __init__(self, functions: set[str], size: int) -> None:
        import nacl.bindings as sodium

        self.sodium = sodium
        pk, sk = sodium.crypto_sign_keypair()
        bpk, bsk = sodium.crypto_box_keypair()
        messages = [os.urandom(size) for _ in range(POOL)]
        self.sign_sk = sk
        self.messages = messages
        self.signed = [sodium.crypto_sign(m, sk) for m in messages]
        self.sign_pk = pk
        self.box_pk, self.box_sk = bpk, bsk
        self.content_keys = [os.urandom(32) for _ in range(POOL)]
        self.sealed = [sodium.crypto_box_seal(k, bpk) for k in self.content_keys]
        self.nonces = [os.urandom(24) for _ in range(POOL)]
        self.boxed = [sodium.crypto_secretbox_easy(m, nonce, k) for m, nonce, k
                      in zip(messages, self.nonces, self.content_keys, strict=True)]
        self.i = 0
        self.run: dict[str, Callable[[int], object]] = {
            "crypto_sign": lambda i: sodium.crypto_sign(messages[i], sk),
            "crypto_sign_open": lambda i: sodium.crypto_sign_open(self.signed[i], pk),
            "crypto_box_seal": lambda i: sodium.crypto_box_seal(self.content_keys[i], bpk),
            "crypto_box_seal_open": lambda i: sodium.crypto_box_seal_open(
                self.sealed[i], bpk, bsk),
            "crypto_secretbox_easy": lambda i: sodium.crypto_secretbox_easy(
                messages[i], self.nonces[i], self.content_keys[i]),
            "crypto_secretbox_open_easy": lambda i: sodium.crypto_secretbox_open_easy(
                self.boxed[i], self.nonces[i], self.content_keys[i]),
        }
        unknown = functions - set(self.run)
        if unknown:  # the floor would be making fewer calls than ours
            raise RuntimeError(f"the P4 floor cannot make {sorted(unknown)}; add them")

    def do(self, step: dict[str, int]) -> None:
        for fn, times in step.items():
            call = self.run[fn]
            for _ in range(times):
                call(self.i % POOL)
                self.i += 1


def _functions(*plans: Plan) -> set[str]:
    return {fn for p in plans for step in p for fn in step}


# -- the server (the hub's place) -----------------------------------------------------


def _server_main(spec_path: str) -> None:
    import socket

    import uvicorn

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    pages = [Path(p).read_bytes() for p in spec["pages"]]
    posts: Plan = spec["posts"]
    gets: Plan = spec["gets"]
    if spec.get("count"):
        from bench import sodium_count
        sodium_count.install()
    calls = Calls(_functions(posts, gets), spec["size"])
    if spec.get("count"):
        sodium_count.take()  # not the inputs prepared above
    state = {"posted": 0, "got": 0}
    arrived = asyncio.Condition()

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["method"] == "POST":
            more = True
            while more:  # read (and drop) the body
                message = await receive()
                more = message.get("more_body", False)
            i = state["posted"]
            state["posted"] += 1
            if i < len(posts):
                calls.do(posts[i])
            async with arrived:
                arrived.notify_all()
            body = b'{"ok":true}'
        elif scope["path"] == "/warm":
            body = b"{}"
        elif scope["path"] == "/counts":
            from bench import sodium_count
            body = json.dumps(sodium_count.take()).encode()
        else:
            k = int(scope["query_string"].decode().partition("=")[2] or 0)
            async with arrived:  # a long-poll: the page is there once its batch is
                await arrived.wait_for(lambda: state["posted"] > k)
            j = state["got"]
            state["got"] += 1
            if j < len(gets):
                calls.do(gets[j])
            body = pages[k]
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    sock = socket.create_server(("127.0.0.1", 0))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as the hub's listener
    print(f"https://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, ssl_certfile=spec["cert"], ssl_keyfile=spec["key"],
                            log_config=None, access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


# -- the puller (B) ---------------------------------------------------------------------


def _puller_main(spec_path: str) -> None:
    import httpx

    from liaison_app.sync.hub_connection import make_ssl_context

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    steps: Plan = spec["steps"]
    if spec.get("count"):
        from bench import sodium_count
        sodium_count.install()
    calls = Calls(_functions(steps), spec["size"])
    if spec.get("count"):
        sodium_count.take()  # not the inputs prepared above
    ctx = make_ssl_context(Path(spec["ca"]).read_bytes())
    acks = os.urandom(spec["ack_bytes"])
    with httpx.Client(verify=ctx, trust_env=False, timeout=120) as http:
        http.get(spec["url"] + "/warm").raise_for_status()  # connected before the clock
        print("ready", flush=True)
        sys.stdin.readline()  # go
        cpu = time.process_time()
        for k in range(spec["pages"]):
            resp = http.get(spec["url"] + f"/pull?i={k}")
            resp.raise_for_status()
            calls.do(steps[k])
        calls.do(steps[-1])
        http.post(spec["url"] + "/push", content=acks).raise_for_status()
        counts: dict[str, int] = {}
        if spec.get("count"):
            from bench import sodium_count
            counts = sodium_count.take()
        print(f"done {time.time()} {time.process_time() - cpu} {json.dumps(counts)}",
              flush=True)


# -- the sender (A) and the whole floor run ---------------------------------------------


def run_floor(work: Path, tls: Path, batches: list[bytes], pages: list[bytes],
              counts: dict[str, dict[str, int]], n: int, *, count: bool = False
              ) -> tuple[float, dict[str, float], dict[str, dict[str, int]] | None]:
    """One floor run: (seconds, CPU per process, counts per process when counting)."""
    import httpx

    from bench import sodium_count
    from bench.p4_sync import ROOT, _cpu_seconds, _first_line, _stop
    from liaison_app.sync.hub_connection import make_ssl_context

    sizes = [len(b) for b in batches]
    per_batch = [b.count(b'"ciphertext"') for b in batches]
    size = sum(sizes) // max(1, sum(per_batch))  # an envelope's length
    acks = counts["B"].get("crypto_box_seal", 0)
    a_plan = plan(counts["A"], per_batch, n)
    hub_plan = plan(counts["hub"], per_batch + [0] * (len(pages) + 1), n)
    b_plan = plan(counts["B"], [b.count(b'"ciphertext"') for b in pages] + [0], n)
    work.mkdir(parents=True, exist_ok=True)
    page_files = []
    for k, page in enumerate(pages):
        path = work / f"page-{k}.json"
        path.write_bytes(page)
        page_files.append(str(path))
    server_spec = work / "server.json"
    server_spec.write_text(json.dumps({
        "pages": page_files, "posts": [*hub_plan[:len(batches)], hub_plan[-1]],
        "gets": hub_plan[len(batches):-1], "size": size, "count": count,
        "cert": str(tls / "server.pem"), "key": str(tls / "server.key")}), encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "bench.p4_floor", "--server",
                               str(server_spec)], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, cwd=ROOT)
    puller: subprocess.Popen[bytes] | None = None
    try:
        url = _first_line(server)
        puller_spec = work / "puller.json"
        puller_spec.write_text(json.dumps({
            "url": url, "ca": str(tls / "ca.pem"), "pages": len(pages), "steps": b_plan,
            "size": size, "count": count, "ack_bytes": acks * size}), encoding="utf-8")
        puller = subprocess.Popen([sys.executable, "-m", "bench.p4_floor", "--puller",
                                   str(puller_spec)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
        if _first_line(puller) != "ready":
            raise RuntimeError("P4 floor: the puller did not start")
        if count:
            sodium_count.install()
        calls = Calls(_functions(a_plan), size)
        ctx = make_ssl_context((tls / "ca.pem").read_bytes())
        with httpx.Client(verify=ctx, trust_env=False, timeout=120) as http, \
                ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
            http.get(url + "/warm").raise_for_status()  # connected before the clock
            if count:
                sodium_count.take()
            server_cpu = _cpu_seconds(server.pid)
            assert puller.stdin is not None
            cpu = time.process_time()
            start = time.time()
            puller.stdin.write(b"go\n")
            puller.stdin.flush()
            flying: list[Future[httpx.Response]] = []
            for i, body in enumerate(batches):
                calls.do(a_plan[i])
                if len(flying) == IN_FLIGHT:
                    flying.pop(0).result().raise_for_status()
                flying.append(pool.submit(http.post, url + "/push", content=body,
                                          headers={"content-type": "application/json"}))
            for answer in flying:
                answer.result().raise_for_status()
            a_cpu = time.process_time() - cpu
            line = _first_line(puller, timeout=600)
            elapsed = float(line.split()[1]) - start
            server_cpu = _cpu_seconds(server.pid) - server_cpu
            result_counts = None
            if count:
                result_counts = {"A": sodium_count.take(),
                                 "hub": json.loads(http.get(url + "/counts").content),
                                 "B": json.loads(line.split(maxsplit=3)[3])}
                sodium_count.uninstall()
    finally:
        if puller is not None:
            _stop(puller)
        _stop(server)
    return elapsed, {"A": a_cpu, "hub": server_cpu, "B": float(line.split()[2])}, result_counts


if __name__ == "__main__":
    if sys.argv[1:2] == ["--server"]:
        _server_main(sys.argv[2])
    elif sys.argv[1:2] == ["--puller"]:
        _puller_main(sys.argv[2])
