"""System policy: parsing, locking, and the safe fallback for a malformed file."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.config.policy import (
    SPECS,
    PolicyLocked,
    effective_settings,
    load_policy,
    set_user_setting,
)

GOOD = """
hub_url = "https://hub.example.org"
hub_ca_file = "/etc/liaison/hub-ca.pem"
auto_lock_minutes = 3
retention_days = 90
retention_grace_days = 14
retention_confirm_erasure = true
passphrase_only_allowed = true
update_channel = "beta"
update_checks = true
language = "bg"
theme = "dark"
high_contrast = true
text_size = 125
read_receipts = false
attachment_auto_download_mb = 0
directory_max_age_hours = 24
authority_fingerprint = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_no_policy(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "absent.toml")
    assert not policy.refused and not policy.values
    eff = effective_settings({}, policy)
    assert eff.value("auto_lock_minutes") == 10
    assert eff.value("update_checks") is False  # opt-in
    assert not eff["auto_lock_minutes"].locked


def test_env_variable_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(write(tmp_path, "auto_lock_minutes = 7\n")))
    assert load_policy().values == {"auto_lock_minutes": 7}


def test_policy_values_override_and_lock(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, GOOD))
    assert not policy.refused
    user = {"auto_lock_minutes": 60, "update_checks": False}
    eff = effective_settings(user, policy)
    for key in SPECS:
        assert eff[key].locked and eff[key].source == "policy"
    assert eff.value("auto_lock_minutes") == 3
    assert eff.value("passphrase_only_allowed") is True
    assert eff.value("update_channel") == "beta"
    assert eff.value("read_receipts") is False
    assert eff.value("directory_max_age_hours") == 24


def test_locked_value_cannot_be_changed(tmp_path: Path) -> None:
    eff = effective_settings({}, load_policy(write(tmp_path, "auto_lock_minutes = 3\n")))
    user: dict[str, object] = {}
    with pytest.raises(PolicyLocked, match="auto_lock_minutes is locked by the system policy"):
        set_user_setting(user, "auto_lock_minutes", 60, eff)
    assert user == {}
    set_user_setting(user, "update_checks", True, eff)  # not locked: allowed
    assert user == {"update_checks": True}
    assert effective_settings(user, load_policy(tmp_path / "x")).value("update_checks") is True


def test_it_only_settings_are_not_user_settable() -> None:
    eff = effective_settings({}, load_policy(Path("/nonexistent/policy.toml")))
    with pytest.raises(PolicyLocked, match="managed by IT only"):
        set_user_setting({}, "passphrase_only_allowed", True, eff)
    assert eff.is_locked("passphrase_only_allowed")


def test_user_values_are_checked() -> None:
    eff = effective_settings({}, load_policy(Path("/nonexistent/policy.toml")))
    with pytest.raises(ValueError, match="between 1 and 120"):
        set_user_setting({}, "auto_lock_minutes", 0, eff)
    bad_user = effective_settings({"auto_lock_minutes": "ten"}, load_policy(Path("/nonexistent")))
    assert bad_user.value("auto_lock_minutes") == 10
    assert any("auto_lock_minutes" in p for p in bad_user.problems)


@pytest.mark.parametrize(("text", "needle"), [
    ("auto_lock_minutes = ", "not valid TOML"),
    ("auto_lock_minutes = 5\nauto_lock_minutes = 6\n", "not valid TOML"),
    ("autolock = 5\n", "unknown key 'autolock'"),
    ("auto_lock_minutes = \"5\"\n", "auto_lock_minutes must be a whole number, not a string"),
    ("auto_lock_minutes = true\n", "auto_lock_minutes must be a whole number"),
    ("auto_lock_minutes = 0\n", "auto_lock_minutes must be between 1 and 120, not 0"),
    ("retention_days = 99999\n", "retention_days must be between 1 and 3650"),
    ("passphrase_only_allowed = \"yes\"\n", "passphrase_only_allowed must be true or false"),
    ("hub_url = \"http://hub.example.org\"\n", "hub_url must be an https:// URL"),
    ("hub_ca_file = \"relative.pem\"\n", "hub_ca_file must be an absolute file path"),
    ("update_channel = \"Stable!\"\n", "update_channel must be lowercase"),
    ("update_checks = 1\n", "update_checks must be true or false, not a number"),
    ("[liaison]\nauto_lock_minutes = 5\n", "unknown key 'liaison'"),
])
def test_malformed_policy_is_refused_with_safest_values(
        tmp_path: Path, text: str, needle: str) -> None:
    # A good value beside the bad one must not survive: the file is refused whole.
    policy = load_policy(write(tmp_path, "passphrase_only_allowed = true\n" + text
                               if "passphrase" not in text and "[" not in text else text))
    assert policy.refused
    assert any(needle in p for p in policy.problems), policy.problems
    assert all(str(tmp_path) in p for p in policy.problems)
    eff = effective_settings({"auto_lock_minutes": 90, "update_checks": True}, policy)
    assert eff.problems == policy.problems  # reported, not swallowed
    assert eff["auto_lock_minutes"].value == 5 and eff["auto_lock_minutes"].locked
    assert eff.value("passphrase_only_allowed") is False
    assert eff.value("update_checks") is False and eff["update_checks"].locked
    with pytest.raises(PolicyLocked, match="malformed"):
        set_user_setting({}, "auto_lock_minutes", 30, eff)


def test_all_problems_are_reported(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, "auto_lock_minutes = 0\nfoo = 1\nupdate_checks = 2\n"))
    joined = "\n".join(policy.problems)
    assert "auto_lock_minutes" in joined and "'foo'" in joined and "update_checks" in joined


def test_unreadable_and_binary_files_are_refused(tmp_path: Path) -> None:
    assert load_policy(write(tmp_path, "")).values == {}
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe")
    assert "not UTF-8" in load_policy(binary).problems[0]
    assert load_policy(tmp_path).refused  # a directory cannot be read
