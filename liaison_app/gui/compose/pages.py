"""The Message and Details tabs of the compose dialog: recipients, priority, urgency, content."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
)

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.messages import (
    INTERPOL_NOTICE_MEANINGS,
    URGENCY_LABELS,
    AlertContent,
    AlertKind,
    InterpolNotice,
    InterpolNoticeColour,
    Priority,
    RequestContent,
    UrgencyClass,
    due_at,
)
from liaison_app.gui.compose._util import FieldErrors, fill_combo, focusables, translate
from liaison_app.gui.forms import child, load_form
from liaison_app.services.recipients import RecipientAgency

ROLE = Qt.ItemDataRole.UserRole


class MessagePage(QObject):
    """Recipients (agency, then officers), priority, urgency with its due date, and text."""

    def __init__(self, agencies: list[RecipientAgency], *, is_request: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_message")
        self.focus_order = focusables(self.form)
        self.errors = FieldErrors([self.form])
        self.tree = child(self.form, QTreeWidget, "recipientTree")
        self.priority = child(self.form, QComboBox, "priorityCombo")
        self.urgency = child(self.form, QComboBox, "urgencyCombo")
        self.due = child(self.form, QLabel, "dueLabel")
        self.body = child(self.form, QPlainTextEdit, "bodyEdit")
        self.is_request = is_request
        self._fill_recipients(agencies)
        fill_combo(self.priority, [
            (self.tr("Routine"), Priority.ROUTINE.value),
            (self.tr("Priority"), Priority.PRIORITY.value),
            (self.tr("Urgent"), Priority.URGENT.value),
            (self.tr("Immediate"), Priority.IMMEDIATE.value)])
        fill_combo(self.urgency, [(translate("Domain", URGENCY_LABELS[u]), u.value)
                                  for u in (UrgencyClass.STANDARD, UrgencyClass.URGENT_INDIRECT,
                                            UrgencyClass.URGENT_DIRECT)])
        layout = self.form.layout()
        if isinstance(layout, QFormLayout):
            for widget in (self.urgency, self.due):
                layout.setRowVisible(widget, is_request)
        self.urgency.currentIndexChanged.connect(self.update_due)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.update_due)
        self._timer.start()
        self.update_due()

    def _fill_recipients(self, agencies: list[RecipientAgency]) -> None:
        hint = child(self.form, QLabel, "recipientHint")
        self.tree.setColumnCount(1)
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsUserCheckable)
        for agency in agencies:
            text = f"{agency.name} ({agency.country}, {agency.agency_id})"
            if agency.waiting:
                # the reason on a line of its own: read whole, not cut at the tree's edge
                text = self.tr("{0}\n— no device yet: the message waits for their directory "
                               "entry").format(text)
            top = QTreeWidgetItem([text])
            top.setToolTip(0, text)  # whole, where a narrow dialog elides it
            top.setData(0, ROLE, agency.agency_id)
            top.setFlags(flags | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            for officer in agency.officers:
                item = QTreeWidgetItem(top, [officer.name])
                item.setData(0, ROLE, list(officer.device_ids))
                item.setFlags(flags)
                item.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(top)
        if not agencies:
            hint.setText(self.tr("No partner agency is in your directory yet. Sync when "
                                 "connected to refresh the directory."))
        else:
            self.tree.setCurrentItem(self._agencies()[0])

    def _agencies(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def agency_item(self, agency_id: str) -> QTreeWidgetItem | None:
        """The tree row of an agency."""
        for item in self._agencies():
            if item.data(0, ROLE) == agency_id:
                return item
        return None

    def recipients(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(whole agencies, single devices) as ticked."""
        agencies: list[str] = []
        devices: list[str] = []
        for top in self._agencies():
            state = top.checkState(0)
            if state == Qt.CheckState.Checked:
                agencies.append(str(top.data(0, ROLE)))
            elif state == Qt.CheckState.PartiallyChecked:
                for j in range(top.childCount()):
                    officer = top.child(j)
                    if officer is not None and officer.checkState(0) == Qt.CheckState.Checked:
                        devices += [str(d) for d in officer.data(0, ROLE)]
        return tuple(agencies), tuple(devices)

    def partly_ticked_agencies(self) -> list[str]:
        """Agencies some (not all) of whose officers are ticked."""
        return [str(top.data(0, ROLE)) for top in self._agencies()
                if top.checkState(0) == Qt.CheckState.PartiallyChecked]

    def priority_value(self) -> Priority:
        """The chosen priority."""
        return Priority(self.priority.currentData())

    def urgency_value(self) -> UrgencyClass:
        """The chosen urgency class (Directive 2023/977 Art. 5)."""
        return UrgencyClass(self.urgency.currentData())

    def due_text(self, now: datetime | None = None) -> str:
        """The due date the chosen urgency implies if the message is queued at `now`."""
        now = (now or datetime.now(UTC)).replace(microsecond=0)
        due = due_at(now, self.urgency_value())
        local = QDateTime.fromSecsSinceEpoch(int(due.timestamp()))
        when = QLocale().toString(local, "ddd d MMM yyyy, HH:mm")  # in the officer's language
        return self.tr("{when} local time ({utc} UTC) if queued now").format(
            when=when, utc=due.strftime("%Y-%m-%d %H:%M"))

    def update_due(self) -> None:
        """Refresh the due date shown (on urgency change and every 30 seconds)."""
        if self.is_request:
            self.due.setText(self.due_text())


class RequestPage(QObject):
    """Purpose, information requested, grounds and evidence use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_request")
        self.focus_order = focusables(self.form)
        self.errors = FieldErrors([self.form])
        self.purpose = child(self.form, QPlainTextEdit, "purposeEdit")
        self.information = child(self.form, QPlainTextEdit, "informationEdit")
        self.grounds = child(self.form, QPlainTextEdit, "groundsEdit")
        self.evidence = child(self.form, QCheckBox, "evidenceCheck")

    def build(self, urgency: UrgencyClass) -> RequestContent:
        """The request content (ValidationError naming the field)."""
        return RequestContent(purpose=self.purpose.toPlainText(),
                              information_requested=self.information.toPlainText(),
                              grounds=self.grounds.toPlainText(), urgency=urgency,
                              evidence_use_sought=self.evidence.isChecked())


class AlertPage(QObject):
    """Alert kind, action requested, validity and an INTERPOL notice reference."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("compose_alert")
        self.focus_order = focusables(self.form)
        self.errors = FieldErrors([self.form])
        self.kind = child(self.form, QComboBox, "alertKindCombo")
        self.action = child(self.form, QPlainTextEdit, "actionEdit")
        self.until_check = child(self.form, QCheckBox, "validUntilCheck")
        self.until = child(self.form, QDateTimeEdit, "validUntilEdit")
        self.notice = child(self.form, QComboBox, "noticeCombo")
        self.notice_ref = child(self.form, QLineEdit, "noticeRefEdit")
        self.notice_meaning = child(self.form, QLabel, "noticeMeaning")
        fill_combo(self.kind, [
            (self.tr("Lookout: watch for and report these subjects"), AlertKind.LOOKOUT.value),
            (self.tr("Spontaneous information: shared without a request"),
             AlertKind.SPONTANEOUS_INFORMATION.value),
            (self.tr("Warning: a threat or imminent crossing"), AlertKind.WARNING.value)])
        fill_combo(self.notice, [(self.tr("No INTERPOL notice"), None)] + [
            (translate("Domain", INTERPOL_NOTICE_MEANINGS[c]), c.value)
            for c in InterpolNoticeColour])
        now = QDateTime.currentDateTime()
        self.until.setMinimumDateTime(now)
        self.until.setDateTime(now.addDays(7))
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until_check.toggled.connect(self.until.setEnabled)
        self.notice.currentIndexChanged.connect(self._notice_changed)
        self._notice_changed()

    def _notice_changed(self) -> None:
        value = self.notice.currentData()
        self.notice_ref.setEnabled(value is not None)
        if value is None:
            self.notice_meaning.setText(self.tr("No INTERPOL notice is referred to."))
        else:
            meaning = translate("Domain", INTERPOL_NOTICE_MEANINGS[InterpolNoticeColour(value)])
            self.notice_meaning.setText(self.tr("Notice asks for: {meaning}").format(
                meaning=meaning))

    def build(self) -> AlertContent:
        """The alert content (ValidationError naming the field)."""
        until: datetime | None = None
        if self.until_check.isChecked():
            secs = self.until.dateTime().toSecsSinceEpoch()
            until = datetime.fromtimestamp(secs, UTC).replace(second=0)
        notice: InterpolNotice | None = None
        colour = self.notice.currentData()
        if colour is not None:
            notice = InterpolNotice(colour=InterpolNoticeColour(colour),
                                    reference=self.notice_ref.text())
        kind = self.kind.currentData()
        if kind is None:
            raise ValidationError("alert_kind", self.tr("choose one from the list"))
        return AlertContent(alert_kind=AlertKind(kind), action_requested=self.action.toPlainText(),
                            valid_until=until, interpol_notice=notice)
