"""API errors and their JSON responses (`{"error": {"code", "message"}}`)."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.responses import Response

from liaison_app.protocol.api import ErrorBody, ErrorCode
from liaison_app.protocol.canonical import canonical_bytes

JSON = "application/json"


class ApiError(Exception):
    """A refusal to send as an HTTP error with a machine-readable code."""

    def __init__(self, status: int, code: ErrorCode, message: str,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status} {code.value}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def json_response(obj: object, status: int = 200,
                  headers: Mapping[str, str] | None = None) -> Response:
    """A canonical-JSON response."""
    return Response(canonical_bytes(obj), status_code=status, media_type=JSON,
                    headers=dict(headers or {}))


def error_response(err: ApiError) -> Response:
    """The JSON response for an ApiError."""
    headers = {"Cache-Control": "no-store", **err.headers}
    return json_response(ErrorBody(err.code.value, err.message).to_wire(), err.status, headers)
