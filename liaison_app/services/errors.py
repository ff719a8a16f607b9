"""Service failures an officer can act on: what happened and what to do.

A message that names values is given as a template with `{name}` fields and
the values as keywords (`ServiceError("There is no case {case_ref} in this
profile.", case_ref=ref)`), as `ValidationError` does: `str(exc)` is the
English sentence, `template` and `params` let the GUI show it in the
officer's language (gui/models/service_texts.py lists every template).
"""

from __future__ import annotations


class ServiceError(Exception):
    """A use case could not be carried out; the message is for the officer."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(template.format(**self.params) if params else template)


class NotEnrolled(ServiceError):
    """The profile has keys but the hub has not accepted this device yet."""


class ProfileMissing(ServiceError):
    """No profile at the given place."""


class ForwardRefused(ServiceError):
    """The handling code forbids passing the message on."""
