"""The one validation error every layer raises for bad input from outside."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input does not meet the rules; `field` is a dotted path to the culprit.

    A reason that names values is given as a template with `{name}` fields and
    the values as keywords (`ValidationError("iban", "an IBAN from {country} has
    {length} characters", country="DE", length="22")`): `reason` is the filled-in
    text, `template` and `params` let the GUI translate the sentence first.
    """

    def __init__(self, field: str, reason: str, **params: str) -> None:
        text = reason.format(**params) if params else reason
        super().__init__(f"{field}: {text}" if field else text)
        self.field = field
        self.reason = text
        self.template = reason
        self.params = params
