"""A device's signed HTTPS connection to its hub: TLS, request signing, limits, errors.

TLS trusts only the provisioning profile's CA (no system store, TLS >= 1.2),
so a wrong certificate fails the handshake before any request byte is sent.
Every request is signed by the device key; every answer is read up to a
stated size; every failure becomes one `SyncError` subclass and nothing else
escapes. A connection made `interruptible` can be ended from another thread (a
long-poll watch). The `/v1` calls themselves are `hub_client.HubClient`.
"""

from __future__ import annotations

import contextlib
import email.utils
import socket
import ssl
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Protocol, Self
from urllib.parse import urlsplit

import httpx
import nacl.signing

from liaison_app.crypto.request_auth import sign_request
from liaison_app.protocol.api import ErrorBody, ErrorCode
from liaison_app.protocol.canonical import parse_json
from liaison_app.protocol.errors import ValidationError
from liaison_app.sync.errors import (
    ProtocolViolation,
    RateLimited,
    ReEnrolRequired,
    Rejected,
    TlsRefused,
    Unreachable,
)

__all__ = ["HubConnection", "HubReply", "StreamedBody", "make_ssl_context", "malformed"]

JSON = "application/json"
MAX_ERROR_BYTES = 64 * 1024
MAX_RETRY_AFTER = 3600.0
_RE_ENROL_CODES = frozenset({ErrorCode.UNKNOWN_DEVICE.value, ErrorCode.DEVICE_REVOKED.value})


def make_ssl_context(ca_pem: bytes) -> ssl.SSLContext:
    """A client context that trusts `ca_pem` alone, verifies the host, TLS 1.2 or later."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    try:
        ctx.load_verify_locations(cadata=ca_pem.decode("ascii"))
    except (ssl.SSLError, UnicodeDecodeError, ValueError) as exc:
        raise TlsRefused("the profile's hub CA certificate cannot be read; "
                         "ask IT for a new provisioning file") from exc
    return ctx


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _tls_failure(exc: BaseException) -> ssl.SSLError | None:
    """The TLS verification failure behind `exc`, if that is what it is."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, ssl.SSLCertVerificationError):
            return cur
        if isinstance(cur, ssl.SSLError) and not isinstance(
                cur, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
            return cur
        cur = cur.__cause__ or cur.__context__
    return None


def _retry_after(value: str | None, now: datetime) -> float:
    if not value:
        return 1.0
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 1.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, min((when - now).total_seconds(), MAX_RETRY_AFTER))


def _parse(data: bytes, noun: str, max_bytes: int) -> Any:
    """`data` parsed strictly; a fault is one line naming the document and what was wrong."""
    try:
        return parse_json(data, max_bytes=max_bytes, what="")
    except ValidationError as exc:
        raise malformed(noun, exc) from exc


def malformed(noun: str, exc: ValidationError) -> ProtocolViolation:
    """The one-line error for a hub answer that fails its strict parse or shape check."""
    where = f"{exc.field}: " if exc.field else ""
    return ProtocolViolation(f"the hub sent a malformed {noun}: {where}{exc.reason}")


class StreamedBody(Protocol):
    """A request body sent piece by piece (never whole in memory), known in advance by
    its length and SHA-256 (the signature covers the digest)."""

    @property
    def length(self) -> int: ...
    @property
    def sha256(self) -> bytes: ...
    def pieces(self) -> Iterator[bytes]: ...


@dataclass(frozen=True, slots=True)
class HubReply:
    """A raw answer: status, headers, body (empty when it was streamed to a sink)."""

    status: int
    headers: httpx.Headers
    body: bytes


class HubConnection:
    """One device's signed connection to its hub. Not shared between threads."""

    def __init__(
        self,
        base_url: str,
        ca_pem: bytes,
        device_id: str,
        signing_key: nacl.signing.SigningKey | bytes,
        *,
        clock: Callable[[], datetime] = _utc_now,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        interruptible: bool = False,
    ) -> None:
        """`interruptible`: every request opens its own connection (no keep-alive) and
        `interrupt()` may end the one in flight from another thread (a long-poll watch)."""
        parts = urlsplit(base_url)
        if parts.scheme != "https" or not parts.hostname:
            raise TlsRefused(f"the hub URL {base_url!r} is not https://; "
                             "ask IT for a correct provisioning file")
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self._key = signing_key if isinstance(signing_key, nacl.signing.SigningKey) else (
            nacl.signing.SigningKey(bytes(signing_key)))
        self._clock = clock
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._interruptible = interruptible
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._interrupted = False
        self._http = httpx.Client(
            verify=make_ssl_context(ca_pem), trust_env=False, http2=False,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            headers={"Accept": JSON, "User-Agent": "liaison-sync/1"},
            follow_redirects=False,
            limits=httpx.Limits(max_keepalive_connections=0) if interruptible
            else httpx.Limits(),
        )

    def close(self) -> None:
        """Drop pooled connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def arm(self) -> None:
        """Clear an earlier `interrupt()`: the next request runs normally."""
        with self._lock:
            self._interrupted = False

    @property
    def was_interrupted(self) -> bool:
        """`interrupt()` was called since the last `arm()`."""
        with self._lock:
            return self._interrupted

    def interrupt(self) -> None:
        """From any thread: end the request in flight (and any started before `arm()`);
        it fails as `Unreachable`. Only for a client made `interruptible`."""
        with self._lock:
            self._interrupted = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace hook: remember each socket this client opens, so `interrupt()`
        can shut it down (a socket shutdown wakes a thread blocked reading it)."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._sockets.add(sock)
            stop = self._interrupted
        if stop:
            _shut(sock)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _send(self, method: str, target: str, body: bytes, *, max_bytes: int,
              read_timeout: float | None = None, extra: Mapping[str, str] | None = None,
              content_type: str = JSON, sink: Callable[[bytes], object] | None = None,
              stream: StreamedBody | None = None) -> HubReply:
        """One signed request. With `sink`, a 2xx answer's body goes there piece by
        piece as it arrives (a download; what arrived before a failure stays there).
        With `stream`, the body is sent from its pieces (an upload from a file)."""
        headers = sign_request(method, target, body, self.device_id, self._key,
                               now=self._clock(),
                               body_sha256=None if stream is None else stream.sha256)
        if body or stream is not None:
            headers["Content-Type"] = content_type
        if stream is not None:
            headers["Content-Length"] = str(stream.length)
        headers.update(extra or {})
        timeout = httpx.Timeout(read_timeout or self._timeout, connect=self._connect_timeout)
        extensions = {"trace": self._trace} if self._interruptible else None
        try:
            with self._lock:
                if self._interrupted:
                    raise Unreachable("the request was interrupted before it started",
                                      nothing_sent=True)
            content: bytes | Iterable[bytes] = body if stream is None else stream.pieces()
            request = self._http.build_request(method, self.base_url + target, content=content,
                                               headers=headers, timeout=timeout,
                                               extensions=extensions)
            response = self._http.send(request, stream=True)
            try:
                chunks: list[bytes] = []
                size = 0
                streaming = sink is not None and 200 <= response.status_code < 300
                for chunk in response.iter_raw():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ProtocolViolation(
                            f"the hub's answer to {method} {target.partition('?')[0]} "
                            f"exceeds {max_bytes} bytes")
                    if streaming and sink is not None:
                        sink(chunk)
                    else:
                        chunks.append(chunk)
            finally:
                response.close()
        except httpx.ConnectError as exc:
            tls = _tls_failure(exc)
            if tls is not None:
                raise TlsRefused(
                    "the hub's TLS certificate is not the one your profile trusts "
                    f"({getattr(tls, 'reason', None) or tls.__class__.__name__}); "
                    "nothing was sent; check the hub address or ask IT") from exc
            raise Unreachable(f"cannot connect to the hub at {self.base_url} ({exc})",
                              nothing_sent=True) from exc
        except httpx.TimeoutException as exc:
            raise Unreachable(f"the hub did not answer in time ({exc.__class__.__name__})"
                              ) from exc
        except httpx.HTTPError as exc:
            raise Unreachable(f"the connection to the hub failed ({exc.__class__.__name__}: "
                              f"{exc})") from exc
        except (OSError, ssl.SSLError) as exc:
            raise Unreachable(f"the connection to the hub failed ({exc})") from exc
        finally:
            if self._interruptible:
                with self._lock:
                    self._sockets.clear()
        return HubReply(response.status_code, response.headers, b"".join(chunks))

    def _check(self, reply: HubReply, what: str) -> None:
        """Raise the SyncError for a non-2xx (and non-304) status."""
        status = reply.status
        if 200 <= status < 300 or status == 304:
            return
        code, message = f"http_{status}", ""
        try:
            body = ErrorBody.from_wire(parse_json(reply.body, max_bytes=MAX_ERROR_BYTES,
                                                  what="error"))
            code, message = body.code, body.message
        except ValidationError:
            pass
        said = f": {message}" if message else ""
        if status == 429:
            wait = _retry_after(reply.headers.get("retry-after"), self._clock())
            raise RateLimited(f"the hub is busy; retrying after {wait:.0f} s", wait)
        if status >= 500:
            raise Unreachable(f"the hub failed to {what} (HTTP {status} {code}); "
                              "will retry later")
        if code in _RE_ENROL_CODES:
            raise ReEnrolRequired(f"the hub refused this device ({code}{said}); "
                                  "ask IT to re-enrol it")
        if not message:
            raise ProtocolViolation(f"the hub answered HTTP {status} without a valid error "
                                    f"body when asked to {what}")
        raise Rejected(f"the hub refused to {what} ({code}{said})", code, status)

    def request(self, method: str, target: str, body: bytes = b"", *, max_bytes: int,
                content_type: str = JSON, read_timeout: float | None = None,
                stream: StreamedBody | None = None) -> HubReply:
        """A signed request for the API modules beside `hub_client` (blobs)."""
        return self._send(method, target, body, max_bytes=max_bytes,
                          content_type=content_type, read_timeout=read_timeout, stream=stream)

    def download(self, target: str, sink: Callable[[bytes], object], *,
                 max_bytes: int) -> HubReply:
        """A signed GET whose 2xx body is streamed into `sink`, never held whole."""
        return self._send("GET", target, b"", max_bytes=max_bytes,
                          extra={"Accept": "application/octet-stream"}, sink=sink)

    def check(self, reply: HubReply, what: str) -> None:
        """Raise the SyncError for a non-2xx answer."""
        self._check(reply, what)

    def parsed(self, reply: HubReply, what: str, expect: int | tuple[int, ...],
               max_bytes: int = MAX_ERROR_BYTES) -> Any:
        """The JSON body of a checked answer with an expected status."""
        self._check(reply, what)
        wanted = expect if isinstance(expect, tuple) else (expect,)
        if reply.status not in wanted:
            raise ProtocolViolation(f"the hub answered HTTP {reply.status} (expected "
                                    f"{wanted[0]}) when asked to {what}")
        return _parse(reply.body, what, max_bytes)

    def _json(self, reply: HubReply, what: str, noun: str, expect: int, max_bytes: int) -> Any:
        """The answer to "asked to `what`", parsed; `noun` names the document in errors."""
        self._check(reply, what)
        if reply.status != expect:
            raise ProtocolViolation(f"the hub answered HTTP {reply.status} (expected {expect}) "
                                    f"when asked to {what}")
        return _parse(reply.body, noun, max_bytes)


def _shut(sock: socket.socket) -> None:
    """Shut a socket down both ways (it may be closed already)."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
