"""Managed configuration: IT's system policy, and the settings the client uses.

The system policy is a TOML file (`/etc/liaison/policy.toml`; `LIAISON_POLICY_FILE`
overrides the path for tests). Every key it sets overrides the officer's own
setting and is *locked*: the GUI shows it locked and `set_user_setting` refuses
to change it. A malformed policy (bad TOML, unknown key, wrong type, value out of
range, a file others than root may edit) is refused as a whole: the client then
uses the safest values, locked, and reports every problem, naming the key.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from liaison_app.domain.errors import ValidationError

DEFAULT_POLICY_FILE = Path("/etc/liaison/policy.toml")
POLICY_ENV = "LIAISON_POLICY_FILE"
MAX_POLICY_BYTES = 64 * 1024

SettingValue = str | int | bool | None


class PolicyLocked(PermissionError):
    """A setting is fixed by IT's policy and cannot be changed here."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key} is {reason}; ask IT to change the policy")
        self.key = key


def _int_in(low: int, high: int) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return f"must be a whole number, not {_kind(value)}"
        if not low <= value <= high:
            return f"must be between {low} and {high}, not {value}"
        return None
    return check


def _boolean(value: object) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, not {_kind(value)}"


def _https_url(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or any(c.isspace() for c in value):
        return "must be an https:// URL with a host name"
    return None


def _abs_path(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    if not os.path.isabs(value) or "\x00" in value:
        return "must be an absolute file path"
    return None


def _fingerprint(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    from liaison_app.protocol.provisioning import normalise_fingerprint  # lazily: start-up

    try:
        normalise_fingerprint(value)
    except ValueError as exc:
        return str(exc)
    return None


def _channel(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    from liaison_app.protocol.update_manifest import valid_channel  # lazily: start-up path

    return None if valid_channel(value) else "must be lowercase letters, digits and '-'"


def _one_of(*choices: str) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if not isinstance(value, str):
            return f"must be a string, not {_kind(value)}"
        return None if value in choices else "must be one of " + ", ".join(choices)
    return check


#: languages the desktop client speaks ("system": follow the computer's locale)
LANGUAGES = ("system", "en", "sr_Latn", "sr_Cyrl", "bg")
#: colour themes ("system": follow the desktop's light or dark setting)
THEMES = ("system", "light", "dark")
#: display settings: kept in the profile's display.json (needed before unlock), not
#: in the encrypted cache; IT may still lock them in the system policy file
DISPLAY_KEYS = ("language", "theme", "high_contrast", "text_size")


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a decimal number", str: "a string",
             list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class SettingSpec:
    """One managed setting: its check, its default and the value used when policy is broken."""

    check: Callable[[object], str | None]
    default: SettingValue
    safest: SettingValue
    user_settable: bool = True


SPECS: Mapping[str, SettingSpec] = {
    "hub_url": SettingSpec(_https_url, None, None),
    "hub_ca_file": SettingSpec(_abs_path, None, None, user_settable=False),
    "auto_lock_minutes": SettingSpec(_int_in(1, 120), 10, 5),
    # A broken policy must never make the client erase data early: keep the default.
    "retention_days": SettingSpec(_int_in(1, 3650), 365, 365),
    # Records past their review date by this many days are erased automatically (at
    # unlock and daily) unless an officer kept or restricted them.
    "retention_grace_days": SettingSpec(_int_in(0, 365), 30, 30, user_settable=False),
    # True: nothing is erased automatically; records past review and grace wait for an
    # officer to confirm their erasure (Review due). A broken policy asks for confirmation.
    "retention_confirm_erasure": SettingSpec(_boolean, False, True, user_settable=False),
    "passphrase_only_allowed": SettingSpec(_boolean, False, False, user_settable=False),
    "update_channel": SettingSpec(_channel, "stable", "stable"),
    "update_checks": SettingSpec(_boolean, False, False),
    "language": SettingSpec(_one_of(*LANGUAGES), "system", "system"),
    "theme": SettingSpec(_one_of(*THEMES), "system", "system"),
    "high_contrast": SettingSpec(_boolean, False, False),
    "text_size": SettingSpec(_int_in(80, 200), 100, 100),
    # Tell the sender when the officer first opens a message (a read acknowledgement).
    "read_receipts": SettingSpec(_boolean, True, True),
    # received attachments up to this many MiB download without asking (0: never)
    "attachment_auto_download_mb": SettingSpec(_int_in(0, 50), 10, 10),
    # How old the directory view may get (no fresh signed timestamp) before the officer
    # is warned that revocations may be missing. IT's to set, not the officer's to silence.
    "directory_max_age_hours": SettingSpec(_int_in(1, 720), 72, 72, user_settable=False),
    # The directory authority's fingerprint (protocol.md section 12): a provisioning file
    # signed by another authority is refused at enrolment.
    "authority_fingerprint": SettingSpec(_fingerprint, None, None, user_settable=False),
}
# Locked when the policy is refused: the values an officer must not weaken meanwhile.
SAFETY_KEYS = ("auto_lock_minutes", "passphrase_only_allowed", "update_checks",
               "retention_confirm_erasure")


@dataclass(frozen=True)
class SystemPolicy:
    """The validated policy: values IT set, or the problems that made it refused."""

    values: Mapping[str, SettingValue] = field(default_factory=dict)
    source: str = ""
    problems: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        """True if the policy file was malformed and the safest values apply."""
        return bool(self.problems)


def validate_policy(data: Mapping[str, object], source: str = "policy") -> SystemPolicy:
    """Check every key and value; any problem refuses the whole policy."""
    problems: list[str] = []
    values: dict[str, SettingValue] = {}
    for key in sorted(data):
        value = data[key]
        spec = SPECS.get(key)
        if spec is None:
            known = ", ".join(SPECS)
            problems.append(f"{source}: unknown key {key!r} (known keys: {known})")
            continue
        reason = spec.check(value)
        if reason is not None:
            problems.append(f"{source}: {key} {reason}")
            continue
        assert isinstance(value, str | int | bool)
        values[key] = value
    if problems:
        return SystemPolicy({}, source, tuple(problems))
    return SystemPolicy(values, source)


def policy_path() -> Path:
    """The policy file to read: `$LIAISON_POLICY_FILE` or /etc/liaison/policy.toml."""
    env = os.environ.get(POLICY_ENV)
    return Path(env) if env else DEFAULT_POLICY_FILE


def load_policy(path: Path | None = None) -> SystemPolicy:
    """Read and validate the system policy; a missing file means no policy."""
    if path is None:
        path = policy_path()
    source = str(path)
    try:
        with path.open("rb") as fh:
            st = os.fstat(fh.fileno())
            raw = fh.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        return SystemPolicy({}, source)
    except OSError as exc:
        return SystemPolicy({}, source, (f"{source}: cannot be read ({exc.strerror})",))
    if len(raw) > MAX_POLICY_BYTES:
        return SystemPolicy({}, source, (f"{source}: larger than {MAX_POLICY_BYTES} bytes",))
    if path == DEFAULT_POLICY_FILE and os.name == "posix" and (
            st.st_uid != 0 or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
        return SystemPolicy({}, source, (
            f"{source}: must be owned by root and writable by root only",))
    import tomllib  # only when there is a policy file (most start-ups have none)

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return SystemPolicy({}, source, (f"{source}: is not UTF-8 text",))
    except tomllib.TOMLDecodeError as exc:
        return SystemPolicy({}, source, (f"{source}: is not valid TOML ({exc})",))
    return validate_policy(data, source)


@dataclass(frozen=True)
class Setting:
    """An effective value; `locked` when IT's policy fixed it (shown locked in the GUI)."""

    value: SettingValue
    locked: bool
    source: str  # "policy", "user", "default" or "fallback"


@dataclass(frozen=True)
class EffectiveSettings:
    """What the client uses, key by key, plus any policy or user-setting problems."""

    values: Mapping[str, Setting]
    problems: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Setting:
        return self.values[key]

    def value(self, key: str) -> SettingValue:
        """The effective value of `key`."""
        return self.values[key].value

    def is_locked(self, key: str) -> bool:
        """True if `key` cannot be changed by the officer."""
        return self.values[key].locked or not SPECS[key].user_settable


def effective_settings(user_settings: Mapping[str, object],
                       system_policy: SystemPolicy) -> EffectiveSettings:
    """Merge: policy (locked) over the officer's own settings over defaults."""
    problems = list(system_policy.problems)
    out: dict[str, Setting] = {}
    for key, spec in SPECS.items():
        if system_policy.refused:
            if key in SAFETY_KEYS:
                out[key] = Setting(spec.safest, True, "fallback")
                continue
        elif key in system_policy.values:
            out[key] = Setting(system_policy.values[key], True, "policy")
            continue
        user = user_settings.get(key)
        if user is not None and spec.user_settable:
            reason = spec.check(user)
            if reason is None:
                assert isinstance(user, str | int | bool)
                out[key] = Setting(user, False, "user")
                continue
            problems.append(f"your setting {key} {reason}; using the default")
        out[key] = Setting(spec.default, False, "default")
    return EffectiveSettings(out, tuple(problems))


def set_user_setting(user_settings: MutableMapping[str, object], key: str, value: object,
                     effective: EffectiveSettings) -> None:
    """Change the officer's own setting unless policy locks it (PolicyLocked, ValueError)."""
    spec = SPECS.get(key)
    if spec is None:
        raise ValidationError(key, "is not a setting")
    if not spec.user_settable:
        raise PolicyLocked(key, "managed by IT only")
    setting = effective.values.get(key)
    if setting is not None and setting.locked:
        why = ("locked by the system policy" if setting.source == "policy"
               else "locked at a safe value because the system policy file is malformed")
        raise PolicyLocked(key, why)
    reason = spec.check(value)
    if reason is not None:
        raise ValidationError(key, reason)
    user_settings[key] = value
