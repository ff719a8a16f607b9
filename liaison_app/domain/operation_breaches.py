"""The operation rules an update can break, each with the sentence the record keeps.

`judge` (`domain.operation_state`) refuses an update with a verdict (§32.2: the reason
code every copy agrees on) and a sentence naming the rule, which the local record
keeps beside the refused update. The sentences are built here from one template per
rule, so the services can tell which rule it was (`breach_of`) and show the officer
a translated sentence of their own instead of quoting the English one.
"""

from __future__ import annotations

import re
from functools import cache

BREACHES: dict[str, str] = {
    "proposer_listed": "the proposing agency must be among the participants",
    "not_named": "{agency} is not a participant in the operation",
    "concluded": "the operation had been concluded",
    "lead_only": "only the lead agency {lead} may {kind}",
    "not_invited": "{agency} is {standing}, not invited",
    "own_officers": "an agency names only its own officers",
    "not_member": "{agency} is {standing}, not a member",
    "lead_stays": "the lead agency concludes the operation; it cannot leave",
    "own_consent": "an agency needs no consent to share with itself",
    "unknown_task": "the task it marks is not a task of this operation",
    "not_passable": "{provider}'s item may not be passed to {agency}: {forwarding}",
}
"""Rule -> the English sentence the record keeps, with `{name}` for its values."""


def breach(rule: str, **values: str) -> str:
    """The sentence for breaking `rule` with `values` filled in."""
    return BREACHES[rule].format(**values)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                    for i, p in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def breach_of(sentence: str) -> tuple[str, dict[str, str]] | None:
    """Which rule `sentence` names and its values; None for a sentence no rule gives
    (a record written by another version)."""
    for rule, template in BREACHES.items():
        found = _pattern(template).fullmatch(sentence)
        if found is not None:
            return rule, found.groupdict()
    return None
