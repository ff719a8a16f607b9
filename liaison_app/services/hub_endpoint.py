"""Which hub to talk to and which CA to trust: IT's policy first, then the profile.

The provisioning file names a hub URL and carries the hub's CA certificate.
IT can move the hub or rotate its CA without re-provisioning every laptop: the
system policy's `hub_url` and `hub_ca_file` (a PEM file on the machine) take
precedence, and sync, enrolment, the first-run wizard and the update check all
ask here, so a policy shown "locked (policy)" is also the one used. A policy CA
file that cannot be read stops the connection (it is never silently replaced
by the profile's CA).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from liaison_app.config.policy import SystemPolicy, effective_settings, load_policy
from liaison_app.protocol.provisioning import ProvisioningProfile
from liaison_app.sync.errors import TlsRefused

MAX_CA_FILE_BYTES = 256 * 1024
_PEM_BEGIN = b"-----BEGIN CERTIFICATE-----"


@dataclass(frozen=True, slots=True)
class HubEndpoint:
    """The effective hub address and trusted CA, and where each came from."""

    url: str
    ca_pem: bytes
    url_source: str
    ca_source: str


def _read_ca_file(path: str) -> bytes:
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(MAX_CA_FILE_BYTES + 1)
    except OSError as exc:
        raise TlsRefused(f"the hub CA file set by IT's policy ({path}) cannot be read "
                         f"({exc.strerror or exc}); nothing was sent; ask IT") from exc
    if len(data) > MAX_CA_FILE_BYTES or _PEM_BEGIN not in data:
        raise TlsRefused(f"the hub CA file set by IT's policy ({path}) holds no PEM "
                         "certificate; nothing was sent; ask IT")
    return data


def _policy_value(policy: SystemPolicy, key: str) -> str | None:
    effective = effective_settings({}, policy)
    value = effective.value(key)
    return value if effective[key].source == "policy" and isinstance(value, str) else None


def hub_address(provisioning: ProvisioningProfile,
                system: SystemPolicy | None = None) -> tuple[str, bool]:
    """The hub URL to use, and whether IT's policy set it (for display)."""
    policy = load_policy() if system is None else system
    url = _policy_value(policy, "hub_url")
    return (provisioning.hub_url, False) if url is None else (url, True)


def hub_endpoint(provisioning: ProvisioningProfile,
                 system: SystemPolicy | None = None) -> HubEndpoint:
    """The hub URL and CA to use: the system policy's values, else the profile's."""
    policy = load_policy() if system is None else system
    url = _policy_value(policy, "hub_url")
    ca_file = _policy_value(policy, "hub_ca_file")
    return HubEndpoint(
        url=provisioning.hub_url if url is None else url,
        ca_pem=provisioning.ca_cert_pem.encode("ascii") if ca_file is None
        else _read_ca_file(ca_file),
        url_source="provisioning profile" if url is None else policy.source,
        ca_source="provisioning profile" if ca_file is None else policy.source,
    )
