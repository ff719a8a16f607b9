"""Property tests: random bytes and random JSON into every parser; only typed errors out."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from liaison_app.crypto.directory import DirectoryError, sign_directory, verify_directory
from liaison_app.crypto.envelope import open_envelope_bytes, seal
from liaison_app.crypto.outer import parse_envelope_or_reject
from liaison_app.protocol.canonical import canonical_bytes, parse_canonical, parse_json
from liaison_app.protocol.directory import directory_from_wire, directory_to_wire
from liaison_app.protocol.domains import DIRECTORY_SIG_PREFIX
from liaison_app.protocol.envelope import envelope_bytes, envelope_from_wire, parse_envelope
from liaison_app.protocol.errors import Rejection, ValidationError
from liaison_app.protocol.message import inner_from_wire, inner_to_wire
from tests.vectors.forge import forge, signed_plaintext
from tests.vectors.samples import T0, A, B, C, authority, directory, message

TYPED = (ValidationError, Rejection, DirectoryError)
NOW = datetime(2026, 11, 23, 4, tzinfo=UTC)
AUTH = bytes(authority().verify_key)
DIR = directory()
ENV = seal(message(A, (B, C)), A.keys, [B.entry(), C.entry()], sent_at=T0)
ENV_WIRE = json.loads(envelope_bytes(ENV))
INNER_WIRE = json.loads(canonical_bytes(inner_to_wire(message())))
DIR_WIRE = json.loads(canonical_bytes(directory_to_wire(DIR)))
SIGNED_DIR = json.loads(sign_directory(DIR, authority()))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.text(max_size=40),
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=12), kids,
                                                              max_size=5),
    max_leaves=25,
)


def only_typed(fn: Callable[[], object]) -> None:
    with contextlib.suppress(*TYPED):
        fn()


def _bytes_parsers(data: bytes) -> list[Callable[[], object]]:
    return [
        lambda: parse_json(data, max_bytes=1 << 20),
        lambda: parse_canonical(data, max_bytes=1 << 20),
        lambda: parse_envelope(data),
        lambda: parse_envelope_or_reject(data),
        lambda: verify_directory(data, AUTH, min_version=1, now=NOW),
        lambda: open_envelope_bytes(data, B.keys, DIR, seen=lambda _: False, now=NOW),
    ]


def _object_parsers(obj: Any) -> list[Callable[[], object]]:
    return [
        lambda: envelope_from_wire(obj),
        lambda: inner_from_wire(obj),
        lambda: directory_from_wire(obj),
    ]


@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    for fn in _bytes_parsers(data):
        only_typed(fn)


@given(json_values)
def test_random_json(value: Any) -> None:
    data = json.dumps(value).encode()
    for fn in _bytes_parsers(data) + _object_parsers(value):
        only_typed(fn)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


def _mutate(base: Any, data: st.DataObject) -> Any:
    obj = copy.deepcopy(base)
    path = data.draw(st.sampled_from(_paths(obj)[1:]))
    parent = obj
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    return obj


@given(st.data())
def test_mutated_valid_documents(data: st.DataObject) -> None:
    env = _mutate(ENV_WIRE, data)
    inner = _mutate(INNER_WIRE, data)
    dir_obj = _mutate(DIR_WIRE, data)
    signed = _mutate(SIGNED_DIR, data)
    for fn in _object_parsers(env) + _object_parsers(inner) + _object_parsers(dir_obj):
        only_typed(fn)
    only_typed(lambda: open_envelope_bytes(json.dumps(env).encode(), B.keys, DIR,
                                           seen=lambda _: False, now=NOW))
    only_typed(lambda: verify_directory(json.dumps(signed).encode(), AUTH, min_version=1,
                                        now=NOW))


def _resigned_directory(obj: Any) -> bytes:
    sig = authority().sign(DIRECTORY_SIG_PREFIX + canonical_bytes(obj)).signature
    return canonical_bytes({"directory": obj, "sig": sig})


def _sealed_inner(obj: Any) -> bytes:
    plaintext = signed_plaintext(obj, A.keys)
    return envelope_bytes(forge(plaintext, A.keys, [B.keys.public()], env_id=ENV.id,
                                sent_at=T0))


@given(st.data())
def test_mutated_documents_under_valid_signatures(data: st.DataObject) -> None:
    """Past the signature checks: the inner parser and the directory parser proper."""
    dir_obj = _mutate(DIR_WIRE, data)
    inner = _mutate(INNER_WIRE, data)
    only_typed(lambda: verify_directory(_resigned_directory(dir_obj), AUTH, min_version=1,
                                        now=NOW))
    only_typed(lambda: open_envelope_bytes(_sealed_inner(inner), B.keys, DIR,
                                           seen=lambda _: False, now=NOW))
