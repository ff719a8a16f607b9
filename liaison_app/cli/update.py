"""`liaison update check`: verify a signed update manifest (and downloaded files).

    liaison update check --manifest FILE_OR_URL [--profile DIR | --release-key FILE]
                         [--artifact FILE]...

With `--profile` the release key is the one in the profile's provisioning file
and the last accepted version is kept in the profile's encrypted store, so a
rollback is refused across runs. `--release-key` (a minisign .pub file) checks
a manifest without a profile; its rollback state lasts for one run only. The
channel and the CA for an https manifest come from the effective settings: IT's
policy file, then (with `--profile`) the provisioning profile's policy and the
officer's own choices.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liaison_app import __version__
from liaison_app.config.policy import EffectiveSettings, effective_settings, load_policy
from liaison_app.config.store import MemorySettingsStore, SettingsStore
from liaison_app.config.update_check import (
    LastAcceptedVersion,
    check_manifest,
    read_manifest_source,
)
from liaison_app.crypto.release import PublicKey, ReleaseKeyError, verify_manifest
from liaison_app.protocol.canonical import b64u_encode
from liaison_app.protocol.update_manifest import UpdateRefused


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `update check` to the `liaison` command."""
    update = subparsers.add_parser("update", help="check signed updates")
    sub = update.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="verify a signed update manifest")
    check.add_argument("--manifest", required=True, metavar="FILE_OR_URL",
                       help="the signed manifest: a file or an https:// URL")
    check.add_argument("--release-key", metavar="FILE", type=Path,
                       help="the release public key (minisign .pub file); default: the "
                       "key in the profile's provisioning file")
    check.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                       help="profile whose release key and rollback state to use")
    check.add_argument("--passphrase-stdin", action="store_true",
                       help="read the profile's passphrase from standard input")
    check.add_argument("--artifact", action="append", default=[], metavar="FILE", type=Path,
                       help="a downloaded file to check against the manifest (repeatable)")
    check.set_defaults(handler=run_check)


def _user_error(message: str) -> Exception:
    from liaison_app.cli.main import UserFacingError

    return UserFacingError(message)


def run_check(args: argparse.Namespace) -> int:
    """Verify the manifest; print the outcome; raise UserFacingError when refused."""
    if getattr(args, "profile", None):
        from liaison_app.cli.common import open_profile
        from liaison_app.services.preferences import ProfileSettingsStore, effective

        with open_profile(args) as session:
            key = _release_key(args, session.provisioning.release_signing_key)
            # policy file > the profile's policy from IT > the officer's choices
            return _check(args, key, ProfileSettingsStore(session), effective(session))
    if args.release_key is None:
        raise _user_error("no release key: give --profile DIR or --release-key FILE "
                          "(the .pub from IT)")
    return _check(args, _release_key(args, None), None, effective_settings({}, load_policy()))


def _release_key(args: argparse.Namespace, from_profile: bytes | None) -> PublicKey:
    if args.release_key is None and from_profile is not None:
        return PublicKey.parse(b64u_encode(from_profile))
    try:
        return PublicKey.parse(args.release_key.read_bytes())
    except OSError as exc:
        raise _user_error(f"cannot read the release key {args.release_key}: {exc.strerror}") \
            from exc
    except ReleaseKeyError as exc:
        raise _user_error(str(exc)) from exc


def _check(args: argparse.Namespace, key: PublicKey, profile_store: SettingsStore | None,
           settings: EffectiveSettings) -> int:
    for problem in settings.problems:
        print(f"liaison: warning: {problem}", file=sys.stderr)
    channel = str(settings.value("update_channel"))
    ca_file = settings.value("hub_ca_file")

    if profile_store is not None:
        store: SettingsStore = profile_store
        persistent = True
    else:
        store, persistent = MemorySettingsStore(), False
    try:
        document = read_manifest_source(
            args.manifest, ca_file=ca_file if isinstance(ca_file, str) else None)
        result = check_manifest(document, lambda doc: verify_manifest(doc, key),
                                LastAcceptedVersion(store),
                                installed=__version__, channel=channel,
                                artifacts=args.artifact)
    except UpdateRefused as exc:
        raise _user_error(f"update refused ({exc.reason.value}): {exc.detail}") from exc
    except (OSError, ValueError) as exc:
        raise _user_error(f"cannot read the manifest {args.manifest}: {exc}") from exc

    m = result.manifest
    print(f"manifest ok: liaison {m.version} on {m.channel}, signed by release key "
          f"{key.key_id_hex}, valid until {m.expires_at:%Y-%m-%d %H:%M} UTC")
    for name in result.verified_artifacts:
        print(f"artifact ok: {name} (size and SHA-256 match)")
    if result.update_required:
        print(f"update required: {__version__} is below the minimum {m.minimum_version}")
    elif result.update_available:
        print(f"update available: {__version__} -> {m.version}")
    else:
        print(f"up to date: {__version__}")
    if not persistent:
        print("note: without --profile the rollback state is kept for this run only")
    return 0
