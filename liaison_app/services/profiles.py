"""A profile directory before it is unlocked: is there one, what does its key file say,
and unlocking it in two steps (for a GUI that must not block).

`unlock(path, passphrase)` runs the slow part (Argon2id, the OS keystore) and
may run on any thread; `open_unlocked(unlocked)` opens the encrypted cache and
must run on the thread that will use the session (a SQLCipher connection
belongs to the thread that opened it). The secrets are wiped either way.

This module is on the desktop client's start-up path: it imports the crypto,
store and session modules only inside the functions that need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app.store.profile import ProfileDir, default_profile_path

if TYPE_CHECKING:
    from liaison_app.crypto.keystore import UnlockedSecrets
    from liaison_app.services.session import Session

__all__ = ["UnlockedProfile", "default_profile_path", "has_key_file", "open_unlocked",
           "passphrase_only", "unlock"]


def has_key_file(path: Path) -> bool:
    """True when `path` holds a profile's key file (unlock it), False for a first run."""
    return ProfileDir(path).keys.is_file()


def passphrase_only(path: Path) -> bool:
    """True when the profile's keys are under the passphrase alone (no OS keystore).

    Reads the key file's public header only; raises the keystore's error (which
    `problems.problem_of` words) when the file is missing or damaged.
    """
    from liaison_app.crypto.keystore import read_vault_info

    return read_vault_info(ProfileDir(path).keys).passphrase_only


def open_keystore() -> None:
    """Get the OS keystore ready for `unlock` (slow; any thread): the unlock screen runs
    it while the officer types, when `passphrase_only` is False."""
    from liaison_app.crypto.keyring_store import open_keystore as _open

    _open()


@dataclass(eq=False)
class UnlockedProfile:
    """A profile whose key file opened: the secrets, until `open_unlocked` or `wipe`."""

    profile: ProfileDir
    secrets: UnlockedSecrets

    def wipe(self) -> None:
        """Forget the secrets (idempotent)."""
        self.secrets.wipe()


def unlock(path: Path, passphrase: str) -> UnlockedProfile:
    """Open the key file with `passphrase` (slow; any thread).

    Raises the keystore's errors: wrong passphrase (with the back-off delay),
    too many attempts, the OS keystore lost the device secret, damaged file;
    `ProfileMissing` when there is no key file.
    """
    from liaison_app.crypto.keystore import VaultMissing, unlock_vault
    from liaison_app.services.errors import ProfileMissing

    profile = ProfileDir(path)
    try:
        return UnlockedProfile(profile, unlock_vault(profile.keys, passphrase))
    except VaultMissing as exc:
        raise ProfileMissing(
            "No key file was found for this profile. Enrol this device or restore "
            "from backup; contact IT.") from exc


def open_unlocked(unlocked: UnlockedProfile) -> Session:
    """Open the cache with the unlocked secrets and audit the unlock; wipes them."""
    from liaison_app.services.session import session_from_secrets

    try:
        return session_from_secrets(unlocked.profile, unlocked.secrets)
    finally:
        unlocked.wipe()
