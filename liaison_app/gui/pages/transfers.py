"""The Transfers page: every disclosure, for the data-protection officer (DPA 2018 s.62,
s.75(3)), with exports of the record (CSV) and of the audit log (for a third party to
verify); both exports ask why and are audited (`services.transfers`,
`services.audit_export`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.domain.disclosure import DATA_CATEGORY_LABELS, DataCategory
from liaison_app.domain.subject_kinds import CATEGORY_LABELS, DataSubjectCategory
from liaison_app.gui.column_fit import keep_fitted
from liaison_app.gui.context import AppContext
from liaison_app.gui.forms import child, embed_form, load_form
from liaison_app.gui.models.labels import TYPES, domain_text, label, when, when_utc
from liaison_app.gui.pages.empty_state import EmptyState
from liaison_app.gui.pages.list_columns import ColumnChooser
from liaison_app.gui.problem_texts import plain_words
from liaison_app.services.audit_export import export_audit
from liaison_app.services.errors import ServiceError
from liaison_app.services.transfers import (
    TransferView,
    period,
    save_transfers_csv,
    transfer_list,
)

translate = QCoreApplication.translate
DEFAULT_DAYS = 90
COLUMN_NAMES = ("sent", "kind", "authority", "country", "basis", "justification",
                "subjects", "data", "officer", "message")
"""The table's columns by name (View → Columns; the ones hidden by default: list_columns)."""


def _codes(table: dict[str, str], codes: tuple[str, ...]) -> str:
    return ", ".join(domain_text(table[c]) if c in table else c for c in codes)


_DATA = {c.value: DATA_CATEGORY_LABELS[c] for c in DataCategory}
_SUBJECTS = {c.value: CATEGORY_LABELS[c] for c in DataSubjectCategory}


class ExportReasonDialog(QDialog):
    """Asks why a record leaves Liaison (the reason goes to the audit log)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferExportDialog")
        self.setWindowTitle(self.tr("Export outside Liaison"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        form = load_form("attachment_export", self)
        QVBoxLayout(self).addWidget(form)
        child(form, QLabel, "whatLabel").setText(what)
        self.reason_edit = child(form, QLineEdit, "reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. quarterly check by the "
                                                    "data-protection officer"))
        buttons = child(form, QDialogButtonBox, "buttonBox")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Choose &file…"))
        ok.setEnabled(False)
        self.reason_edit.textChanged.connect(lambda text: ok.setEnabled(len(text.strip()) >= 3))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()


class TransfersPage(QWidget):
    """The transfer record for a period, newest last, and its exports."""

    #: the shell gives this page the detail pane's width (its columns need it)
    wide = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-transfers")
        self.form = embed_form(self, "page_transfers")
        self.from_date = child(self.form, QDateEdit, "fromDate")
        self.to_date = child(self.form, QDateEdit, "toDate")
        self.summary = child(self.form, QLabel, "summaryLabel")
        self.record = child(self.form, QLabel, "recordLabel")
        self.table = child(self.form, QTableView, "table")
        self.export_button = child(self.form, QPushButton, "exportButton")
        self.audit_button = child(self.form, QPushButton, "auditExportButton")
        today = datetime.now(UTC).date()
        self.from_date.setDate(_qdate(today - timedelta(days=DEFAULT_DAYS)))
        self.to_date.setDate(_qdate(today))
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        # every column in sight in every language, no scrolling sideways: the
        # justification gives way first (down to a fifth of the width), then the others
        # elide (each cell's full text in its tooltip, the whole record under the table);
        # the officer chooses the columns
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fitter = keep_fitted(self.table, give_way=5, shrink_others=True, keep=0.2)
        self.columns = ColumnChooser(ctx, "transfers", self.table, COLUMN_NAMES,
                                     self.fitter.refit)
        self.empty = EmptyState(self.table, lambda: self.tr(
            "No disclosure from this device in this period. Every request, alert, reply, "
            "forward or case share you send is listed here: when, to which authority in "
            "which country, on what legal basis and why."))
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda current, _previous:
                                            self._show_record(current.row()))
        self.rows: list[TransferView] = []
        self.dialog: QDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_saved: Path | None = None
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        self.audit_button.clicked.connect(self.export_audit_log)
        ctx.data_changed.connect(self._changed)
        ctx.locked.connect(self._clear)
        self.setFocusProxy(self.from_date)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _clear(self) -> None:
        self.rows = []
        self.model.clear()

    def _period(self) -> tuple[datetime, datetime]:
        return period(_day(self.from_date), _day(self.to_date))

    def refresh(self) -> None:
        """Re-read the record for the chosen period."""
        session = self.ctx.session
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Sent"), self.tr("Kind"), self.tr("Receiving authority"),
            self.tr("Country"), self.tr("Legal basis"), self.tr("Justification"),
            self.tr("Data subjects"), self.tr("Data"), self.tr("Officer"),
            self.tr("Message")])
        self.columns.apply()
        if session is None or session.db.closed:
            self.rows = []
            return
        try:
            start, end = self._period()
            self.rows = transfer_list(session, start, end)
        except ServiceError as exc:
            self.rows = []
            self.summary.setText(plain_words(exc))
            return
        for row in self.rows:
            self.model.appendRow(self._items(row))
        self.record.clear()
        self.summary.setText(self.tr("%n disclosure(s) in this period.", "", len(self.rows)))
        self.fitter.refit()

    def kind_text(self, kind: str) -> str:
        """A disclosure's kind in plain words: a message type, a forward, or a carrier
        bundle (the export of what was queued onto removable media)."""
        if kind == "forward":
            return self.tr("Forward")
        if kind == "bundle":
            return self.tr("Carrier bundle")
        return label(TYPES, kind)

    def _items(self, row: TransferView) -> list[QStandardItem]:
        sent = when(row.sent_at) if row.sent_at else self.tr("queued %1").replace(
            "%1", when(row.at))
        kind = self.kind_text(row.kind)
        authorities = "; ".join(f"{r.name} ({r.agency})" if r.name else r.agency
                                for r in row.recipients)
        countries = ", ".join(dict.fromkeys(r.country for r in row.recipients if r.country))
        basis = domain_text(row.legal_basis_label) if row.legal_basis_label else \
            self.tr("not recorded")
        values = [sent, kind, authorities, countries, basis.split(" (")[0],
                  row.justification or self.tr("not recorded"),
                  _codes(_SUBJECTS, row.subject_categories),
                  _codes(_DATA, row.data_categories), row.officer_name or row.officer,
                  row.message_id]
        items = [QStandardItem(v) for v in values]
        for item, value in zip(items, values, strict=True):
            item.setToolTip(value)  # a cell that elides: its whole text
        items[0].setToolTip(when_utc(row.sent_at or row.at))
        items[4].setToolTip(basis)  # the whole label, with the provisions it cites
        items[8].setToolTip(f"{values[8]} ({row.officer})" if row.officer_name
                            else row.officer)
        return items

    def _show_record(self, row: int) -> None:
        """The selected disclosure in full under the table (the columns are narrow)."""
        if not 0 <= row < len(self.rows):
            self.record.clear()
            return
        r = self.rows[row]
        kind = self.kind_text(r.kind)
        to = "; ".join(f"{x.name or x.agency} ({x.agency}, {x.country})" for x in r.recipients)
        lines = [
            self.tr("%1 %2, sent %3 by %4").replace("%1", kind).replace("%2", r.message_id)
            .replace("%3", when(r.sent_at) if r.sent_at else self.tr("queued %1").replace(
                "%1", when(r.at))).replace("%4", r.officer_name or r.officer),
            self.tr("To: %1").replace("%1", to),
            self.tr("Legal basis: %1").replace("%1", domain_text(r.legal_basis_label)
                                               if r.legal_basis_label
                                               else self.tr("not recorded")),
            self.tr("Justification: %1").replace("%1", r.justification
                                                 or self.tr("not recorded")),
            self.tr("Data subjects: %1").replace("%1", _codes(_SUBJECTS, r.subject_categories)),
            self.tr("Data: %1").replace("%1", _codes(_DATA, r.data_categories)),
        ]
        self.record.setText("\n".join(lines))

    # -- exports ---------------------------------------------------------------------

    def export_csv(self) -> None:
        """Ask why, then where; audit and write the record as CSV."""
        start, end = _day(self.from_date), _day(self.to_date)
        what = self.tr("The transfer record from %1 to %2 (%n disclosure(s)) as a CSV file. "
                       "The file is not encrypted.", "", len(self.rows)).replace(
            "%1", start.isoformat()).replace("%2", end.isoformat())
        self._ask(what, f"transfers-{start.isoformat()}-{end.isoformat()}.csv",
                  self._save_csv)

    def export_audit_log(self) -> None:
        """Ask why, then where; audit and write the whole audit chain (JSON Lines)."""
        what = self.tr("The whole audit log with the public key and hashes a third party "
                       "needs to verify it (JSON Lines). The file is not encrypted.")
        self._ask(what, f"audit-{datetime.now(UTC).date().isoformat()}.jsonl",
                  self._save_audit)

    def _ask(self, what: str, name: str, save: object) -> None:
        dialog = ExportReasonDialog(what, self.window())
        dialog.accepted.connect(lambda: self._choose_file(name, dialog.reason, save))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _choose_file(self, name: str, reason: str, save: object) -> None:
        chooser = QFileDialog(self.window(), self.tr("Export as"))
        chooser.setObjectName("transferSaveDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.selectFile(name)
        assert callable(save)
        chooser.fileSelected.connect(lambda path: save(Path(path), reason))
        chooser.finished.connect(chooser.deleteLater)
        self.file_dialog = chooser
        chooser.open()

    def _save_csv(self, target: Path, reason: str) -> None:
        session = self.ctx.session
        if session is None:
            return
        try:
            start, end = self._period()
            count = save_transfers_csv(session, start, end, target, reason)
        except (ServiceError, OSError) as exc:
            self.ctx.user_error.emit(self.tr("Not exported"), plain_words(exc))
            return
        self._saved(target, self.tr("%n disclosure(s) exported to %1 (recorded in the audit "
                                    "log).", "", count).replace("%1", str(target)))

    def _save_audit(self, target: Path, reason: str) -> None:
        session = self.ctx.session
        if session is None:
            return
        try:  # on this thread: the session's database connection belongs to it
            result = export_audit(session, target, "jsonl", reason)
        except (ServiceError, OSError) as exc:
            self.ctx.user_error.emit(self.tr("Not exported"), plain_words(exc))
            return
        self._saved(target, self.tr("%n audit entries exported to %1 (recorded in the audit "
                                    "log).", "", result.entries).replace("%1", str(target)))

    def _saved(self, target: Path, text: str) -> None:
        self.last_saved = target
        self.summary.setText(text)
        self.ctx.data_changed.emit()


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
