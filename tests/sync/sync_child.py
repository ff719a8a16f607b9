"""A child process that runs the sync engine for one peer and reports progress lines.

The parent passes a JSON spec on stdin and may SIGKILL this process at any
moment; each progress callback prints one flushed line first, so the parent
knows how far the engine got. Runs `run_once` until a run is idle (nothing
pushed, nothing received) or `max_runs` is reached; exits 0 when the last
run succeeded, 3 otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from liaison_app.crypto.keys import DeviceKeys
from liaison_app.crypto.provisioning import verify_profile
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.database import Database
from liaison_app.sync.engine import SyncEngine, SyncProgress
from liaison_app.sync.hub_client import HubClient


def main() -> int:
    spec = json.loads(sys.stdin.readline())
    profile = verify_profile(Path(spec["provisioning"]).read_bytes(), None)
    keys = DeviceKeys.from_seeds(bytes.fromhex(spec["sign_seed"]),
                                 bytes.fromhex(spec["box_secret"]))
    db = Database.open(Path(spec["db"]), bytes.fromhex(spec["db_key"]))
    client = HubClient(spec.get("url") or profile.hub_url, profile.ca_cert_pem.encode(),
                       keys.device_id, keys.signing_key, timeout=float(spec.get("timeout", 10)))

    class Ident:
        officer_id = profile.officer_id
        agency_id = profile.agency_id
        device_id = keys.device_id

    spool = Spool(Path(spec["spool"])) if spec.get("spool") else None
    engine = SyncEngine(db, keys, Ident(), client,
                        authority_key=profile.directory_authority_key,
                        batch_size=int(spec.get("batch", 100)),
                        page_size=int(spec.get("page", 100)), spool=spool,
                        auto_download_bytes=int(spec.get("auto_download", 10 << 20)))

    def progress(p: SyncProgress) -> None:
        print(f"{p.phase.value} {p.done}", flush=True)

    ok = False
    for _ in range(int(spec.get("max_runs", 5))):
        report = engine.run_once(progress)
        ok = report.ok
        print(f"report ok={ok} pushed={report.pushed} dup={report.duplicates} "
              f"received={report.received} quarantined={report.quarantined} "
              f"downloaded={report.downloaded} error={report.error}", flush=True)
        if not ok or (report.pushed + report.duplicates == 0 and report.received == 0
                      and report.downloaded == 0):
            break
    client.close()
    db.close()
    return 0 if ok else 3


if __name__ == "__main__":
    sys.exit(main())
