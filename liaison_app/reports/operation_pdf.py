"""The monitoring report's joint-operations section: one block per operation of the
period, drawn from `OperationSection` (computed from the shared record, so the same on
every participant's report)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from liaison_app.reports.flow import Column, Flow
from liaison_app.reports.style import Style
from liaison_app.reports.texts import outcome_kind, translate
from liaison_app.services.monitoring_types import MonitoringFigures
from liaison_app.services.operation_report import OperationSection

RIGHT = Qt.AlignmentFlag.AlignRight
STATES = {"invited": str(QT_TRANSLATE_NOOP("Report", "invited")),
          "member": str(QT_TRANSLATE_NOOP("Report", "taking part")),
          "declined": str(QT_TRANSLATE_NOOP("Report", "declined")),
          "left": str(QT_TRANSLATE_NOOP("Report", "left"))}
STATUS = {"proposed": str(QT_TRANSLATE_NOOP("Report", "proposed")),
          "agreed": str(QT_TRANSLATE_NOOP("Report", "agreed")),
          "active": str(QT_TRANSLATE_NOOP("Report", "active")),
          "concluded": str(QT_TRANSLATE_NOOP("Report", "concluded"))}


def operations_section(flow: Flow, f: MonitoringFigures, s: Style) -> None:
    """9. Joint operations (nothing when the period had none)."""
    if not f.operations:
        return
    flow.heading(translate("Report", "9. Joint operations"), s.h1)
    flow.text(translate("Report", "Computed from each operation's shared record of signed "
                        "updates: every participant's report shows the same figures."),
              s.body, after=4)
    for op in f.operations:
        _operation(flow, op, s)


def _operation(flow: Flow, op: OperationSection, s: Style) -> None:
    flow.heading(f"{op.ref} — {op.title}", s.h2, before=6, keep_after=40)
    people = ", ".join(f"{a} ({translate('Report', STATES.get(st, st))})"
                       for a, st in op.participants)
    accepted = ", ".join(f"{a} {h:g} h" for a, h in op.acceptance_hours) or "—"
    done = op.task_completion_hours
    flow.fields([
        (translate("Report", "Lead, status"),
         f"{op.lead}, {translate('Report', STATUS.get(op.status, op.status))}"),
        (translate("Report", "Participants"), people),
        (translate("Report", "Objectives"), "\n".join(f"• {o}" for o in op.objectives)),
        (translate("Report", "Tasks"), translate(
            "Report", "%1 in all, %2 done, %3 overdue on %4").replace(
            "%1", str(op.tasks_total)).replace("%2", str(op.tasks_done)).replace(
            "%3", str(op.tasks_overdue)).replace("%4", op.as_of.isoformat())),
        (translate("Report", "Decisions"), str(op.decisions)),
        (translate("Report", "Agreement after"), accepted),
        (translate("Report", "Tasks done after"),
         ", ".join(f"{h:g} h" for h in done) if done else "—"),
    ], s.bold, s.body)
    if op.outcomes_total:
        rows = [[agency, outcome_kind(kind), str(n)] for agency, kind, n in
                op.outcomes_by_agency]
        rows += [[translate("Report", "All agencies"), outcome_kind(kind), str(n)]
                 for kind, n in op.outcomes_total]
        flow.table([Column(translate("Report", "Agency"), 1.2),
                    Column(translate("Report", "Outcome"), 2.5),
                    Column(translate("Report", "Count"), 1, RIGHT)],
                   rows, s.table, s.table_header)
