"""`GET /v1/watchlists` (the signed index) and `GET /v1/watchlists/{name}` (a snapshot).

Both need a signed request from an active device and answer with the signed
bytes as stored, with a strong ETag; `If-None-Match` gets 304.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from liaison_app.hub.auth import HubState, authenticate
from liaison_app.hub.errors import JSON, ApiError
from liaison_app.hub.limits import read_body
from liaison_app.hub.storage import reading
from liaison_app.hub.watchlist_storage import watchlist_indexes, watchlist_snapshots, watchlists
from liaison_app.protocol.api import ErrorCode
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.watchlist import validate_list_name


@dataclass(frozen=True, slots=True)
class _Signed:
    signed: bytes
    etag: str


def _latest_index(engine: Engine) -> _Signed | None:
    with reading(engine) as conn:
        row = conn.execute(select(watchlist_indexes.c.signed, watchlist_indexes.c.etag)
                           .order_by(watchlist_indexes.c.version.desc()).limit(1)).first()
    return None if row is None else _Signed(bytes(row.signed), row.etag)


def _current_snapshot(engine: Engine, name: str) -> _Signed | None:
    with reading(engine) as conn:
        row = conn.execute(
            select(watchlist_snapshots.c.signed, watchlist_snapshots.c.etag)
            .join(watchlists, (watchlists.c.name == watchlist_snapshots.c.name)
                  & (watchlists.c.version == watchlist_snapshots.c.version))
            .where(watchlists.c.name == name)).first()
    return None if row is None else _Signed(bytes(row.signed), row.etag)


def _answer(request: Request, doc: _Signed) -> Response:
    headers = {"ETag": doc.etag, "Cache-Control": "no-cache"}
    wanted = request.headers.get("if-none-match", "")
    if doc.etag in [tag.strip() for tag in wanted.split(",")] or wanted.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(doc.signed, media_type=JSON, headers=headers)


async def watchlist_index(request: Request) -> Response:
    """The signed index of the lists in force."""
    state: HubState = request.app.state.hub
    await authenticate(state, request, await read_body(request, state.limits.max_body_bytes))
    doc = await run_in_threadpool(_latest_index, state.ctx.engine)
    if doc is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no watch list has been imported at this hub")
    return _answer(request, doc)


async def watchlist_snapshot(request: Request) -> Response:
    """The current signed snapshot of one list."""
    state: HubState = request.app.state.hub
    await authenticate(state, request, await read_body(request, state.limits.max_body_bytes))
    try:
        name = validate_list_name(request.path_params["name"], "name")
    except ValidationError as exc:
        raise ApiError(400, ErrorCode.BAD_REQUEST, str(exc)) from exc
    doc = await run_in_threadpool(_current_snapshot, state.ctx.engine, name)
    if doc is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"no watch list {name} at this hub")
    return _answer(request, doc)
