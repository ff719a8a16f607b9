"""P3: seal+sign a 2 KiB message for 3 devices and open+verify it, vs the raw PyNaCl calls.

Ours: `crypto.envelope.seal` + `envelope_bytes` (what goes on the wire), then
`open_envelope_bytes` for one recipient (each recipient opens its own copy).
Baseline, the same primitives on buffers of the same sizes: Ed25519 sign of
the inner bytes, SecretBox encrypt of the signed plaintext, 3x SealedBox
encrypt of the content key, Ed25519 sign of the outer bytes; then Ed25519
verify outer, SealedBox decrypt, SecretBox decrypt, Ed25519 verify inner.

Rounds of `per_round` iterations alternate between the two (and which goes
first); each side's per-operation time is the median over rounds. When the
target is missed, a cProfile of ours names where the extra time goes.
"""

from __future__ import annotations

import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import nacl.public
import nacl.secret
import nacl.signing
import nacl.utils

from bench.result import BenchResult
from liaison_app.crypto.envelope import (
    _check_recipients,
    inner_signing_bytes,
    open_envelope_bytes,
    seal,
    seal_plaintext,
)
from liaison_app.crypto.keys import DeviceKeys, device_id_for
from liaison_app.crypto.outer import verify_ed25519
from liaison_app.domain.grading import Grading, GradingScheme, HandlingCode
from liaison_app.domain.messages import MessageType, Priority, RequestContent, UrgencyClass
from liaison_app.domain.parties import Agency, DeviceStatus, Officer
from liaison_app.domain.subject_kinds import (
    Basis,
    DataSubjectCategory,
    Person,
    Sex,
    Vehicle,
    VehicleKind,
)
from liaison_app.protocol.canonical import parse_canonical
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.envelope import (
    envelope_bytes,
    envelope_signing_bytes,
    parse_envelope_signed,
)
from liaison_app.protocol.message import (
    InnerMessage,
    Recipients,
    SenderRef,
    inner_from_wire,
    inner_to_wire,
)

TARGET = 1.5
PLAINTEXT_BYTES = 2048
T0 = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)
NOW = T0 + timedelta(minutes=5)


@dataclass(frozen=True)
class Setup:
    """A sender, three recipient devices, their directory and a 2 KiB message."""

    sender: DeviceKeys
    recipients: tuple[DeviceKeys, ...]
    entries: tuple[DeviceEntry, ...]
    directory: Directory
    inner: InnerMessage


_PARTIES = (  # officer, agency
    ("gb-nca.lo-belgrade", "GB-NCA"), ("rs-bp.duty-desk", "RS-BP"),
    ("bg-bp.kapitan-andreevo", "BG-BP"), ("rs-bp.analyst", "RS-BP"),
)


def _entry(keys: DeviceKeys, officer: str, agency: str) -> DeviceEntry:
    pub = keys.public()
    return DeviceEntry(pub.device_id, officer, agency, pub.sign_key, pub.box_key,
                       pub.box_key_sig, DeviceStatus.ACTIVE)


def _inner(sender: DeviceKeys, recipients: tuple[DeviceEntry, ...], body: str) -> InnerMessage:
    return InnerMessage(
        id="019ab0c4-5e28-7000-8000-000000000001", type=MessageType.REQUEST,
        sender=SenderRef(_PARTIES[0][0], _PARTIES[0][1], sender.device_id),
        recipients=Recipients.of([e.agency_id for e in recipients],
                                 [e.device_id for e in recipients]),
        case_ref="NCA/OIC/2026/0042", priority=Priority.URGENT,
        handling=HandlingCode(GradingScheme.UK_3X5X2, "P"),
        grading=Grading(GradingScheme.UK_3X5X2, "1", "A"),
        subjects=(
            Person(category=DataSubjectCategory.SUSPECT, basis=Basis.FACT, surname="Petrović",
                   given_names="Marko", aliases=("Cigo",), date_of_birth="1984-03",
                   nationalities=("RS",), sex=Sex.MALE),
            Vehicle(category=DataSubjectCategory.OTHER, basis=Basis.FACT,
                    vehicle_kind=VehicleKind.LORRY, registration="PK-123-AB",
                    registration_country="BG", make="Scania"),
        ),
        body=body,
        content=RequestContent(
            purpose="Identify the facilitator behind a smuggling route.",
            information_requested="Registered keeper and crossings of lorry PK-123-AB.",
            grounds="Investigation into migrant smuggling (Operation Kestrel).",
            urgency=UrgencyClass.URGENT_INDIRECT, evidence_use_sought=False,
        ),
        in_reply_to=None, created_at=T0, expires_at=T0 + timedelta(days=30), lang="en",
    )


def make_setup(plaintext_bytes: int = PLAINTEXT_BYTES) -> Setup:
    """Fixed keys; the body is sized so the signed inner plaintext is `plaintext_bytes`."""
    keys = [DeviceKeys.from_seeds(bytes([0x10 + i]) * 32, bytes([0x20 + i]) * 32)
            for i in range(len(_PARTIES))]
    entries = tuple(_entry(k, o, a) for k, (o, a) in zip(keys, _PARTIES, strict=True))
    sender, recipients = keys[0], tuple(keys[1:])
    overhead = len(seal_plaintext(_inner(sender, entries[1:], ""), sender))
    body_len = max(0, plaintext_bytes - overhead)
    words = ("Lorry seen at Kapitan Andreevo heading north; driver known as Cigo. " * 64)
    inner = _inner(sender, entries[1:], words[:body_len].rstrip() or "x")
    directory = Directory(
        7, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC),
        tuple(Agency(a, a, a[:2]) for a in sorted({a for _, a in _PARTIES})),
        tuple(Officer(o, a, o) for o, a in _PARTIES), entries,
    )
    return Setup(sender, recipients, entries[1:], directory, inner)


def _never(_: str) -> bool:
    return False


def ours(s: Setup) -> Callable[[], None]:
    """One seal (to wire bytes) and one open for the first recipient."""
    def once() -> None:
        data = envelope_bytes(seal(s.inner, s.sender, s.entries, sent_at=T0))
        open_envelope_bytes(data, s.recipients[0], s.directory, seen=_never, now=NOW)
    return once


def baseline(s: Setup) -> Callable[[], None]:
    """The raw PyNaCl calls ours makes, on buffers of the same sizes."""
    env = seal(s.inner, s.sender, s.entries, sent_at=T0)
    inner_bytes = inner_signing_bytes(inner_to_wire(s.inner))
    plaintext = seal_plaintext(s.inner, s.sender)
    outer_bytes = envelope_signing_bytes(env)
    signing = s.sender.signing_key
    verify = nacl.signing.VerifyKey(s.sender.sign_key)
    box_keys = [e.box_key for e in s.entries]
    me = s.recipients[0].box_private

    def once() -> None:
        inner_sig = signing.sign(inner_bytes).signature
        key = nacl.utils.random(32)
        ciphertext = nacl.secret.SecretBox(key).encrypt(plaintext, nacl.utils.random(24))
        wrapped = [nacl.public.SealedBox(nacl.public.PublicKey(pk)).encrypt(key)
                   for pk in box_keys]
        outer_sig = signing.sign(outer_bytes).signature
        verify.verify(outer_bytes, outer_sig)
        key2 = nacl.public.SealedBox(me).decrypt(wrapped[0])
        nacl.secret.SecretBox(key2).decrypt(ciphertext)
        verify.verify(inner_bytes, inner_sig)
    return once


def _time(fn: Callable[[], None], iterations: int) -> float:
    start = time.perf_counter()
    for _ in range(iterations):
        fn()
    return (time.perf_counter() - start) / iterations


def measure(rounds: int = 31, per_round: int = 40) -> dict[str, float]:
    """Median per-operation seconds for ours and the baseline, interleaved by round."""
    s = make_setup()
    sides = {"ours": ours(s), "baseline": baseline(s)}
    for fn in sides.values():
        _time(fn, 5)  # warm-up
    got: dict[str, list[float]] = {"ours": [], "baseline": []}
    for r in range(rounds):
        for name in (("ours", "baseline") if r % 2 == 0 else ("baseline", "ours")):
            got[name].append(_time(sides[name], per_round))
    ratios = [o / b for o, b in zip(got["ours"], got["baseline"], strict=True)]
    return {"ours": statistics.median(got["ours"]),
            "baseline": statistics.median(got["baseline"]),
            "ours_best": min(got["ours"]), "baseline_best": min(got["baseline"]),
            "round_ratio_median": statistics.median(ratios),
            "plaintext_bytes": float(len(seal_plaintext(s.inner, s.sender)))}


def profile(iterations: int = 300, top: int = 12) -> list[tuple[str, float]]:
    """cProfile of ours: (function, share of total time excluding sub-calls), largest first."""
    s = make_setup()
    once = ours(s)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(iterations):
        once()
    prof.disable()
    stats = pstats.Stats(prof)
    table: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    table = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in table.values())
    rows = sorted(((f"{func[2]} ({func[0].rsplit('/', 1)[-1]}:{func[1]})", v[2] / total)
                   for func, v in table.items()), key=lambda x: -x[1])
    return rows[:top]


def stages(s: Setup | None = None, iterations: int = 200) -> dict[str, float]:
    """A quick split (µs per call) of ours into its parts, for the report."""
    s = s or make_setup()
    env = seal(s.inner, s.sender, s.entries, sent_at=T0)
    data = envelope_bytes(env)
    plaintext = seal_plaintext(s.inner, s.sender)
    doc = parse_canonical(plaintext, max_bytes=1 << 20)
    wire = doc["message"] if isinstance(doc, dict) else None
    parts: dict[str, Callable[[], object]] = {
        "seal": lambda: seal(s.inner, s.sender, s.entries, sent_at=T0),
        "  check_recipients (3 box-key verifies + ids)":
            lambda: _check_recipients(s.inner, s.entries),
        "  seal_plaintext (to_wire+canonical+sign)": lambda: seal_plaintext(s.inner, s.sender),
        "  envelope_signing_bytes": lambda: envelope_signing_bytes(env),
        "envelope_bytes": lambda: envelope_bytes(env),
        "open_envelope_bytes": lambda: open_envelope_bytes(
            data, s.recipients[0], s.directory, seen=_never, now=NOW),
        "  parse_envelope_signed (+ outer signing bytes)": lambda: parse_envelope_signed(data),
        "  parse_canonical(plaintext)": lambda: parse_canonical(plaintext, max_bytes=1 << 20),
        "  inner_from_wire (validation)": lambda: inner_from_wire(wire, "message"),
        "  device_id_for": lambda: device_id_for(s.sender.sign_key),
        "  one Ed25519 verify": lambda: verify_ed25519(
            s.sender.sign_key, plaintext, s.sender.sign(plaintext)),
    }
    out = {}
    for name, fn in parts.items():
        start = time.perf_counter()
        for _ in range(iterations):
            fn()
        out[name] = (time.perf_counter() - start) / iterations * 1e6
    return out


def run(large: bool, *, rounds: int = 31, per_round: int = 40,
        diagnose: bool = True) -> list[BenchResult]:
    """The P3 row; when missed, the top of a profile in the note and on stderr."""
    del large
    got = measure(rounds, per_round)
    ratio = got["ours"] / got["baseline"]
    met = ratio <= TARGET
    note = (f"{int(got['plaintext_bytes'])} B signed plaintext; "
            f"per-round median {got['round_ratio_median']:.2f}x; best rounds "
            f"{got['ours_best'] * 1e6:.0f}/{got['baseline_best'] * 1e6:.0f} µs = "
            f"{got['ours_best'] / got['baseline_best']:.2f}x (a baseline median well above "
            f"its best round means a busy host)")
    if not met and diagnose:
        for name, micros in stages().items():
            print(f"[P3 stages] {micros:8.1f} µs  {name}", file=sys.stderr, flush=True)
        hot = profile()
        for name, share in hot:
            print(f"[P3 profile] {share:6.1%} {name}", file=sys.stderr, flush=True)
        note += "; self-time top: " + ", ".join(f"{n.split(' ')[0]} {sh:.0%}"
                                                for n, sh in hot[:4])
    return [BenchResult(
        key="P3", title="seal+sign 2 KiB for 3 devices, open+verify (vs raw PyNaCl)",
        ours=got["ours"] * 1e6, baseline=got["baseline"] * 1e6, unit="µs", ratio=ratio,
        target=f"<= {TARGET}x", met=met, note=note,
    )]
