"""Delivery-state icons stay visible on a selected row: drawn in the selection's text
colour there (the blue "read" tick on the blue selection could not be seen), in their
own colours elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from liaison_app.gui.models.badges import STATE_ICONS, state_icon
from liaison_app.gui.theme import colours, current_look


def _inked(image: QImage) -> list[QColor]:
    """The colours of the pixels the icon draws (mostly opaque)."""
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                found.append(colour)
    return found


@pytest.mark.parametrize("state", sorted(STATE_ICONS))
def test_a_state_icon_takes_the_selection_text_colour_when_selected(
        qapp: QApplication, state: str) -> None:
    icon = state_icon(state)
    normal = _inked(icon.pixmap(32, 32, QIcon.Mode.Normal).toImage())
    selected = _inked(icon.pixmap(32, 32, QIcon.Mode.Selected).toImage())
    assert normal and selected, f"state-{state} draws nothing"
    ink = QColor(colours(current_look())["accent_text"])
    assert all(abs(c.red() - ink.red()) + abs(c.green() - ink.green())
               + abs(c.blue() - ink.blue()) < 30 for c in selected)
    assert not all(abs(c.red() - ink.red()) + abs(c.green() - ink.green())
                   + abs(c.blue() - ink.blue()) < 30 for c in normal)
