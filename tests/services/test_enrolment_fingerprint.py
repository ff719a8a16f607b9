"""IT pins the provisioning authority's fingerprint in the policy file: a provisioning
file signed by any other authority is refused before anything is created."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import nacl.signing
import pytest

from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.protocol.provisioning import authority_fingerprint
from liaison_app.services.enrolment import prepare_profile
from liaison_app.services.errors import ServiceError
from tests.services.workspace import PASSPHRASE, provisioning_for


def test_only_the_pinned_authority_is_accepted(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    mine, theirs = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    policy = tmp_path / "policy.toml"
    pinned = authority_fingerprint(bytes(mine.verify_key))
    policy.write_text(f'authority_fingerprint = "{pinned.upper().replace(" ", "-")}"\n')
    monkeypatch.setenv("LIAISON_POLICY_FILE", str(policy))
    now = datetime.now(UTC).replace(microsecond=0)
    forged = provisioning_for(theirs, "gb-nca.lo-belgrade", "GB-NCA", now)
    with pytest.raises(ServiceError, match="expects") as refused:
        prepare_profile(tmp_path / "forged", forged, PASSPHRASE, kdf=INSECURE_TEST_KDF)
    assert authority_fingerprint(bytes(theirs.verify_key)) in str(refused.value)
    assert not (tmp_path / "forged").exists()
    good = provisioning_for(mine, "gb-nca.lo-belgrade", "GB-NCA", now)
    session = prepare_profile(tmp_path / "good", good, PASSPHRASE, kdf=INSECURE_TEST_KDF)
    session.close()
