"""Service failures an officer can act on: what happened and what to do."""

from __future__ import annotations


class ServiceError(Exception):
    """A use case could not be carried out; the message is for the officer."""


class NotEnrolled(ServiceError):
    """The profile has keys but the hub has not accepted this device yet."""


class ProfileMissing(ServiceError):
    """No profile at the given place."""


class ForwardRefused(ServiceError):
    """The handling code forbids passing the message on."""
