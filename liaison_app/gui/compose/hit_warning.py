"""The warning before signing: a draft's subjects already on a watch list or in the cache.

`services.crosscheck.check_subjects` looks each subject up (and audits every
hit as a combination); when something matches, a window-modal box lists it
and the officer chooses to sign and queue anyway or to go back and edit.
Never a refusal: the partner may need exactly this information.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.domain.subjects import Subject
from liaison_app.gui.models.match_reason_texts import reasons_text
from liaison_app.services.crosscheck import SubjectHits, check_subjects
from liaison_app.services.session import Session

translate = QCoreApplication.translate
MAX_LISTED = 8


def describe(found: Sequence[SubjectHits]) -> str:
    """The hits as plain lines, one per hit, strongest first within each subject."""
    lines = []
    for item in found:
        for hit in item.hits:
            where = (translate("HitWarning", "watch list %1, entry %2").replace(
                "%1", hit.list_name).replace("%2", hit.entry_id) if hit.source == "watchlist"
                else translate("HitWarning", "already held on this laptop"))
            lines.append(translate("HitWarning", "Subject %1 (%2): %3, score %4 — %5").replace(
                "%1", str(item.index + 1)).replace("%2", item.label).replace("%3", where)
                .replace("%4", f"{hit.score:.2f}")
                .replace("%5", "; ".join(reasons_text(hit.reasons[:3]))))
    if len(lines) > MAX_LISTED:
        more = str(len(lines) - MAX_LISTED)
        lines = [*lines[:MAX_LISTED],
                 translate("HitWarning", "…and %1 more.").replace("%1", more)]
    return "\n".join(lines)


def warn_before_signing(parent: QWidget, session: Session, subjects: Sequence[Subject],
                        proceed: Callable[[], None]) -> QMessageBox | None:
    """Check the subjects; with hits, open the warning (returned) and call `proceed` if
    the officer signs anyway. Without hits, return None: the caller goes on at once."""
    found = check_subjects(session, subjects)
    if not found:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("HitWarning", "Subjects already known"),
                      translate("HitWarning", "Some subjects of this message match a watch list "
                                "or records already held. Sign and queue it anyway?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("hitWarning")
    box.setAccessibleName(translate("HitWarning", "Cross-check warning before signing"))
    box.setInformativeText(describe(found))
    sign = box.addButton(translate("HitWarning", "&Sign and queue"),
                         QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("HitWarning", "&Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.buttonClicked.connect(lambda button: proceed() if button is sign else None)
    box.open()
    return box
