"""The hub's HTTPS API as typed calls, every request signed by the device key.

Each `/v1` call is a method of `HubClient`: its answer is parsed strictly
(`protocol.api`) and cross-checked (batch results match the batch, inbox
cursors strictly increase). The connection underneath (TLS pinned to the
profile's CA, signing, limits, one `SyncError` per failure) is
`hub_connection.HubConnection`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from liaison_app.protocol.api import (
    MAX_PAGE,
    AckRequest,
    AckResponse,
    BatchResult,
    EnrolRequest,
    EnrolResponse,
    EnvelopeResult,
    InboxPage,
)
from liaison_app.protocol.audit_head import MAX_AUDIT_HEAD_BYTES
from liaison_app.protocol.canonical import canonical_bytes
from liaison_app.protocol.envelope import Envelope, envelope_bytes
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.limits import (
    MAX_DIRECTORY_BYTES,
    MAX_ENVELOPE_BYTES,
    MAX_WATCHLIST_BYTES,
    MAX_WATCHLIST_INDEX_BYTES,
)
from liaison_app.protocol.timestamp import MAX_TIMESTAMP_BYTES
from liaison_app.sync.errors import ProtocolViolation
from liaison_app.sync.hub_connection import MAX_ERROR_BYTES, HubConnection, malformed

__all__ = ["DirectoryFetch", "HubClient"]


@dataclass(frozen=True, slots=True)
class DirectoryFetch:
    """A signed document (directory, watch-list index or snapshot) as received, to be
    verified before use, and its ETag."""

    raw: bytes
    etag: str | None


class HubClient(HubConnection):
    """The `/v1` API over one device's signed connection. Not shared between threads."""

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        """`POST /v1/devices`: enrol this device with its one-time token."""
        if request.device_id != self.device_id:
            raise ValueError("the enrolment must be for this client's device")
        reply = self._send("POST", "/v1/devices", canonical_bytes(request.to_wire()),
                           max_bytes=MAX_DIRECTORY_BYTES + 4096)
        obj = self._json(reply, "enrol this device", "enrolment answer", 201,
                         MAX_DIRECTORY_BYTES + 4096)
        try:
            return EnrolResponse.from_wire(obj)
        except ValidationError as exc:
            raise malformed("enrolment answer", exc) from exc

    def get_timestamp(self) -> bytes:
        """`GET /v1/timestamp`: the signed directory timestamp (verify it before use)."""
        reply = self._send("GET", "/v1/timestamp", b"", max_bytes=MAX_TIMESTAMP_BYTES)
        self._check(reply, "send the directory timestamp")
        if reply.status != 200 or not reply.body:
            raise ProtocolViolation(f"the hub answered HTTP {reply.status} with no directory "
                                    "timestamp")
        return reply.body

    def get_directory(self, etag: str | None = None) -> DirectoryFetch | None:
        """`GET /v1/directory`; None when `etag` is still current (304)."""
        extra = {"If-None-Match": etag} if etag else None
        reply = self._send("GET", "/v1/directory", b"", max_bytes=MAX_DIRECTORY_BYTES,
                           extra=extra)
        self._check(reply, "send the directory")
        if reply.status == 304:
            if not etag:
                raise ProtocolViolation("the hub answered 304 to an unconditional request")
            return None
        if reply.status != 200 or not reply.body:
            raise ProtocolViolation(f"the hub answered HTTP {reply.status} with no directory")
        return DirectoryFetch(raw=reply.body, etag=reply.headers.get("etag"))

    def _signed_document(self, target: str, etag: str | None, max_bytes: int,
                         what: str) -> DirectoryFetch | None:
        extra = {"If-None-Match": etag} if etag else None
        reply = self._send("GET", target, b"", max_bytes=max_bytes, extra=extra,
                           read_timeout=self._timeout * 4)
        if reply.status == 404:
            return None
        self._check(reply, f"send {what}")
        if reply.status == 304:
            if not etag:
                raise ProtocolViolation("the hub answered 304 to an unconditional request")
            return None
        if reply.status != 200 or not reply.body:
            raise ProtocolViolation(f"the hub answered HTTP {reply.status} with no {what}")
        return DirectoryFetch(raw=reply.body, etag=reply.headers.get("etag"))

    def get_watchlist_index(self, etag: str | None = None) -> DirectoryFetch | None:
        """`GET /v1/watchlists`: the signed index; None when unchanged (304) or none (404)."""
        return self._signed_document("/v1/watchlists", etag, MAX_WATCHLIST_INDEX_BYTES,
                                     "the watch-list index")

    def get_watchlist(self, name: str) -> DirectoryFetch | None:
        """`GET /v1/watchlists/NAME`: one signed snapshot; None when the hub has none."""
        return self._signed_document(f"/v1/watchlists/{quote(name, safe='')}", None,
                                     MAX_WATCHLIST_BYTES, f"watch list {name}")

    def post_envelopes(self, envelopes: Sequence[Envelope | bytes]) -> list[EnvelopeResult]:
        """`POST /v1/envelopes`: one result per envelope, in order, checked against the batch."""
        if not envelopes:
            return []
        raws = [e if isinstance(e, bytes) else envelope_bytes(e) for e in envelopes]
        body = b'{"envelopes":[' + b",".join(raws) + b"]}"
        reply = self._send("POST", "/v1/envelopes", body, max_bytes=MAX_ERROR_BYTES * 16)
        obj = self._json(reply, "accept envelopes", "batch answer", 200, MAX_ERROR_BYTES * 16)
        try:
            results = BatchResult.from_wire(obj).results
        except ValidationError as exc:
            raise malformed("batch answer", exc) from exc
        if len(results) != len(raws) or any(r.index != i for i, r in enumerate(results)):
            raise ProtocolViolation("the hub's batch answer does not match the batch sent")
        return list(results)

    def get_inbox(self, after: str | None, limit: int = MAX_PAGE, wait: int = 0) -> InboxPage:
        """`GET /v1/inbox`: the page after `after` (long-poll up to `wait` s when empty)."""
        params: dict[str, str] = {"after": after or "0", "limit": str(int(limit))}
        if wait > 0:
            params["wait"] = str(int(wait))
        target = "/v1/inbox?" + urlencode(params)
        cap = limit * (MAX_ENVELOPE_BYTES * 4 // 3 + 1024) + MAX_ERROR_BYTES
        reply = self._send("GET", target, b"", max_bytes=cap,
                           read_timeout=self._timeout + max(0, wait))
        obj = self._json(reply, "send the inbox", "inbox page", 200, cap)
        try:
            page = InboxPage.from_wire(obj, max_items=limit)
        except ValidationError as exc:
            raise malformed("inbox page", exc) from exc
        last = int(after or "0")
        for item in page.items:
            if int(item.cursor) <= last:
                raise ProtocolViolation("the hub's inbox page is out of order")
            last = int(item.cursor)
        if int(page.next_cursor) < last:
            raise ProtocolViolation("the hub's next inbox cursor goes backwards")
        return page

    def post_audit_head(self, signed: bytes) -> int:
        """`POST /v1/audit-head`: attest where this device's audit log ends; the hub
        answers with the entry it now keeps (Rejected on 409: it keeps a later one)."""
        reply = self._send("POST", "/v1/audit-head", signed, max_bytes=MAX_ERROR_BYTES)
        obj = self._json(reply, "keep this device's audit head", "audit head answer", 200,
                         MAX_ERROR_BYTES)
        return _attested_seq(obj)

    def get_audit_head(self) -> bytes | None:
        """`GET /v1/audit-head`: the attestation the hub keeps for this device (None if
        it keeps none); verify it before use."""
        reply = self._send("GET", "/v1/audit-head", b"",
                           max_bytes=MAX_AUDIT_HEAD_BYTES + MAX_ERROR_BYTES)
        if reply.status == 404:
            return None
        self._check(reply, "send this device's audit head")
        if reply.status != 200 or not reply.body:
            raise ProtocolViolation(f"the hub answered HTTP {reply.status} with no audit head")
        return reply.body

    def ack(self, cursor: str) -> AckResponse:
        """`POST /v1/inbox/ack`: everything up to `cursor` is safely stored here."""
        body = canonical_bytes(AckRequest(cursor).to_wire())
        reply = self._send("POST", "/v1/inbox/ack", body, max_bytes=MAX_ERROR_BYTES)
        obj = self._json(reply, "take the inbox acknowledgement", "ack answer", 200,
                         MAX_ERROR_BYTES)
        try:
            return AckResponse.from_wire(obj)
        except ValidationError as exc:
            raise malformed("ack answer", exc) from exc


def _attested_seq(obj: Any) -> int:
    seq = obj.get("seq") if isinstance(obj, dict) else None
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise ProtocolViolation("the hub sent a malformed audit head answer: seq: must be a "
                                "non-negative integer")
    return seq
