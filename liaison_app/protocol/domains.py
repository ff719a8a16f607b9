"""Domain-separation prefixes: every signature covers `prefix + message`.

Each prefix is ASCII ending in a NUL byte, so no signed byte string of one kind
can be read as another kind.
"""

from __future__ import annotations

DEVICE_ID_PREFIX = b"liaison/v1/device-id\x00"
BOX_KEY_SIG_PREFIX = b"liaison/v1/box-key\x00"
INNER_SIG_PREFIX = b"liaison/v1/inner\x00"
ENVELOPE_SIG_PREFIX = b"liaison/v1/envelope\x00"
DIRECTORY_SIG_PREFIX = b"liaison/v1/directory\x00"
ATTACHMENT_AD_PREFIX = b"liaison/v1/attachment\x00"
"""Associated data of every attachment chunk: prefix ‖ message id ‖ 0x00 ‖ attachment id."""
TIMESTAMP_SIG_PREFIX = b"liaison/v1/timestamp\x00"
AUDIT_HEAD_SIG_PREFIX = b"liaison/v1/audit-head\x00"
WATCHLIST_SIG_PREFIX = b"liaison/v1/watchlist\x00"
WATCHLIST_INDEX_SIG_PREFIX = b"liaison/v1/watchlist-index\x00"
REPORT_SIG_PREFIX = b"liaison/v1/report\x00"
BUNDLE_HEADER_SIG_PREFIX = b"liaison/v1/bundle-header\x00"
"""The creator's signature over a carrier bundle's header (docs/protocol.md §28)."""
OPERATION_UPDATE_SIG_PREFIX = b"liaison/v1/operation-update\x00"
"""A joint-operation update's header, signed by its author's device (§31)."""
