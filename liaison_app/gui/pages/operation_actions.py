"""Dialogs of the Operations page that change an agency's part in an operation: leave it
(with a reason), conclude it (the lead, with a summary), withdraw a proposal no partner
has agreed to yet (the lead, with a reason: a `conclude` update, §32.3, so the invited
agencies can no longer agree) and consent to this agency's restricted items reaching one
participating agency.

Each says in plain words what will happen before the officer signs it, and only collects
what the officer chose; the page calls `services.operations` and shows a refusal in plain
words. Sharing a message is `operation_share.ShareMessageDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from liaison_app.gui.form_dialog import FormDialog

translate = QCoreApplication.translate


class _ExplainedDialog(FormDialog):
    """A form dialog that opens with a paragraph saying what signing it does."""

    def __init__(self, title: str, ok_text: str, explanation: str,
                 parent: QWidget | None) -> None:
        super().__init__(title, parent, ok_text=ok_text)
        self.explanation = QLabel(explanation, self)
        self.explanation.setObjectName("operationActionExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(460)
        self.fields.addRow(self.explanation)


class _ReasonDialog(_ExplainedDialog):
    """An explanation and a required text (a reason or a summary)."""

    def __init__(self, title: str, ok_text: str, explanation: str, field: str,
                 placeholder: str, parent: QWidget | None) -> None:
        super().__init__(title, ok_text, explanation, parent)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("operationActionText")
        self.text.setPlaceholderText(placeholder)
        self.text.setMaximumHeight(100)
        self.text.setTabChangesFocus(True)
        self.fields.addRow(field, self.text)
        self.text.textChanged.connect(self.check)
        self.check()

    def valid(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def words(self) -> str:
        """What the officer wrote, trimmed."""
        return self.text.toPlainText().strip()


class LeaveDialog(_ReasonDialog):
    """Leave an operation: why, told to the other participants."""

    def __init__(self, ref: str, lead: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Operations", "Leave the operation"),
            translate("Operations", "&Leave the operation"),
            translate("Operations",
                      "Your agency stops taking part in %1. The other participants see that "
                      "you left and your reason; your agency can add nothing more and cannot "
                      "rejoin. %2, the lead, goes on with the others. What your copy already "
                      "holds stays in your case %1 under your agency's retention.")
            .replace("%1", ref).replace("%2", lead),
            translate("Operations", "&Reason:"),
            translate("Operations", "e.g. the route has moved out of our area"), parent)
        self.setObjectName("operationLeaveDialog")


class ConcludeDialog(_ReasonDialog):
    """Conclude an operation (the lead): a summary for every participant."""

    def __init__(self, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Operations", "Conclude the operation"),
            translate("Operations", "Conclude for &everyone"),
            translate("Operations",
                      "%1 ends for every participating agency: once they receive it, nobody "
                      "can add tasks, decisions, outcomes or shared items any more. Each "
                      "agency keeps its copy under its own retention. This cannot be undone.")
            .replace("%1", ref),
            translate("Operations", "&Summary:"),
            translate("Operations", "e.g. objectives met: 4 arrests, route closed"), parent)
        self.setObjectName("operationConcludeDialog")


class WithdrawProposalDialog(_ReasonDialog):
    """Withdraw a proposal no partner has agreed to yet (the lead): the reason goes to every
    invited agency. In the shared record it is the lead concluding the operation."""

    def __init__(self, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Operations", "Withdraw the proposal"),
            translate("Operations", "&Withdraw the proposal"),
            translate("Operations",
                      "No partner agency has agreed to %1 yet. Withdrawing the proposal ends "
                      "it for every invited agency: once they receive it, none of them can "
                      "agree to it any more, and nothing more can be added. Each agency keeps "
                      "what its copy holds under its own retention. This cannot be undone.")
            .replace("%1", ref),
            translate("Operations", "&Reason:"),
            translate("Operations", "e.g. the route is covered by another operation"), parent)
        self.setObjectName("operationWithdrawDialog")


class ConsentDialog(_ExplainedDialog):
    """Consent, as provider, to this agency's restricted items reaching one participant."""

    def __init__(self, ref: str, own: str, agencies: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Operations", "Consent to onward sharing"),
            translate("Operations", "&Give consent"),
            translate("Operations",
                      "Items from %1 that may not be passed on without your consent (Europol "
                      "H2, UK C with no onward sharing) may then be shared in %2 by the other "
                      "participants, and will reach the agency you choose. Your consent is "
                      "signed, kept in the shared record for every participant and the "
                      "auditor, and cannot be withdrawn.").replace("%1", own)
            .replace("%2", ref),
            parent)
        self.setObjectName("operationConsentDialog")
        self.agency = QComboBox(self)
        self.agency.setObjectName("operationConsentAgency")
        for agency_id, standing in agencies:
            self.agency.addItem(f"{agency_id} ({standing})", agency_id)
        self.effect = QLabel(self)
        self.effect.setObjectName("operationConsentEffect")
        self.effect.setWordWrap(True)
        self.fields.addRow(translate("Operations", "&Agency:"), self.agency)
        self.fields.addRow(self.effect)
        self.own = own
        self.agency.currentIndexChanged.connect(self._explain)
        self._explain()

    def _explain(self) -> None:
        chosen = self.chosen()
        self.effect.setText("" if chosen is None else translate(
            "Operations", "Items of %1 marked “no onward sharing” will reach %2 when "
            "another participant shares them.").replace("%1", self.own).replace("%2", chosen))
        self.check()

    def chosen(self) -> str | None:
        """The agency chosen, or None when there is none to choose."""
        value = self.agency.currentData()
        return value if isinstance(value, str) else None

    def valid(self) -> bool:
        return self.chosen() is not None
