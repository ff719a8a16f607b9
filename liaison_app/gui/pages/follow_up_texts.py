"""Words for the follow-up of requests (Directive (EU) 2023/977 Art. 16), shared by the
detail pane and the case view: the state of a request and each step of its record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liaison_app.domain.follow_up import FOLLOW_UP_LABELS, FollowUp
from liaison_app.domain.messages import REPLY_OUTCOME_LABELS, ReplyOutcome
from liaison_app.gui.models.labels import domain_text, when
from liaison_app.services.follow_up import FollowUpStep, FollowUpView

translate = QCoreApplication.translate


def state_text(view: FollowUpView) -> str:
    """`Clarification requested — open, your move` and the like."""
    try:
        state = domain_text(FOLLOW_UP_LABELS[FollowUp(view.state)])
    except ValueError:
        state = view.state
    if not view.open:
        return translate("FollowUp", "%1 — closed").replace("%1", state)
    move = (translate("FollowUp", "your move") if view.waiting_on_us
            else translate("FollowUp", "waiting for the partner"))
    return translate("FollowUp", "%1 — open, %2").replace("%1", state).replace("%2", move)


def step_text(step: FollowUpStep) -> str:
    """What one step was: the request, an answer with its outcome, a clarification given,
    a recall."""
    if step.kind == "request":
        return translate("FollowUp", "Request")
    if step.kind == "answer":
        try:
            outcome = domain_text(REPLY_OUTCOME_LABELS[ReplyOutcome(step.outcome)])
        except ValueError:
            outcome = step.outcome
        return translate("FollowUp", "Answer: %1").replace("%1", outcome)
    if step.kind == "clarification":
        return translate("FollowUp", "Clarification given")
    return translate("FollowUp", "Recall: %1").replace("%1", step.outcome)


def sequence_text(view: FollowUpView) -> str:
    """The whole record, one line per step (the detail pane)."""
    lines = [translate("FollowUp", "Follow-up: %1").replace("%1", state_text(view))]
    for step in view.steps:
        line = f"{when(step.at)}  {step.agency}: {step_text(step)}"
        if step.reason:
            line += f" — {step.reason}"
        lines.append(line)
    return "\n".join(lines)
