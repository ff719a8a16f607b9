"""The directory as a tree: agencies → officers → devices, with status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

from liaison_app.gui.context import AppContext
from liaison_app.gui.models.labels import DIRECTORY_STATUSES, label, when
from liaison_app.gui.models.paged import KEY_ROLE, URGENT_COLOUR
from liaison_app.gui.models.refresh import RefreshPolicy
from liaison_app.services import views
from liaison_app.services.detail_types import DirectoryListing
from liaison_app.services.errors import ServiceError

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


class DirectoryModel(QStandardItemModel):
    """Read from `views.directory_listing`; rebuilt on data_changed (once per event-loop
    turn, and not while its page is hidden), emptied on lock."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listing: DirectoryListing | None = None
        self.refresh_policy = RefreshPolicy(self, self.refresh)
        ctx.data_changed.connect(self.refresh_policy.changed)
        ctx.locked.connect(self.clear_all)
        self.refresh()

    def set_paused(self, paused: bool) -> None:
        """The page showing this model was hidden (True) or shown (False)."""
        self.refresh_policy.set_paused(paused)

    def clear_all(self) -> None:
        self.refresh_policy.done()
        self.listing = None
        self.clear()
        self._headers()

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                translate("DirectoryModel", "Name"),
                translate("DirectoryModel", "Identifier"),
                translate("DirectoryModel", "Status"),
            ]
        )

    def refresh(self) -> None:
        self.refresh_policy.done()
        session = self.ctx.session
        self.clear()
        self._headers()
        if session is None or session.closed:
            self.listing = None
            return
        try:
            self.listing = views.directory_listing(session)
        except ServiceError:
            self.listing = None
            return
        root = self.invisibleRootItem()
        for agency in self.listing.agencies:
            name = f"{agency.name} ({agency.country})" if agency.country else agency.name
            row = self._row(name, agency.agency_id, "")
            if not any(d.status == "active" for o in agency.officers
                       for d in o.devices):
                # nothing can be sealed for it yet: say so where the officer looks
                row[2].setText(translate("DirectoryModel", "No active device"))
                row[2].setToolTip(translate(
                    "DirectoryModel", "No officer of this agency has an active device yet. "
                    "Messages to it wait in the Outbox and go at the first sync after one "
                    "is enrolled."))
            for officer in agency.officers:
                title = officer.name + (translate("DirectoryModel", " (you)") if officer.me else "")
                officer_row = self._row(title, officer.officer_id, officer.status)
                for device in officer.devices:
                    device_title = (
                        translate("DirectoryModel", "This device")
                        if device.mine
                        else translate("DirectoryModel", "Device")
                    )
                    officer_row[0].appendRow(self._row(device_title, device.device_id,
                                                       device.status))
                row[0].appendRow(officer_row)
            root.appendRow(row)

    def _row(self, name: str, ident: str, status: str) -> list[QStandardItem]:
        items = [QStandardItem(name), QStandardItem(ident),
                 QStandardItem(label(DIRECTORY_STATUSES, status) if status else "")]
        for item in items:
            item.setEditable(False)
            item.setData(ident, KEY_ROLE)
        if status == "revoked":
            font = QFont()
            font.setStrikeOut(True)
            items[0].setFont(font)
            items[2].setForeground(QBrush(URGENT_COLOUR))
        return items

    def summary(self) -> str:
        """Version and validity, one line."""
        listing = self.listing
        if listing is None or listing.version is None:
            return translate("DirectoryModel", "No directory yet: sync to fetch it.")
        text = (
            translate("DirectoryModel", "Directory version %1, valid until %2, fetched %3")
            .replace("%1", str(listing.version))
            .replace("%2", when(listing.expires_at))
            .replace("%3", when(listing.fetched_at))
        )
        if listing.expired:
            text += " — " + translate("DirectoryModel", "expired: sync to refresh it")
        return text


