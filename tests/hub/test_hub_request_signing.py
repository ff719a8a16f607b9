"""The RFC 9421 request-signature profile: signing, verification and strict parsing."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.request_auth import (
    AuthCode,
    RequestAuthError,
    request_key_id,
    sign_request,
    verify_request,
)
from liaison_app.protocol.request_signature import (
    SignatureParams,
    format_content_digest,
    parse_signature_input,
    signature_base,
)

NOW = datetime(2026, 11, 23, 3, 45, tzinfo=UTC)
KEYS = DeviceKeys.from_seeds(bytes(range(32)), bytes(range(32, 64)))


def _sign(method: str = "POST", path: str = "/v1/envelopes", body: bytes = b'{"a":1}',
          **kw: object) -> dict[str, str]:
    return sign_request(method, path, body, KEYS.device_id, KEYS.signing_key, now=NOW,
                        **kw)  # type: ignore[arg-type]


def _verify(headers: dict[str, str], method: str = "POST", path: str = "/v1/envelopes",
            body: bytes = b'{"a":1}', now: datetime = NOW) -> object:
    return verify_request(method, path, headers, body, KEYS.sign_key, now=now)


def _code(exc: pytest.ExceptionInfo[RequestAuthError]) -> AuthCode:
    return exc.value.code


def test_round_trip_names_device_nonce_and_time() -> None:
    headers = _sign(nonce="n" * 22)
    verified = _verify(headers)
    assert verified.device_id == KEYS.device_id  # type: ignore[attr-defined]
    assert verified.nonce == "n" * 22  # type: ignore[attr-defined]
    assert verified.created == NOW  # type: ignore[attr-defined]
    assert request_key_id(headers) == KEYS.device_id


def test_headers_have_rfc9421_syntax() -> None:
    headers = _sign(nonce="abcdefghijklmnopqrstuv")
    digest = base64.b64encode(hashlib.sha256(b'{"a":1}').digest()).decode()
    assert headers["Content-Digest"] == f"sha-256=:{digest}:"
    assert headers["Signature-Input"] == (
        'liaison=("@method" "@path" "@query" "content-digest");'
        f'created={int(NOW.timestamp())};keyid="{KEYS.device_id}";'
        'nonce="abcdefghijklmnopqrstuv";alg="ed25519";tag="liaison-v1"')
    assert headers["Signature"].startswith("liaison=:") and headers["Signature"].endswith(":")


def test_signature_base_is_rfc9421_section_2_5() -> None:
    params = SignatureParams(keyid="dev", nonce="abcdefghijklmnopqrstuv", created=1)
    base = signature_base("GET", "/v1/inbox?after=5&limit=2",
                          format_content_digest(b""), params).decode()
    lines = base.split("\n")
    assert lines[0] == '"@method": GET'
    assert lines[1] == '"@path": /v1/inbox'
    assert lines[2] == '"@query": ?after=5&limit=2'
    assert lines[3].startswith('"content-digest": sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZ')
    assert lines[4].startswith('"@signature-params": ("@method" "@path" "@query"')
    no_query = signature_base("GET", "/v1/directory", format_content_digest(b""), params)
    assert b'"@query": ?\n' in no_query


@pytest.mark.parametrize("method,path,body", [
    ("PUT", "/v1/envelopes", b'{"a":1}'),
    ("POST", "/v1/inbox/ack", b'{"a":1}'),
    ("POST", "/v1/envelopes?x=1", b'{"a":1}'),
])
def test_changed_method_path_or_query_breaks_the_signature(
        method: str, path: str, body: bytes) -> None:
    with pytest.raises(RequestAuthError) as exc:
        _verify(_sign(), method=method, path=path, body=body)
    assert _code(exc) is AuthCode.BAD_SIGNATURE


def test_changed_body_is_a_digest_mismatch() -> None:
    with pytest.raises(RequestAuthError) as exc:
        _verify(_sign(), body=b'{"a":2}')
    assert _code(exc) is AuthCode.DIGEST_MISMATCH


def test_swapped_digest_header_breaks_the_signature() -> None:
    headers = _sign()
    headers["Content-Digest"] = format_content_digest(b'{"a":2}')
    with pytest.raises(RequestAuthError) as exc:
        _verify(headers, body=b'{"a":2}')
    assert _code(exc) is AuthCode.BAD_SIGNATURE


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_stale_or_future_requests_are_refused(offset: int) -> None:
    with pytest.raises(RequestAuthError) as exc:
        _verify(_sign(), now=NOW + timedelta(seconds=offset))
    assert _code(exc) is AuthCode.STALE


def test_within_skew_is_accepted() -> None:
    _verify(_sign(), now=NOW + timedelta(seconds=299))


def test_other_key_is_a_bad_signature() -> None:
    other = DeviceKeys.generate()
    headers = sign_request("POST", "/v1/envelopes", b"", KEYS.device_id, other.signing_key,
                           now=NOW)
    with pytest.raises(RequestAuthError) as exc:
        _verify(headers, body=b"")
    assert _code(exc) is AuthCode.BAD_SIGNATURE


def test_missing_headers_are_unsigned() -> None:
    with pytest.raises(RequestAuthError) as exc:
        _verify({})
    assert _code(exc) is AuthCode.UNSIGNED
    with pytest.raises(RequestAuthError):
        request_key_id({"Content-Digest": "x"})


def test_header_names_are_case_insensitive() -> None:
    headers = {k.lower(): v for k, v in _sign().items()}
    _verify(headers)


@pytest.mark.parametrize("field,value", [
    ("Signature-Input", 'liaison=("@method" "@path");created=1;keyid="a";nonce="b";alg="x"'),
    ("Signature-Input", 'other=("@method")'),
    ("Signature-Input", "garbage"),
    ("Signature-Input", 'liaison=("@method" "@path" "@query" "content-digest");created=1;'
                        'keyid="k";nonce="abcdefghijklmnopqrstuv";alg="rsa-pss-sha512";'
                        'tag="liaison-v1"'),
    ("Signature", "liaison=:notbase64!:"),
    ("Signature", "liaison=:AAAA:"),
    ("Content-Digest", "sha-512=:AAAA:"),
    ("Content-Digest", "sha-256=:AAAA:"),
])
def test_malformed_headers_are_refused_clearly(field: str, value: str) -> None:
    headers = _sign()
    headers[field] = value
    with pytest.raises(RequestAuthError) as exc:
        _verify(headers)
    assert _code(exc) is AuthCode.MALFORMED
    assert exc.value.message


def test_parse_signature_input_handles_escapes_and_other_members() -> None:
    value = ('other=("@method");created=1, liaison=("@method" "@path" "@query" '
             '"content-digest");created=7;keyid="k.1";nonce="abcdefghijklmnopqrstuv";'
             'alg="ed25519";tag="liaison-v1"')
    params = parse_signature_input(value)
    assert params == SignatureParams(keyid="k.1", nonce="abcdefghijklmnopqrstuv", created=7)


def test_components_and_parameters_keep_the_signers_order() -> None:
    """RFC 9421 section 2.5: the base follows Signature-Input as received."""
    from liaison_app.protocol.request_signature import format_signature, format_signature_input

    params = SignatureParams(keyid=KEYS.device_id, nonce="abcdefghijklmnopqrstuv",
                             created=int(NOW.timestamp()),
                             components=("@path", "content-digest", "@method", "@query"),
                             order=("alg", "created", "tag", "nonce", "keyid"))
    digest = format_content_digest(b'{"a":1}')
    base = signature_base("POST", "/v1/envelopes", digest, params)
    lines = base.decode().split("\n")
    assert [line.split(":")[0] for line in lines[:4]] == [
        '"@path"', '"content-digest"', '"@method"', '"@query"']
    assert lines[4] == ('"@signature-params": ("@path" "content-digest" "@method" "@query")'
                        f';alg="ed25519";created={int(NOW.timestamp())};tag="liaison-v1"'
                        f';nonce="abcdefghijklmnopqrstuv";keyid="{KEYS.device_id}"')
    headers = {"Content-Digest": digest, "Signature-Input": format_signature_input(params),
               "Signature": format_signature(KEYS.sign(base))}
    assert parse_signature_input(headers["Signature-Input"]) == params
    _verify(headers)


@pytest.mark.parametrize("components", [
    '("@method" "@path" "@query" "@query")', '("@method" "@path" "@query")',
    '("@method" "@path" "@query" "content-digest" "@authority")'])
def test_component_set_is_still_exact(components: str) -> None:
    with pytest.raises(RequestAuthError) as exc:
        parse_signature_input(f'liaison={components};created=1;keyid="k";'
                              'nonce="abcdefghijklmnopqrstuv";alg="ed25519";tag="liaison-v1"')
    assert _code(exc) is AuthCode.MALFORMED


def test_two_signature_inputs_are_malformed() -> None:
    headers = _sign()
    with pytest.raises(RequestAuthError) as exc:
        _verify({**headers, "signature-input": headers["Signature-Input"]})
    assert _code(exc) is AuthCode.MALFORMED
