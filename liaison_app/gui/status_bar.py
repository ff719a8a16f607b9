"""The status bar, always visible: online/offline, queued, last sync, progress, Sync now.

Texts stay short so nothing is cut off at 1366 px: a failed sync shows its
title ("Working offline"); what it means and what to do is the online
label's tooltip (and accessible description), in plain words, never errno.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from liaison_app.gui.pages.attachment_display import human_size
from liaison_app.gui.problem_texts import describe_problem
from liaison_app.services.problems import status_problem, sync_problem

if TYPE_CHECKING:
    from liaison_app.services.sync_runner import SyncReport, SyncStatus


class StatusBar(QStatusBar):
    """Shows a SyncStatus and a run's progress; `sync_clicked` asks for a sync."""

    sync_clicked = Signal()
    #: the officer clicked the "due for review" prompt
    review_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.online_label = QLabel(self)
        self.online_label.setObjectName("onlineLabel")
        self.queued_label = QLabel(self)
        self.queued_label.setObjectName("queuedLabel")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("lastSyncLabel")
        self.directory_label = QLabel(self)
        self.directory_label.setObjectName("directoryAgeLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setToolTip(self.tr("Send queued items and fetch new ones (F5)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sync_button.clicked.connect(self.sync_clicked)
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewDueButton")
        self.review_button.setFlat(True)
        self.review_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.review_button.setToolTip(self.tr("Open the records due for review"))
        self.review_button.clicked.connect(self.review_clicked)
        self.review_button.hide()
        self.addPermanentWidget(self.review_button)
        for w in (self.online_label, self.queued_label, self.last_sync_label,
                  self.directory_label):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.addPermanentWidget(w)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.sync_button)
        self.last_status: SyncStatus | None = None
        self.syncing = False
        self.enrolled = True
        self.set_status(None)

    def set_status(self, status: SyncStatus | None) -> None:
        """Show a `sync.status.SyncStatus` (None before the first one arrives)."""
        self.last_status = status
        if status is None:
            self._online(None, self.tr("Checking…"))
            self.queued_label.setText(self.tr("Queued: –"))
            self.last_sync_label.setText(self.tr("Last sync: –"))
            self.directory_label.setText(self.tr("Directory: –"))
            return
        if not self.enrolled:
            self.set_not_enrolled()
        elif status.re_enrol_required:
            self._online(False, self.tr("Re-enrolment needed: contact IT"))
        elif status.online:
            self._online(True, self.tr("Online"))
        else:
            self._online(False, self.tr("Offline"))
        queued = self.tr("Queued: {0}").format(status.queued)
        if status.failed:
            queued += self.tr(" (failed: {0})").format(status.failed)
        self.queued_label.setText(queued)
        self.last_sync_label.setText(self.tr("Last sync: {0}").format(
            self._when(status.last_sync_at)))
        problem = status_problem(status.last_error)
        explained = describe_problem(problem)[1] if problem is not None else ""
        for label in (self.online_label, self.last_sync_label):
            label.setToolTip(explained)
        self.online_label.setAccessibleDescription(explained)
        self._directory_age(status)

    def _directory_age(self, status: SyncStatus) -> None:
        """How old the directory view is (since the authority last vouched for it); a
        warning when that is older than IT's policy allows."""
        age = status.directory_age()
        stale = status.directory_stale()
        if age is None:
            text = self.tr("Directory: not checked yet")
        else:
            text = self.tr("Directory: {0} old").format(self._span(age))
        limit = status.directory_max_age
        if stale and limit is not None:
            text = "⚠ " + text
            hours = int(limit.total_seconds() // 3600)
            tip = self.tr("Older than IT allows ({0} h): sync as soon as you can. A device "
                          "revoked since may not be known here yet.").format(hours)
        else:
            tip = self.tr("How long ago the hub last proved this directory current")
        self.directory_label.setText(text)
        self.directory_label.setToolTip(tip)
        self.directory_label.setAccessibleName(text)
        self.directory_label.setProperty("state", "stale" if stale else "fresh")
        if self.directory_label.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            self.directory_label.style().unpolish(self.directory_label)
            self.directory_label.style().polish(self.directory_label)

    def _span(self, age: timedelta) -> str:
        minutes = int(age.total_seconds() // 60)
        if minutes < 60:
            return self.tr("%n min", "", max(minutes, 0))
        if minutes < 48 * 60:
            return self.tr("%n h", "", minutes // 60)
        return self.tr("%n d", "", minutes // (24 * 60))

    def set_review_due(self, count: int) -> None:
        """Show how many records are due for review (hidden when none)."""
        text = self.tr("%n record(s) due for review", "", count)
        self.review_button.setText(text)
        self.review_button.setAccessibleName(text)
        self.review_button.setVisible(count > 0)

    def set_not_enrolled(self) -> None:
        """The hub has not accepted this device yet: say it will be tried."""
        self.enrolled = False
        self._online(False, self.tr("Not enrolled yet: will enrol when the hub is reachable"))

    def set_enrolled(self) -> None:
        """The worker enrolled the device ("enrol when connected" came true)."""
        self.enrolled = True
        self.showMessage(self.tr("This computer is now enrolled."), 10_000)

    def _online(self, online: bool | None, text: str) -> None:
        state = "unknown" if online is None else ("online" if online else "offline")
        self.online_label.setProperty("state", state)
        self.online_label.setText("● " + text)
        self.online_label.setAccessibleName(text)
        if self.online_label.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            # the theme styles [state=...]: re-apply it (a label not yet shown is
            # polished when it first shows, with the property already set)
            self.online_label.style().unpolish(self.online_label)
            self.online_label.style().polish(self.online_label)

    def _when(self, at: datetime | None) -> str:
        if at is None:
            return self.tr("never")
        local = at.astimezone()
        if local.date() == datetime.now(UTC).astimezone().date():
            return local.strftime("%H:%M")
        return local.strftime("%Y-%m-%d %H:%M")

    def sync_started(self) -> None:
        """A run began: busy indicator, button disabled."""
        self.syncing = True
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

    def sync_progress(self, phase: str, done: int, total: int) -> None:
        """Progress of the run (phase names from the engine)."""
        names = {"directory": self.tr("Directory"), "push": self.tr("Sending"),
                 "pull": self.tr("Receiving"), "done": self.tr("Done"),
                 "upload": self.tr("Uploading attachment"),
                 "download": self.tr("Downloading attachment")}
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        label = names.get(phase, phase)
        if phase in ("upload", "download") and total > 0:
            self.showMessage(self.tr("{0}: {1} % of {2}").format(
                label, done * 100 // total, human_size(total)))
        else:
            self.showMessage(self.tr("{0}: {1}").format(label, done) if phase != "done"
                             else label)

    def sync_finished(self, report: SyncReport | None) -> None:
        """The run ended: hide progress, say what it did."""
        self.syncing = False
        self.sync_button.setEnabled(True)
        self.progress.hide()
        if report is None:
            return
        if report.error is None and report.warnings:
            self.showMessage(self.tr("Synced, with a warning: {0}").format(
                report.warnings[0]), 30_000)
        elif report.error is None:
            self.showMessage(self.tr("Synced: sent {0}, received {1}").format(
                report.pushed + report.duplicates, report.received), 10_000)
        else:
            err = report.error
            title, text = describe_problem(sync_problem(
                err.kind.value, retry_after=float(getattr(err, "retry_after", 0) or 0)))
            self.showMessage(title, 15_000)
            self.online_label.setToolTip(text)
            self.online_label.setAccessibleDescription(text)
