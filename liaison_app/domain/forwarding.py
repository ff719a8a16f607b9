"""The forwarding rule: handling codes bind the recipient (LED Art. 9(3)).

A message whose handling forbids onward sharing (Europol H2, or UK C whose
conditions say so) may be forwarded only with the provider's consent. The
decision always carries a plain sentence the officer can read.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.domain.grading import GradingScheme, HandlingCode


@dataclass(frozen=True, slots=True)
class ForwardDecision:
    """Whether forwarding is allowed, and why, in words for an officer."""

    allowed: bool
    reason: str


def may_forward(
    handling: HandlingCode | None, *, provider_consent: bool = False
) -> ForwardDecision:
    """Decide whether a message with `handling` may be passed on to another agency."""
    if handling is None:
        return ForwardDecision(True, "No handling code restricts onward sharing.")
    if handling.forbids_onward_sharing:
        if handling.scheme is GradingScheme.EUROPOL_4X4:
            what = ("Handling code H2 says it is not to be passed on without the provider's "
                    "permission")
        else:
            what = ("Handling code C carries the provider's condition that it is not to be "
                    "passed on without their consent")
        if provider_consent:
            return ForwardDecision(
                True, f"{what}; the provider's consent is recorded, so it may be forwarded "
                "with the handling code unchanged.",
            )
        return ForwardDecision(
            False, f"{what}. Ask the provider and record their consent before forwarding.",
        )
    if handling.conditions:
        return ForwardDecision(
            True, f"Handling code {handling.code} allows forwarding; its conditions travel "
            f"with the message and bind the recipient: {handling.conditions}",
        )
    return ForwardDecision(
        True, f"Handling code {handling.code} ({handling.meaning()}) allows forwarding; "
        "the code travels with the message.",
    )
