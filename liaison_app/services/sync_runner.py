"""Build the sync engine for a session: the one place that wires hub, keys and cache.

The CLI runs it on the session's own connection; the GUI's worker thread asks
for its own connection (`own_connection=True`), because a SQLite connection
belongs to one thread: the runner then carries a `session` over that
connection for the services the worker calls (enrolment, alerts). Each run's
outcome goes to the client log (`client_log.log_sync`: counts and the error's
kind only). The GUI imports this module in the worker thread only (it brings
in httpx); the types it names are re-exported here so the GUI needs no import
from the sync layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from liaison_app.services import client_log
from liaison_app.services.session import Session
from liaison_app.sync.engine import SyncEngine, SyncProgress, SyncReport
from liaison_app.sync.hub_client import HubClient
from liaison_app.sync.status import SyncStatus, sync_status

__all__ = ["SyncProgress", "SyncReport", "SyncRunner", "SyncStatus", "build_sync",
           "cached_status"]


@dataclass
class SyncRunner:
    """An engine with the resources it owns; `close()` releases them.

    `session` is the session the engine's connection belongs to (the caller's,
    or with `own_connection` one over the runner's own connection).
    """

    engine: SyncEngine
    client: HubClient
    session: Session
    owns_session: bool = False

    def run_once(self, progress: Callable[[SyncProgress], None] | None = None, *,
                 wait: int = 0) -> SyncReport:
        """One sync run (never raises: the error is on the report); logged for IT."""
        report = self.engine.run_once(progress, wait=wait)
        client_log.log_sync(report)
        return report

    def enrol(self) -> None:
        """Finish an enrolment the first-run wizard could not (the hub was unreachable)."""
        from liaison_app.services.enrolment import complete_enrolment

        complete_enrolment(self.session, self.client)
        client_log.log_event("enrolled at the hub")

    def status(self) -> SyncStatus:
        """Online, queued, last sync... as the cache records them now."""
        return self.engine.status()

    def close(self) -> None:
        """Close the HTTP client and the runner's own connection (if any)."""
        try:
            self.client.close()
        finally:
            if self.owns_session:
                self.session.close(audit=False)


def build_sync(session: Session, *, own_connection: bool = False) -> SyncRunner:
    """A sync engine for `session`; with `own_connection` (worker threads) it gets its own DB.

    Call it from the thread that will run the engine.
    """
    prov = session.provisioning
    local = session.for_this_thread() if own_connection else session
    try:
        client = HubClient(prov.hub_url, prov.ca_cert_pem.encode("ascii"),
                           session.identity.device_id, session.keys.signing_key)
    except BaseException:
        if own_connection:
            local.close(audit=False)
        raise
    engine = SyncEngine(local.db, session.keys, session.identity, client,
                        authority_key=prov.directory_authority_key)
    return SyncRunner(engine, client, local, owns_session=own_connection)


def cached_status(session: Session) -> SyncStatus:
    """The sync status as the cache knows it, over a connection of this thread's own
    (for when no engine could be built)."""
    db = session.open_second_connection()
    try:
        return sync_status(db)
    finally:
        db.close()
