"""The retention decisions of the Review page: keep until a new date, erase, or restrict
(kept for evidence) and lift a restriction, each with a reason.

The dialogs call `services.retention` only; its refusals (no reason, a date
not in the future, a subject still carried by messages) are shown in the
dialog, which stays open so the officer can correct and try again. Erasure
is confirmed first in a box that names exactly what will be erased.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.gui.context import AppContext
from liaison_app.gui.errors import describe
from liaison_app.gui.forms import child, load_form
from liaison_app.gui.models.caption_texts import caption_text
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services.errors import ServiceError
from liaison_app.services.retention import (
    ReviewItem,
    SubjectStillCarried,
    check_reason,
    erase_case,
    erase_draft,
    erase_message,
    erase_subject,
    keep_until,
    lift_restriction,
    restrict,
)

MIN_CHARS = 3
DEFAULT_KEEP_DAYS = 365


def _today() -> date:
    return datetime.now(UTC).date()


class _DecisionDialog(QDialog):
    """A form with what is decided, a reason, a problem line and OK / Cancel."""

    def __init__(self, ctx: AppContext, item: ReviewItem, form_name: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.item = ctx, item
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.what_label = child(self.form, QLabel, "whatLabel")
        self.reason_edit = child(self.form, QLineEdit, "reasonEdit")
        self.error_label = child(self.form, QLabel, "errorLabel")
        self.error_label.setProperty("role", "error")
        self.buttons = child(self.form, QDialogButtonBox, "buttonBox")
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        #: what was done, in words, once accepted (the page shows it)
        self.result_text = ""

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def kind_name(self) -> str:
        return {"case": self.tr("case"), "message": self.tr("message"),
                "draft": self.tr("draft")}.get(self.item.kind, self.tr("subject"))

    def _reason_changed(self, text: str) -> None:
        self.ok_button.setEnabled(len(text.strip()) >= MIN_CHARS)
        self.error_label.setVisible(False)

    def checked_reason(self) -> str | None:
        """The reason, or None after showing the service's refusal."""
        try:
            return check_reason(self.reason_edit.text())
        except ServiceError as exc:
            self.show_error(plain_words(exc))
            return None

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def show_failure(self, exc: Exception) -> None:
        """A refusal or failure in plain words (never a traceback)."""
        self.show_error(describe(exc)[1])


class KeepDialog(_DecisionDialog):
    """Keep a case or subject until a new review date (restrict rather than erase)."""

    def __init__(self, ctx: AppContext, item: ReviewItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, "review_keep", parent)
        self.setObjectName("reviewKeepDialog")
        self.setWindowTitle(self.tr("Keep until a new review date"))
        self.setAccessibleName(self.windowTitle())
        self.ok_button.setText(self.tr("&Keep"))
        self.ok_button.setAccessibleName(self.tr("Keep the record"))
        self.until_edit = child(self.form, QDateEdit, "untilEdit")
        today = _today()
        self.until_edit.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.until_edit.setDate(_qdate(today + timedelta(days=self._keep_days())))
        self.what_label.setText(self.tr("Keep %1 %2 — %3 (review was due on %4)")
                                .replace("%1", self.kind_name()).replace("%2", item.ref)
                                .replace("%3", caption_text(item.caption, item.label))
                                .replace("%4", item.review_on.isoformat()))
        self.reason_edit.setFocus()

    def _keep_days(self) -> int:
        session = self.ctx.session
        if session is None:
            return DEFAULT_KEEP_DAYS
        return max(1, int(session.provisioning.policy.retention_days or DEFAULT_KEEP_DAYS))

    def until(self) -> date:
        value = self.until_edit.date()
        return date(value.year(), value.month(), value.day())

    def accept(self) -> None:
        """Move the review date (audited with the reason), then close."""
        reason = self.checked_reason()
        session = self.ctx.session
        if reason is None or session is None:
            return
        until = self.until()
        try:
            keep_until(session, self.item.kind, self.item.ref, until, reason)
        except Exception as exc:  # shown in plain words; the dialog stays open
            self.show_failure(exc)
            return
        self.result_text = (self.tr("Kept %1 %2 until %3. Your reason is in the audit log.")
                            .replace("%1", self.kind_name()).replace("%2", self.item.ref)
                            .replace("%3", until.isoformat()))
        super().accept()


class EraseDialog(_DecisionDialog):
    """Erase a subject; the messages that carry it only when the officer ticks so."""

    def __init__(self, ctx: AppContext, item: ReviewItem, carried: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, "review_erase", parent)
        self.setObjectName("reviewEraseDialog")
        self.setWindowTitle(self.tr("Erase a record"))
        self.setAccessibleName(self.windowTitle())
        self.ok_button.setText(self.tr("&Erase…"))
        self.ok_button.setAccessibleName(self.tr("Erase the record"))
        self.with_messages = child(self.form, QCheckBox, "withMessagesCheck")
        self.what_label.setText(self.tr("Erase %1 %2 — %3 (review was due on %4)")
                                .replace("%1", self.kind_name()).replace("%2", item.ref)
                                .replace("%3", caption_text(item.caption, item.label))
                                .replace("%4", item.review_on.isoformat()))
        self.carried = 0
        self.set_carried(carried)
        #: the confirmation box while it is open (tests press its buttons)
        self.confirm_box: QMessageBox | None = None
        self.reason_edit.setFocus()

    def set_carried(self, count: int) -> None:
        """How many messages carry the subject: offer to erase them with it."""
        self.carried = count
        self.with_messages.setVisible(count > 0)
        self.with_messages.setText(self.tr(
            "Also erase the %n message(s) that carry this subject", "", count))

    def accept(self) -> None:
        """Check the reason, confirm what will be erased, then erase."""
        reason = self.checked_reason()
        if reason is None or self.ctx.session is None:
            return
        if self.carried and not self.with_messages.isChecked():
            # the service's refusal, without calling it: nothing is erased unconfirmed
            self.show_error(plain_words(SubjectStillCarried(self.carried)))
            return
        self._confirm(reason)

    def confirmation_text(self) -> str:
        """The question naming exactly what will be erased."""
        if self.item.kind == "case":
            text = self.tr("Erase case %1 “%2” with the messages and subjects filed only in "
                           "it?")
        elif self.item.kind == "message":
            text = self.tr("Erase message %1 (%2)?")
        elif self.item.kind == "draft":
            text = self.tr("Erase the draft (%2)?")
        elif self.carried and self.with_messages.isChecked():
            text = self.tr("Erase subject %1 “%2” and the %n message(s) that carry it?", "",
                           self.carried)
        else:
            text = self.tr("Erase subject %1 “%2”?")
        shown = caption_text(self.item.caption, self.item.label)
        text = text.replace("%1", self.item.ref).replace("%2", shown)
        return text + "\n\n" + self.tr("This cannot be undone.")

    def _confirm(self, reason: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Confirm erasure"),
                          self.confirmation_text(),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmEraseBox")
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("Erase"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._confirmed(reason, box.standardButton(button)
                                           == QMessageBox.StandardButton.Yes))
        self.confirm_box = box
        box.open()

    def _confirmed(self, reason: str, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self._erase(reason)

    def _erase(self, reason: str) -> None:
        session = self.ctx.session
        if session is None:
            return
        try:
            if self.item.kind == "case":
                erased = erase_case(session, self.item.ref, reason)
            elif self.item.kind == "message":
                erase_message(session, self.item.ref, reason)
                erased = []
            elif self.item.kind == "draft":
                erase_draft(session, self.item.ref, reason)
                erased = []
            else:
                erased = erase_subject(session, self.item.ref, reason,
                                       with_messages=self.with_messages.isChecked())
        except SubjectStillCarried as exc:
            self.set_carried(exc.count)
            self.show_error(plain_words(exc))
            return
        except Exception as exc:  # shown in plain words; the dialog stays open
            self.show_failure(exc)
            return
        if erased:
            self.result_text = self.tr("Erased %2 %1 and %n message(s). The erasure is "
                                       "in the audit log.", "", len(erased))
        else:
            self.result_text = self.tr("Erased %2 %1. The erasure is in the audit log.")
        self.result_text = self.result_text.replace("%1", self.item.ref).replace(
            "%2", self.kind_name())
        super().accept()


class RestrictDialog(_DecisionDialog):
    """Restrict a record instead of erasing it, or lift a restriction (`lift`)."""

    def __init__(self, ctx: AppContext, item: ReviewItem, *, lift: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, "review_erase", parent)
        self.lift = lift
        self.setObjectName("reviewRestrictDialog")
        child(self.form, QCheckBox, "withMessagesCheck").setVisible(False)
        # the form is the erasure's: say what this reason is for (and keep Alt+R for Restrict)
        child(self.form, QLabel, "reasonEditLabel").setText(self.tr("Re&ason:"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        if lift:
            self.setWindowTitle(self.tr("Lift a restriction"))
            self.ok_button.setText(self.tr("&Lift"))
            what = self.tr("Show %1 %2 — %3 again in the lists and in search")
        else:
            self.setWindowTitle(self.tr("Restrict instead of erasing"))
            self.ok_button.setText(self.tr("&Restrict"))
            what = self.tr("Restrict %1 %2 — %3: kept for evidence, hidden from the lists and "
                           "from search, never erased automatically (a case takes its "
                           "messages and subjects with it)")
        self.setAccessibleName(self.windowTitle())
        self.ok_button.setAccessibleName(self.windowTitle())
        self.what_label.setText(what.replace("%1", self.kind_name()).replace("%2", item.ref)
                                .replace("%3", item.label))
        self.reason_edit.setFocus()

    def accept(self) -> None:
        """Restrict (or lift), audited with the reason, then close."""
        reason = self.checked_reason()
        session = self.ctx.session
        if reason is None or session is None:
            return
        try:
            if self.lift:
                lift_restriction(session, self.item.kind, self.item.ref, reason)
                self.result_text = self.tr("Shown again: %1 %2. Your reason is in the audit "
                                           "log.")
            else:
                restrict(session, self.item.kind, self.item.ref, reason)
                self.result_text = self.tr("Restricted %1 %2: kept for evidence and hidden. "
                                           "Your reason is in the audit log.")
        except Exception as exc:  # shown in plain words; the dialog stays open
            self.show_failure(exc)
            return
        self.result_text = self.result_text.replace("%1", self.kind_name()).replace(
            "%2", self.item.ref)
        super().accept()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
