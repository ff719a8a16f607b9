"""Detached signatures of exported reports by the officer's device key (Ed25519).

`sign_report` hashes the file's bytes and signs the statement of
`protocol.report_signature`; `verify_report` checks the bytes against it and
the signature against a device's public key. Which device key to trust is
the directory's business (services.report_export looks it up).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime

import nacl.exceptions
import nacl.signing

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.protocol.report_signature import ReportKind, ReportSignature


class ReportSignatureInvalid(Exception):
    """The report does not match its signature; the message says how, in plain words."""


def sign_report(data: bytes, keys: DeviceKeys, *, report: ReportKind, file_name: str,
                officer: str, agency: str, signed_at: datetime) -> ReportSignature:
    """The signature document for `data`, signed by `keys`."""
    unsigned = ReportSignature(
        report=report, file_name=file_name, size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), officer=officer, agency=agency,
        device=keys.device_id, signed_at=signed_at.replace(microsecond=0))
    return replace(unsigned, sig=keys.sign(unsigned.signing_bytes()))


def verify_report(data: bytes, signature: ReportSignature, sign_key: bytes) -> None:
    """Raise ReportSignatureInvalid unless `data` is the signed file and `sign_key` signed it."""
    if len(data) != signature.size:
        raise ReportSignatureInvalid(
            f"the file has {len(data)} bytes but {signature.size} were signed: it was changed "
            "or cut short")
    if hashlib.sha256(data).hexdigest() != signature.sha256:
        raise ReportSignatureInvalid("the file's contents differ from what was signed: it was "
                                     "changed after signing")
    try:
        nacl.signing.VerifyKey(bytes(sign_key)).verify(signature.signing_bytes(), signature.sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise ReportSignatureInvalid(
            "the signature does not verify with the signing device's key: the signature file "
            "was altered or made by someone else") from None
