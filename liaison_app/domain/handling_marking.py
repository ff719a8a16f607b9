"""The handling marking of a whole document: the highest code in each scheme, and why.

A hand-over file carries many messages, each with its own handling code. Its
banner shows, for each scheme present (schemes are never converted), the
highest code with every conditions text given with it, any other restrictive
code also present (so an H2 under an H3 banner is not lost), and whether any
item may not be passed on without the provider's consent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from liaison_app.domain.grading import HANDLING_MEANINGS, GradingScheme, HandlingCode

HANDLING_RANK: dict[GradingScheme, tuple[str, ...]] = {
    GradingScheme.UK_3X5X2: ("P", "C"),
    GradingScheme.EUROPOL_4X4: ("H0", "H1", "H2", "H3"),
}
"""Each scheme's codes from least to most restrictive (the higher code wins)."""


@dataclass(frozen=True, slots=True)
class SchemeMarking:
    """One scheme's part of a document's marking."""

    scheme: GradingScheme
    code: str
    meaning: str
    conditions: tuple[str, ...]
    """Every distinct conditions text given with `code`, in first-seen order."""
    also: tuple[str, ...]
    """Other codes above the scheme's lowest that items also carry, highest first."""
    no_onward_sharing: bool
    """Some item of this scheme may not be passed on without the provider's consent."""


def document_marking(codes: Iterable[HandlingCode | None]) -> tuple[SchemeMarking, ...]:
    """The marking of a document holding items with `codes` (None: an unmarked item).

    UK first, then Europol; empty when no item carries a handling code.
    """
    seen: dict[GradingScheme, list[HandlingCode]] = {}
    for code in codes:
        if code is not None:
            seen.setdefault(code.scheme, []).append(code)
    out: list[SchemeMarking] = []
    for scheme in (GradingScheme.UK_3X5X2, GradingScheme.EUROPOL_4X4):
        items = seen.get(scheme)
        if not items:
            continue
        rank = HANDLING_RANK[scheme]
        present = sorted({c.code for c in items}, key=rank.index, reverse=True)
        top = present[0]
        conditions = tuple(dict.fromkeys(c.conditions for c in items
                                         if c.code == top and c.conditions))
        also = tuple(code for code in present[1:] if code != rank[0])
        out.append(SchemeMarking(
            scheme=scheme, code=top, meaning=HANDLING_MEANINGS[scheme][top],
            conditions=conditions, also=also,
            no_onward_sharing=any(c.forbids_onward_sharing for c in items)))
    return tuple(out)
