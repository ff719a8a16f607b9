"""The audit log in the officer's words: every kind and record named (a booth check, a
draft, a carrier bundle… not a raw code), and the reason the program records for a case
justified earlier kept in English in the log, whatever the GUI speaks, and shown in the
officer's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from liaison_app.gui import theme
from liaison_app.gui.context import AppContext
from liaison_app.gui.models.audit import object_text
from liaison_app.gui.models.labels import AUDIT_KINDS, label
from liaison_app.gui.models.recorded_reasons import EARLIER_REASON, justification_text
from liaison_app.gui.pages.justification import request_justification
from liaison_app.services import audit_views
from liaison_app.services.audit_render import object_of
from liaison_app.services.session import Session
from liaison_app.services.view_types import AuditSummary
from liaison_app.store.audit import AuditKind
from tests.services.workspace import make_workspace


@pytest.fixture
def serbian(qapp: QApplication) -> Iterator[None]:
    assert theme.install_translations(qapp, QLocale("sr-Latn-RS")) is not None
    yield
    theme.remove_translations(qapp)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Session, AppContext]]:
    session = make_workspace(tmp_path / "profile").open()
    ctx = AppContext(session)
    yield session, ctx
    ctx.session = None
    session.close()


def _entry(ref: str) -> AuditSummary:
    kind, ident = object_of(ref)
    return AuditSummary(1, datetime.now(UTC), "combination", "x", ref, "{}", object_kind=kind,
                        object_id=ident)


@pytest.mark.parametrize(("ref", "kind", "shown"), [
    ("check", "check", "Booth check"),
    ("draft:0193a2b4-aaaa", "draft", "Draft 0193a2b4…"),
    ("bundle:5f1e2d3c-bbbb", "bundle", "Carrier bundle 5f1e2d3c…"),
    ("attachment:77aa88bb-cccc", "attachment", "Attachment 77aa88bb…"),
    ("operation:0a0b0c0d-dddd", "operation", "Operation 0a0b0c0d…"),
    ("monitoring:2026-11-01..2026-11-30", "monitoring",
     "Monitoring report 2026-11-01..2026-11-30"),
])
def test_every_record_the_log_names_has_its_words(qapp: QApplication, ref: str, kind: str,
                                                  shown: str) -> None:
    assert object_of(ref)[0] == kind
    assert object_text(_entry(ref)) == shown


def test_every_kind_of_entry_has_a_label() -> None:
    assert {k.value for k in AuditKind} <= set(AUDIT_KINDS)
    assert label(AUDIT_KINDS, "combination") == "Data combined"


def test_a_reason_given_earlier_is_logged_in_english_and_read_in_serbian(
        qapp: QApplication, serbian: None, env: Any) -> None:
    session, ctx = env
    ctx.justified_cases.add("RS/2026/7")  # justified earlier, its words not at hand
    granted: list[bool] = []
    dialog = request_justification(ctx, None, "RS/2026/7", "message:m-1", "a message",
                                   on_granted=lambda: granted.append(True))
    assert dialog is None and granted == [True]  # not asked again, the opening logged
    (entry,) = audit_views.audit_page(session, kind="consult")
    assert entry.justification == EARLIER_REASON.replace("%1", "RS/2026/7")
    shown = justification_text(entry.justification)
    assert shown != entry.justification and "RS/2026/7" in shown  # Serbian on screen
    assert justification_text("the officer's own words") == "the officer's own words"
