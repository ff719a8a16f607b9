"""The hub's directory layout and configuration file (`hub.toml`)."""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from liaison_app.protocol.limits import MAX_ENVELOPE_AGE_DAYS

CONFIG_NAME = "hub.toml"
DB_NAME = "hub.sqlite3"


class ConfigError(Exception):
    """The hub directory or its configuration is missing or wrong."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Request and storage limits (all tunable in `[limits]`)."""

    max_body_bytes: int = 2 * 1024 * 1024
    max_batch: int = 100
    max_page: int = 100
    rate_per_second: float = 50.0
    rate_burst: int = 200
    enrol_rate_per_second: float = 0.5
    enrol_burst: int = 20
    unsigned_rate_per_second: float = 1.0
    unsigned_burst: int = 60
    max_wait_seconds: int = 30
    max_skew_seconds: int = 300
    envelope_ttl_days: int = 30
    directory_ttl_days: int = 30
    directory_resign_days: int = 7
    timestamp_ttl_hours: int = 24
    purge_interval_seconds: int = 300
    max_blob_bytes: int = 50 * 1024 * 1024 + 256 * 1024
    """One attachment blob (ciphertext); the protocol's ceiling is MAX_BLOB_BYTES."""
    blob_quota_bytes: int = 2 * 1024 * 1024 * 1024
    """Blob bytes one device may have stored at once (uploaded, not yet deleted)."""
    max_blob_chunk_bytes: int = 8 * 1024 * 1024
    """One upload request's body."""
    blob_upload_ttl_days: int = 7
    """An upload not yet named by an accepted envelope is deleted after this."""


@dataclass(frozen=True, slots=True)
class HubConfig:
    """Where the hub listens and keeps its store."""

    host: str = "127.0.0.1"
    port: int = 8443
    database_url: str = f"sqlite:///{DB_NAME}"
    public_url: str = ""
    log_file: str = "logs/hub.log"
    admin_host: str = "127.0.0.1"
    """Where the Prometheus metrics are served (plain HTTP): keep it on loopback."""
    admin_port: int = 0
    """0: a free port at each start (see run/admin-url); set one for a scraper."""
    blob_dir: str = "blobs"
    """Attachment blobs (ciphertext files); relative to the hub directory, or absolute.
    Hub nodes sharing one PostgreSQL database must share this directory too."""
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True, slots=True)
class HubPaths:
    """Files under a hub directory."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def authority_key(self) -> Path:
        return self.keys / "directory-authority.key"

    @property
    def release_key(self) -> Path:
        return self.keys / "release-signing.key"

    @property
    def tls(self) -> Path:
        return self.root / "tls"

    @property
    def ca_cert(self) -> Path:
        return self.tls / "ca.pem"

    @property
    def ca_key(self) -> Path:
        return self.tls / "ca.key"

    @property
    def server_cert(self) -> Path:
        return self.tls / "server.pem"

    @property
    def server_key(self) -> Path:
        return self.tls / "server.key"

    @property
    def run_url(self) -> Path:
        """The URL of the running (or last run) server, written by `serve`."""
        return self.root / "run" / "url"

    @property
    def run_admin_url(self) -> Path:
        """The URL of the running server's admin address (metrics)."""
        return self.root / "run" / "admin-url"

    @property
    def metrics_dir(self) -> Path:
        """Where `serve --workers N` workers keep their metric values."""
        return self.root / "run" / "metrics"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value))  # a TOML basic string for printable text


def dump_config(cfg: HubConfig) -> str:
    """The TOML text of `cfg`."""
    lines = ["# Liaison hub configuration (written by `liaison-hub init`).", "[hub]"]
    for f in fields(cfg):
        if f.name != "limits":
            lines.append(f"{f.name} = {_toml_value(getattr(cfg, f.name))}")
    lines += ["", "[limits]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in asdict(cfg.limits).items()]
    return "\n".join(lines) + "\n"


def _coerce(cls: type[Any], data: dict[str, Any], section: str) -> dict[str, Any]:
    known = {f.name: f for f in fields(cls)}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known or key == "limits":
            raise ConfigError(f"[{section}] {key} is not a known setting")
        default = getattr(cls(), key)
        if isinstance(default, float) and isinstance(value, int):
            value = float(value)
        if type(value) is not type(default):
            raise ConfigError(f"[{section}] {key} must be a {type(default).__name__}")
        out[key] = value
    return out


def load_config(root: Path) -> HubConfig:
    """Read `hub.toml` under `root`."""
    path = HubPaths(root).config
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path} not found; run `liaison-hub init` first") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    unknown = set(data) - {"hub", "limits"}
    if unknown:
        raise ConfigError(f"{path}: unknown section [{sorted(unknown)[0]}]")
    limits = Limits(**_coerce(Limits, dict(data.get("limits", {})), "limits"))
    if not 1 <= limits.envelope_ttl_days <= MAX_ENVELOPE_AGE_DAYS:
        raise ConfigError(f"[limits] envelope_ttl_days must be 1-{MAX_ENVELOPE_AGE_DAYS}: "
                          "clients refuse envelopes sealed longer ago than that")
    if not 1 <= limits.timestamp_ttl_hours <= 24 * 7:
        raise ConfigError("[limits] timestamp_ttl_hours must be 1-168: a longer one lets a "
                          "replayed directory live that long")
    return HubConfig(**_coerce(HubConfig, dict(data.get("hub", {})), "hub"), limits=limits)


def resolve_database_url(root: Path, url: str) -> str:
    """Make a relative SQLite path relative to the hub directory."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/"):
        rel = url[len(prefix):]
        if rel and not rel.startswith(":memory:"):
            return prefix + str((root / rel).resolve())
    return url


PRIVATE_UMASK = 0o077
"""The hub process's umask: every file it creates is 0600 and every folder 0700
(the SQLite database and its WAL, logs, keys, certificates, the run URL)."""


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) readable by the owner only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to a new file readable by the owner only (0600)."""
    make_private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` atomically (owner-only unless `mode` says otherwise)."""
    make_private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
