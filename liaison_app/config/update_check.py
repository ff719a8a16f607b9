"""The update check: is a signed manifest trustworthy, current, and do its files match?

Refuses, each with its reason: a bad signature, an expired (or not yet valid)
manifest, a version lower than the last one accepted (rollback), another
channel than configured, and a downloaded artifact whose size or SHA-256
differs. Only a manifest that passes everything becomes the last accepted
version, kept in the settings store (the encrypted store's settings table).
Automatic checks happen only when the officer or IT opted in (`update_checks`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from liaison_app.config.store import SettingsStore
from liaison_app.protocol.errors import ValidationError
from liaison_app.protocol.update_manifest import (
    MAX_MANIFEST_BYTES,
    RefuseReason,
    UpdateManifest,
    UpdateRefused,
    Version,
)

# Verifies a signed manifest document and returns the manifest, or raises
# UpdateRefused; liaison_app.crypto.release.verify_manifest with the pinned
# release key (this package imports protocol and domain only, not crypto).
ManifestVerifier = Callable[[bytes], UpdateManifest]
LAST_ACCEPTED_KEY = "update.last_accepted_version"
CLOCK_SKEW = timedelta(minutes=5)
_CHUNK = 1 << 20


class LastAcceptedVersion:
    """The highest manifest version accepted so far (rollback protection)."""

    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def get(self) -> Version | None:
        """The last accepted version, or None before the first accepted manifest."""
        text = self._store.get(LAST_ACCEPTED_KEY)
        return None if text is None else Version.parse(text, LAST_ACCEPTED_KEY)

    def set(self, version: Version) -> None:
        """Record `version`; never lowers the stored one."""
        current = self.get()
        if current is None or version > current:
            self._store.set(LAST_ACCEPTED_KEY, str(version))


@dataclass(frozen=True)
class CheckResult:
    """An accepted manifest and what it means for this installation."""

    manifest: UpdateManifest
    installed: Version
    verified_artifacts: tuple[str, ...]

    @property
    def update_available(self) -> bool:
        """True if the manifest offers a newer version than the one installed."""
        return self.manifest.version > self.installed

    @property
    def update_required(self) -> bool:
        """True if the installed version is below the manifest's minimum."""
        return self.installed < self.manifest.minimum_version


def verify_artifact(manifest: UpdateManifest, path: Path, name: str | None = None) -> None:
    """Check a downloaded file's size and SHA-256 against the manifest (UpdateRefused if not)."""
    entry = manifest.artifact(name or path.name)
    size = path.stat().st_size
    if size != entry.size:
        raise UpdateRefused(RefuseReason.SIZE_MISMATCH,
                            f"{entry.name} is {size} bytes; the manifest says {entry.size}")
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != entry.sha256:
        raise UpdateRefused(RefuseReason.HASH_MISMATCH,
                            f"{entry.name} has SHA-256 {digest.hexdigest()}; "
                            f"the manifest says {entry.sha256}")


def check_manifest(document: bytes, verify: ManifestVerifier, state: LastAcceptedVersion, *,
                   installed: str, channel: str, artifacts: Iterable[Path] = (),
                   now: datetime | None = None) -> CheckResult:
    """Verify a signed manifest (and any downloaded artifacts); record it if all pass."""
    manifest = verify(document)
    now = now or datetime.now(UTC)
    if now >= manifest.expires_at:
        raise UpdateRefused(RefuseReason.EXPIRED,
                            f"the manifest expired at {manifest.expires_at:%Y-%m-%d %H:%M} UTC")
    if manifest.issued_at > now + CLOCK_SKEW:
        raise UpdateRefused(RefuseReason.NOT_YET_VALID,
                            f"the manifest is issued in the future ({manifest.issued_at} UTC);"
                            " check this computer's clock")
    if manifest.channel != channel:
        raise UpdateRefused(RefuseReason.WRONG_CHANNEL,
                            f"the manifest is for channel {manifest.channel!r}, "
                            f"this client follows {channel!r}")
    last = state.get()
    if last is not None and manifest.version < last:
        raise UpdateRefused(RefuseReason.ROLLBACK,
                            f"version {manifest.version} is lower than {last}, already accepted")
    names = []
    for path in artifacts:
        verify_artifact(manifest, path)
        names.append(path.name)
    try:
        installed_version = Version.parse(installed, "installed version")
    except ValidationError as exc:
        raise UpdateRefused(RefuseReason.MALFORMED, str(exc)) from exc
    state.set(manifest.version)
    return CheckResult(manifest, installed_version, tuple(names))


def read_manifest_source(source: str, *, ca_file: str | None = None,
                         timeout: float = 30.0) -> bytes:
    """The manifest bytes from a file path or an https:// URL (httpx, imported lazily)."""
    if source.startswith("https://"):
        import ssl

        import httpx

        context = ssl.create_default_context(cafile=ca_file)
        chunks: list[bytes] = []
        total = 0
        with httpx.Client(timeout=timeout, verify=context, follow_redirects=False) as client, \
                client.stream("GET", source) as response:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > MAX_MANIFEST_BYTES:
                    raise UpdateRefused(RefuseReason.MALFORMED, "the manifest is too large")
                chunks.append(chunk)
        data = b"".join(chunks)
    elif "://" in source:
        raise ValueError("only https:// URLs or file paths are accepted")
    else:
        with Path(source).open("rb") as fh:
            data = fh.read(MAX_MANIFEST_BYTES + 1)
    if len(data) > MAX_MANIFEST_BYTES:
        raise UpdateRefused(RefuseReason.MALFORMED,
                            f"the manifest is larger than {MAX_MANIFEST_BYTES} bytes")
    return data


def automatic_checks_enabled(update_checks: object) -> bool:
    """Automatic checks run only on an explicit opt-in; declining is final (no prompts)."""
    return update_checks is True
