"""The booth check: type or paste a name, plate, document number, MRZ, phone, account or
crypto address; see the hits.

Everything runs offline against the cache (`services.crosscheck.booth_check`);
each check is a consultation, so the Check button stays off until a reason
is given, and the reason is written to the audit log with every hit as a
combination. Hits are listed best first, each with its reasons as child rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from liaison_app.domain.financial import NETWORK_LABELS
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form, emphasise_title, set_role
from liaison_app.gui.models.caption_texts import matched_text
from liaison_app.gui.models.match_reason_texts import reasons_text
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services.crosscheck import CheckQuery, CheckResult, Hit, booth_check
from liaison_app.services.errors import ServiceError

MIN_REASON = 3
translate = QCoreApplication.translate


def where_text(hit: Hit) -> str:
    """Where a hit was found, in the officer's language."""
    if hit.source == "watchlist":
        return translate("CheckPage", "Watch list %1 (version %2)").replace(
            "%1", hit.list_name).replace("%2", str(hit.list_version))
    return translate("CheckPage", "Held on this laptop")


def hit_item(hit: Hit) -> QTreeWidgetItem:
    """A tree row for a hit, its reasons as child rows."""
    item = QTreeWidgetItem([f"{hit.score:.2f}", where_text(hit), hit.entry_id,
                            matched_text(hit.matched)])
    reasons = reasons_text(hit.reasons)
    item.setToolTip(3, "\n".join(reasons))
    if hit.strong:
        font = item.font(0)
        font.setBold(True)
        for column in range(4):
            item.setFont(column, font)
    for reason in reasons:
        child_item = QTreeWidgetItem(["", "", "", reason])
        child_item.setFirstColumnSpanned(False)
        item.addChild(child_item)
    return item


class CheckPage(QWidget):
    """The Check page of the main window."""

    wide = True
    """No message to read beside it: the shell gives it the detail pane's width."""

    #: a check ran: how many hits
    checked = Signal(int)

    #: nothing to re-read when the cache changes (a check is run on demand)
    refreshes_itself = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-check")
        self.setAccessibleName(self.tr("Check"))
        self.form = embed_form(self, "page_check")
        emphasise_title(child(self.form, QLabel, "titleLabel"))
        self.edits = {name: child(self.form, QLineEdit, f"{name}Edit") for name in
                      ("name", "dob", "nationality", "plate", "country", "document", "phone",
                       "account", "wallet", "reason")}
        self.network_combo = child(self.form, QComboBox, "networkCombo")
        self.network_combo.addItem(self.tr("From the address"), "")
        for code, title in NETWORK_LABELS.items():
            if code != "other":
                self.network_combo.addItem(translate("Domain", title), code)
        self.network_combo.setToolTip(self.tr(
            "Bitcoin, Litecoin, Tron and Ethereum-style addresses tell their network by their "
            "checksum; type the name of any other network (e.g. Monero)."))
        self.mrz_edit = child(self.form, QPlainTextEdit, "mrzEdit")
        self.check_button = child(self.form, QPushButton, "checkButton")
        self.summary_label = child(self.form, QLabel, "summaryLabel")
        self.error_label = child(self.form, QLabel, "errorLabel")
        set_role(self.error_label, "error")
        self.tree = child(self.form, QTreeWidget, "hitsTree")
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.run_check)
        self.edits["reason"].textChanged.connect(self._update_button)
        for name, edit in self.edits.items():
            edit.textChanged.connect(self._update_button)
            if name != "reason":
                edit.returnPressed.connect(self._enter)
        self.edits["reason"].returnPressed.connect(self._enter)
        self.mrz_edit.textChanged.connect(self._update_button)
        self.result: CheckResult | None = None
        self.empty = EmptyState(self.tree, self._empty_text)
        self.setFocusProxy(self.edits["name"])
        ctx.locked.connect(self.clear)

    def _empty_text(self) -> str:
        if self.result is not None:
            return self.tr("No hit in the watch lists or in your cache for this check.")
        return self.tr("Type a name, a plate with its country, a document number, an MRZ "
                       "or a phone number, and the reason for the check, then press Check. "
                       "Hits from the partners' watch lists and your own cache appear here, "
                       "each with why it matches.")

    def refresh(self) -> None:
        """Nothing to re-read: a check runs when the officer asks."""

    def clear(self) -> None:
        """Forget everything typed and found (on lock)."""
        for edit in self.edits.values():
            edit.clear()
        self.mrz_edit.clear()
        self.network_combo.setCurrentIndex(0)
        self.tree.clear()
        self.summary_label.clear()
        self.error_label.hide()
        self.result = None

    def query(self) -> CheckQuery:
        """What the fields say."""
        e = self.edits
        return CheckQuery(
            name=e["name"].text(), date_of_birth=e["dob"].text(),
            nationality=e["nationality"].text(), plate=e["plate"].text(),
            plate_country=e["country"].text(), document=e["document"].text(),
            mrz=self.mrz_edit.toPlainText(), phone=e["phone"].text(),
            account=e["account"].text(), account_country=e["country"].text(),
            wallet=e["wallet"].text(), network=self._network())

    def _network(self) -> str:
        """The network chosen, or typed (an editable list); "" to read it from the address."""
        index = self.network_combo.currentIndex()
        text = self.network_combo.currentText().strip()
        if index >= 0 and text == self.network_combo.itemText(index):
            return str(self.network_combo.itemData(index) or "")
        return text

    def _has_query(self) -> bool:
        return bool(self.query().asked())

    def _update_button(self) -> None:
        reason_ok = len(self.edits["reason"].text().strip()) >= MIN_REASON
        self.check_button.setEnabled(reason_ok and self._has_query())
        if self._has_query() and not reason_ok:
            self.check_button.setToolTip(self.tr("Give the reason for this check first"))
        else:
            self.check_button.setToolTip("")

    def _enter(self) -> None:
        if self.check_button.isEnabled():
            self.run_check()
        elif self._has_query():
            self.edits["reason"].setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def run_check(self) -> None:
        """Run the check and list the hits."""
        session = self.ctx.session
        if session is None:
            return
        self.error_label.hide()
        self.tree.clear()
        try:
            result = booth_check(session, self.query(), self.edits["reason"].text())
        except ServiceError as exc:
            self.summary_label.clear()
            self._show_error(plain_words(exc))
            return
        except Exception as exc:  # never a traceback for the officer
            self.summary_label.clear()
            self._show_error(self.tr("The check could not run (%1). Nothing was recorded; "
                                     "try again, and contact IT if it keeps happening.")
                             .replace("%1", type(exc).__name__))
            return
        self.result = result
        for hit in result.hits:
            self.tree.addTopLevelItem(hit_item(hit))
        first = self.tree.topLevelItem(0)
        if first is not None:
            first.setExpanded(True)
            self.tree.setCurrentItem(first)
        if result.hits:
            summary = self.tr("%n hit(s), best first (%1 ms, offline).", "",
                              len(result.hits)).replace("%1", f"{result.elapsed_ms:.0f}")
        else:
            summary = self.tr("No hit in the watch lists or on this laptop (%1 ms, offline)."
                              ).replace("%1", f"{result.elapsed_ms:.0f}")
        if result.mrz is not None:
            summary += " " + self.tr("MRZ read: %1, check digits valid, document %2.").replace(
                "%1", result.mrz.format).replace("%2", result.mrz.document_number)
        if not result.lists_held:
            summary += " " + self.tr("No watch list is held yet: only this laptop's records "
                                     "were checked; sync to fetch the lists.")
        self.summary_label.setText(summary)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.checked.emit(len(result.hits))
