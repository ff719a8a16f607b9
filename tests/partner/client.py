"""A partner agency's client, written from docs/protocol.md alone.

It imports nothing from `liaison_app`: canonical JSON, device ids, the
request-signing profile (with its components and parameters in its own
order, not Liaison's), sealing and opening envelopes, and the checks on the
directory, the timestamp and the provisioning file are all done here with
PyNaCl, hashlib and httpx, section by section of the page. The test suite
uses it to prove a partner can build an interoperable client from the page.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import ssl
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import nacl.public
import nacl.secret
import nacl.signing

# -- section 2: canonical JSON ----------------------------------------------------------


def canonical(obj: Any) -> bytes:
    """canonical(x) of section 2 (Python's json with sorted keys and no spaces)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in items:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_float(text: str) -> Any:
    raise ValueError(f"float {text}")


def strict(data: bytes) -> Any:
    """Parse JSON as a receiver must: UTF-8, no floats, NaN or duplicate keys."""
    return json.loads(data.decode("utf-8"), object_pairs_hook=_pairs, parse_float=_no_float,
                      parse_constant=_no_float)


def b64u(data: bytes) -> str:
    """Unpadded base64url."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64u(text: str) -> bytes:
    """Decode unpadded base64url, refusing padding and other characters."""
    if not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not unpadded base64url")
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64u(raw) != text:
        raise ValueError("non-canonical base64url")
    return raw


def rfc3339(moment: datetime) -> str:
    """YYYY-MM-DDTHH:MM:SSZ."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str) -> datetime:
    """The inverse of rfc3339."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text):
        raise ValueError(f"not an RFC 3339 UTC time: {text}")
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def uuid7() -> str:
    """A lowercase UUIDv7 (section 3)."""
    ms = int(datetime.now(UTC).timestamp() * 1000)
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62) | (
        rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


# -- sections 3, 4, 5: ids, prefixes, device keys ------------------------------------------

def prefix(kind: str) -> bytes:
    """The domain-separation prefix of section 4."""
    return f"liaison/v1/{kind}".encode("ascii") + b"\x00"


def device_id(sign_key: bytes) -> str:
    """base32(BLAKE2b-160(prefix || sign key)), lowercase, unpadded."""
    digest = hashlib.blake2b(prefix("device-id") + sign_key, digest_size=20).digest()
    return base64.b32encode(digest).decode("ascii").lower().rstrip("=")


def verify(key: bytes, message: bytes, sig: bytes) -> bool:
    """Ed25519 verification, False on any failure."""
    try:
        nacl.signing.VerifyKey(key).verify(message, sig)
    except Exception:
        return False
    return True


@dataclass
class PartnerDevice:
    """This client's keys."""

    sign: nacl.signing.SigningKey = field(default_factory=nacl.signing.SigningKey.generate)
    box: nacl.public.PrivateKey = field(default_factory=nacl.public.PrivateKey.generate)

    @property
    def sign_key(self) -> bytes:
        return bytes(self.sign.verify_key)

    @property
    def box_key(self) -> bytes:
        return bytes(self.box.public_key)

    @property
    def id(self) -> str:
        return device_id(self.sign_key)

    def signature(self, kind: str, message: bytes) -> bytes:
        return bytes(self.sign.sign(prefix(kind) + message).signature)


# -- section 12: the provisioning file ------------------------------------------------------

def authority_fingerprint(key: bytes) -> str:
    """Section 12's fingerprint, in eight groups of four."""
    digest = hashlib.sha256(prefix("authority-fingerprint") + key).digest()[:20]
    text = base64.b32encode(digest).decode("ascii").lower()
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def read_provisioning(data: bytes, now: datetime) -> dict[str, Any]:
    """The profile object, after checking its signature and expiry."""
    doc = strict(data)
    if set(doc) != {"profile", "sig"}:
        raise ValueError("a provisioning file is {profile, sig}")
    profile = doc["profile"]
    if profile.get("v") != 1:
        raise ValueError("unsupported_version")
    key = unb64u(profile["directory_authority_key"])
    if not verify(key, prefix("provisioning") + canonical(profile), unb64u(doc["sig"])):
        raise ValueError("the provisioning file's signature does not verify")
    if now >= parse_time(profile["expires_at"]):
        raise ValueError("the provisioning file has expired")
    return dict(profile)


# -- section 15: request signing ---------------------------------------------------------

MY_COMPONENTS = ("@path", "@method", "content-digest", "@query")
MY_PARAMETERS = ("nonce", "tag", "created", "alg", "keyid")


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sign_request(device: PartnerDevice, method: str, target: str, body: bytes, *,
                 now: datetime, nonce: str | None = None,
                 components: tuple[str, ...] = MY_COMPONENTS,
                 parameters: tuple[str, ...] = MY_PARAMETERS) -> dict[str, str]:
    """The three headers of section 15, components and parameters in the given order."""
    digest = "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"
    values = {"created": str(int(now.timestamp())), "keyid": _quoted(device.id),
              "nonce": _quoted(nonce or b64u(os.urandom(16))), "alg": _quoted("ed25519"),
              "tag": _quoted("liaison-v1")}
    params = "(" + " ".join(_quoted(c) for c in components) + ")" + "".join(
        f";{name}={values[name]}" for name in parameters)
    base = _base(method, target, digest, components, params)
    sig = base64.b64encode(device.sign.sign(base).signature).decode()
    return {"Content-Digest": digest, "Signature-Input": f"liaison={params}",
            "Signature": f"liaison=:{sig}:"}


def _base(method: str, target: str, digest: str, components: tuple[str, ...],
          params: str) -> bytes:
    path, sep, query = target.partition("?")
    component = {"@method": method.upper(), "@path": path, "@query": "?" + query if sep else "?",
                 "content-digest": digest}
    lines = [f'"{name}": {component[name]}' for name in components]
    lines.append(f'"@signature-params": {params}')
    return "\n".join(lines).encode("ascii")


def verify_request(method: str, target: str, headers: dict[str, str], body: bytes,
                   sign_key: bytes) -> bool:
    """Check a signed request as section 15 says: the base from the header as received."""
    params = headers["Signature-Input"].removeprefix("liaison=")
    components = tuple(re.findall(r'"([^"]+)"', params[:params.index(")") + 1]))
    digest = headers["Content-Digest"]
    if digest != "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":":
        return False
    sig = base64.b64decode(headers["Signature"].removeprefix("liaison=:").removesuffix(":"))
    return verify(sign_key, _base(method, target, digest, components, params), sig)


# -- sections 10 and 11: directory and timestamp ------------------------------------------

def verify_signed(data: bytes, key: bytes, member: str, kind: str) -> dict[str, Any]:
    """`{member: object, sig}` signed by `key` over prefix(kind) + canonical(object)."""
    doc = strict(data)
    if set(doc) != {member, "sig"}:
        raise ValueError(f"expected {{{member}, sig}}")
    if not verify(key, prefix(kind) + canonical(doc[member]), unb64u(doc["sig"])):
        raise ValueError(f"the {member}'s signature does not verify")
    if doc[member].get("v") != 1:
        raise ValueError("unsupported_version")
    return dict(doc[member])


@dataclass
class Directory:
    """The verified directory's devices, by id."""

    raw: bytes
    body: dict[str, Any]

    def device(self, device: str) -> dict[str, Any] | None:
        return next((d for d in self.body["devices"] if d["device_id"] == device), None)

    def active_devices_of(self, agency: str, *, but: str = "") -> list[dict[str, Any]]:
        return [d for d in self.body["devices"] if d["agency_id"] == agency
                and d["status"] == "active" and d["device_id"] != but]


def check_directory(raw: bytes, authority: bytes, now: datetime,
                    timestamp: dict[str, Any]) -> Directory:
    """Section 10's checks, and section 11's: it must be the directory the timestamp names."""
    if hashlib.sha256(raw).digest() != unb64u(timestamp["directory_sha256"]):
        raise ValueError("the directory is not the one the timestamp names")
    body = verify_signed(raw, authority, "directory", "directory")
    for d in body["devices"]:
        sign_key = unb64u(d["sign_key"])
        if device_id(sign_key) != d["device_id"]:
            raise ValueError("a device id is not its key's fingerprint")
        if not verify(sign_key, prefix("box-key") + unb64u(d["box_key"]),
                      unb64u(d["box_key_sig"])):
            raise ValueError("a box key signature does not verify")
    if now >= parse_time(body["expires_at"]):
        raise ValueError("the directory has expired")
    return Directory(raw, body)


def check_timestamp(raw: bytes, authority: bytes, now: datetime,
                    newest: int = 0) -> dict[str, Any]:
    """Section 11: signature, expiry, rollback."""
    ts = verify_signed(raw, authority, "timestamp", "timestamp")
    if now >= parse_time(ts["expires_at"]):
        raise ValueError("expired: the hub cannot show its directory is current")
    if ts["version"] < newest:
        raise ValueError("rollback")
    return ts


# -- sections 6 and 7: sealing and opening ---------------------------------------------------

def seal(device: PartnerDevice, message: dict[str, Any], recipients: list[dict[str, Any]],
         now: datetime) -> dict[str, Any]:
    """Section 7, steps 1-5: the signed envelope object for `recipients`."""
    message = dict(message, recipients=dict(
        message["recipients"], devices=sorted(r["device_id"] for r in recipients)))
    sig = device.signature("inner", canonical(message))
    plaintext = canonical({"message": message, "sig": b64u(sig)})
    content_key = os.urandom(32)
    nonce = os.urandom(24)
    ciphertext = bytes(nacl.secret.SecretBox(content_key).encrypt(plaintext, nonce))
    keys = [{"device": r["device_id"], "wrapped": b64u(bytes(nacl.public.SealedBox(
        nacl.public.PublicKey(unb64u(r["box_key"]))).encrypt(content_key)))}
        for r in sorted(recipients, key=lambda r: str(r["device_id"]))]
    envelope = {"v": 1, "id": message["id"], "sender": device.id, "keys": keys,
                "ciphertext": b64u(ciphertext), "sent_at": rfc3339(now)}
    envelope["sig"] = b64u(device.signature("envelope", canonical(envelope)))
    return envelope


def open_envelope(device: PartnerDevice, envelope: dict[str, Any],
                  directory: Directory) -> dict[str, Any]:
    """Section 9's checks, in order; the inner message, or ValueError(reason code)."""
    if envelope.get("v") != 1:
        raise ValueError("unsupported_version")
    entry = directory.device(envelope["sender"])
    if entry is None:
        raise ValueError("unknown_sender")
    sign_key = unb64u(entry["sign_key"])
    unsigned = {k: v for k, v in envelope.items() if k != "sig"}
    if not verify(sign_key, prefix("envelope") + canonical(unsigned), unb64u(envelope["sig"])):
        raise ValueError("bad_outer_signature")
    if entry["status"] != "active":
        raise ValueError("revoked_sender")
    mine = [k for k in envelope["keys"] if k["device"] == device.id]
    if not mine:
        raise ValueError("not_a_recipient")
    content_key = nacl.public.SealedBox(device.box).decrypt(unb64u(mine[0]["wrapped"]))
    plaintext = nacl.secret.SecretBox(content_key).decrypt(unb64u(envelope["ciphertext"]))
    doc = strict(plaintext)
    if canonical(doc) != plaintext:
        raise ValueError("malformed: the plaintext is not canonical")
    message = doc["message"]
    if message["sender"]["device"] != envelope["sender"]:
        raise ValueError("binding_mismatch")
    if not verify(sign_key, prefix("inner") + canonical(message), unb64u(doc["sig"])):
        raise ValueError("bad_inner_signature")
    if (message["id"] != envelope["id"]
            or set(message["recipients"]["devices"]) != {k["device"] for k in envelope["keys"]}
            or message["sender"]["officer"] != entry["officer_id"]
            or message["sender"]["agency"] != entry["agency_id"]):
        raise ValueError("binding_mismatch")
    return dict(message)


def alert(officer: str, agency: str, device: str, to_agencies: list[str], body: str,
          now: datetime) -> dict[str, Any]:
    """An urgent alert (sections 6 and 6.4), every key present."""
    return {"v": 1, "id": uuid7(), "type": "alert",
            "sender": {"officer": officer, "agency": agency, "device": device},
            "recipients": {"agencies": sorted(to_agencies), "devices": []},
            "case_ref": None, "priority": "urgent", "handling": None, "grading": None,
            "subjects": [{"kind": "vehicle", "category": "suspect", "basis": "fact",
                          "notes": "", "vehicle_kind": "lorry", "registration": "PB 1234 AX",
                          "registration_country": "BG", "vin": "", "make": "", "model": "",
                          "colour": "white"}],
            "body": body,
            "content": {"alert_kind": "lookout", "action_requested": "Stop and search",
                        "valid_until": None, "interpol_notice": None},
            "in_reply_to": None, "created_at": rfc3339(now), "expires_at": None, "lang": "en"}


def technical_ack(officer: str, agency: str, device: str, to_agency: str,
                  of_messages: list[str], now: datetime) -> dict[str, Any]:
    """Section 6.5's technical acknowledgement."""
    return {"v": 1, "id": uuid7(), "type": "ack",
            "sender": {"officer": officer, "agency": agency, "device": device},
            "recipients": {"agencies": [to_agency], "devices": []}, "case_ref": None,
            "priority": "routine", "handling": None, "grading": None, "subjects": [],
            "body": "", "content": {"ack_kind": "technical", "of_messages": of_messages},
            "in_reply_to": None, "created_at": rfc3339(now), "expires_at": None, "lang": "en"}


# -- Part II: talking to the hub ---------------------------------------------------------------

class HubError(Exception):
    """The hub answered an error (section 16)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code = status, code


@dataclass
class PartnerClient:
    """One enrolled partner device and its hub (sections 14-17)."""

    profile: dict[str, Any]
    device: PartnerDevice = field(default_factory=PartnerDevice)
    cursor: str = "0"
    timestamp_version: int = 0
    directory: Directory | None = None

    def __post_init__(self) -> None:
        context = ssl.create_default_context(cadata=self.profile["ca_cert_pem"])
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        self.http = httpx.Client(base_url=self.profile["hub_url"], verify=context,
                                 trust_env=False, timeout=30.0, follow_redirects=False)

    @property
    def authority(self) -> bytes:
        return unb64u(self.profile["directory_authority_key"])

    def close(self) -> None:
        self.http.close()

    def call(self, method: str, target: str, body: Any = None, *,
             expect: int = 200) -> httpx.Response:
        raw = b"" if body is None else body if isinstance(body, bytes) else canonical(body)
        headers = sign_request(self.device, method, target, raw, now=datetime.now(UTC))
        if raw:
            headers["Content-Type"] = "application/json"
        resp = self.http.request(method, target, content=raw, headers=headers)
        if resp.status_code != expect:
            error = strict(resp.content).get("error", {}) if resp.content else {}
            raise HubError(resp.status_code, str(error.get("code")), str(error.get("message")))
        return resp

    def enrol(self) -> None:
        """Section 16.1, then the directory it returns (section 10)."""
        d = self.device
        body = {"token": self.profile["enrolment_token"], "officer_id": self.profile["officer_id"],
                "device_id": d.id, "sign_key": b64u(d.sign_key), "box_key": b64u(d.box_key),
                "box_key_sig": b64u(d.signature("box-key", d.box_key))}
        answer = strict(self.call("POST", "/v1/devices", body, expect=201).content)
        listed = verify_signed(canonical(answer["directory"]), self.authority, "directory",
                               "directory")
        mine = [x for x in listed["devices"] if x["device_id"] == d.id]
        if not mine or mine[0]["status"] != "active":
            raise ValueError("the hub did not list this device as active")

    def refresh(self) -> Directory:
        """Sections 11 and 16.2-16.3: a fresh timestamp, then the directory it names."""
        now = datetime.now(UTC)
        ts = check_timestamp(self.call("GET", "/v1/timestamp").content, self.authority, now,
                             self.timestamp_version)
        if self.directory is None or hashlib.sha256(self.directory.raw).digest() != unb64u(
                ts["directory_sha256"]):
            self.directory = check_directory(self.call("GET", "/v1/directory").content,
                                             self.authority, now, ts)
        self.timestamp_version = ts["version"]
        return self.directory

    def send(self, messages: list[tuple[dict[str, Any], list[dict[str, Any]]]]
             ) -> list[dict[str, Any]]:
        """Section 16.4: seal each message for its devices and post them as one batch."""
        now = datetime.now(UTC)
        envelopes = [seal(self.device, m, devices, now) for m, devices in messages]
        results = strict(self.call("POST", "/v1/envelopes", {"envelopes": envelopes}).content)
        return list(results["results"])

    def receive(self) -> list[dict[str, Any]]:
        """Sections 16.5-16.6: every page after the cursor, opened, then acknowledged."""
        directory = self.refresh()
        opened: list[dict[str, Any]] = []
        while True:
            page = strict(self.call(
                "GET", f"/v1/inbox?after={self.cursor}&limit=100").content)
            for item in page["items"]:
                if int(item["cursor"]) <= int(self.cursor):
                    raise ValueError("the hub's cursors do not increase")
                opened.append(open_envelope(self.device, item["envelope"], directory))
                self.cursor = item["cursor"]
            if not page["more"]:
                break
        if opened:
            self.call("POST", "/v1/inbox/ack", {"cursor": self.cursor})
        return opened

