"""Every failure the desktop client shows, as a kind and the values its sentence needs.

The layers raise their own exceptions (crypto's keystore errors, the store's,
the sync engine's, `ServiceError`, `ValidationError`, the OS's). `problem_of`
classifies any of them into a `Problem`: a stable kind, the values a sentence
about it may name, and a technical line for IT. The GUI words each kind in
the officer's language (gui/problem_texts.py); it never shows an exception's
own text, which may hold errno words ("[Errno 111] Connection refused") or
English from a layer below.

No Qt here. The exception modules are looked up lazily so that classifying an
error never imports the sync layer (httpx) or the crypto layer (PyNaCl) on the
GUI's start-up path.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import ModuleType


class ProblemKind(StrEnum):
    """What went wrong, as far as the officer needs to know."""

    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 - a kind, not a secret
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    DEVICE_SECRET_MISSING = "device_secret_missing"  # noqa: S105 - a kind, not a secret
    KEYSTORE_UNAVAILABLE = "keystore_unavailable"
    KEY_FILE_DAMAGED = "key_file_damaged"
    KEYSTORE = "keystore"
    NO_PROFILE = "no_profile"
    CACHE_KEY = "cache_key"
    CACHE_TOO_NEW = "cache_too_new"
    CACHE = "cache"
    SERVICE = "service"
    VALIDATION = "validation"
    HUB_UNREACHABLE = "hub_unreachable"
    HUB_BUSY = "hub_busy"
    HUB_RE_ENROL = "hub_re_enrol"
    HUB_IDENTITY = "hub_identity"
    HUB_REFUSED = "hub_refused"
    HUB_PROTOCOL = "hub_protocol"
    POLICY_LOCKED = "policy_locked"
    DISK = "disk"
    UNEXPECTED = "unexpected"


#: the sync engine's stored error kinds (`SyncErrorKind` values) -> problem kinds
SYNC_KINDS: Mapping[str, ProblemKind] = {
    "unreachable": ProblemKind.HUB_UNREACHABLE,
    "rate_limited": ProblemKind.HUB_BUSY,
    "re_enrol_required": ProblemKind.HUB_RE_ENROL,
    "tls_refused": ProblemKind.HUB_IDENTITY,
    "rejected": ProblemKind.HUB_REFUSED,
    "protocol_violation": ProblemKind.HUB_PROTOCOL,
}


@dataclass(frozen=True, slots=True)
class Problem:
    """A failure in words-to-be: `kind`, and for service and validation problems the
    English `template` with the `params` it names (the GUI translates the template).

    `retry_after` is seconds to wait before trying again (0: now). `technical` is
    for IT ("Copy details for IT", the log): the exception's class and, for
    failures of the machine or the network only, its own words. It never holds
    what the officer typed or the cache held.
    """

    kind: ProblemKind
    template: str = ""
    params: Mapping[str, str] = field(default_factory=dict)
    field: str = ""
    retry_after: int = 0
    technical: str = ""

    @property
    def transient(self) -> bool:
        """True when trying again later may simply work (offline, the hub busy)."""
        return self.kind in (ProblemKind.HUB_UNREACHABLE, ProblemKind.HUB_BUSY)


def _class_name(exc: BaseException) -> str:
    kind = type(exc)
    return f"{kind.__module__}.{kind.__qualname__}"


def _loaded(module: str) -> ModuleType | None:
    """A module only if something already imported it (then its errors can occur)."""
    return sys.modules.get(module)


def sync_problem(kind: str, *, retry_after: float = 0, technical: str = "") -> Problem:
    """The problem for a stored or reported sync error kind (`unreachable`, ...)."""
    return Problem(SYNC_KINDS.get(kind, ProblemKind.HUB_PROTOCOL),
                   retry_after=max(0, round(retry_after)), technical=technical or kind)


def status_problem(last_error: str | None) -> Problem | None:
    """The problem behind a sync status's stored `last_error` (`kind: words`), if any."""
    if not last_error:
        return None
    kind, _, words = last_error.partition(":")
    return sync_problem(kind.strip(), technical=f"{kind.strip()}: {words.strip()}")


def problem_of(exc: BaseException) -> Problem:
    """Classify any exception the layers raise (the most specific kind first)."""
    name = _class_name(exc)
    validation = _loaded("liaison_app.domain.errors")
    if validation is not None and isinstance(exc, validation.ValidationError):
        return Problem(ProblemKind.VALIDATION, exc.template, dict(exc.params), field=exc.field,
                       technical=name)
    services = _loaded("liaison_app.services.errors")
    if services is not None and isinstance(exc, services.ServiceError):
        return Problem(ProblemKind.SERVICE, exc.template, dict(exc.params), technical=name)
    problem = _keystore_problem(exc, name) or _store_problem(exc, name) or \
        _sync_problem(exc, name) or _policy_problem(exc, name)
    if problem is not None:
        return problem
    if isinstance(exc, OSError):
        return Problem(ProblemKind.DISK, params={"errno": str(exc.errno or "")},
                       technical=f"{name}: errno {exc.errno} {exc.strerror or ''}".strip())
    return Problem(ProblemKind.UNEXPECTED, technical=name)


def _keystore_problem(exc: BaseException, name: str) -> Problem | None:
    keystore = _loaded("liaison_app.crypto.keystore")
    if keystore is None or not isinstance(exc, keystore.KeystoreError):
        return None
    k = keystore
    kinds: list[tuple[type[BaseException], ProblemKind]] = [
        (k.WrongPassphrase, ProblemKind.WRONG_PASSPHRASE),
        (k.TooManyAttempts, ProblemKind.TOO_MANY_ATTEMPTS),
        (k.DeviceSecretMissing, ProblemKind.DEVICE_SECRET_MISSING),
        (k.KeystoreUnavailable, ProblemKind.KEYSTORE_UNAVAILABLE),
        (k.KeyFileTampered, ProblemKind.KEY_FILE_DAMAGED),
        (k.VaultMissing, ProblemKind.NO_PROFILE),
    ]
    retry = int(getattr(exc, "retry_after_seconds", 0) or 0)
    for cls, kind in kinds:
        if isinstance(exc, cls):
            return Problem(kind, retry_after=retry, technical=name)
    return Problem(ProblemKind.KEYSTORE, technical=name)


def _store_problem(exc: BaseException, name: str) -> Problem | None:
    store = _loaded("liaison_app.store.errors")
    if store is None or not isinstance(exc, store.StoreError):
        return None
    if isinstance(exc, store.WrongDatabaseKey):
        return Problem(ProblemKind.CACHE_KEY, technical=name)
    if isinstance(exc, store.SchemaTooNew):
        return Problem(ProblemKind.CACHE_TOO_NEW, technical=f"{name}: {exc}")
    return Problem(ProblemKind.CACHE, technical=name)


def _sync_problem(exc: BaseException, name: str) -> Problem | None:
    sync = _loaded("liaison_app.sync.errors")
    if sync is None or not isinstance(exc, sync.SyncError):
        return None
    kind = getattr(getattr(exc, "kind", None), "value", "")
    words = str(getattr(exc, "message", "")).strip()
    return sync_problem(kind, retry_after=float(getattr(exc, "retry_after", 0) or 0),
                        technical=f"{name}: {words}" if words else name)


def _policy_problem(exc: BaseException, name: str) -> Problem | None:
    policy = _loaded("liaison_app.config.policy")
    if policy is None or not isinstance(exc, policy.PolicyLocked):
        return None
    return Problem(ProblemKind.POLICY_LOCKED, params={"key": str(exc.key)}, technical=name)
