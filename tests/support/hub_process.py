"""Run a real `liaison-hub` process for tests, and talk to it as an enrolled device.

Only loopback addresses are ever used. No sleeps: the hub's first stdout line
(its URL) is awaited with a bounded select.

    root = init_hub_dir(tmp_path / "hub", agencies=[("GB-NCA", "National Crime Agency", "GB")])
    with running_hub(root) as hub:
        profile = hub.add_officer("GB-NCA", "gb-nca.lo-belgrade", "Jane Doe")
        with hub.client() as http:
            alice = enrol_device(http, profile)
            resp = alice.get(http, "/v1/directory")
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.crypto.request_auth import sign_request
from liaison_app.hub.config import dump_config, load_config
from liaison_app.protocol.api import EnrolRequest
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.provisioning import ProvisioningProfile

LOOPBACK = ("127.0.0.1", "::1")
START_TIMEOUT = 30.0
STOP_TIMEOUT = 20.0


def hub_command() -> list[str]:
    """The `liaison-hub` console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "liaison-hub"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "liaison_app.hub.cli"]


def hub_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run `liaison-hub ARGS` and return the finished process."""
    proc = subprocess.run([*hub_command(), *args], capture_output=True, text=True,
                          timeout=60, check=False)
    if check and proc.returncode != 0:
        raise AssertionError(f"liaison-hub {' '.join(args)} failed ({proc.returncode}): "
                             f"{proc.stderr.strip()}")
    return proc


def init_hub_dir(root: Path, *, port: int = 0, host: str = "127.0.0.1",
                 agencies: Sequence[tuple[str, str, str]] = (),
                 limits: Mapping[str, Any] | None = None) -> Path:
    """`liaison-hub init` into `root`, add agencies, and override `[limits]` if asked."""
    assert host in LOOPBACK, "tests use loopback addresses only"
    hub_cli("init", str(root), "--host", host, "--port", str(port))
    for agency_id, name, country in agencies:
        hub_cli("agency", "add", str(root), "--id", agency_id, "--name", name,
                "--country", country)
    if limits:
        cfg = load_config(root)
        new = replace(cfg, limits=replace(cfg.limits, **dict(limits)))
        (root / "hub.toml").write_text(dump_config(new), encoding="utf-8")
    return root


class LogWatcher:
    """Copies a process's stderr to a file and lets tests wait for a line (no sleeps)."""

    def __init__(self, stream: Any, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self._done = False
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: Any) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            for raw in iter(stream.readline, b""):
                line = raw.decode("utf-8", errors="replace")
                out.write(line)
                out.flush()
                with self._cond:
                    self.lines.append(line)
                    self._cond.notify_all()
        with self._cond:
            self._done = True
            self._cond.notify_all()

    def wait_for(self, text: str, timeout: float = 20.0, start: int = 0) -> str:
        """Block until a line (from index `start`) contains `text`; return it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for line in self.lines[start:]:
                    if text in line:
                        return line
                remaining = deadline - time.monotonic()
                if self._done or remaining <= 0:
                    raise TimeoutError(f"the hub never logged {text!r}")
                self._cond.wait(remaining)

    def mark(self) -> int:
        """The current line count (pass as `start` to wait only for later lines)."""
        with self._cond:
            return len(self.lines)

    def join(self, timeout: float = 10.0) -> None:
        self._thread.join(timeout)


@dataclass
class HubProcess:
    """A running hub: its directory, URL, process and CA."""

    root: Path
    url: str
    proc: subprocess.Popen[bytes]
    stderr_path: Path
    log: LogWatcher

    @property
    def ca_pem(self) -> str:
        return (self.root / "tls" / "ca.pem").read_text(encoding="ascii")

    def ssl_context(self) -> ssl.SSLContext:
        """A client context trusting only this hub's CA."""
        return ssl.create_default_context(cadata=self.ca_pem)

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client for this hub (its CA only, no proxies from the environment)."""
        kwargs.setdefault("timeout", 30.0)
        return httpx.Client(base_url=self.url, verify=self.ssl_context(), trust_env=False,
                            **kwargs)

    def add_officer(self, agency: str, officer_id: str, name: str, *extra: str,
                    out: Path | None = None) -> Path:
        """`liaison-hub officer add` while running; return the profile path."""
        path = out or self.root.parent / f"{officer_id}.provisioning.json"
        hub_cli("officer", "add", str(self.root), "--agency", agency, "--id", officer_id,
                "--name", name, "--out", str(path), *extra)
        return path

    def provision(self, agency: str, officer_id: str, name: str = "Test Officer") -> Path:
        """Like add_officer, but in-process through the admin API (fast, same store)."""
        from liaison_app.hub.admin import add_officer, open_hub
        from liaison_app.protocol.provisioning import Policy

        path = self.root.parent / f"{officer_id}.{time.monotonic_ns()}.provisioning.json"
        ctx = open_hub(self.root)
        try:
            add_officer(ctx, agency, officer_id, name, path, policy=Policy())
        finally:
            ctx.engine.dispose()
        return path

    def revoke(self, device_id: str) -> None:
        """`liaison-hub device revoke`."""
        hub_cli("device", "revoke", str(self.root), device_id)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = STOP_TIMEOUT) -> int:
        """Send `sig` and wait for the exit code (kill after `timeout`)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self.log.join()
        return int(self.proc.returncode)

    def admin_url(self) -> str:
        """The admin address (metrics) of this running hub."""
        return (self.root / "run" / "admin-url").read_text(encoding="ascii").strip()

    def log_text(self) -> str:
        """What the hub wrote to stderr so far."""
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


def _read_first_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + timeout
    buf = b""
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while b"\n" not in buf:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the hub printed no URL within {timeout} s")
            if not sel.select(remaining):
                continue
            chunk = os.read(fd, 4096)
            if not chunk:
                raise RuntimeError(f"the hub exited ({proc.wait(5)}) before printing its URL")
            buf += chunk
    return buf.split(b"\n", 1)[0].decode("utf-8")


def start_hub(root: Path, *args: str, timeout: float = START_TIMEOUT) -> HubProcess:
    """Start `liaison-hub serve ROOT [ARGS]` and wait (bounded) for its URL line."""
    stderr_path = root.parent / f"{root.name}.stderr.log"
    proc = subprocess.Popen([*hub_command(), "serve", str(root), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    watcher = LogWatcher(proc.stderr, stderr_path)
    try:
        line = _read_first_line(proc, timeout)
    except BaseException:
        proc.kill()
        proc.wait(10)
        raise
    prefix = "Liaison hub listening on "
    assert line.startswith(prefix), f"unexpected first line: {line!r}"
    url = line[len(prefix):].strip()
    assert urlsplit(url).hostname in LOOPBACK, f"hub is not on loopback: {url}"
    hub = HubProcess(root=root, url=url, proc=proc, stderr_path=stderr_path, log=watcher)
    _STARTED.append(hub)
    return hub


_STARTED: list[HubProcess] = []
"""Every hub `start_hub` started, in order (see `stop_hubs_started_since`)."""


def hubs_started() -> int:
    """A mark for `stop_hubs_started_since`: how many hubs have been started so far."""
    return len(_STARTED)


def stop_hubs_started_since(mark: int) -> int:
    """Stop the hubs started after `mark` that are still running (a test that failed
    before its own `stop`); return how many there were. Hubs of module fixtures, started
    before the mark, are left to their fixtures."""
    left = [hub for hub in _STARTED[mark:] if hub.proc.poll() is None]
    for hub in left:
        hub.stop(signal.SIGKILL)
    del _STARTED[mark:]
    return len(left)


@contextmanager
def running_hub(root: Path) -> Iterator[HubProcess]:
    """A hub process for the block; stopped (SIGTERM) afterwards."""
    hub = start_hub(root)
    try:
        yield hub
    finally:
        hub.stop()


@dataclass
class Device:
    """An enrolled test device that signs its requests."""

    keys: DeviceKeys
    officer_id: str
    enrol_directory: bytes = b""
    nonces: list[str] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return self.keys.device_id

    def headers(self, method: str, target: str, body: bytes, *, now: datetime | None = None,
                nonce: str | None = None) -> dict[str, str]:
        """Signature headers for this request."""
        return sign_request(method, target, body, self.device_id, self.keys.signing_key,
                            now=now or datetime.now(UTC), nonce=nonce)

    def request(self, http: httpx.Client, method: str, target: str,
                body: bytes | Mapping[str, Any] | None = None, *,
                headers: Mapping[str, str] | None = None, now: datetime | None = None,
                nonce: str | None = None, timeout: float | None = None) -> httpx.Response:
        """Send a signed request; `target` is the path with its query."""
        raw = b"" if body is None else body if isinstance(body, bytes) else canonical_bytes(body)
        hdrs = self.headers(method, target, raw, now=now, nonce=nonce)
        if raw:
            hdrs["Content-Type"] = "application/json"
        hdrs.update(headers or {})
        kwargs: dict[str, Any] = {}
        if timeout is not None:
            kwargs["timeout"] = timeout
        return http.request(method, target, content=raw, headers=hdrs, **kwargs)

    def get(self, http: httpx.Client, target: str, **kw: Any) -> httpx.Response:
        return self.request(http, "GET", target, **kw)

    def post(self, http: httpx.Client, target: str, body: bytes | Mapping[str, Any],
             **kw: Any) -> httpx.Response:
        return self.request(http, "POST", target, body, **kw)


def read_profile(path: Path) -> ProvisioningProfile:
    """Parse and verify (self-consistently) a provisioning file."""
    return verify_profile(path.read_bytes(), None)


def enrol_request(profile: ProvisioningProfile, keys: DeviceKeys) -> bytes:
    """The canonical enrolment body for `keys`."""
    pub = keys.public()
    return canonical_bytes(EnrolRequest(
        token=profile.enrolment_token, officer_id=profile.officer_id, device_id=pub.device_id,
        sign_key=pub.sign_key, box_key=pub.box_key, box_key_sig=pub.box_key_sig).to_wire())


def enrol_device(http: httpx.Client, profile_path: Path, keys: DeviceKeys | None = None
                 ) -> Device:
    """Enrol fresh (or given) keys with the profile's token; assert 201."""
    profile = read_profile(profile_path)
    device = Device(keys=keys or DeviceKeys.generate(), officer_id=profile.officer_id)
    resp = device.post(http, "/v1/devices", enrol_request(profile, device.keys))
    assert resp.status_code == 201, resp.text
    device.enrol_directory = canonical_bytes(json.loads(resp.content)["directory"])
    return device


def make_envelope(sender: Device, recipient_ids: Sequence[str], *, size: int = 64,
                  sign: bool = True, blobs: Sequence[str] = ()) -> dict[str, Any]:
    """An outer envelope wire object from `sender` to these devices (random ciphertext).

    The hub sees ciphertext only, so random bytes stand in for a sealed message.
    """
    from liaison_app.crypto.outer import sign_outer
    from liaison_app.domain.timefmt import utc_now
    from liaison_app.protocol.envelope import Envelope, WrappedKey, envelope_to_wire
    from liaison_app.protocol.ids import new_message_id

    keys = tuple(WrappedKey(d, os.urandom(80)) for d in sorted(set(recipient_ids)))
    env = Envelope(v=1, id=new_message_id(), sender=sender.device_id, keys=keys,
                   ciphertext=os.urandom(max(size, 40)), sent_at=utc_now(), sig=bytes(64),
                   blobs=tuple(sorted(blobs)))
    if sign:
        env = sign_outer(env, sender.keys)
    return dict(envelope_to_wire(env))
