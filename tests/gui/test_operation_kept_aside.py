"""The Operations page lists the updates refused and kept aside in the officer's language:
what, from whom, when, and the rule each broke (the same sentences as an own refused
update), never the reason codes or the record's English sentence. Shown in Bulgarian."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt

from liaison_app.domain.operation_breaches import breach
from liaison_app.gui import theme
from liaison_app.gui.pages.operation_record import OperationRecord, refused_text
from liaison_app.services.operation_views import (
    OperationDetail,
    OperationSummary,
    QuarantineEntry,
)

WHEN = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
#: every quarantine reason a copy records, with the record's sentence where a rule is named
REFUSED = [
    ("not_allowed", breach("lead_only", lead="GB-NCA", kind="conclude")),
    ("not_allowed", breach("concluded")),
    ("not_allowed", breach("not_member", agency="BG-BP", standing="left")),
    ("not_shareable", breach("not_passable", provider="GB-NCA", agency="BG-BP",
                             forwarding="no onward sharing")),
    ("not_a_participant", breach("not_named", agency="BG-BP")),
    ("out_of_sequence", "sequence 5 after 2"),
    ("follows_refused", "follows a refused update"),
    ("replayed", "update seen before"),
    ("not_from_author", "carried by another device"),
    ("unknown_author", "device not in the directory"),
    ("bad_signature", "signature does not verify"),
    ("body_mismatch", "body digest differs"),
]


def _detail(refused: list[tuple[str, str]]) -> OperationDetail:
    return OperationDetail(
        OperationSummary("op-1", "OP-HORGOS-26", "Horgoš lorry route", "GB-NCA", "active",
                         "member", WHEN),
        ("Identify the facilitators",), "", (("GB-NCA", "member"), ("BG-BP", "member")), (),
        tuple(QuarantineEntry(f"u{i}", "decision", "BG-BP", reason, detail, WHEN)
              for i, (reason, detail) in enumerate(refused)))


def test_refused_updates_read_in_bulgarian_with_the_rule_each_broke(
        qtbot: Any, qapp: Any) -> None:
    assert theme.install_translations(qapp, QLocale("bg-BG")) is not None
    try:
        for reason, detail in REFUSED:
            text = refused_text(_detail([(reason, detail)]))
            heading, line = text.split("\n")
            assert "1" in heading and re.search("[а-я]", heading), heading
            assert "BG-BP" in line and re.search("[а-я]{4}", line), line
            for english in (reason, reason.replace("_", " "), detail, "This cannot",
                            "refused", "Decision"):
                assert english not in text, (english, text)
        assert "GB-NCA" in refused_text(_detail(REFUSED[:1]))  # the lead, named
        many = refused_text(_detail(REFUSED)).split("\n")
        assert many[0].endswith(str(len(REFUSED)))
        assert len(many) == 7 and "7" in many[-1] and "more" not in many[-1]

        record = OperationRecord()
        qtbot.addWidget(record)
        record.show_operation(_detail(REFUSED[:2]))
        assert record.refused.text() == refused_text(_detail(REFUSED[:2]))
        assert record.refused.accessibleName() != "Updates refused and kept aside"
        record.show_operation(_detail([]))
        assert record.refused.text() == ""
        header = record.timeline.horizontalHeader()  # the headings are whole in Bulgarian
        for col in range(4):
            assert header.sectionSize(col) >= header.sectionSizeHint(col), (
                col, record.timeline_model.headerData(col, Qt.Orientation.Horizontal))
    finally:
        theme.remove_translations(qapp)
