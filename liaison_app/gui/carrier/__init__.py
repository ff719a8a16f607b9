"""Carrier bundles in the GUI: File → Export for carrier… and Import from carrier….

Both dialogs call `services.bundle_*` only; the long work runs in a worker
thread on its own database connection (`services.bundles.worker_session`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from liaison_app.gui.context import AppContext


def open_export_for_carrier(ctx: AppContext, parent: QWidget | None = None) -> None:
    """The export dialog (modal)."""
    from liaison_app.gui.carrier.export_dialog import ExportForCarrierDialog

    ExportForCarrierDialog(ctx, parent).exec()


def open_import_from_carrier(ctx: AppContext, parent: QWidget | None = None) -> None:
    """The import dialog (modal)."""
    from liaison_app.gui.carrier.import_dialog import ImportFromCarrierDialog

    ImportFromCarrierDialog(ctx, parent).exec()
