"""apt installs liaison from the signed repository, and refuses it once InRelease is edited.

The repository in dist/apt is served by python's http.server on 127.0.0.1 and
added with `signed-by=`. apt sees only this source (its own source list), so
the machine's other sources are neither fetched nor touched. The package is
installed on this machine and removed (purged) afterwards.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging
ICON = "/usr/share/icons/hicolor/scalable/apps/org.liaison.Liaison.svg"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def setup_sources(work: Path, url: str, keyring: Path) -> list[str]:
    """apt options for a private source list (ours only) and a private lists directory."""
    (work / "lists/partial").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "lists/partial", user="_apt")
    parts = work / "sources.list.d"
    parts.mkdir(exist_ok=True)
    os.chmod(work, 0o755)
    (parts / "liaison.sources").write_text(
        f"Types: deb\nURIs: {url}\nSuites: stable\nComponents: main\n"
        f"Architectures: amd64\nSigned-By: {keyring}\n")
    (work / "none.list").write_text("")
    return ["-o", f"Dir::Etc::SourceList={work / 'none.list'}",
            "-o", f"Dir::Etc::SourceParts={parts}",
            "-o", f"Dir::State::Lists={work / 'lists'}",
            "-o", "APT::Get::List-Cleanup=0",
            "-o", "DPkg::Lock::Timeout=600"]


def apt(opts: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *opts, *args], capture_output=True, text=True,
                          check=False, env=env)


@pytest.fixture(scope="module")
def aptroot() -> Iterator[Path]:
    """A directory apt's unprivileged `_apt` user can traverse (pytest's tmp is 0700)."""
    path = Path(tempfile.mkdtemp(prefix="liaison-apt-", dir="/tmp"))
    os.chmod(path, 0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def keyring(dist: Path, aptroot: Path) -> Path:
    """The archive key as IT installs it for signed-by=."""
    path = aptroot / "liaison-archive-keyring.gpg"
    shutil.copy(dist / "liaison-archive-keyring.gpg", path)
    os.chmod(path, 0o644)
    return path


@pytest.fixture(scope="module")
def installed(dist: Path, keyring: Path, aptroot: Path
              ) -> Iterator[subprocess.CompletedProcess[str]]:
    work = aptroot / "good"
    with serve(dist / "apt") as url:
        opts = setup_sources(work, url, keyring)
        update = apt(opts, "update")
        assert update.returncode == 0, update.stdout + update.stderr
        assert "NO_PUBKEY" not in update.stderr and "not signed" not in update.stderr
        result = apt(opts, "install", "-y", "--no-install-recommends", "liaison")
        try:
            yield result
        finally:
            apt(opts, "remove", "--purge", "-y", "liaison")
    assert not Path("/usr/lib/liaison").exists(), "apt-get remove --purge left files behind"


def test_apt_get_install_succeeds(installed: subprocess.CompletedProcess[str]) -> None:
    assert installed.returncode == 0, installed.stdout + installed.stderr
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status} ${Version}", "liaison"],
                            capture_output=True, text=True, check=True).stdout
    assert status == "install ok installed 0.1.0"
    verify = subprocess.run(["dpkg", "--verify", "liaison"], capture_output=True, text=True,
                            check=False)
    assert verify.returncode == 0 and not verify.stdout, verify.stdout


def clean_env(**extra: str) -> dict[str, str]:
    """No venv, no project on the path: only what the package installed."""
    return {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8", **extra}


def test_installed_liaison_version(installed: subprocess.CompletedProcess[str]) -> None:
    res = subprocess.run(["/usr/bin/liaison", "--version"], capture_output=True, text=True,
                         check=False, env=clean_env(), cwd="/")
    assert res.returncode == 0 and res.stdout.strip() == "liaison 0.1.0", res.stderr


def test_installed_client_starts_offscreen(installed: subprocess.CompletedProcess[str],
                                           tmp_path: Path) -> None:
    # The installed desktop client opens its first window (the first-run wizard for a
    # new profile) on the offscreen platform and loads every Designer form it carries.
    res = subprocess.run(["/usr/bin/liaison", "--profile", str(tmp_path / "profile")],
                         capture_output=True, text=True, check=False, timeout=120, cwd="/",
                         env=clean_env(QT_QPA_PLATFORM="offscreen", LIAISON_GUI_SMOKE="1"))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "gui smoke: FirstRunWizard shown=True" in res.stdout
    assert "platform=offscreen" in res.stdout
    # The bundle's own self-test: the qtbase translations and the SVG icon render.
    res = subprocess.run(["/usr/bin/liaison"], capture_output=True, text=True, check=False,
                         timeout=120, cwd="/",
                         env=clean_env(QT_QPA_PLATFORM="offscreen", LIAISON_BUNDLE_SELFTEST="1",
                                       LIAISON_SELFTEST_ICON=ICON))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "platform=offscreen translations=ok svg=ok" in res.stdout


def test_apt_refuses_an_edited_inrelease(dist: Path, keyring: Path, aptroot: Path) -> None:
    repo = aptroot / "tampered-repo"
    shutil.copytree(dist / "apt", repo)
    inrelease = repo / "dists/stable/InRelease"
    text = inrelease.read_text()
    assert "Origin: Liaison" in text
    inrelease.write_text(text.replace("Origin: Liaison", "Origin: Liaisom", 1))
    with serve(repo) as url:
        opts = setup_sources(aptroot / "tampered", url, keyring)
        update = apt(opts, "update")
    out = update.stdout + update.stderr
    print("apt-get update on the edited repository:",
          *[ln for ln in out.splitlines() if ln.startswith(("E:", "W:"))], sep="\n  ")
    assert update.returncode != 0 or "is not signed" in out, out
    assert "BADSIG" in out or "signatures were invalid" in out or "not signed" in out, out
    policy = subprocess.run(["apt-cache", *opts, "policy", "liaison"], capture_output=True,
                            text=True, check=False)
    assert "127.0.0.1" not in policy.stdout, "apt used the tampered repository"
