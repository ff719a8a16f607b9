"""`liaison enrol`: make this device's keys from IT's provisioning file and enrol."""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison_app.cli.common import add_profile_args, profile_path, read_passphrase
from liaison_app.cli.main import UserFacingError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enrol", help="enrol this device with a provisioning file from IT")
    add_profile_args(p)
    p.add_argument("--provisioning", metavar="FILE", required=True,
                   help="the signed provisioning file IT gave you")
    p.add_argument("--offline", action="store_true",
                   help="prepare the profile now and finish enrolment when connected")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from liaison_app.protocol.provisioning import authority_fingerprint
    from liaison_app.services.enrolment import prepare_profile
    from liaison_app.services.session import open_session
    from liaison_app.services.sync_runner import enrol_now
    from liaison_app.store.profile import ProfileDir
    from liaison_app.sync.errors import SyncError

    path = profile_path(args)
    try:
        data = Path(args.provisioning).read_bytes()
    except OSError as exc:
        raise UserFacingError(f"cannot read the provisioning file: {exc.strerror}") from exc
    passphrase = read_passphrase(args, confirm=True)
    if ProfileDir(path).keys.exists():
        session = open_session(path, passphrase)  # resume "enrol when connected"
    else:
        session = prepare_profile(path, data, passphrase)
    with session:
        print(f"Profile ready for {session.identity.officer_id} "
              f"(device {session.identity.device_id}).")
        print("Provisioning authority fingerprint: "
              f"{authority_fingerprint(session.provisioning.directory_authority_key)} "
              "(check it is the one IT gave you)")
        if session.enrolled:
            print("This device is already enrolled.")
            return 0
        if args.offline:
            print("Run `liaison enrol` again when connected to finish enrolment.")
            return 0
        try:
            url = enrol_now(session)
        except SyncError as exc:
            raise UserFacingError(
                f"the profile is ready but enrolment with the hub failed: {exc}. "
                "Run `liaison enrol` again when connected.") from exc
        print(f"Enrolled with {url}.")
    return 0
