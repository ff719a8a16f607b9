"""Size and count limits of wire format v1 (a receiver refuses anything beyond them)."""

from __future__ import annotations

PROTOCOL_VERSION = 1
"""The `v` of every document, and of an inner message that carries neither a financial
subject nor an attachment."""

INNER_VERSION_2 = 2
"""The `v` of an inner message that carries a financial subject (docs/protocol.md §20) or
an attachment (§21): an older receiver refuses it as `unsupported_version` instead of
as malformed."""

INNER_VERSION_3 = 3
"""The `v` of an inner message of type `operation` (joint-operation updates, §31): a
receiver that predates joint operations refuses it as `unsupported_version`."""

INNER_VERSIONS = frozenset({PROTOCOL_VERSION, INNER_VERSION_2, INNER_VERSION_3})
"""The inner message versions this code reads."""

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

MAX_ATTACHMENTS = 20
"""Attachments per message."""
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
"""Plaintext bytes of one attachment (50 MiB)."""
ATTACHMENT_CHUNK_BYTES = 64 * 1024
"""The plaintext chunk size this client writes (receivers accept any allowed size)."""
MIN_CHUNK_BYTES = 4 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
"""Allowed chunk sizes: powers of two within these bounds."""
STREAM_HEADER_BYTES = 24
"""crypto_secretstream_xchacha20poly1305_HEADERBYTES."""
STREAM_ABYTES = 17
"""crypto_secretstream_xchacha20poly1305_ABYTES: a chunk's tag byte and MAC."""
ATTACHMENT_KEY_BYTES = 32
ATTACHMENT_DIGEST_BYTES = 32
"""BLAKE2b-256 of the whole ciphertext."""
MAX_BLOB_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024
"""Ciphertext bytes of one blob: a 50 MiB attachment at the smallest chunk size fits."""
MAX_ENVELOPE_AGE_DAYS = 90
"""A receiver refuses an envelope sealed (`sent_at`) longer ago than this as expired.
The hub keeps mail at most `envelope_ttl_days` (30 by default, never above this), so
no honest envelope is older; it also bounds how long an erased message's id must be
remembered to refuse its replay."""
MAX_WATCHLIST_BYTES = 128 * 1024 * 1024
"""A signed watch-list snapshot may not exceed 128 MiB (protocol §23)."""
MAX_WATCHLIST_INDEX_BYTES = 1024 * 1024
"""The signed index of watch lists may not exceed 1 MiB."""
