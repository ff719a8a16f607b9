"""Build the sync engine for a session: the one place that wires hub, keys and cache.

The CLI runs it on the session's own connection; the GUI's worker thread asks
for its own connection (`own_connection=True`), because a SQLite connection
belongs to one thread: the runner then carries a `session` over that
connection for the services the worker calls (enrolment, alerts, cross-checks).
The hub's address and CA come from `hub_endpoint` (IT's policy over the
provisioning profile) for syncing and enrolling alike. Each run's outcome goes
to the client log (`client_log.log_sync`: counts and the error's kind only).
The GUI imports this module in the worker thread only (it brings in httpx); the
types it names are re-exported here so the GUI needs no import from the sync layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from liaison_app.config.policy import effective_settings, load_policy
from liaison_app.services import client_log, preferences
from liaison_app.services.enrolment import complete_enrolment
from liaison_app.services.hub_endpoint import hub_endpoint
from liaison_app.services.session import Session
from liaison_app.store.attachment_spool import Spool
from liaison_app.sync.engine import SyncEngine, SyncProgress, SyncReport
from liaison_app.sync.hub_client import HubClient
from liaison_app.sync.status import SyncStatus, sync_status

__all__ = ["SyncProgress", "SyncReport", "SyncRunner", "SyncStatus", "build_sync",
           "cached_status", "enrol_now", "hub_client", "max_directory_age"]


@dataclass
class SyncRunner:
    """An engine with the resources it owns; `close()` releases them.

    `session` is the profile over the engine's connection (the worker thread's own
    when `owns_session`).
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


def max_directory_age() -> timedelta:
    """How old the directory view may get before the officer is warned: IT's policy alone
    sets it (the officer cannot), so no session or database is needed (any thread)."""
    hours = effective_settings({}, load_policy()).value("directory_max_age_hours")
    return timedelta(hours=hours if isinstance(hours, int) else 72)


def hub_client(session: Session, *, timeout: float = 30.0,
               connect_timeout: float = 10.0) -> HubClient:
    """A signed client for the effective hub (policy over profile) with its trusted CA."""
    endpoint = hub_endpoint(session.provisioning)
    return HubClient(endpoint.url, endpoint.ca_pem, session.identity.device_id,
                     session.keys.signing_key, timeout=timeout,
                     connect_timeout=connect_timeout)


def enrol_now(session: Session) -> str:
    """Register this device at the effective hub (enrol when connected); return its URL."""
    with hub_client(session) as client:
        complete_enrolment(session, client)
        client_log.log_event("enrolled at the hub")
        return client.base_url


def build_sync(session: Session, *, own_connection: bool = False) -> SyncRunner:
    """A sync engine for `session`; with `own_connection` (worker threads) it gets its own DB.

    Call it from the thread that will run the engine.
    """
    prov = session.provisioning
    local = session.for_this_thread() if own_connection else session
    try:
        # settings are read over the engine's own connection (the thread that runs it)
        auto_mb = preferences.effective(local).value("attachment_auto_download_mb")
        client = hub_client(session)
    except BaseException:
        if own_connection:
            local.close(audit=False)
        raise
    engine = SyncEngine(local.db, session.keys, session.identity, client,
                        authority_key=prov.directory_authority_key,
                        spool=Spool(session.profile.attachments),
                        auto_download_bytes=(auto_mb if isinstance(auto_mb, int) else 10)
                        * 1024 * 1024,
                        max_directory_age=max_directory_age())
    return SyncRunner(engine, client, local, owns_session=own_connection)


def cached_status(session: Session) -> SyncStatus:
    """The sync status as the cache knows it, over a connection of this thread's own
    (for when no engine could be built)."""
    db = session.open_second_connection()
    try:
        return sync_status(db, max_directory_age=max_directory_age())
    finally:
        db.close()
