"""Crypto-asset addresses: each network's checksum checked, each address in canonical form.

- Bitcoin and Litecoin: Base58Check (double SHA-256 checksum) for legacy
  addresses, Bech32 (BIP-173, witness v0) and Bech32m (BIP-350, v1+, Taproot)
  for SegWit ones.
- Ethereum and the EVM chains (BNB Smart Chain, Polygon): `0x` and 40 hex
  digits; mixed case is an EIP-55 checksum over the Keccak-256 of the
  lower-case address. Keccak-256 is *not* hashlib's `sha3_256` (FIPS 202 pads
  differently); it comes from pycryptodome (`Crypto.Hash.keccak`), imported only
  when a mixed-case address is checked, so nothing else pays for it.
- Tron: Base58Check of `0x41` and a 20-byte account.
- Other networks: the address is kept as written (one line, no spaces) and
  not checked.

Pure: no I/O. Errors are `ValidationError`s that say what is wrong in plain words.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from liaison_app.domain.errors import ValidationError


class CryptoNetwork(StrEnum):
    """The chain an address belongs to (the EVM chains share one address space)."""

    BITCOIN = "bitcoin"
    ETHEREUM = "ethereum"
    TRON = "tron"
    LITECOIN = "litecoin"
    BNB_SMART_CHAIN = "bnb_smart_chain"
    POLYGON = "polygon"
    OTHER = "other"


EVM_NETWORKS = frozenset({CryptoNetwork.ETHEREUM, CryptoNetwork.BNB_SMART_CHAIN,
                          CryptoNetwork.POLYGON})
ADDRESS_MAX = 128

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {ch: i for i, ch in enumerate(_B58_ALPHABET)}
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {ch: i for i, ch in enumerate(_BECH32_CHARSET)}
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3
_HEX = frozenset("0123456789abcdefABCDEF")

# Base58Check version bytes and Bech32 human-readable parts of the main networks.
_BASE58_VERSIONS: dict[CryptoNetwork, frozenset[int]] = {
    CryptoNetwork.BITCOIN: frozenset({0x00, 0x05}),          # P2PKH 1..., P2SH 3...
    CryptoNetwork.LITECOIN: frozenset({0x30, 0x32, 0x05}),   # L..., M..., 3...
    CryptoNetwork.TRON: frozenset({0x41}),                   # T...
}
_SEGWIT_HRP = {CryptoNetwork.BITCOIN: "bc", CryptoNetwork.LITECOIN: "ltc"}


# -- Base58Check -------------------------------------------------------------------


def base58_decode(text: str) -> bytes | None:
    """The bytes a Base58 string encodes (leading `1`s are zero bytes); None if a
    character is outside the alphabet."""
    number = 0
    for ch in text:
        digit = _B58_INDEX.get(ch)
        if digit is None:
            return None
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * zeros + body


def base58check_payload(text: str) -> bytes | None:
    """The payload of a Base58Check string, None if it is not Base58 or the
    checksum (first four bytes of double SHA-256) does not match."""
    raw = base58_decode(text)
    if raw is None or len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


# -- Bech32 / Bech32m ----------------------------------------------------------------


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= generator[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]


def bech32_decode(text: str) -> tuple[str, list[int], int] | None:
    """(hrp, data without checksum, checksum constant) of a Bech32 or Bech32m string
    in one case; None if it is malformed or its checksum fails."""
    if text.lower() != text and text.upper() != text:
        return None
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text) or len(text) > 90:
        return None
    hrp = text[:pos]
    if any(not 33 <= ord(ch) <= 126 for ch in hrp):
        return None
    data: list[int] = []
    for ch in text[pos + 1:]:
        value = _BECH32_INDEX.get(ch)
        if value is None:
            return None
        data.append(value)
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (_BECH32_CONST, _BECH32M_CONST):
        return None
    return hrp, data[:-6], const


def _convert_bits(data: list[int], from_bits: int, to_bits: int) -> list[int] | None:
    acc, bits, out, maxv = 0, 0, [], (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        return None  # BIP-173: no padding beyond 4 bits, and the padding is zero
    return out


def segwit_program(text: str, hrp: str) -> tuple[int, bytes] | None:
    """(witness version, program) of a SegWit address for `hrp`, checked as BIP-173
    (v0, Bech32, 20 or 32 bytes) and BIP-350 (v1-16, Bech32m, 2-40 bytes)
    require; None otherwise."""
    decoded = bech32_decode(text)
    if decoded is None or decoded[0] != hrp or not decoded[1]:
        return None
    _, data, const = decoded
    version = data[0]
    program = _convert_bits(data[1:], 5, 8)
    if version > 16 or program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and (len(program) not in (20, 32) or const != _BECH32_CONST):
        return None
    if version != 0 and const != _BECH32M_CONST:
        return None
    return version, bytes(program)


# -- EIP-55 --------------------------------------------------------------------------


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as Ethereum uses it (original Keccak padding, not FIPS 202 SHA3-256)."""
    from Crypto.Hash import keccak  # loaded only when a mixed-case address is checked

    return bytes(keccak.new(digest_bits=256, data=data).digest())


def eip55_checksummed(address: str) -> str:
    """`0x` and the 40 hex digits with EIP-55 capitals (a letter is capital when the
    matching nibble of Keccak-256 of the lower-case hex is 8 or more)."""
    hex_part = address[2:].lower()
    digest = keccak256(hex_part.encode("ascii")).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch
                          for i, ch in enumerate(hex_part))


def _check_evm(address: str, field: str) -> None:
    if len(address) != 42 or not address.startswith("0x") or not set(address[2:]) <= _HEX:
        raise ValidationError(
            field, "an Ethereum-style address is 0x and 40 hexadecimal digits (0-9, a-f)")
    body = address[2:]
    if body.lower() != body and body.upper() != body and eip55_checksummed(address) != address:
        raise ValidationError(
            field, "the mix of capital and small letters does not match the address's EIP-55 "
            "checksum: a character is wrong; copy the address again")


# -- per network ----------------------------------------------------------------------


def _check_base58(address: str, network: CryptoNetwork, field: str) -> None:
    payload = base58check_payload(address)
    if payload is None:
        raise ValidationError(
            field, "the address's Base58Check checksum does not match: a character is wrong "
            "(capitals and small letters count)")
    if len(payload) != 21 or payload[0] not in _BASE58_VERSIONS[network]:
        raise ValidationError(field, "is not a {network} address", network=network.value)


def _check_utxo(address: str, network: CryptoNetwork, field: str) -> None:
    hrp = _SEGWIT_HRP[network]
    if address.lower().startswith(hrp + "1"):
        if address != address.lower():
            raise ValidationError(field, "write a Bech32 address in small letters")
        if segwit_program(address, hrp) is None:
            raise ValidationError(
                field, "the Bech32 checksum does not match: a character is wrong or missing")
        return
    _check_base58(address, network, field)


def check_crypto_address(network: CryptoNetwork, address: str, field: str) -> str:
    """`address` if it is valid for `network` (checksum included) in its canonical
    written form; else a ValidationError that says what is wrong."""
    if not address:
        raise ValidationError(field, "give the address")
    if len(address) > ADDRESS_MAX:
        raise ValidationError(field, "holds {given} characters; the limit is {limit}",
                              given=str(len(address)), limit=str(ADDRESS_MAX))
    if not address.isascii() or not address.isprintable() or " " in address:
        raise ValidationError(field, "an address holds no spaces or special characters")
    if network in EVM_NETWORKS:
        _check_evm(address, field)
    elif network in _SEGWIT_HRP:
        _check_utxo(address, network, field)
    elif network is CryptoNetwork.TRON:
        _check_base58(address, network, field)
    return address


def canonical_address(network: CryptoNetwork, address: str) -> str:
    """The form two spellings of one address share: EVM and Bech32 in small letters,
    Base58 as written (it is case-sensitive), other networks as written."""
    if network in EVM_NETWORKS:
        return address.lower()
    if network in _SEGWIT_HRP and address.lower().startswith(_SEGWIT_HRP[network] + "1"):
        return address.lower()
    return address


def address_key(network: CryptoNetwork, address: str, network_name: str = "") -> str:
    """The key an address is matched by: `crypto:evm:0x...` for every EVM chain (one
    key pair, one address), `crypto:<network>:<canonical address>` otherwise."""
    canonical = canonical_address(network, address)
    if network in EVM_NETWORKS:
        return f"crypto:evm:{canonical}"
    if network is CryptoNetwork.OTHER:
        return f"crypto:other:{network_name.casefold()}:{canonical}"
    return f"crypto:{network.value}:{canonical}"


def typed_address(network: CryptoNetwork, text: str) -> str:
    """What an officer typed, in the form the wire carries: spaces around it dropped, an
    all-capital Bech32 address (as QR codes hold them) in small letters. Not validated."""
    address = text.strip()
    hrp = _SEGWIT_HRP.get(network)
    if hrp and address.upper() == address and address.lower().startswith(hrp + "1"):
        return address.lower()
    return address


def address_keys_of_text(text: str) -> set[str]:
    """The keys of every valid address `text` could be, in any case the network allows
    (for search: a Bech32 or EVM address typed in capitals is still found)."""
    word = "".join(text.split())
    if not word or len(word) > ADDRESS_MAX or not word.isascii():
        return set()
    keys: set[str] = set()
    for network in (CryptoNetwork.BITCOIN, CryptoNetwork.LITECOIN, CryptoNetwork.TRON,
                    CryptoNetwork.ETHEREUM):
        candidate = word
        if network in EVM_NETWORKS or network in _SEGWIT_HRP:
            candidate = word.lower() if network in _SEGWIT_HRP else "0x" + word[2:].lower()
            if network in _SEGWIT_HRP and not candidate.startswith(_SEGWIT_HRP[network] + "1"):
                candidate = word  # Base58 is case-sensitive: as typed
        try:
            check_crypto_address(network, candidate, "address")
        except ValidationError:
            continue
        keys.add(address_key(network, candidate))
    return keys
