"""Size and count limits of wire format v1 (a receiver refuses anything beyond them)."""

from __future__ import annotations

PROTOCOL_VERSION = 1
"""The only `v` this code reads and writes."""

MAX_ENVELOPE_BYTES = 1024 * 1024
"""A serialised envelope (canonical JSON) may not exceed 1 MiB."""

MAX_PLAINTEXT_BYTES = 768 * 1024
"""The signed inner document (before encryption) may not exceed 768 KiB."""

MAX_DIRECTORY_BYTES = 8 * 1024 * 1024
"""A signed directory document may not exceed 8 MiB."""

MAX_RECIPIENT_DEVICES = 64
"""Wrapped keys per envelope, and devices listed in an inner message."""

MAX_RECIPIENT_AGENCIES = 32
MAX_SUBJECTS = 100
MAX_BODY_CHARS = 20_000

MAX_DIRECTORY_AGENCIES = 1_000
MAX_DIRECTORY_OFFICERS = 20_000
MAX_DIRECTORY_DEVICES = 50_000

DEVICE_ID_CHARS = 32
SIGN_KEY_BYTES = 32
BOX_KEY_BYTES = 32
SIGNATURE_BYTES = 64
CONTENT_KEY_BYTES = 32
WRAPPED_KEY_BYTES = 80
"""SealedBox of a 32-byte key: 32-byte ephemeral public key + 32 + 16-byte MAC."""

NONCE_BYTES = 24
MAC_BYTES = 16

MAX_WATCHLIST_BYTES = 128 * 1024 * 1024
"""A signed watch-list snapshot may not exceed 128 MiB (protocol §12)."""
MAX_WATCHLIST_INDEX_BYTES = 1024 * 1024
"""The signed index of watch lists may not exceed 1 MiB."""
