"""Release signing for the build: minisign signatures, the release public key, the manifest.

    python packaging/tools/sign.py keygen --secret FILE --public FILE
    python packaging/tools/sign.py pubkey  [--key FILE]            > liaison-release.pub
    python packaging/tools/sign.py sign    [--key FILE] FILE...    (writes FILE.minisig)
    python packaging/tools/sign.py manifest [--key FILE] --out FILE --channel C
           --expires-days N [--minimum-version V] [--version V] ARTIFACT...

The secret key is a minisign secret key file: `--key FILE`, else the path in
$LIAISON_MINISIGN_KEY, else the key text itself in $LIAISON_MINISIGN_SECRET_KEY
(a CI secret). An encrypted key takes its password from
$LIAISON_MINISIGN_PASSWORD. Keys never live in the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from liaison_app import __version__
from liaison_app.crypto.release import ReleaseKeyError, SecretKey, minisign_sign, sign_manifest
from liaison_app.protocol.update_manifest import Artifact, UpdateManifest, Version


def _epoch() -> int:
    sde = os.environ.get("SOURCE_DATE_EPOCH")
    return int(sde) if sde else int(datetime.now(UTC).timestamp())


def load_key(path: Path | None) -> SecretKey:
    """The release secret key from --key, $LIAISON_MINISIGN_KEY or $LIAISON_MINISIGN_SECRET_KEY."""
    password = os.environ.get("LIAISON_MINISIGN_PASSWORD")
    if path is None and os.environ.get("LIAISON_MINISIGN_KEY"):
        path = Path(os.environ["LIAISON_MINISIGN_KEY"])
    if path is not None:
        return SecretKey.parse(path.read_bytes(), password)
    text = os.environ.get("LIAISON_MINISIGN_SECRET_KEY")
    if text:
        return SecretKey.parse(text, password)
    sys.exit("sign: no release key: give --key FILE or set LIAISON_MINISIGN_KEY")


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text)


def cmd_keygen(args: argparse.Namespace) -> None:
    """Make a fresh unencrypted key pair (tests; a real key is made once, offline)."""
    key = SecretKey.generate()
    _write_private(args.secret, key.to_minisign())
    args.public.write_text(key.public().to_minisign(), encoding="ascii")


def cmd_pubkey(args: argparse.Namespace) -> None:
    """Print the public key in minisign .pub format."""
    sys.stdout.write(load_key(args.key).public().to_minisign())


def cmd_sign(args: argparse.Namespace) -> None:
    """Write FILE.minisig next to each FILE."""
    key = load_key(args.key)
    for path in args.files:
        comment = f"timestamp:{_epoch()}\tfile:{path.name}\thashed"
        sig = minisign_sign(path.read_bytes(), key, comment)
        Path(f"{path}.minisig").write_text(sig, encoding="utf-8")
        print(f"sign: {path.name}.minisig")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def cmd_manifest(args: argparse.Namespace) -> None:
    """Write the signed update manifest listing the artifacts."""
    key = load_key(args.key)
    issued = datetime.fromtimestamp(_epoch(), UTC)
    manifest = UpdateManifest(
        version=Version.parse(args.version),
        channel=args.channel,
        artifacts=tuple(Artifact(p.name, _sha256(p), p.stat().st_size) for p in args.artifacts),
        issued_at=issued,
        expires_at=issued + timedelta(days=args.expires_days),
        minimum_version=Version.parse(args.minimum_version or args.version),
    )
    args.out.write_bytes(sign_manifest(manifest, key) + b"\n")
    print(f"sign: {args.out.name} ({manifest.version} on {manifest.channel})")


def main() -> None:
    """Parse arguments and run one command."""
    parser = argparse.ArgumentParser(prog="sign.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("keygen")
    p.add_argument("--secret", type=Path, required=True)
    p.add_argument("--public", type=Path, required=True)
    p.set_defaults(func=cmd_keygen)
    p = sub.add_parser("pubkey")
    p.add_argument("--key", type=Path)
    p.set_defaults(func=cmd_pubkey)
    p = sub.add_parser("sign")
    p.add_argument("--key", type=Path)
    p.add_argument("files", type=Path, nargs="+")
    p.set_defaults(func=cmd_sign)
    p = sub.add_parser("manifest")
    p.add_argument("--key", type=Path)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--channel", default="stable")
    p.add_argument("--version", default=__version__)
    p.add_argument("--minimum-version")
    p.add_argument("--expires-days", type=int, default=30)
    p.add_argument("artifacts", type=Path, nargs="+")
    p.set_defaults(func=cmd_manifest)
    args = parser.parse_args()
    try:
        args.func(args)
    except (ReleaseKeyError, OSError) as exc:
        sys.exit(f"sign: {exc}")


if __name__ == "__main__":
    main()
