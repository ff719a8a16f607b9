"""`liaison audit verify|export`: walk the profile's hash-chained, signed audit log, or
write it out (with its public key and hashes) for a third party to check."""

from __future__ import annotations

import argparse

from liaison_app.cli.common import add_profile_args, profile_path, read_passphrase


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the audit log")
    actions = p.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    v = actions.add_parser("verify", help="check the audit chain; exit 0 when intact")
    add_profile_args(v)
    v.add_argument("--against-hub", action="store_true",
                   help="also compare with the audit head this device attested to the hub "
                        "(detects a log cut short together with its head record)")
    v.set_defaults(handler=run_verify)
    e = actions.add_parser("export", help="write the whole chain with what a third party "
                           "needs to verify it (public key, hashes, signatures); audited")
    add_profile_args(e)
    e.add_argument("--format", required=True, choices=("jsonl", "csv"))
    e.add_argument("--out", required=True, metavar="FILE")
    e.add_argument("--justification", metavar="TEXT", default=None,
                   help="why the log is exported (default: for a data-protection audit)")
    e.set_defaults(handler=run_export)


def run_verify(args: argparse.Namespace) -> int:
    if args.against_hub:
        return _verify_against_hub(args)
    from liaison_app.crypto.keys import DeviceKeys
    from liaison_app.crypto.keystore import unlock_vault
    from liaison_app.store.audit import verify_profile_audit
    from liaison_app.store.profile import ProfileDir

    profile = ProfileDir(profile_path(args))
    secrets = unlock_vault(profile.keys, read_passphrase(args))
    keys = DeviceKeys.from_seeds(secrets.sign_seed, secrets.box_secret)
    verdict = verify_profile_audit(profile.path, secrets.db_key, keys.sign_key)
    if verdict.ok:
        print(f"audit chain intact: {verdict.count} entries verified")
        return 0
    print(f"audit chain BROKEN at entry {verdict.first_bad_seq}: {verdict.reason}")
    return 2


DEFAULT_EXPORT_JUSTIFICATION = "Audit log for a data-protection audit (DPA 2018 s.62)"


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from liaison_app.cli.common import open_profile
    from liaison_app.services.audit_export import export_audit

    why = args.justification if args.justification is not None else \
        DEFAULT_EXPORT_JUSTIFICATION
    with open_profile(args) as session:
        result = export_audit(session, Path(args.out), args.format, why)
    state = "intact" if result.intact else f"BROKEN ({result.problem})"
    print(f"{result.entries} audit entries written to {result.path}; chain {state}")
    return 0 if result.intact else 2


def _verify_against_hub(args: argparse.Namespace) -> int:
    from liaison_app.cli.main import UserFacingError
    from liaison_app.services.audit_anchor import verify_against_hub
    from liaison_app.sync.errors import SyncError

    try:
        verdict = verify_against_hub(profile_path(args), read_passphrase(args))
    except SyncError as exc:
        raise UserFacingError(f"cannot compare with the hub: {exc}; the local check alone is "
                              "`liaison audit verify`") from exc
    local = verdict.local
    if not local.ok:
        print(f"audit chain BROKEN at entry {local.first_bad_seq}: {local.reason}")
        return 2
    if not verdict.ok:
        print(f"audit chain BROKEN against the hub: {verdict.reason}")
        return 2
    print(f"audit chain intact: {local.count} entries verified; {verdict.reason}")
    return 0
