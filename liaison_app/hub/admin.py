"""Hub administration: set up a hub directory, agencies, officers, tokens, devices.

Every change to the directory's content re-signs the directory with the next
version in the same transaction, so the served directory never lags the data.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nacl.signing
from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from liaison_app.crypto.keys import DevicePublic
from liaison_app.crypto.provisioning import sign_profile
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.parties import Agency, Officer
from liaison_app.hub.config import (
    HubConfig,
    HubPaths,
    dump_config,
    load_config,
    resolve_database_url,
    write_atomic,
    write_private,
)
from liaison_app.hub.directory_build import resign_directory
from liaison_app.hub.freshness import (
    DEFAULT_TIMESTAMP_TTL,
    sign_current_timestamp,
    timestamp_is_due,
)
from liaison_app.hub.storage import (
    agencies,
    describe_url,
    devices,
    directories,
    enrol_tokens,
    make_engine,
    officers,
    upgrade,
    writing,
)
from liaison_app.hub.tls import create_tls_files, read_pem
from liaison_app.protocol.api import EnrolRequest, ErrorCode
from liaison_app.protocol.provisioning import Policy, ProvisioningProfile

__all__ = [
    "AdminError", "EnrolError", "HubContext", "add_agency", "add_officer", "enrol_device",
    "ensure_fresh_directory", "ensure_fresh_timestamp", "hub_url", "init_hub", "open_hub",
    "open_store", "revoke_device",
]


class AdminError(Exception):
    """An administration step failed; the message says what to do."""


class EnrolError(Exception):
    """An enrolment was refused with an API error code."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class HubContext:
    """An opened hub directory: paths, configuration, store and authority key."""

    paths: HubPaths
    config: HubConfig
    engine: Engine
    authority: nacl.signing.SigningKey

    @property
    def directory_ttl(self) -> int:
        return self.config.limits.directory_ttl_days * 86400

    @property
    def blob_root(self) -> Path:
        """Where attachment blobs live (shared by every node of one hub)."""
        configured = Path(self.config.blob_dir)
        return configured if configured.is_absolute() else self.paths.root / configured

    @property
    def timestamp_ttl(self) -> int:
        """Seconds a directory timestamp is valid."""
        return self.config.limits.timestamp_ttl_hours * 3600


def _unix(now: datetime) -> int:
    return int(now.timestamp())


def token_hash(token: str) -> bytes:
    """What the hub stores of an enrolment token."""
    return hashlib.sha256(token.encode("ascii")).digest()


def _load_key(path: Path) -> nacl.signing.SigningKey:
    seed = path.read_bytes()
    if len(seed) != 32:
        raise AdminError(f"{path} is not a 32-byte Ed25519 seed")
    return nacl.signing.SigningKey(seed)


def _driver_message(exc: DBAPIError, url: str) -> str:
    """The driver's first line about `exc`, never with the URL's password in it."""
    lines = str(exc.orig or exc).strip().splitlines() or [type(exc).__name__]
    message = lines[0]
    password = _url_password(url)
    return message.replace(password, "***") if password else message


def _url_password(url: str) -> str | None:
    try:
        return make_url(url).password
    except ArgumentError:
        return None


def open_store(root: Path, database_url: str) -> Engine:
    """An engine for the hub's database with the schema upgraded to this version.

    Errors become AdminError naming the URL without its password.
    """
    url = resolve_database_url(root, database_url)
    shown = describe_url(url)
    try:
        engine = make_engine(url)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:  # before its base ArgumentError
        raise AdminError(
            f"no driver for {shown}: for PostgreSQL use postgresql+psycopg://… and install "
            "the postgres extra (pip install 'liaison[postgres]')") from exc
    except ArgumentError as exc:
        raise AdminError(f"database_url {shown} is not a database URL") from exc
    try:
        upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise AdminError(f"cannot use the database {shown}: "
                         f"{_driver_message(exc, url)}") from exc
    except RuntimeError as exc:
        engine.dispose()
        raise AdminError(f"{shown}: {exc}") from exc
    return engine


def init_hub(root: Path, host: str, port: int, *, database_url: str | None = None,
             now: datetime | None = None) -> HubContext:
    """Create a hub directory: config, keys, private CA + TLS cert, store, directory v1.

    `database_url` (default: SQLite in the directory) must name an empty database;
    its schema is created here, before anything is written to `root`'s config.
    """
    when = now or datetime.now(UTC)
    paths = HubPaths(root)
    if paths.config.exists():
        raise AdminError(f"{root} already holds a hub; refusing to overwrite it")
    if not 0 <= port <= 65535:
        raise AdminError("--port must be 0-65535")
    config = HubConfig(host=host, port=port) if database_url is None else HubConfig(
        host=host, port=port, database_url=database_url)
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o700)
    engine = open_store(root, config.database_url)
    try:
        with writing(engine) as conn:
            held = conn.execute(select(func.max(directories.c.version))).scalar()
    except BaseException:
        engine.dispose()
        raise
    if held is not None:
        engine.dispose()
        raise AdminError(
            f"the database {describe_url(config.database_url)} already holds a hub (directory "
            f"version {held}); init needs an empty database. To run another node of that "
            "hub, copy its directory instead.")
    for path in (paths.authority_key, paths.release_key):
        key = nacl.signing.SigningKey.generate()
        write_private(path, bytes(key))
        write_atomic(path.with_suffix(".pub"), bytes(key.verify_key).hex().encode() + b"\n")
    create_tls_files(paths, host, when)
    write_atomic(paths.config, dump_config(config).encode("utf-8"), 0o600)
    ctx = HubContext(paths, config, engine, _load_key(paths.authority_key))
    with writing(ctx.engine) as conn:
        resign_directory(conn, ctx.authority, when, ctx.directory_ttl,
                         timestamp_ttl=ctx.timestamp_ttl)
    return ctx


def open_hub(root: Path) -> HubContext:
    """Open an existing hub directory (upgrading its schema if needed)."""
    paths = HubPaths(root)
    config = load_config(root)
    engine = open_store(root, config.database_url)
    return HubContext(paths, config, engine, _load_key(paths.authority_key))


def hub_url(ctx: HubContext) -> str:
    """The URL officers' devices use: public_url, else the live or configured address."""
    if ctx.config.public_url:
        return ctx.config.public_url.rstrip("/")
    if ctx.config.port == 0:
        if ctx.paths.run_url.exists():
            return ctx.paths.run_url.read_text(encoding="ascii").strip()
        raise AdminError("the hub's port is 0 (chosen at start): run `liaison-hub serve` "
                         "first or set [hub] port / public_url in hub.toml")
    host = ctx.config.host
    shown = f"[{host}]" if ":" in host else host
    return f"https://{shown}:{ctx.config.port}"


def add_agency(ctx: HubContext, agency_id: str, name: str, country: str,
               *, now: datetime | None = None) -> int:
    """Add an agency and re-sign the directory; return the new directory version."""
    when = now or datetime.now(UTC)
    try:
        agency = Agency(id=agency_id, name=name, country=country)
    except ValidationError as exc:
        raise AdminError(f"agency {exc}") from exc
    try:
        with writing(ctx.engine) as conn:
            if conn.execute(select(agencies.c.id).where(agencies.c.id == agency.id)).first():
                raise AdminError(f"agency {agency.id} already exists")
            conn.execute(insert(agencies).values(
                id=agency.id, name=agency.name, country=agency.country,
                created_at=_unix(when)))
            return resign_directory(conn, ctx.authority, when, ctx.directory_ttl,
                                    timestamp_ttl=ctx.timestamp_ttl)
    except IntegrityError as exc:  # another administrator added it at the same moment
        raise AdminError(f"agency {agency.id} already exists (added at the same moment "
                         "by another command)") from exc


def add_officer(
    ctx: HubContext, agency_id: str, officer_id: str, name: str, out: Path, *,
    policy: Policy, token_ttl_hours: int = 72, now: datetime | None = None,
) -> ProvisioningProfile:
    """Add an officer (or re-issue a token for an existing one); write the signed profile."""
    when = (now or datetime.now(UTC)).replace(microsecond=0)
    try:
        officer = Officer(id=officer_id, agency_id=agency_id, name=name)
    except ValidationError as exc:
        raise AdminError(f"officer {exc}") from exc
    if not 1 <= token_ttl_hours <= 24 * 90:
        raise AdminError("--token-ttl-hours must be 1-2160")
    url = hub_url(ctx)
    token = secrets.token_urlsafe(32)
    expires = when + timedelta(hours=token_ttl_hours)
    try:
        with writing(ctx.engine) as conn:
            if not conn.execute(select(agencies.c.id).where(agencies.c.id == agency_id)).first():
                raise AdminError(f"agency {agency_id} does not exist; add it first")
            row = conn.execute(select(officers).where(officers.c.id == officer.id)).first()
            if row is None:
                conn.execute(insert(officers).values(
                    id=officer.id, agency_id=officer.agency_id, name=officer.name,
                    created_at=_unix(when)))
            elif row.agency_id != agency_id:
                raise AdminError(f"officer {officer.id} belongs to {row.agency_id}")
            conn.execute(insert(enrol_tokens).values(
                token_hash=token_hash(token), officer_id=officer.id, created_at=_unix(when),
                expires_at=_unix(expires)))
            if row is None:
                resign_directory(conn, ctx.authority, when, ctx.directory_ttl,
                                 timestamp_ttl=ctx.timestamp_ttl)
    except IntegrityError as exc:  # the same officer added by another command just now
        raise AdminError(f"officer {officer.id} was added by another command at the same "
                         "moment; run this command again to issue a token") from exc
    profile = ProvisioningProfile(
        hub_url=url, ca_cert_pem=read_pem(ctx.paths.ca_cert),
        directory_authority_key=bytes(ctx.authority.verify_key),
        release_signing_key=bytes(_load_key(ctx.paths.release_key).verify_key),
        officer_id=officer.id, agency_id=officer.agency_id, officer_name=officer.name,
        policy=policy, enrolment_token=token, issued_at=when, expires_at=expires,
    )
    write_private(out, sign_profile(profile, ctx.authority))
    return profile


def revoke_device(ctx: HubContext, device_id: str, *, now: datetime | None = None) -> int:
    """Mark a device revoked and re-sign the directory; return the new version."""
    when = now or datetime.now(UTC)
    with writing(ctx.engine) as conn:
        row = conn.execute(select(devices.c.status).where(
            devices.c.device_id == device_id)).first()
        if row is None:
            raise AdminError(f"no device {device_id} is enrolled at this hub")
        if row.status == "revoked":
            raise AdminError(f"device {device_id} is already revoked")
        conn.execute(update(devices).where(devices.c.device_id == device_id).values(
            status="revoked", revoked_at=_unix(when)))
        return resign_directory(conn, ctx.authority, when, ctx.directory_ttl,
                                    timestamp_ttl=ctx.timestamp_ttl)


def _take_token(conn: Connection, req: EnrolRequest, now: int) -> None:
    # FOR UPDATE: on PostgreSQL a concurrent enrolment with the same token waits
    # here and then sees it used (SQLite's BEGIN IMMEDIATE already serialises).
    row = conn.execute(select(enrol_tokens).where(
        enrol_tokens.c.token_hash == token_hash(req.token)).with_for_update()).first()
    if row is None:
        raise EnrolError(ErrorCode.INVALID_TOKEN, "the enrolment token is not known")
    if row.used_at is not None:
        raise EnrolError(ErrorCode.TOKEN_USED, "the enrolment token was already used")
    if row.expires_at <= now:
        raise EnrolError(ErrorCode.TOKEN_EXPIRED, "the enrolment token has expired")
    if row.officer_id != req.officer_id:
        raise EnrolError(ErrorCode.INVALID_TOKEN, "the token was issued to another officer")
    conn.execute(update(enrol_tokens).where(
        enrol_tokens.c.token_hash == row.token_hash).values(
        used_at=now, device_id=req.device_id))


def enrol_device(engine: Engine, authority: nacl.signing.SigningKey, req: EnrolRequest,
                 now: datetime, directory_ttl: int, *,
                 timestamp_ttl: int = DEFAULT_TIMESTAMP_TTL) -> bytes:
    """Spend the token, register the device as active, return the re-signed directory."""
    try:
        DevicePublic(req.device_id, req.sign_key, req.box_key, req.box_key_sig).verify()
    except ValidationError as exc:
        raise EnrolError(ErrorCode.BAD_REQUEST, str(exc)) from exc
    with writing(engine) as conn:
        if conn.execute(select(devices.c.device_id).where(
                devices.c.device_id == req.device_id)).first():
            raise EnrolError(ErrorCode.DEVICE_EXISTS, "this device is already enrolled")
        _take_token(conn, req, _unix(now))
        conn.execute(insert(devices).values(
            device_id=req.device_id, officer_id=req.officer_id, sign_key=req.sign_key,
            box_key=req.box_key, box_key_sig=req.box_key_sig, status="active",
            enrolled_at=_unix(now)))
        resign_directory(conn, authority, now, directory_ttl, timestamp_ttl=timestamp_ttl)
        signed = conn.execute(select(directories.c.signed).order_by(
            directories.c.version.desc()).limit(1)).scalar_one()
    return bytes(signed)


def ensure_fresh_directory(ctx: HubContext, *, now: datetime | None = None) -> int | None:
    """Re-sign the directory if it expires within `directory_resign_days`."""
    when = now or datetime.now(UTC)
    margin = ctx.config.limits.directory_resign_days * 86400
    with writing(ctx.engine) as conn:
        expires = conn.execute(select(directories.c.expires_at).order_by(
            directories.c.version.desc()).limit(1)).scalar()
        if expires is not None and int(expires) - _unix(when) > margin:
            return None
        return resign_directory(conn, ctx.authority, when, ctx.directory_ttl,
                                    timestamp_ttl=ctx.timestamp_ttl)


def ensure_fresh_timestamp(ctx: HubContext, *, now: datetime | None = None) -> int | None:
    """Re-sign the directory timestamp when half its life has passed (or none names the
    newest directory); return the new timestamp version, or None if it was still fresh."""
    when = now or datetime.now(UTC)
    with writing(ctx.engine) as conn:
        if not timestamp_is_due(conn, when, ctx.timestamp_ttl):
            return None
        return sign_current_timestamp(conn, ctx.authority, when, ctx.timestamp_ttl)
