"""Joint-operation updates on the wire: the bytes an author signs and a body's digest.

The header is signed as canonical JSON behind its own prefix (§4, §31); the body is
committed to by the SHA-256 of its canonical JSON, so a copy that holds only the
header can still check a body that reaches it later. No I/O, no keys (`crypto.operation`
signs and verifies).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from liaison_app.domain.operation_updates import Body, OperationItem, UpdateHeader
from liaison_app.protocol.canonical import b64u_encode, canonical_bytes
from liaison_app.protocol.domains import OPERATION_UPDATE_SIG_PREFIX

__all__ = ["body_digest", "body_digest_of_wire", "header_signing_input", "item_body_matches"]


def header_signing_input(header: UpdateHeader) -> bytes:
    """`"liaison/v1/operation-update"` 0x00 ‖ canonical(header)."""
    return OPERATION_UPDATE_SIG_PREFIX + canonical_bytes(header.to_wire())


def body_digest_of_wire(body: Mapping[str, Any]) -> str:
    """b64u(SHA-256(canonical(body))) of a body's wire object."""
    return b64u_encode(hashlib.sha256(canonical_bytes(body)).digest())


def body_digest(body: Body) -> str:
    """b64u(SHA-256(canonical(body))): what a header's `body_sha256` commits to."""
    return body_digest_of_wire(body.to_wire())


def item_body_matches(item: OperationItem) -> bool:
    """True if the item carries no body or a body its header's digest names."""
    return item.body is None or body_digest(item.body) == item.header.body_sha256
