"""The hub's private CA and TLS server certificate (X.509 via `cryptography`)."""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from liaison_app.hub.config import HubPaths, write_atomic, write_private

CA_DAYS = 3650
SERVER_DAYS = 825


@dataclass(frozen=True, slots=True)
class IssuedCert:
    """PEM certificate and private key."""

    cert_pem: bytes
    key_pem: bytes


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_ca(common_name: str, now: datetime) -> IssuedCert:
    """A self-signed CA certificate (P-256) allowed to sign server certificates only."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Liaison hub"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return IssuedCert(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


def _san_for(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    try:
        names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        names.append(x509.DNSName(host))
    if host in ("127.0.0.1", "::1", "localhost"):
        for extra in ("127.0.0.1", "::1"):
            if extra != host:
                names.append(x509.IPAddress(ipaddress.ip_address(extra)))
        if host != "localhost":
            names.append(x509.DNSName("localhost"))
    return names


def issue_server_cert(ca: IssuedCert, host: str, now: datetime) -> IssuedCert:
    """A TLS server certificate for `host`, signed by the CA."""
    ca_cert = x509.load_pem_x509_certificate(ca.cert_pem)
    ca_key = serialization.load_pem_private_key(ca.key_pem, password=None)
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise ValueError("the CA key must be an EC key")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_cert.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=SERVER_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName(_san_for(host)), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return IssuedCert(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


def create_tls_files(paths: HubPaths, host: str, now: datetime | None = None) -> None:
    """Write ca.pem/ca.key and server.pem/server.key (keys 0600) under `paths.tls`."""
    when = now or datetime.now(UTC)
    ca = make_ca(f"Liaison hub CA ({host})", when)
    server = issue_server_cert(ca, host, when)
    write_atomic(paths.ca_cert, ca.cert_pem)
    write_private(paths.ca_key, ca.key_pem)
    write_atomic(paths.server_cert, server.cert_pem + ca.cert_pem)
    write_private(paths.server_key, server.key_pem)


TLS12_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL"
"""TLS 1.2 suites the hub offers: forward-secret AEAD only (no CBC, no SHA-1 MACs,
no RSA key exchange). TLS 1.3 keeps OpenSSL's own suites, all of them AEAD."""


def harden_server_context(context: ssl.SSLContext) -> None:
    """TLS 1.2 or later with TLS12_CIPHERS only, no compression, the server's order."""
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers(TLS12_CIPHERS)
    context.options |= ssl.OP_NO_COMPRESSION | ssl.OP_CIPHER_SERVER_PREFERENCE


def read_pem(path: Path) -> str:
    """A PEM file as text."""
    return path.read_text(encoding="ascii")
