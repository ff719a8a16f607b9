"""The built artifacts, checked by the real tools IT uses (minisign, sha256sum, lintian...)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging
APP_ID = "org.liaison.Liaison"
ROOT = Path(__file__).resolve().parents[2]


def run(*cmd: str | Path, cwd: Path | None = None, check: bool = True,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True,
                         check=False, env=env)
    if check and res.returncode != 0:
        raise AssertionError(f"{cmd} failed ({res.returncode}):\n{res.stdout}\n{res.stderr}")
    return res


def signed_artifacts(dist: Path) -> list[Path]:
    return sorted(p.with_suffix("") for p in dist.glob("*.minisig"))


def test_every_artifact_is_signed(dist: Path) -> None:
    names = {p.name for p in signed_artifacts(dist)}
    unsigned = {p.name for p in dist.iterdir() if p.is_file()} - names - {
        f"{n}.minisig" for n in names}
    assert not unsigned, f"artifacts without a .minisig: {unsigned}"
    for needed in ("SHA256SUMS", "liaison_0.1.0_amd64.deb", "liaison-update-stable.json",
                   "liaison-0.1.0-linux-x86_64.tar.gz", "liaison-archive-keyring.gpg"):
        assert needed in names


def test_minisign_accepts_each_artifact_and_refuses_a_flipped_byte(
        dist: Path, keys: Path, tmp_path: Path) -> None:
    pub = keys / "release.pub"  # the key IT holds, not the copy shipped in dist/
    assert (dist / "liaison-release.pub").read_text() == pub.read_text()
    for art in signed_artifacts(dist):
        ok = run("minisign", "-V", "-m", art, "-p", pub, check=False)
        assert ok.returncode == 0, f"minisign refused {art.name}: {ok.stderr}"
        assert "Signature and comment signature verified" in ok.stdout
        copy = tmp_path / art.name
        shutil.copy(art, copy)
        shutil.copy(f"{art}.minisig", f"{copy}.minisig")
        raw = bytearray(copy.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        copy.write_bytes(bytes(raw))
        bad = run("minisign", "-V", "-m", copy, "-p", pub, check=False)
        assert bad.returncode != 0, f"minisign accepted a tampered {art.name}"
        assert "Signature verification failed" in bad.stderr + bad.stdout


def test_checksums(dist: Path) -> None:
    out = run("sha256sum", "-c", "SHA256SUMS", cwd=dist).stdout
    assert out.count(": OK") == len(out.strip().splitlines()) >= 5


def test_update_manifest_lists_the_packages(dist: Path, keys: Path, tmp_path: Path) -> None:
    env = {**os.environ, "LIAISON_POLICY_FILE": str(tmp_path / "none.toml")}
    code = ("import sys; from liaison_app.cli import main as m; m.FEATURES = ('update',); "
            "sys.exit(m.main(sys.argv[1:]))")
    args = ["update", "check", "--manifest", str(dist / "liaison-update-stable.json"),
            "--release-key", str(keys / "release.pub"),
            "--artifact", str(dist / "liaison_0.1.0_amd64.deb"),
            "--artifact", str(dist / "liaison-0.1.0-linux-x86_64.tar.gz")]
    res = run(ROOT / ".venv/bin/python", "-c", code, *args, env=env)
    assert "manifest ok" in res.stdout and res.stdout.count("artifact ok") == 2
    other = tmp_path / "other.pub"
    run(ROOT / ".venv/bin/python", ROOT / "packaging/tools/sign.py", "keygen",
        "--secret", tmp_path / "other.key", "--public", other)
    args[args.index("--release-key") + 1] = str(other)
    bad = run(ROOT / ".venv/bin/python", "-c", code, *args, env=env, check=False)
    assert bad.returncode == 1 and "bad_signature" in bad.stderr


def test_lintian_reports_no_errors(dist: Path) -> None:
    res = run("lintian", "--fail-on", "error", "--suppress-tags", "",
              dist / "liaison_0.1.0_amd64.deb", check=False)
    errors = [ln for ln in res.stdout.splitlines() if ln.startswith("E:")]
    assert res.returncode == 0 and not errors, res.stdout + res.stderr
    # Overrides come in blank-line separated blocks, each opened by its justification.
    text = (ROOT / "packaging/linux/debian/lintian-overrides").read_text()
    for block in text.split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        if any(not ln.startswith("#") for ln in lines):
            assert lines[0].startswith("#"), f"override without a justification: {lines}"


@pytest.fixture(scope="module")
def unpacked(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb")
    run("dpkg-deb", "-x", dist / "liaison_0.1.0_amd64.deb", root)
    return root


def test_desktop_entry_and_appstream_validate(unpacked: Path) -> None:
    run("desktop-file-validate", unpacked / f"usr/share/applications/{APP_ID}.desktop")
    res = run("appstreamcli", "validate", "--no-net",
              unpacked / f"usr/share/metainfo/{APP_ID}.metainfo.xml")
    assert "Validation was successful" in res.stdout


def test_package_layout_and_metadata(dist: Path, unpacked: Path) -> None:
    deb = dist / "liaison_0.1.0_amd64.deb"
    assert os.readlink(unpacked / "usr/bin/liaison") == "../lib/liaison/liaison"
    for rel in (f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                "usr/share/doc/liaison/copyright", "usr/share/doc/liaison/changelog.gz",
                "usr/lib/liaison/liaison", "usr/share/man/man1/liaison.1.gz"):
        assert (unpacked / rel).exists(), rel
    qt = unpacked / "usr/lib/liaison/_internal/PySide6/Qt"
    for plugin in ("libqxcb.so", "libqoffscreen.so", "libqminimal.so"):
        assert (qt / "plugins/platforms" / plugin).exists(), plugin
    assert list((qt / "translations").glob("qtbase_*.qm"))
    internal = unpacked / "usr/lib/liaison/_internal"
    for package, stem in (("nacl", "_sodium"), ("sqlcipher3", "_sqlite3"),
                          ("orjson", "orjson"), ("pybase64", "_pybase64"),
                          ("Crypto/Hash", "_keccak"), ("rapidfuzz/distance", "metrics_cpp")):
        # pybase64 would run without its compiled module (pure-Python fallback), but slowly
        assert list((internal / package).glob(f"{stem}.*so")), f"{package}: no compiled module"
    depends = run("dpkg-deb", "-f", deb, "Depends").stdout
    assert "libc6" in depends and "libxcb1" in depends
    contents = run("dpkg-deb", "-c", deb).stdout.splitlines()
    assert all(" root/root " in ln for ln in contents)
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True,
                         check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        mtimes = {m.mtime for m in tf.getmembers()}
        owners = {(m.uid, m.gid) for m in tf.getmembers()}
    assert owners == {(0, 0)}
    assert len(mtimes) == 1, "every file carries SOURCE_DATE_EPOCH as its mtime"
    if os.environ.get("SOURCE_DATE_EPOCH"):
        assert mtimes == {int(os.environ["SOURCE_DATE_EPOCH"])}
    assert run("gzip", "-l", "-v", unpacked / "usr/share/doc/liaison/changelog.gz").returncode == 0
    head = (unpacked / "usr/share/doc/liaison/changelog.gz").read_bytes()[:10]
    assert head[4:8] == b"\0\0\0\0", "gzip -n: no timestamp in the changelog"


@pytest.mark.skipif(os.environ.get("LIAISON_PACKAGING_REPRO") != "1",
                    reason="set LIAISON_PACKAGING_REPRO=1 to rebuild the .deb and compare")
def test_deb_rebuild_is_identical(dist: Path, tmp_path: Path) -> None:
    env = {**os.environ, "DIST": str(tmp_path)}
    run("bash", ROOT / "packaging/linux/deb.sh", env=env)
    first = (dist / "liaison_0.1.0_amd64.deb").read_bytes()
    assert (tmp_path / "liaison_0.1.0_amd64.deb").read_bytes() == first
