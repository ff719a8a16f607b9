"""`liaison-hub`: set up and run a Liaison hub.

    liaison-hub init DIR --host 127.0.0.1 --port N [--database-url postgresql+psycopg://…]
    liaison-hub agency add DIR --id GB-NCA --name "National Crime Agency" --country GB
    liaison-hub officer add DIR --agency GB-NCA --id gb-nca.lo-belgrade --name "…" --out FILE
        [--auto-lock-minutes N] [--retention-days N] [--passphrase-only-allowed]
        [--update-channel stable|beta|pinned] [--token-ttl-hours N]
    liaison-hub device revoke DIR DEVICE_ID
    liaison-hub serve DIR [--workers N]
    liaison-hub backup DIR --out FILE
    liaison-hub watchlist import DIR --format FORMAT --name NAME FILE
    liaison-hub watchlist list DIR
    liaison-hub watchlist remove DIR NAME
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from liaison_app import __version__
from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.provisioning import UPDATE_CHANNELS, Policy, authority_fingerprint


def _init(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import hub_url, init_hub
    from liaison_app.hub.storage import describe_url

    ctx = init_hub(Path(args.dir), args.host, args.port, database_url=args.database_url)
    where = hub_url(ctx) if args.port else f"https://{args.host}:<chosen at start>"
    ctx.engine.dispose()
    print(f"hub created in {args.dir}")
    print(f"database: {describe_url(ctx.config.database_url)}")
    print(f"CA certificate: {ctx.paths.ca_cert}")
    print(f"hub URL: {where}")
    print("directory authority fingerprint (give it to officers by another channel): "
          f"{authority_fingerprint(bytes(ctx.authority.verify_key))}")
    return 0


def _agency_add(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import add_agency, open_hub

    version = add_agency(open_hub(Path(args.dir)), args.id, args.name, args.country)
    print(f"agency {args.id} added; directory version {version}")
    return 0


def _officer_add(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import add_officer, open_hub

    try:
        policy = Policy.from_wire({
            "auto_lock_minutes": args.auto_lock_minutes, "retention_days": args.retention_days,
            "passphrase_only_allowed": args.passphrase_only_allowed,
            "update_channel": args.update_channel,
        })
    except ValidationError as exc:
        raise SystemExit(f"liaison-hub: {exc}") from exc
    profile = add_officer(open_hub(Path(args.dir)), args.agency, args.id, args.name,
                          Path(args.out), policy=policy, token_ttl_hours=args.token_ttl_hours)
    print(f"officer {profile.officer_id} provisioned: {args.out} "
          f"(enrolment token valid until {profile.expires_at:%Y-%m-%dT%H:%M:%SZ})")
    print("authority fingerprint to read out to the officer: "
          f"{authority_fingerprint(profile.directory_authority_key)}")
    return 0


def _device_revoke(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import open_hub, revoke_device

    version = revoke_device(open_hub(Path(args.dir)), args.device_id)
    print(f"device {args.device_id} revoked; directory version {version}")
    return 0


def _watchlist_import(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import open_hub
    from liaison_app.hub.watchlist_admin import import_watchlist

    done = import_watchlist(open_hub(Path(args.dir)), args.name, args.format, Path(args.file))
    for warning in done.warnings:
        print(f"left out: {warning}", file=sys.stderr)
    print(f"watch list {done.name} version {done.version}: {done.entries} entries signed"
          + (f" ({len(done.warnings)} values left out, see above)" if done.warnings else ""))
    return 0


def _watchlist_list(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import open_hub
    from liaison_app.hub.watchlist_admin import list_watchlists

    rows = list_watchlists(open_hub(Path(args.dir)))
    if not rows:
        print("no watch lists")
    for r in rows:
        print(f"{r.name}\tversion {r.version}\t{r.entries} entries\t{r.format}\t"
              f"from {r.source_file}\timported {r.imported_at:%Y-%m-%dT%H:%M:%SZ}\t"
              f"expires {r.expires_at:%Y-%m-%dT%H:%M:%SZ}")
    return 0


def _watchlist_remove(args: argparse.Namespace) -> int:
    from liaison_app.hub.admin import open_hub
    from liaison_app.hub.watchlist_admin import remove_watchlist

    version = remove_watchlist(open_hub(Path(args.dir)), args.name)
    print(f"watch list {args.name} removed; index version {version} (clients drop it at "
          "their next sync)")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from liaison_app.hub.serve import serve, serve_worker

    if args.worker_fd is not None:
        return serve_worker(Path(args.dir), args.worker_fd, args.worker_index)
    if not 1 <= args.workers <= 64:
        raise SystemExit("liaison-hub: --workers must be 1-64")
    return serve(Path(args.dir), workers=args.workers)


def _backup(args: argparse.Namespace) -> int:
    from liaison_app.hub.backup import backup

    print(backup(Path(args.dir), Path(args.out)))
    return 0


def _handler(parser: argparse.ArgumentParser, fn: Callable[[argparse.Namespace], int]) -> None:
    parser.set_defaults(handler=fn)


def _add_watchlist(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from liaison_app.protocol.watchlist import LIST_FORMATS

    wl = sub.add_parser("watchlist", help="manage watch lists").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    w_imp = wl.add_parser("import", help="import a list file as the list's next signed version")
    w_imp.add_argument("dir", metavar="DIR")
    w_imp.add_argument("--format", required=True, choices=LIST_FORMATS)
    w_imp.add_argument("--name", required=True, help="the list's name, e.g. uk-sanctions")
    w_imp.add_argument("file", metavar="FILE")
    _handler(w_imp, _watchlist_import)
    w_list = wl.add_parser("list", help="the lists in force")
    w_list.add_argument("dir", metavar="DIR")
    _handler(w_list, _watchlist_list)
    w_rm = wl.add_parser("remove", help="withdraw a list")
    w_rm.add_argument("dir", metavar="DIR")
    w_rm.add_argument("name", metavar="NAME")
    _handler(w_rm, _watchlist_remove)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser."""
    p = argparse.ArgumentParser(prog="liaison-hub", description="Liaison reference hub")
    p.add_argument("--version", action="version", version=f"liaison-hub {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = sub.add_parser("init", help="create a hub directory")
    init.add_argument("dir", metavar="DIR")
    init.add_argument("--host", required=True)
    init.add_argument("--port", type=int, required=True, help="0: pick a free port at start")
    init.add_argument("--database-url", metavar="URL", default=None,
                      help="the store (default: SQLite in DIR), e.g. "
                           "postgresql+psycopg://liaison_hub@db.example.org/liaison_hub; "
                           "it must be empty; stored in DIR/hub.toml (mode 0600)")
    _handler(init, _init)

    agency = sub.add_parser("agency", help="manage agencies").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    a_add = agency.add_parser("add", help="add an agency")
    a_add.add_argument("dir", metavar="DIR")
    a_add.add_argument("--id", required=True)
    a_add.add_argument("--name", required=True)
    a_add.add_argument("--country", required=True)
    _handler(a_add, _agency_add)

    officer = sub.add_parser("officer", help="manage officers").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    o_add = officer.add_parser("add", help="add an officer; write a provisioning profile")
    o_add.add_argument("dir", metavar="DIR")
    o_add.add_argument("--agency", required=True)
    o_add.add_argument("--id", required=True)
    o_add.add_argument("--name", required=True)
    o_add.add_argument("--out", required=True, metavar="FILE")
    o_add.add_argument("--auto-lock-minutes", type=int, default=15)
    o_add.add_argument("--retention-days", type=int, default=365)
    o_add.add_argument("--passphrase-only-allowed", action="store_true")
    o_add.add_argument("--update-channel", choices=UPDATE_CHANNELS, default="stable")
    o_add.add_argument("--token-ttl-hours", type=int, default=72)
    _handler(o_add, _officer_add)

    device = sub.add_parser("device", help="manage devices").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    d_rev = device.add_parser("revoke", help="revoke a device")
    d_rev.add_argument("dir", metavar="DIR")
    d_rev.add_argument("device_id", metavar="DEVICE_ID")
    _handler(d_rev, _device_revoke)

    _add_watchlist(sub)

    serve = sub.add_parser("serve", help="run the hub (TLS) until SIGTERM/SIGINT")
    serve.add_argument("dir", metavar="DIR")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="worker processes sharing the port (PostgreSQL only; default 1)")
    serve.add_argument("--worker-fd", type=int, default=None, help=argparse.SUPPRESS)
    serve.add_argument("--worker-index", type=int, default=0, help=argparse.SUPPRESS)
    _handler(serve, _serve)

    backup = sub.add_parser("backup", help="back up the hub's store (SQLite: an online "
                            "copy; PostgreSQL: prints the pg_dump command)")
    backup.add_argument("dir", metavar="DIR")
    backup.add_argument("--out", required=True, metavar="FILE")
    _handler(backup, _backup)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `liaison-hub` console script."""
    from liaison_app.hub.admin import AdminError
    from liaison_app.hub.config import PRIVATE_UMASK, ConfigError

    args = build_parser().parse_args(argv)
    os.umask(PRIVATE_UMASK)  # the hub's files 0600, its folders 0700
    try:
        return int(args.handler(args))
    except (AdminError, ConfigError) as exc:
        print(f"liaison-hub: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"liaison-hub: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
