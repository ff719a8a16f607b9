"""The officer's settings, merged under IT's policy; locked values cannot change.

Order (highest first): the system policy file (`/etc/liaison/policy.toml`,
locked), the provisioning profile's policy from IT (locked), the officer's own
choices kept in the encrypted cache, defaults. A malformed policy file locks
the safest values instead (see `config.policy`). The display settings
(language, theme, high contrast, text size) are the officer's choices too, but
kept in the profile's display.json (`services.display`: they apply before
unlock); the same rules lock them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from liaison_app.config.policy import (
    DISPLAY_KEYS,
    SPECS,
    EffectiveSettings,
    PolicyLocked,
    SettingValue,
    SystemPolicy,
    effective_settings,
    load_policy,
    set_user_setting,
)
from liaison_app.services import display
from liaison_app.services.session import Session
from liaison_app.store import settings
from liaison_app.store.audit import AuditKind

USER_PREFIX = "user."

__all__ = ["DISPLAY_KEYS", "EffectiveSettings", "PolicyLocked", "change", "effective",
           "parse_value"]


class ProfileSettingsStore:
    """`config.store.SettingsStore` over the profile's encrypted settings table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        return settings.get(self._session.db, key)

    def set(self, key: str, value: str) -> None:
        with self._session.db.transaction() as conn:
            settings.put(conn, key, value)


def _user_settings(session: Session) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, raw in settings.all_settings(session.db).items():
        if key.startswith(USER_PREFIX) and key[len(USER_PREFIX):] in SPECS:
            out[key[len(USER_PREFIX):]] = _decode(key[len(USER_PREFIX):], raw)
    return out


def _decode(key: str, raw: str) -> object:
    default = SPECS[key].default
    if isinstance(default, bool):
        return raw == "true"
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError:
            return raw
    return raw


def _encode(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _with_profile(session: Session, system: SystemPolicy) -> SystemPolicy:
    profile = session.provisioning.policy
    values: dict[str, SettingValue] = {
        "hub_url": session.provisioning.hub_url,
        "auto_lock_minutes": profile.auto_lock_minutes,
        "retention_days": profile.retention_days,
        "passphrase_only_allowed": profile.passphrase_only_allowed,
        "update_channel": profile.update_channel,
    }
    values.update(system.values)
    return SystemPolicy(values, system.source or "provisioning profile", system.problems)


def effective(session: Session, system: SystemPolicy | None = None) -> EffectiveSettings:
    """What applies now for this profile, key by key, with lock flags."""
    base = load_policy() if system is None else system
    mine = {**_user_settings(session), **display.user_choices(session.profile.path)}
    return effective_settings(mine, _with_profile(session, base))


def parse_value(key: str, text: str) -> object:
    """Turn a typed-in value into the setting's type (ValueError if it cannot)."""
    if key not in SPECS:
        raise ValueError(f"{key!r} is not a setting")
    default = SPECS[key].default
    if isinstance(default, bool):
        if text.lower() in ("true", "yes", "on", "1"):
            return True
        if text.lower() in ("false", "no", "off", "0"):
            return False
        raise ValueError(f"{key} must be true or false")
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError as exc:
            raise ValueError(f"{key} must be a whole number") from exc
    return text


def change(session: Session, key: str, value: object, *,
           system: SystemPolicy | None = None) -> None:
    """Set the officer's own value for `key` (PolicyLocked if IT fixed it) and audit it.

    A display setting goes to the profile's display.json (not audited: it changes
    how the window looks, not what is kept or shared).
    """
    if key in DISPLAY_KEYS:
        display.change_display(session.profile.path, key, value, system=system)
        return
    current = effective(session, system)
    mine = _user_settings(session)
    set_user_setting(mine, key, value, current)
    with session.db.transaction() as conn:
        settings.put(conn, USER_PREFIX + key, _encode(value))
        session.audit(conn, AuditKind.POLICY_CHANGE, f"setting:{key}",
                      {"value": _encode(value), "by": "officer"}, now=datetime.now(UTC))
