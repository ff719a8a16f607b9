"""A list page's filter drop-down filled with its choices, wide enough for each."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle


def fill_filter_choices(combo: QComboBox, all_text: str,
                        choices: list[tuple[str, object]]) -> None:
    """`all_text` (no filter, data None) then `choices` (text, value), without a change
    signal; the box then shows the longest choice whole."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, value in choices:
        combo.addItem(text, value)
    combo.blockSignals(False)
    room_for_items(combo)


def room_for_items(combo: QComboBox) -> None:
    """A minimum width that shows the longest choice whole: the theme's padding and the
    drop-down arrow are not in AdjustToContents' hint, which cut Serbian Cyrillic and
    Bulgarian choices by a letter."""
    combo.ensurePolished()  # the theme's font, not the default one
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i))
                  for i in range(combo.count())), default=0)
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
    combo.setMinimumWidth(widest + arrow + 2 * 6 + 2 * 2)  # padding 6, border up to 2
