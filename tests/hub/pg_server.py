"""A throw-away PostgreSQL cluster for the hub's tests, made with Debian's binaries.

    server = PgServer.start(bindir)      # initdb + pg_ctl start -w in a new temp dir
    url = server.new_database()          # a fresh role + database, as docs/deploying.md says
    server.stop()                        # pg_ctl stop, temp dir removed

The cluster listens on 127.0.0.1 only (a free port; its Unix socket in the temp
dir), with password (SCRAM) authentication over TCP. PostgreSQL refuses to run
as root: as root, initdb and the server run as the unprivileged `postgres`
user (created by Debian's postgresql package) or else `nobody`; otherwise as
the current user. Readiness is `pg_ctl start -w` plus `pg_isready`, both with
time limits; no sleeps.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

START_SECONDS = 60
STOP_SECONDS = 30
SUPERUSER = "liaison_pgadmin"
_names = itertools.count(1)


class PgUnavailable(Exception):
    """No PostgreSQL server binaries (or no psycopg) on this machine."""


def ci_mode() -> bool:
    """True on CI, where a missing PostgreSQL must fail the run instead of skipping."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", path.parent.parent.name)) or (0,)


def find_bindir() -> Path:
    """Where initdb and pg_ctl live: $LIAISON_PG_BINDIR, Debian's newest, or PATH."""
    wanted = ("initdb", "pg_ctl", "pg_isready")
    env = os.environ.get("LIAISON_PG_BINDIR")
    candidates = [Path(env)] if env else []
    candidates += [p.parent for p in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                                            key=_version_key, reverse=True)]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for bindir in candidates:
        if all(os.access(bindir / name, os.X_OK) for name in wanted):
            return bindir
    raise PgUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl, pg_isready) not found in "
        "/usr/lib/postgresql/*/bin or on PATH: install Debian's `postgresql` package "
        "(bash scripts/setup.sh does) or set LIAISON_PG_BINDIR")


def _check_driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise PgUnavailable("psycopg is not installed: pip install -e '.[dev]' "
                            "(or the postgres extra)") from exc


@dataclass(frozen=True)
class RunAs:
    """The unprivileged account the cluster runs as (only when we are root)."""

    uid: int
    gid: int
    name: str

    @staticmethod
    def pick() -> RunAs | None:
        if os.geteuid() != 0:
            return None
        for name in ("postgres", "nobody"):
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return RunAs(entry.pw_uid, entry.pw_gid, name)
        raise PgUnavailable("running as root and neither a `postgres` nor a `nobody` user "
                            "exists to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running cluster in `base` (removed by stop())."""

    bindir: Path
    base: Path
    run_as: RunAs | None
    port: int
    password: str

    host = "127.0.0.1"

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    @property
    def log_path(self) -> Path:
        return self.base / "server.log"

    # -- life cycle -------------------------------------------------------------------

    @classmethod
    def start(cls, bindir: Path | None = None) -> PgServer:
        """initdb a new cluster in a temp dir and start it; raise PgUnavailable if we can't."""
        _check_driver()
        bindir = bindir or find_bindir()
        run_as = RunAs.pick()
        base = Path(tempfile.mkdtemp(prefix="liaison-pg-"))
        server = cls(bindir, base, run_as, 0, secrets.token_urlsafe(18))
        try:
            server._initdb()
            server._start()
        except BaseException:
            server.stop()
            raise
        return server

    def _run(self, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, Any] = {}
        env = {"PATH": f"{self.bindir}:/usr/bin:/bin", "LC_ALL": "C", "HOME": str(self.base),
               "PGHOST": str(self.socket_dir)}
        if self.run_as is not None:
            kwargs.update(user=self.run_as.uid, group=self.run_as.gid, extra_groups=[])
        proc = subprocess.run([str(self.bindir / args[0]), *args[1:]], cwd=self.base, env=env,
                              capture_output=True, text=True, timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL, **kwargs)
        return proc

    def _initdb(self) -> None:
        self.socket_dir.mkdir()
        pwfile = self.base / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="ascii")
        if self.run_as is not None:
            for path in (self.base, self.socket_dir, pwfile):
                os.chown(path, self.run_as.uid, self.run_as.gid)
        proc = self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER,
                         f"--pwfile={pwfile}", "--auth-local=trust",
                         "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-locale",
                         "--no-sync", timeout=120)
        pwfile.unlink()
        if proc.returncode != 0:
            raise RuntimeError(f"initdb failed ({proc.returncode}): {proc.stderr.strip()}")
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "\n# liaison tests: loopback only, socket in the temp dir, no durability\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 200\n")

    def _start(self) -> None:
        last = ""
        for _attempt in range(3):  # another process may take the free port first
            self.port = _free_port()
            proc = self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_path),
                             "-o", f"-p {self.port}", "-w", "-t", str(START_SECONDS),
                             "start", timeout=START_SECONDS + 30)
            if proc.returncode == 0:
                ready = self._run("pg_isready", "-h", self.host, "-p", str(self.port),
                                  "-t", str(START_SECONDS), timeout=START_SECONDS + 10)
                if ready.returncode != 0:
                    raise RuntimeError(f"PostgreSQL did not become ready: {ready.stdout}")
                return
            last = proc.stderr.strip() + "\n" + self.server_log()[-2000:]
        raise RuntimeError(f"pg_ctl start failed: {last}")

    def stop(self) -> None:
        """Stop the server (fast, then immediate) and remove the temp dir."""
        try:
            if (self.data_dir / "postmaster.pid").exists():
                proc = self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "-t",
                                 str(STOP_SECONDS), "stop", timeout=STOP_SECONDS + 10)
                if proc.returncode != 0:
                    self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w",
                              "stop", timeout=STOP_SECONDS)
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def server_log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    # -- databases ----------------------------------------------------------------------

    def url(self, user: str, password: str, database: str,
            driver: str = "postgresql+psycopg") -> str:
        """A SQLAlchemy URL (TCP to 127.0.0.1 with a password)."""
        return f"{driver}://{user}:{password}@{self.host}:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> Any:
        """An autocommit psycopg connection as the cluster's superuser."""
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=SUPERUSER,
                               password=self.password, dbname=database, autocommit=True,
                               connect_timeout=10)

    def new_database(self, prefix: str = "hub") -> str:
        """A new empty database owned by a new login role; its SQLAlchemy URL."""
        name = f"{prefix}_{next(_names)}_{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(18)
        with self.admin() as conn:
            conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
            conn.execute(f"CREATE DATABASE {name} OWNER {name}")
            conn.execute(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
        return self.url(name, password, name)

    def data_files(self) -> list[Path]:
        """Every file of the cluster's data directory (tables, WAL)."""
        return [p for p in self.data_dir.rglob("*") if p.is_file()]
