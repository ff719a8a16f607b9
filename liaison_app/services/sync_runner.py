"""Build the sync engine for a session: the one place that wires hub, keys and cache.

The CLI runs it on the session's own connection; the GUI's worker thread asks
for a second connection, because a SQLite connection belongs to one thread.
The hub's address and CA come from `hub_endpoint` (IT's policy over the
provisioning profile) for syncing and enrolling alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from liaison_app.config.policy import effective_settings, load_policy
from liaison_app.services import preferences
from liaison_app.services.enrolment import complete_enrolment
from liaison_app.services.hub_endpoint import hub_endpoint
from liaison_app.services.session import Session
from liaison_app.store.attachment_spool import Spool
from liaison_app.store.database import Database
from liaison_app.sync.engine import SyncEngine
from liaison_app.sync.hub_client import HubClient


@dataclass
class SyncRunner:
    """An engine with the resources it owns; `close()` releases them."""

    engine: SyncEngine
    client: HubClient
    own_db: Database | None = None

    def close(self) -> None:
        """Close the HTTP client and the engine's own connection (if any)."""
        self.client.close()
        if self.own_db is not None:
            self.own_db.close()


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
        return client.base_url


def build_sync(session: Session, *, own_connection: bool = False) -> SyncRunner:
    """A sync engine for `session`; with `own_connection` (worker threads) it gets its own DB.

    Call it from the thread that will run the engine.
    """
    prov = session.provisioning
    db = session.open_second_connection() if own_connection else session.db
    try:
        # settings are read over the engine's own connection (the thread that runs it)
        local = session if db is session.db else Session(
            session.profile, db, session.keys, session.provisioning, b"")
        auto_mb = preferences.effective(local).value("attachment_auto_download_mb")
        client = hub_client(session)
    except BaseException:
        if own_connection:
            db.close()
        raise
    engine = SyncEngine(db, session.keys, session.identity, client,
                        authority_key=prov.directory_authority_key,
                        spool=Spool(session.profile.attachments),
                        auto_download_bytes=(auto_mb if isinstance(auto_mb, int) else 10)
                        * 1024 * 1024,
                        max_directory_age=max_directory_age())
    return SyncRunner(engine, client, db if own_connection else None)
