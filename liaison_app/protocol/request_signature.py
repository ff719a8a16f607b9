"""The request-signature profile: RFC 9421 HTTP Message Signatures, narrowed.

Every signed request carries three headers::

    Content-Digest: sha-256=:<base64 SHA-256 of the body>:
    Signature-Input: liaison=("@method" "@path" "@query" "content-digest");\
created=1700000000;keyid="<device id>";nonce="<random>";alg="ed25519";tag="liaison-v1"
    Signature: liaison=:<base64 Ed25519 signature of the signature base>:

The covered components and the parameter names are fixed sets: a verifier
refuses any other set. Their order is the signer's choice (RFC 9421 section
2.5): the signature base lists the components, and serialises
`@signature-params`, in the order the `Signature-Input` header gives them, so a
generic RFC 9421 library that orders them differently still verifies. No I/O
and no key material here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "ALG",
    "COMPONENTS",
    "LABEL",
    "PARAMETERS",
    "TAG",
    "AuthCode",
    "RequestAuthError",
    "SignatureParams",
    "content_digest",
    "format_content_digest",
    "format_content_digest_of",
    "format_signature",
    "format_signature_input",
    "parse_content_digest",
    "parse_signature",
    "parse_signature_input",
    "signature_base",
    "split_target",
]

LABEL = "liaison"
ALG = "ed25519"
TAG = "liaison-v1"
COMPONENTS: tuple[str, ...] = ("@method", "@path", "@query", "content-digest")
"""The covered components, in the order Liaison itself signs them."""
PARAMETERS: tuple[str, ...] = ("created", "keyid", "nonce", "alg", "tag")
"""The signature parameters, in the order Liaison itself writes them."""
MAX_HEADER_CHARS = 1024
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_KEYID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_METHOD_RE = re.compile(r"^[A-Z]{1,16}$")
_B64_RE = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")
_TOKEN_KEY_RE = re.compile(r"^[a-z*][a-z0-9_.*-]*$")


class AuthCode(StrEnum):
    """Why a request signature was refused (stable, machine-readable codes)."""

    UNSIGNED = "unsigned"
    MALFORMED = "malformed_signature"
    STALE = "stale_request"
    BAD_SIGNATURE = "bad_signature"
    DIGEST_MISMATCH = "digest_mismatch"


class RequestAuthError(Exception):
    """A request signature was refused: `code` says why, the text says more."""

    def __init__(self, code: AuthCode, message: str) -> None:
        super().__init__(f"{code.value}: {message}")
        self.code = code
        self.message = message


def _malformed(message: str) -> RequestAuthError:
    return RequestAuthError(AuthCode.MALFORMED, message)


@dataclass(frozen=True, slots=True)
class SignatureParams:
    """The signature parameters (`created` is Unix seconds).

    `components` and `order` are the covered components and the parameter names
    in the order they appear in `Signature-Input`; the signature base keeps that
    order. Each is a permutation of COMPONENTS / PARAMETERS.
    """

    keyid: str
    nonce: str
    created: int
    components: tuple[str, ...] = COMPONENTS
    order: tuple[str, ...] = PARAMETERS

    def validate(self) -> None:
        """Raise RequestAuthError(MALFORMED) unless every value is in range."""
        if not _KEYID_RE.match(self.keyid):
            raise _malformed("keyid must be 1-64 characters of [A-Za-z0-9._:-]")
        if not _NONCE_RE.match(self.nonce):
            raise _malformed("nonce must be 16-64 base64url characters")
        if not 0 <= self.created < 2**40:
            raise _malformed("created is out of range")
        if sorted(self.components) != sorted(COMPONENTS):
            raise _malformed(f"Signature-Input must cover exactly {' '.join(COMPONENTS)}")
        if sorted(self.order) != sorted(PARAMETERS):
            raise _malformed("Signature-Input needs exactly created, keyid, nonce, alg and tag")

    def value(self, name: str) -> str:
        """Parameter `name` serialised as an RFC 8941 bare item."""
        if name == "created":
            return str(self.created)
        text = {"keyid": self.keyid, "nonce": self.nonce, "alg": ALG, "tag": TAG}[name]
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def content_digest(body: bytes) -> bytes:
    """The SHA-256 digest the Content-Digest header carries."""
    return hashlib.sha256(body).digest()


def format_content_digest(body: bytes) -> str:
    """The RFC 9530 `Content-Digest` value for `body`."""
    return format_content_digest_of(content_digest(body))


def format_content_digest_of(sha256: bytes) -> str:
    """The `Content-Digest` value for a body whose SHA-256 is `sha256`."""
    return f"sha-256=:{base64.b64encode(sha256).decode('ascii')}:"


def split_target(path: str) -> tuple[str, str]:
    """Split a request target into RFC 9421 `@path` and `@query` values."""
    if not path.startswith("/"):
        raise _malformed("the request path must start with '/'")
    raw_path, sep, query = path.partition("?")
    return raw_path, "?" + query if sep else "?"


def _params_text(params: SignatureParams) -> str:
    """The `@signature-params` value: the inner list serialised as RFC 8941 says,
    components and parameters in the order the signer chose."""
    inner = " ".join(f'"{c}"' for c in params.components)
    return f"({inner})" + "".join(f";{name}={params.value(name)}" for name in params.order)


def signature_base(
    method: str, path: str, digest_header: str, params: SignatureParams
) -> bytes:
    """The RFC 9421 signature base for a request target `path` (query included)."""
    if not _METHOD_RE.match(method):
        raise _malformed("the method must be 1-16 upper-case letters")
    params.validate()
    at_path, at_query = split_target(path)
    for value in (at_path, at_query, digest_header):
        if not value.isascii() or any(ch in value for ch in "\r\n"):
            raise _malformed("covered values must be ASCII without line breaks")
    values = {"@method": method, "@path": at_path, "@query": at_query,
              "content-digest": digest_header.strip()}
    lines = [f'"{name}": {values[name]}' for name in params.components]
    lines.append(f'"@signature-params": {_params_text(params)}')
    return "\n".join(lines).encode("ascii")


def format_signature_input(params: SignatureParams) -> str:
    """The `Signature-Input` header value."""
    params.validate()
    return f"{LABEL}={_params_text(params)}"


def format_signature(signature: bytes) -> str:
    """The `Signature` header value."""
    return f"{LABEL}=:{base64.b64encode(signature).decode('ascii')}:"


# --- parsing (a strict subset of RFC 8941 structured fields) ---------------


class _Reader:
    """A cursor over one header value."""

    def __init__(self, text: str, what: str) -> None:
        if len(text) > MAX_HEADER_CHARS:
            raise _malformed(f"{what} is longer than {MAX_HEADER_CHARS} characters")
        if not text.isascii():
            raise _malformed(f"{what} must be ASCII")
        self.text = text.strip(" ")
        self.pos = 0
        self.what = what

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise _malformed(f"{self.what}: expected {ch!r} at offset {self.pos}")
        self.pos += 1

    def key(self) -> str:
        match = re.compile(r"[a-z*][a-z0-9_.*-]*").match(self.text, self.pos)
        if not match:
            raise _malformed(f"{self.what}: expected a key at offset {self.pos}")
        self.pos = match.end()
        return match.group(0)

    def string(self) -> str:
        self.expect('"')
        out: list[str] = []
        while True:
            ch = self.peek()
            if ch == "":
                raise _malformed(f"{self.what}: unterminated string")
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                nxt = self.peek()
                if nxt not in ('"', "\\"):
                    raise _malformed(f"{self.what}: bad escape in string")
                self.pos += 1
                ch = nxt
            elif not " " <= ch <= "~":
                raise _malformed(f"{self.what}: control character in string")
            out.append(ch)

    def integer(self) -> int:
        match = re.compile(r"-?[0-9]{1,15}").match(self.text, self.pos)
        if not match:
            raise _malformed(f"{self.what}: expected an integer at offset {self.pos}")
        self.pos = match.end()
        return int(match.group(0))

    def byte_sequence(self) -> bytes:
        self.expect(":")
        end = self.text.find(":", self.pos)
        if end < 0:
            raise _malformed(f"{self.what}: unterminated byte sequence")
        raw = self.text[self.pos:end]
        self.pos = end + 1
        if not _B64_RE.match(raw) or len(raw) % 4:
            raise _malformed(f"{self.what}: byte sequence is not padded base64")
        try:
            return base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise _malformed(f"{self.what}: byte sequence is not base64") from exc

    def skip_ows(self) -> None:
        while self.peek() in (" ", "\t"):
            self.pos += 1

    def at_end(self) -> bool:
        return self.pos >= len(self.text)


def _dict_members(text: str, what: str) -> dict[str, str]:
    """Split a structured-field dictionary into raw member values by key."""
    members: dict[str, str] = {}
    depth, in_str, esc, start = 0, False, False, 0
    parts: list[str] = []
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    for part in parts:
        key, sep, value = part.strip(" \t").partition("=")
        if not sep or not _TOKEN_KEY_RE.match(key):
            raise _malformed(f"{what}: each member must be key=value")
        if key in members:
            raise _malformed(f"{what}: member {key!r} appears twice")
        members[key] = value
    return members


def parse_signature_input(value: str) -> SignatureParams:
    """Parse `Signature-Input`; refuse anything but this profile's components and params."""
    members = _dict_members(value, "Signature-Input")
    if LABEL not in members:
        raise _malformed(f"Signature-Input has no {LABEL!r} signature")
    reader = _Reader(members[LABEL], "Signature-Input")
    reader.expect("(")
    components: list[str] = []
    while reader.peek() != ")":
        if reader.at_end():
            raise _malformed("Signature-Input: unterminated component list")
        components.append(reader.string())
        reader.skip_ows()
    reader.expect(")")
    if len(components) != len(set(components)) or set(components) != set(COMPONENTS):
        raise _malformed(f"Signature-Input must cover exactly {' '.join(COMPONENTS)}")
    params: dict[str, str | int] = {}
    while not reader.at_end():
        reader.expect(";")
        name = reader.key()
        if name in params:
            raise _malformed(f"Signature-Input: parameter {name!r} appears twice")
        reader.expect("=")
        params[name] = reader.integer() if name == "created" else reader.string()
    if set(params) != set(PARAMETERS):
        raise _malformed("Signature-Input needs exactly created, keyid, nonce, alg and tag")
    if params["alg"] != ALG:
        raise _malformed(f'Signature-Input: alg must be "{ALG}"')
    if params["tag"] != TAG:
        raise _malformed(f'Signature-Input: tag must be "{TAG}"')
    created, keyid, nonce = params["created"], params["keyid"], params["nonce"]
    if not (isinstance(created, int) and isinstance(keyid, str) and isinstance(nonce, str)):
        raise _malformed("Signature-Input: parameter types are wrong")
    result = SignatureParams(keyid=keyid, nonce=nonce, created=created,
                             components=tuple(components), order=tuple(params))
    result.validate()
    return result


def parse_signature(value: str) -> bytes:
    """Parse `Signature` and return this profile's signature bytes."""
    members = _dict_members(value, "Signature")
    if LABEL not in members:
        raise _malformed(f"Signature has no {LABEL!r} signature")
    reader = _Reader(members[LABEL], "Signature")
    sig = reader.byte_sequence()
    if not reader.at_end():
        raise _malformed("Signature: trailing characters")
    if len(sig) != 64:
        raise _malformed("Signature: an Ed25519 signature is 64 bytes")
    return sig


def parse_content_digest(value: str) -> bytes:
    """Parse `Content-Digest` and return the SHA-256 digest it carries."""
    members = _dict_members(value, "Content-Digest")
    if "sha-256" not in members:
        raise _malformed("Content-Digest has no sha-256 member")
    reader = _Reader(members["sha-256"], "Content-Digest")
    digest = reader.byte_sequence()
    if not reader.at_end() or len(digest) != 32:
        raise _malformed("Content-Digest: sha-256 must be a 32-byte byte sequence")
    return digest
