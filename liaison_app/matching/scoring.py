"""Scoring a candidate against a query: names, qualifiers, identifiers; score and reasons.

The name score (`names.compare_names`) is qualified for people the way
OpenSanctions' rule-based scoring does: evidence that disagrees lowers it,
evidence that agrees is named but adds nothing (a common name with a common
year of birth is still only a name). Penalties: year of birth two or more
years apart -0.25, one year apart -0.10, same year but another month or
day -0.10; no nationality in common -0.10; sex recorded on both sides and
different -0.25. An identifier whose keys are equal scores by its kind
(`identifiers`). The result is the better of the two; when both agree the
score gains 0.05 (at most 1). A candidate is a *hit* from `HIT` up and a
*strong* hit (the officer is notified) from `STRONG` up. docs/matching.md
gives the reasoning and the measured precision and recall.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.matching.identifiers import Evidence, identifier_kind
from liaison_app.matching.names import compare_names
from liaison_app.matching.records import ORGANISATION, PERSON, Record

__all__ = ["HIT", "STRONG", "Match", "compare_records"]

HIT = 0.80
STRONG = 0.92
YEAR_FAR = 0.25
YEAR_NEAR = 0.10
DAY_DIFFERS = 0.10
NATIONALITY_DIFFERS = 0.10
SEX_DIFFERS = 0.25
AGREEMENT_BONUS = 0.05


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate's score (0..1) and the reasons, in words, in the order they count."""

    score: float
    reasons: tuple[str, ...]

    @property
    def is_hit(self) -> bool:
        return self.score >= HIT

    @property
    def strong(self) -> bool:
        return self.score >= STRONG


def _date_parts(text: str) -> tuple[int, int | None, int | None] | None:
    parts = text.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None
    return year, month, day


def compare_dates(query: tuple[str, ...], candidate: tuple[str, ...]) -> tuple[float, str]:
    """(penalty, reason) for two sets of (partial) dates of birth; (0, "") when unknown."""
    qs = [p for p in map(_date_parts, query) if p]
    cs = [p for p in map(_date_parts, candidate) if p]
    if not qs or not cs:
        return 0.0, ""
    best: tuple[float, str] | None = None
    for q in qs:
        for c in cs:
            if q[0] != c[0]:
                gap = abs(q[0] - c[0])
                found = ((YEAR_NEAR if gap == 1 else YEAR_FAR),
                         f"year of birth differs ({q[0]} against {c[0]})")
            elif q[1] is not None and c[1] is not None and q[1] != c[1]:
                found = (DAY_DIFFERS, f"month of birth differs ({q[0]}-{q[1]:02d} "
                                      f"against {c[0]}-{c[1]:02d})")
            elif q[2] is not None and c[2] is not None and q[2] != c[2]:
                found = (DAY_DIFFERS, "day of birth differs")
            elif q[2] is not None and c[2] is not None:
                found = (0.0, "date of birth equal")
            else:
                found = (0.0, "year of birth equal")
            if best is None or found[0] < best[0]:
                best = found
    assert best is not None
    return best


def _qualifiers(q: Record, c: Record) -> tuple[float, list[str]]:
    penalty, reasons = 0.0, []
    dob_penalty, dob_reason = compare_dates(q.dates_of_birth, c.dates_of_birth)
    penalty += dob_penalty
    if dob_reason:
        reasons.append(dob_reason)
    if q.nationalities and c.nationalities:
        shared = q.nationalities & c.nationalities
        if shared:
            reasons.append(f"nationality {', '.join(sorted(shared))} equal")
        else:
            penalty += NATIONALITY_DIFFERS
            reasons.append(f"nationality differs ({', '.join(sorted(q.nationalities))} "
                           f"against {', '.join(sorted(c.nationalities))})")
    if q.sex and c.sex and q.sex != c.sex:
        penalty += SEX_DIFFERS
        reasons.append("sex differs")
    return penalty, reasons


def _names_comparable(q: Record, c: Record) -> bool:
    return {q.kind, c.kind} != {PERSON, ORGANISATION}


def _best_identifier(q: Record, c: Record) -> Evidence | None:
    best: Evidence | None = None
    for qi in q.identifiers:
        for ci in c.identifiers:
            if qi.kind == ci.kind and qi.key == ci.key:
                spec = identifier_kind(qi.kind)
                if spec is None:  # made by a kind no longer registered: not comparable
                    continue
                found = spec.compare(qi, ci)
                if best is None or found.score > best.score:
                    best = found
    return best


def compare_records(q: Record, c: Record) -> Match:
    """Score candidate `c` for query `q`, with the reasons."""
    name_score: float | None = None
    reasons: list[str] = []
    if q.names and c.names and _names_comparable(q, c):
        found = compare_names(q.names, c.names)
        if found.score > 0:
            name_score = found.score
            reasons.extend(found.reasons)
            if PERSON in (q.kind, c.kind):
                penalty, why = _qualifiers(q, c)
                name_score = max(0.0, name_score - penalty)
                reasons.extend(why)
    evidence = _best_identifier(q, c)
    if evidence is None:
        return Match(round(name_score or 0.0, 4), tuple(reasons))
    reasons.append(evidence.reason)
    score = max(evidence.score, name_score or 0.0)
    if name_score is not None and name_score >= 0.5:
        score = min(1.0, score + AGREEMENT_BONUS)
    elif q.names and c.names and _names_comparable(q, c):
        reasons.append("the names differ")
    return Match(round(score, 4), tuple(reasons))
