"""The officer's display choices: language, theme, high contrast, text size, window geometry,
whether the detail pane is shown and which columns each list shows.

They are needed before the profile is unlocked (the unlock screen speaks the
officer's language), so they live in the profile's `display.json`, not in the
encrypted cache. They hold no case data. IT may lock any of them in the
system policy file (`config.policy`), which is also readable before unlock;
a locked value cannot be changed here.

The file is input from disk: it is read strictly (a bad value is ignored and
reported, the default applies), written atomically with mode 0600.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from liaison_app.config.policy import (
    DISPLAY_KEYS,
    SPECS,
    EffectiveSettings,
    SettingValue,
    SystemPolicy,
    effective_settings,
    load_policy,
    set_user_setting,
)
from liaison_app.config.resources import resources_dir as resources_dir  # icons, themes
from liaison_app.store.profile import ProfileDir, write_private

MAX_FILE_BYTES = 16 * 1024
#: window geometry limits (pixels): anything outside is ignored
MAX_EXTENT = 100_000


@dataclass(frozen=True, slots=True)
class WindowGeometry:
    """Where the main window was and how large, in device-independent pixels."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False

    def to_wire(self) -> dict[str, int | bool]:
        """JSON-ready form."""
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height,
                "maximized": self.maximized}

    @classmethod
    def from_wire(cls, obj: object) -> WindowGeometry | None:
        """Parse strictly; None when anything is off (the window then opens fitted)."""
        if not isinstance(obj, dict) or set(obj) != {"x", "y", "width", "height", "maximized"}:
            return None
        numbers = [obj[k] for k in ("x", "y", "width", "height")]
        if not all(isinstance(n, int) and not isinstance(n, bool) and abs(n) <= MAX_EXTENT
                   for n in numbers) or not isinstance(obj["maximized"], bool):
            return None
        x, y, width, height = numbers
        if width < 200 or height < 150:
            return None
        return cls(x, y, width, height, obj["maximized"])


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    """The display settings that apply now (with lock flags), and the saved geometry."""

    settings: EffectiveSettings
    window: WindowGeometry | None

    @property
    def language(self) -> str:
        """`system`, `en`, `sr_Latn`, `sr_Cyrl` or `bg`."""
        return str(self.settings.value("language"))

    @property
    def theme(self) -> str:
        """`system`, `light` or `dark`."""
        return str(self.settings.value("theme"))

    @property
    def high_contrast(self) -> bool:
        """Stronger colours and borders (with either theme)."""
        return bool(self.settings.value("high_contrast"))

    @property
    def text_size(self) -> int:
        """Text size in percent of the platform's default (80-200)."""
        value = self.settings.value("text_size")
        return value if isinstance(value, int) and not isinstance(value, bool) else 100


def _read(path: Path) -> tuple[dict[str, object], list[str]]:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return {}, []
    except OSError as exc:
        return {}, [f"{path.name}: cannot be read ({exc.strerror})"]
    if len(raw) > MAX_FILE_BYTES:
        return {}, [f"{path.name}: larger than {MAX_FILE_BYTES} bytes; ignored"]
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}, [f"{path.name}: not valid JSON; ignored"]
    if not isinstance(data, dict):
        return {}, [f"{path.name}: not a JSON object; ignored"]
    return data, []


def _choices(data: Mapping[str, object]) -> dict[str, object]:
    """The officer's display choices in the file (checked when merged)."""
    return {key: data[key] for key in DISPLAY_KEYS if key in data}


def display_settings(profile_path: Path, system: SystemPolicy | None = None) -> DisplaySettings:
    """What applies now: IT's policy (locked) over the officer's choices over defaults."""
    data, problems = _read(ProfileDir(profile_path).display)
    merged = effective_settings(_choices(data), load_policy() if system is None else system)
    values = {key: merged.values[key] for key in DISPLAY_KEYS}
    shown = EffectiveSettings(values, (*merged.problems, *problems))
    return DisplaySettings(shown, WindowGeometry.from_wire(data.get("window")))


def user_choices(profile_path: Path) -> dict[str, object]:
    """The officer's own display choices as stored (for `preferences.effective`)."""
    return _choices(_read(ProfileDir(profile_path).display)[0])


def _save(profile_path: Path, data: Mapping[str, object]) -> None:
    profile = ProfileDir(profile_path)
    if not profile.path.is_dir():
        return  # no profile yet (first run): nothing to remember
    text = json.dumps(dict(data), sort_keys=True, indent=1) + "\n"
    write_private(profile.display, text.encode("utf-8"))


def change_display(profile_path: Path, key: str, value: object, *,
                   system: SystemPolicy | None = None) -> None:
    """Set the officer's own display choice (PolicyLocked if IT fixed it, ValueError if
    the value is not allowed)."""
    if key not in DISPLAY_KEYS:
        raise ValueError(f"{key!r} is not a display setting")
    current = display_settings(profile_path, system).settings
    data, _problems = _read(ProfileDir(profile_path).display)
    mine = _choices(data)
    set_user_setting(mine, key, value, current)
    _save(profile_path, {**data, key: mine[key]})


def detail_pane_shown(profile_path: Path) -> bool:
    """Whether the officer keeps the detail pane beside the lists (shown unless collapsed)."""
    shown = _read(ProfileDir(profile_path).display)[0].get("detail_pane", True)
    return shown if isinstance(shown, bool) else True


def save_detail_pane(profile_path: Path, shown: bool) -> None:
    """Remember whether the detail pane is shown (View → Detail pane)."""
    data, _problems = _read(ProfileDir(profile_path).display)
    _save(profile_path, {**data, "detail_pane": bool(shown)})


MAX_COLUMN_NAMES = 40


def hidden_columns(profile_path: Path, page: str) -> frozenset[str] | None:
    """The columns the officer hid in the list `page`; None until they chose (a bad
    entry in the file counts as no choice)."""
    table = _read(ProfileDir(profile_path).display)[0].get("hidden_columns")
    names = table.get(page) if isinstance(table, dict) else None
    if not isinstance(names, list) or len(names) > MAX_COLUMN_NAMES or not all(
            isinstance(n, str) and 0 < len(n) <= MAX_COLUMN_NAMES for n in names):
        return None
    return frozenset(names)


def save_hidden_columns(profile_path: Path, page: str, hidden: frozenset[str]) -> None:
    """Remember which columns the list `page` hides."""
    data, _problems = _read(ProfileDir(profile_path).display)
    table = data.get("hidden_columns")
    kept = dict(table) if isinstance(table, dict) else {}
    kept[page] = sorted(hidden)[:MAX_COLUMN_NAMES]
    _save(profile_path, {**data, "hidden_columns": kept})


def save_window(profile_path: Path, geometry: WindowGeometry) -> None:
    """Remember where the main window was (restored, clamped to the screen, next time)."""
    data, _problems = _read(ProfileDir(profile_path).display)
    _save(profile_path, {**data, "window": geometry.to_wire()})


def default_value(key: str) -> SettingValue:
    """The value a display setting has when nobody chose one."""
    return SPECS[key].default
