"""The OpenAPI 3.1 document served at `GET /v1/openapi.json`."""

from __future__ import annotations

from typing import Any

from liaison_app import __version__
from liaison_app.protocol.api import EnvelopeStatus, ErrorCode, HubRejectReason


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    text = {400: "Malformed request", 401: "Not authenticated (see error.code)",
            403: "Forbidden: revoked device, another mailbox, or a bad token",
            404: "Nothing kept for this device; no such blob for this device; no such watch list "
                 "(or none imported yet)",
            409: "Conflict (see error.code): device already enrolled; an audit head that "
                 "does not continue the kept one; blob offset mismatch (Upload-Offset says "
                 "where to continue), blob incomplete or complete",
            411: "Content-Length required",
            413: "Too large (see error.code): body, batch, blob_too_large, quota_exceeded",
            422: "blob_digest_mismatch: the blob was refused and deleted",
            429: "Rate limited; honour Retry-After", 503: "Not ready"}
    out = {str(s): _json(_ref("Error"), text[s]) for s in statuses}
    if 429 in statuses:
        out["429"]["headers"] = {"Retry-After": {"schema": {"type": "integer"},
                                                 "description": "seconds to wait"}}
    return out


_B64U = {"type": "string", "pattern": "^[A-Za-z0-9_-]*$", "description": "unpadded base64url"}
_CURSOR = {"type": "string", "pattern": "^[0-9]{1,19}$"}
_SIGNED: list[dict[str, list[str]]] = [{"httpMessageSignature": []}]

_SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["code", "message"], "properties": {
            "code": {"type": "string", "enum": [c.value for c in ErrorCode]},
            "message": {"type": "string"}}}}},
    "EnrolRequest": {"type": "object", "additionalProperties": False, "required": [
        "token", "officer_id", "device_id", "sign_key", "box_key", "box_key_sig"],
        "properties": {"token": {"type": "string"}, "officer_id": {"type": "string"},
                       "device_id": {"type": "string", "pattern": "^[a-z2-7]{32}$"},
                       "sign_key": _B64U, "box_key": _B64U, "box_key_sig": _B64U}},
    "SignedDirectory": {"type": "object", "required": ["directory", "sig"],
                        "description": "Canonical JSON signed by the directory authority",
                        "properties": {"directory": {"type": "object"}, "sig": _B64U}},
    "EnrolResponse": {"type": "object", "required": ["device_id", "directory"], "properties": {
        "device_id": {"type": "string"}, "directory": _ref("SignedDirectory")}},
    "Envelope": {"type": "object", "description": "Outer envelope (ciphertext only)",
                 "required": ["v", "id", "sender", "keys", "ciphertext", "sent_at", "sig"],
                 "properties": {"v": {"const": 1}, "id": {"type": "string"},
                                "sender": {"type": "string"}, "keys": {"type": "array"},
                                "ciphertext": _B64U, "sent_at": {"type": "string"},
                                "sig": _B64U,
                                "blobs": {"type": "array", "minItems": 1, "maxItems": 20,
                                          "items": {"type": "string"},
                                          "description": "attachment blob ids (sorted); "
                                          "absent without attachments"}}},
    "BlobCreate": {"type": "object", "additionalProperties": False,
                   "required": ["id", "size", "digest"], "properties": {
                       "id": {"type": "string", "description": "the attachment id (UUIDv7)"},
                       "size": {"type": "integer", "minimum": 1,
                                "description": "ciphertext bytes"},
                       "digest": {**_B64U, "description": "BLAKE2b-256 of the ciphertext"}}},
    "BlobState": {"type": "object", "required": ["id", "size", "offset", "complete"],
                  "properties": {"id": {"type": "string"}, "size": {"type": "integer"},
                                 "offset": {"type": "integer",
                                            "description": "bytes the hub holds"},
                                 "complete": {"type": "boolean"}}},
    "BlobAck": {"type": "object", "required": ["deleted"],
                "properties": {"deleted": {"type": "boolean",
                                           "description": "every recipient is done"}}},
    "EnvelopeBatch": {"type": "object", "required": ["envelopes"], "properties": {
        "envelopes": {"type": "array", "minItems": 1, "items": _ref("Envelope")}}},
    "EnvelopeResult": {"type": "object", "required": ["index", "id", "status"], "properties": {
        "index": {"type": "integer"}, "id": {"type": ["string", "null"]},
        "status": {"type": "string", "enum": [s.value for s in EnvelopeStatus]},
        "reason": {"type": "string", "enum": [r.value for r in HubRejectReason]},
        "detail": {"type": "string"}}},
    "BatchResult": {"type": "object", "required": ["results"], "properties": {
        "results": {"type": "array", "items": _ref("EnvelopeResult")}}},
    "InboxPage": {"type": "object", "required": ["items", "next_cursor", "more"], "properties": {
        "items": {"type": "array", "items": {"type": "object", "required": ["cursor", "envelope"],
                  "properties": {"cursor": _CURSOR, "envelope": _ref("Envelope")}}},
        "next_cursor": _CURSOR, "more": {"type": "boolean"}}},
    "AckRequest": {"type": "object", "required": ["cursor"], "properties": {"cursor": _CURSOR}},
    "AckResponse": {"type": "object", "required": ["deleted"],
                    "properties": {"deleted": {"type": "integer"}}},
    "Health": {"type": "object", "additionalProperties": False,
               "required": ["status", "store"], "properties": {
                   "status": {"type": "string", "enum": ["ok", "degraded"]},
                   "store": {"type": "string", "enum": ["reachable", "unreachable"]}}},
    "SignedTimestamp": {"type": "object", "required": ["timestamp", "sig"],
                        "description": "Directory timestamp signed by the directory authority "
                        "(protocol.md section 11)",
                        "properties": {"timestamp": {"type": "object"}, "sig": _B64U}},
    "SignedAuditHead": {"type": "object", "required": ["head", "sig"],
                        "description": "Audit head signed by the device (protocol.md section 13)",
                        "properties": {"head": {"type": "object"}, "sig": _B64U}},
    "AuditHeadResponse": {"type": "object", "required": ["seq"],
                          "properties": {"seq": {"type": "integer"}}},
}

_SIG_HEADERS = "Content-Digest, Signature-Input and Signature (RFC 9421 profile, ADR 0003)"


def _body(name: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": _ref(name)}}}


def _q(name: str, schema: dict[str, Any], text: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema,
            "description": text}


_BLOB_ID = {"name": "blob_id", "in": "path", "required": True,
            "schema": {"type": "string"}, "description": "the attachment id"}
_OFFSET = _q("offset", {"type": "integer", "minimum": 0}, "byte offset (default 0)")


def _blob_paths() -> dict[str, Any]:
    octets = {"application/octet-stream": {"schema": {"type": "string",
                                                      "format": "binary"}}}
    return {
        "/v1/blobs": {"post": {
            "summary": "Declare an attachment blob (size, digest); idempotent, so a "
                       "resumed upload learns the offset here",
            "operationId": "createBlob", "requestBody": _body("BlobCreate"),
            "responses": {"201": _json(_ref("BlobState"), "Created"),
                          "200": _json(_ref("BlobState"), "Exists: continue from offset"),
                          **_errors(400, 401, 403, 409, 413, 429)}}},
        "/v1/blobs/{blob_id}": {
            "patch": {
                "summary": "Append bytes at `offset` (must equal the hub's offset). The "
                           "body streams to disk; bytes that arrived before a cut "
                           "connection are kept",
                "operationId": "appendBlob", "parameters": [_BLOB_ID, _OFFSET],
                "requestBody": {"required": True, "content": octets},
                "responses": {"200": _json(_ref("BlobState"), "Stored; new offset"),
                              **_errors(400, 401, 403, 404, 409, 411, 413, 429)}},
            "get": {
                "summary": "Download from `offset` (owner, or a recipient of the envelope "
                           "naming the blob that has not acknowledged it); 206 with "
                           "Content-Range when offset > 0",
                "operationId": "downloadBlob", "parameters": [_BLOB_ID, _OFFSET],
                "responses": {"200": {"description": "The blob", "content": octets},
                              "206": {"description": "The rest", "content": octets},
                              **_errors(400, 401, 403, 404, 429)}}},
        "/v1/blobs/{blob_id}/state": {"get": {
            "summary": "How many bytes the hub holds", "operationId": "blobState",
            "parameters": [_BLOB_ID],
            "responses": {"200": _json(_ref("BlobState"), "State"),
                          **_errors(401, 403, 404, 429)}}},
        "/v1/blobs/{blob_id}/complete": {"post": {
            "summary": "Check size and digest; a mismatch deletes the blob (422)",
            "operationId": "completeBlob", "parameters": [_BLOB_ID],
            "responses": {"200": _json(_ref("BlobState"), "Complete"),
                          **_errors(401, 403, 404, 409, 422, 429)}}},
        "/v1/blobs/{blob_id}/ack": {"post": {
            "summary": "A recipient has the blob (or wants it no more); the hub deletes "
                       "it once every recipient has acknowledged it",
            "operationId": "ackBlob", "parameters": [_BLOB_ID],
            "responses": {"200": _json(_ref("BlobAck"), "Acknowledged"),
                          **_errors(401, 403, 429)}}},
    }


_INM = {"name": "If-None-Match", "in": "header", "required": False,
        "schema": {"type": "string"}}


def openapi_document() -> dict[str, Any]:
    """The API description (paths, payload schemas, error codes, security)."""
    device_q = _q("device", {"type": "string"}, "optional; must be the signing device")
    return {
        "openapi": "3.1.0",
        "info": {"title": "Liaison hub API", "version": __version__,
                 "description": "Store-and-forward hub for signed, end-to-end encrypted "
                 "envelopes. Every request except this document is signed with "
                 + _SIG_HEADERS + "."},
        "servers": [{"url": "/"}],
        "components": {"schemas": _SCHEMAS, "securitySchemes": {"httpMessageSignature": {
            "type": "apiKey", "in": "header", "name": "Signature",
            "description": _SIG_HEADERS + "; keyid is the device id"}}},
        "security": _SIGNED,
        "paths": {
            "/v1/devices": {"post": {
                "summary": "Enrol a device with a one-time token (signed by the new key)",
                "operationId": "enrol", "requestBody": _body("EnrolRequest"),
                "responses": {"201": _json(_ref("EnrolResponse"), "Enrolled"),
                              **_errors(400, 401, 403, 409, 413, 429)}}},
            "/v1/directory": {"get": {
                "summary": "The current signed directory", "operationId": "getDirectory",
                "parameters": [{"name": "If-None-Match", "in": "header", "required": False,
                                "schema": {"type": "string"}}],
                "responses": {"200": _json(_ref("SignedDirectory"), "Signed directory"),
                              "304": {"description": "Not modified"},
                              **_errors(401, 403, 429, 503)}}},
            "/v1/timestamp": {"get": {
                "summary": "The current signed directory timestamp (short-lived)",
                "operationId": "getTimestamp",
                "responses": {"200": _json(_ref("SignedTimestamp"), "Signed timestamp"),
                              **_errors(401, 403, 429, 503)}}},
            "/v1/audit-head": {
                "get": {"summary": "The audit head this device last attested",
                        "operationId": "getAuditHead",
                        "responses": {"200": _json(_ref("SignedAuditHead"), "Kept head"),
                                      **_errors(401, 403, 404, 429)}},
                "post": {"summary": "Attest where this device's audit log ends",
                         "operationId": "postAuditHead", "requestBody": _body("SignedAuditHead"),
                         "responses": {"200": _json(_ref("AuditHeadResponse"), "Kept"),
                                       **_errors(400, 401, 403, 409, 413, 429)}}},
            "/v1/envelopes": {"post": {
                "summary": "Submit a batch; idempotent by envelope id",
                "description": "Envelopes sealed by another enrolled, active device may be "
                               "relayed (a carrier bundle, protocol §16.4): the author's "
                               "outer signature is checked under the author's key.",
                "operationId": "postEnvelopes", "requestBody": _body("EnvelopeBatch"),
                "responses": {"200": _json(_ref("BatchResult"), "One result per envelope"),
                              **_errors(400, 401, 403, 413, 429)}}},
            "/v1/inbox": {"get": {
                "summary": "This device's mailbox after a cursor, optionally long-polled",
                "operationId": "getInbox",
                "parameters": [_q("after", _CURSOR, "cursor; 0 for the start"),
                               _q("limit", {"type": "integer", "minimum": 1}, "page size"),
                               _q("wait", {"type": "integer", "minimum": 0},
                                  "seconds to wait for mail when none is there (bounded)"),
                               device_q],
                "responses": {"200": _json(_ref("InboxPage"), "A page"),
                              **_errors(400, 401, 403, 429)}}},
            "/v1/inbox/ack": {"post": {
                "summary": "Acknowledge delivery up to a cursor; the hub deletes those",
                "operationId": "ackInbox", "requestBody": _body("AckRequest"),
                "parameters": [device_q],
                "responses": {"200": _json(_ref("AckResponse"), "Deleted"),
                              **_errors(400, 401, 403, 429)}}},
            "/v1/health": {"get": {
                "summary": "Health for load balancers: ok/degraded and whether the store "
                           "answers; no data", "operationId": "health", "security": [],
                "responses": {"200": _json(_ref("Health"), "Serving (status ok or degraded)"),
                              "503": _json(_ref("Health"), "The store is unreachable")}}},
            **_blob_paths(),
            "/v1/watchlists": {"get": {
                "summary": "The signed index of watch lists in force (protocol §23)",
                "operationId": "getWatchlistIndex", "parameters": [_INM],
                "responses": {"200": {"description": "Signed index (canonical JSON)"},
                              "304": {"description": "Not modified"},
                              **_errors(401, 403, 404, 429)}}},
            "/v1/watchlists/{name}": {"get": {
                "summary": "The current signed snapshot of one watch list (protocol §23)",
                "operationId": "getWatchlist",
                "parameters": [{"name": "name", "in": "path", "required": True,
                                "schema": {"type": "string"}}, _INM],
                "responses": {"200": {"description": "Signed snapshot (canonical JSON)"},
                              "304": {"description": "Not modified"},
                              **_errors(400, 401, 403, 404, 429)}}},
            "/v1/openapi.json": {"get": {
                "summary": "This document", "operationId": "openapi", "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1"}}}},
        },
    }
