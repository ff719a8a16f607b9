"""minisign-format signatures: our signer round-trips and the real `minisign -V` agrees."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from liaison_app.crypto.release import (
    PublicKey,
    ReleaseKeyError,
    SecretKey,
    minisign_sign,
    minisign_verify,
)


@pytest.fixture
def needs_minisign() -> None:
    # Real verifiers, not our own word: a missing minisign is a failure, not a skip.
    assert shutil.which("minisign"), "minisign is missing: run scripts/setup.sh"


def minisign_accepts(data: Path, pub: Path) -> bool:
    res = subprocess.run(["minisign", "-V", "-q", "-m", str(data), "-p", str(pub)],
                         capture_output=True, text=True, check=False)
    return res.returncode == 0


def flip(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, Path, SecretKey]:
    key = SecretKey.generate()
    data = tmp_path / "artifact.bin"
    data.write_bytes(bytes(range(256)) * 40)
    (tmp_path / "artifact.bin.minisig").write_text(
        minisign_sign(data.read_bytes(), key, "timestamp:1\tfile:artifact.bin\thashed"))
    pub = tmp_path / "release.pub"
    pub.write_text(key.public().to_minisign())
    return data, pub, key


def test_round_trip_and_refusal(signed: tuple[Path, Path, SecretKey]) -> None:
    data, _, key = signed
    sig = Path(f"{data}.minisig").read_text()
    assert minisign_verify(data.read_bytes(), sig, key.public()).startswith("timestamp:1")
    with pytest.raises(ReleaseKeyError):
        minisign_verify(data.read_bytes() + b"x", sig, key.public())
    with pytest.raises(ReleaseKeyError, match="another key"):
        minisign_verify(data.read_bytes(), sig, SecretKey.generate().public())
    forged = sig.replace("timestamp:1", "timestamp:2")  # trusted comment is signed too
    with pytest.raises(ReleaseKeyError):
        minisign_verify(data.read_bytes(), forged, key.public())


def test_key_files_round_trip() -> None:
    key = SecretKey.generate()
    assert SecretKey.parse(key.to_minisign()) == key
    pub = key.public()
    assert PublicKey.parse(pub.to_minisign()) == pub
    assert PublicKey.parse(pub.to_minisign().splitlines()[1]) == pub
    with pytest.raises(ReleaseKeyError):
        PublicKey.parse("untrusted comment: x\nnot base64!\n")


@pytest.mark.usefixtures("needs_minisign")
def test_real_minisign_accepts_then_refuses_a_flipped_byte(
        signed: tuple[Path, Path, SecretKey]) -> None:
    data, pub, _ = signed
    assert minisign_accepts(data, pub)
    flip(data, 1234)
    assert not minisign_accepts(data, pub)
    flip(data, 1234)
    assert minisign_accepts(data, pub)
    sig = Path(f"{data}.minisig")
    lines = sig.read_text().splitlines(keepends=True)
    lines[2] = lines[2].replace("file:", "file:x")  # tamper with the trusted comment
    sig.write_text("".join(lines))
    assert not minisign_accepts(data, pub)


@pytest.mark.usefixtures("needs_minisign")
def test_keys_made_by_minisign_work_here(tmp_path: Path) -> None:
    sec, pub = tmp_path / "k.key", tmp_path / "k.pub"
    subprocess.run(["minisign", "-G", "-W", "-s", str(sec), "-p", str(pub)],
                   check=True, capture_output=True)
    key = SecretKey.parse(sec.read_bytes())
    assert key.public() == PublicKey.parse(pub.read_bytes())
    data = tmp_path / "f.txt"
    data.write_bytes(b"hello\n")
    Path(f"{data}.minisig").write_text(minisign_sign(data.read_bytes(), key, "ok"))
    assert minisign_accepts(data, pub)
    ours = tmp_path / "ours.pub"  # and minisign signs with a key we wrote
    ours_key = SecretKey.generate()
    (tmp_path / "ours.key").write_text(ours_key.to_minisign())
    ours.write_text(ours_key.public().to_minisign())
    subprocess.run(["minisign", "-S", "-s", str(tmp_path / "ours.key"), "-m", str(data),
                    "-t", "theirs"], check=True, capture_output=True)
    assert minisign_verify(data.read_bytes(), Path(f"{data}.minisig").read_text(),
                           ours_key.public()) == "theirs"
