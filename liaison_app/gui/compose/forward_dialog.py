"""Forward a request or alert as its handling code allows.

The dialog shows the handling code's decision (domain.forwarding, via the
services) before the officer tries: refused with the reason, or allowed once
the provider's consent is recorded where the rule asks for it. Every agency is
listed with whether it may receive this message and, when not, why. Kept as a
draft while the officer types.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from liaison_app.domain.errors import ValidationError
from liaison_app.domain.grading import HandlingCode
from liaison_app.gui.compose._util import translate
from liaison_app.gui.compose.action_dialog import ActionDialog
from liaison_app.gui.compose.draft_state import (
    checked_list_state,
    form_state,
    restore_checked_list,
)
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child
from liaison_app.gui.models.forward_texts import bar_text, decision_text
from liaison_app.gui.models.labels import domain_text
from liaison_app.services import actions, drafts
from liaison_app.services.drafts import SavedDraft
from liaison_app.services.message_brief import forward_decision, forward_targets

ROLE = Qt.ItemDataRole.UserRole


class ForwardDialog(ActionDialog):
    """Pass a request or alert on, as its handling code allows."""

    form_name = "forward"
    draft_kind = "forward"

    def title(self) -> str:
        return self.tr("Forward")

    def __init__(self, ctx: AppContext, message_id: str, parent: QWidget | None = None, *,
                 draft: SavedDraft | None = None) -> None:
        super().__init__(ctx, message_id, parent)
        self.handling_label = child(self.form, QLabel, "handlingLabel")
        self.decision_label = child(self.form, QLabel, "decisionLabel")
        self.consent = child(self.form, QCheckBox, "consentCheck")
        self.agencies = child(self.form, QListWidget, "agencyList")
        self.note = child(self.form, QPlainTextEdit, "noteEdit")
        handling = self.brief.handling
        self.handling_label.setText(handling_text(handling))
        self.consent.setVisible(handling is not None and handling.forbids_onward_sharing)
        self.reason = self.add_reason(required=True)
        self.consent.toggled.connect(self.update_decision)
        self.update_decision()
        (self.consent if self.consent.isVisibleTo(self) else self.agencies).setFocus()
        self.keep_drafts(draft)

    def draft_fields(self) -> dict[str, object]:
        return {"form": form_state(self.form), "to": checked_list_state(self.agencies)}

    def restore_fields(self, fields: object) -> None:
        super().restore_fields(fields)
        if isinstance(fields, dict):
            restore_checked_list(self.agencies, fields.get("to"))
        self.update_decision()

    def draft_heading(self) -> dict[str, object]:
        return drafts.heading(list(self.chosen()), self.brief.priority.value,
                              self.note.toPlainText())

    def update_decision(self) -> None:
        """Show whether forwarding is allowed now and why, and every agency of the
        directory with whether it may receive it (and why not); enable Forward accordingly."""
        consent = self.consent.isVisibleTo(self) and self.consent.isChecked()
        allowed = False
        if not self.brief.forwardable:
            text = self.tr("Only requests and alerts can be forwarded.")
        else:
            decision = forward_decision(self.session, self.brief.message_id,
                                        provider_consent=consent)
            allowed = decision.allowed
            reason = decision_text(decision.template, decision.params)
            text = (self.tr("Allowed: {reason}") if allowed
                    else self.tr("Refused: {reason}")).format(reason=reason)
        self.decision_label.setText(text)
        self.decision_label.setProperty("role", "" if allowed else "error")
        self.decision_label.style().unpolish(self.decision_label)
        self.decision_label.style().polish(self.decision_label)
        self._list_agencies(consent)
        open_to = [self.agencies.item(i) for i in range(self.agencies.count())
                   if self.agencies.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
        self.send_button.setEnabled(allowed and bool(open_to))
        for widget in (self.note, self.reason.form):
            widget.setEnabled(allowed)

    def _list_agencies(self, consent: bool) -> None:
        ticked = set(self.chosen())
        self.agencies.clear()
        self.agencies.setWordWrap(True)
        targets = forward_targets(self.session, self.brief.message_id,
                                  provider_consent=consent)
        for target in targets:
            name = f"{target.name} ({target.country}, {target.agency_id})"
            item = QListWidgetItem(name)
            item.setData(ROLE, target.agency_id)
            if target.bar is None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if target.agency_id in ticked
                                   else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr(
                    "May receive this message. No device there is enrolled yet: the "
                    "forward waits until the partner's directory entry arrives.")
                    if target.waiting else self.tr("May receive this message"))
            else:
                why = bar_text(target.bar)
                item.setText(self.tr("{agency}\n— {why}").format(agency=name, why=why))
                # an empty box that cannot be ticked: the name and its reason line up with
                # the agencies that may receive it, and read as one entry
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(why)
            self.agencies.addItem(item)
        if not targets:
            self.agencies.addItem(QListWidgetItem(self.tr(
                "Your directory lists no agencies yet. Sync (F5) to fetch it.")))
        may = sum(1 for t in targets if t.bar is None)
        self.agencies.setAccessibleDescription(self.tr(
            "%n agency(ies) may receive this message", "", may))
        if self.agencies.count():
            self.agencies.setCurrentRow(0)

    def chosen(self) -> tuple[str, ...]:
        """The agencies ticked."""
        out: list[str] = []
        for i in range(self.agencies.count()):
            item = self.agencies.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and \
                    item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ROLE)))
        return tuple(out)

    def submit(self) -> str:
        if not self.chosen():
            raise ValidationError("to", self.tr("tick at least one agency to forward to"))
        return actions.forward(self.session, self.brief.message_id, self.chosen(),
                               disclosure_reason=self.reason.build(),
                               note=self.note.toPlainText(),
                               provider_consent=self.consent.isVisibleTo(self)
                               and self.consent.isChecked(), draft_id=self.draft_id)


def handling_text(handling: HandlingCode | None) -> str:
    """The handling code, its meaning and conditions, in the officer's language."""
    if handling is None:
        return translate("ActionDialog", "No handling code.")
    text = translate("ActionDialog", "Handling code: {code}: {meaning}").format(
        code=handling.code, meaning=domain_text(handling.meaning()))
    if handling.conditions:
        text += " " + translate("ActionDialog", "Conditions: {conditions}").format(
            conditions=handling.conditions)
    if handling.no_onward_sharing:
        text += " " + translate("ActionDialog", "Not to be passed on without the provider's "
                                "consent.")
    return text
