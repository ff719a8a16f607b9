"""`liaison-hub backup DIR --out FILE`: a consistent copy of the hub's store.

SQLite: SQLite's online backup API copies the database page by page while the
hub keeps running (readers and writers are not stopped); the copy is written
next to FILE under a temporary name, checked (`PRAGMA integrity_check`), made
owner-only (0600) and then renamed into place, so FILE is either absent or a
whole, checked backup. An existing FILE is refused.

PostgreSQL: the database server is backed up with its own tool; the command is
printed (with the URL's password left out: pg_dump reads it from PGPASSWORD
or ~/.pgpass).

The store holds ciphertext only, but also the directory, the officers and the
enrolment-token hashes; the hub's keys (`keys/`, `tls/`) are not in it and are
backed up on their own (docs/deploying.md).
"""

from __future__ import annotations

import os
import shlex
import sqlite3
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from liaison_app.hub.admin import AdminError
from liaison_app.hub.config import load_config, resolve_database_url


def backup(root: Path, out: Path) -> str:
    """Back up the store of the hub in `root` to `out` (SQLite) or say how (PostgreSQL)."""
    config = load_config(root)
    url = resolve_database_url(root, config.database_url)
    if url.startswith("postgresql"):
        return pg_dump_command(url, out)
    if not url.startswith("sqlite:///"):
        raise AdminError(f"cannot back up a store at {make_url(url).drivername}")
    source = Path(url[len("sqlite:///"):])
    if not source.exists():
        raise AdminError(f"the hub's database {source} does not exist")
    if out.exists():
        raise AdminError(f"{out} already exists; choose a new file name")
    pages = sqlite_backup(source, out)
    return f"backed up {source} to {out} ({pages} pages, integrity ok)"


def sqlite_backup(source: Path, out: Path) -> int:
    """Copy `source` to `out` with the online backup API; the number of pages copied."""
    tmp = out.with_name(f".{out.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=1024)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
            pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
        finally:
            dst.close()
            src.close()
        if check != "ok":
            raise AdminError(f"the backup failed its integrity check: {check}")
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def pg_dump_command(url: str, out: Path) -> str:
    """The pg_dump command line for `url` (no password in it) writing `out`."""
    parsed = make_url(url)
    target = URL.create("postgresql", username=parsed.username, host=parsed.host,
                        port=parsed.port, database=parsed.database,
                        query=parsed.query).render_as_string(hide_password=False)
    command = ["pg_dump", "--format=custom", "--no-owner", f"--file={out}", target]
    return ("This hub's store is on PostgreSQL: back it up with the server's own tool "
            "(the password from PGPASSWORD or ~/.pgpass), e.g.\n  "
            + " ".join(shlex.quote(part) for part in command)
            + "\nand restore with pg_restore --dbname=<an empty database> "
            + shlex.quote(str(out)))
