"""Qt item models over `services.views`: paged, sorted and filtered in SQL."""

from __future__ import annotations

from liaison_app.gui.models.directory import DirectoryModel
from liaison_app.gui.models.paged import ITEM_ROLE, KEY_ROLE, Column, PagedTableModel
from liaison_app.gui.models.tables import (
    AuditTableModel,
    CaseTableModel,
    MessageTableModel,
    OutboxTableModel,
    QuarantineTableModel,
)

__all__ = [
    "ITEM_ROLE", "KEY_ROLE", "AuditTableModel", "CaseTableModel", "Column", "DirectoryModel",
    "MessageTableModel", "OutboxTableModel", "PagedTableModel", "QuarantineTableModel",
]
