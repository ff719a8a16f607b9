"""Carrier bundles: what export, import and relay share (ADR 0021, protocol §28).

Who a bundle is for and who may carry it are named as agencies (`RS-BP`) or
officers (`rs-bp.horgos-desk`) and resolved here, from the cached and verified
directory, to the active devices that get a stanza. A refusal reaches the
officer in plain words with what to do (`BundleError`, carrying the protocol's
reason code for the GUI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from liaison_app.crypto.bundle_open import BundleProblem, BundleRefused
from liaison_app.domain.errors import ValidationError
from liaison_app.protocol.bundle import MAX_STANZAS, Parties
from liaison_app.protocol.directory import DeviceEntry, Directory
from liaison_app.protocol.ids import validate_agency_id, validate_officer_id
from liaison_app.services.errors import ServiceError
from liaison_app.services.session import Session
from liaison_app.store.directory_apply import load_directory

__all__ = [
    "BundleError",
    "Progress",
    "Resolved",
    "bundle_error",
    "cached_directory",
    "now_utc",
    "parse_names",
    "resolve_parties",
    "worker_session",
]

Progress = Callable[[str, int, int], None]
"""`progress(phase, done, total)`: phases are `seal`, `write`, `check`, `read`, `store`,
`upload`, `push`; `done`/`total` count bytes or items."""


class BundleError(ServiceError):
    """A bundle could not be made, imported or relayed; `problem` is the §28 reason code
    when the bundle itself was refused."""

    def __init__(self, message: str, problem: BundleProblem | None = None,
                 detail: str = "", **params: object) -> None:
        super().__init__(message, **params)
        self.problem = problem
        self.detail = detail or str(self)


_WORDS: dict[BundleProblem, str] = {
    BundleProblem.MALFORMED: "This file is not a Liaison bundle, or it is malformed",
    BundleProblem.UNSUPPORTED_VERSION: "This bundle was made by a newer version of Liaison; "
                                       "update this device first",
    BundleProblem.NOT_FOR_THIS_DEVICE: "This bundle is not addressed to this device (it is "
                                       "for another officer or agency), or it is damaged",
    BundleProblem.DAMAGED: "This bundle is damaged or was altered; ask for a new copy",
    BundleProblem.TRUNCATED: "This bundle is incomplete (cut short while copying?); copy "
                             "it again from the medium",
    BundleProblem.UNKNOWN_CREATOR: "This bundle comes from a device that is not in your "
                                   "directory; sync once to refresh it, then try again",
    BundleProblem.BAD_SIGNATURE: "This bundle's signature does not verify: it is forged or "
                                 "altered; do not use it and report it",
    BundleProblem.REVOKED_CREATOR: "This bundle comes from a device that has been revoked "
                                   "(lost or stolen?); it is refused; report it",
    BundleProblem.EXPIRED: "This bundle has expired; ask the sender for a new one",
    BundleProblem.NOT_YET_VALID: "This bundle says it was made in the future; check this "
                                 "device's date and time",
    BundleProblem.MISADDRESSED: "This bundle is not for you",
    BundleProblem.DIGEST_MISMATCH: "This bundle's contents are not what its sender signed; "
                                   "it is refused; ask for a new copy",
}


def bundle_error(exc: BundleRefused) -> BundleError:
    """The officer's words for a refused bundle (the detail after them)."""
    return BundleError("{words}. Nothing was stored. ({why})", exc.problem, exc.detail,
                       words=_WORDS[exc.problem], why=exc.detail)


def now_utc(now: datetime | None = None) -> datetime:
    """`now` (or the clock) in UTC, whole seconds."""
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def cached_directory(session: Session) -> Directory:
    """The cached, verified directory (bundles are sealed and opened against it)."""
    directory = load_directory(session.db)
    if directory is None:
        raise BundleError("This device has no directory yet: connect once and sync.")
    return directory


def parse_names(text: str | Sequence[str], field: str) -> tuple[str, ...]:
    """`RS-BP,rs-bp.horgos-desk` (or a list) as checked agency and officer ids."""
    raw = text.split(",") if isinstance(text, str) else list(text)
    names: list[str] = []
    for i, name in enumerate(n.strip() for n in raw):
        if not name:
            continue
        where = f"{field}[{i}]"
        names.append(validate_officer_id(name, where) if "." in name
                     else validate_agency_id(name, where))
    return tuple(dict.fromkeys(names))


@dataclass(frozen=True, slots=True)
class Resolved:
    """Named parties and the active devices they mean now."""

    parties: Parties
    devices: tuple[DeviceEntry, ...]


def resolve_parties(directory: Directory, names: Sequence[str], own_device: str,
                    field: str) -> Resolved:
    """The active devices (not this one) of each named agency and officer; an unknown
    name, or one with no active device, is refused naming it."""
    chosen: dict[str, DeviceEntry] = {}
    for name in names:
        if "." in name:
            if directory.officer(name) is None:
                raise ValidationError(field, "officer {name} is not in your directory", name=name)
            found = [d for d in directory.devices_of_officer(name)
                     if d.active and d.device_id != own_device]
        else:
            if directory.agency(name) is None:
                raise ValidationError(field, "agency {name} is not in your directory", name=name)
            found = [d for d in directory.devices_of_agency(name)
                     if d.active and d.device_id != own_device]
        if not found:
            raise ValidationError(field, "{name} has no active device in your directory",
                                  name=name)
        chosen.update((d.device_id, d) for d in found)
    return Resolved(Parties.of(list(names)), tuple(chosen[k] for k in sorted(chosen)))


def check_stanza_room(devices: int) -> None:
    """A bundle opens for at most MAX_STANZAS devices."""
    if devices > MAX_STANZAS:
        raise BundleError("A bundle can be opened by at most {limit} devices; these "
                          "recipients and carriers have {devices}. Name officers instead of "
                          "whole agencies, or fewer carriers.", limit=MAX_STANZAS,
                          devices=devices)


@contextmanager
def worker_session(session: Session) -> Iterator[Session]:
    """The same profile on a connection of this (worker) thread, closed afterwards: a
    SQLite connection belongs to the thread that opened it."""
    db = session.open_second_connection()
    try:
        yield Session(session.profile, db, session.keys, session.provisioning, b"")
    finally:
        db.close()
