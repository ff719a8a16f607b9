"""A `Problem` (services.problems) in the officer's language: a title, and what happened
and what to do. Never an exception's own text, never errno words.

Service and validation problems carry an English template from the layer that
raised them; it is translated in the "ServiceError" / "ValidationError"
contexts (gui/models/service_texts.py and validation_texts.py list them for
lupdate), then filled in.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from liaison_app.services.problems import Problem, ProblemKind

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def fill(context: str, template: str, params: Mapping[str, str]) -> str:
    """`template` translated in `context`, then its `{name}` fields filled in."""
    text = translate(context, template)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return template.format(**params)


def sentence(text: str) -> str:
    """Capital first letter and a full stop: `must not be empty` -> `Must not be empty.`"""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ")")) else text + "."


def _seconds(seconds: int) -> str:
    return translate("Problems", "Wait %n second(s), then try again.", "", seconds)


def _titles() -> dict[ProblemKind, str]:
    cannot_unlock = translate("Problems", "Cannot unlock")
    hub = translate("Problems", "Sync problem")
    cache = translate("Problems", "Local cache problem")
    return {
        ProblemKind.WRONG_PASSPHRASE: cannot_unlock,
        ProblemKind.TOO_MANY_ATTEMPTS: cannot_unlock,
        ProblemKind.DEVICE_SECRET_MISSING: translate("Problems", "Re-enrolment needed"),
        ProblemKind.KEYSTORE_UNAVAILABLE: cannot_unlock,
        ProblemKind.KEY_FILE_DAMAGED: cannot_unlock,
        ProblemKind.KEYSTORE: cannot_unlock,
        ProblemKind.NO_PROFILE: translate("Problems", "No profile"),
        ProblemKind.CACHE_KEY: cache,
        ProblemKind.CACHE_TOO_NEW: cache,
        ProblemKind.CACHE: cache,
        ProblemKind.SERVICE: translate("Problems", "Not done"),
        ProblemKind.VALIDATION: translate("Problems", "Check the form"),
        ProblemKind.HUB_UNREACHABLE: translate("Problems", "Working offline"),
        ProblemKind.HUB_BUSY: hub,
        ProblemKind.HUB_RE_ENROL: translate("Problems", "Re-enrolment needed"),
        ProblemKind.HUB_IDENTITY: hub,
        ProblemKind.HUB_REFUSED: hub,
        ProblemKind.HUB_PROTOCOL: hub,
        ProblemKind.POLICY_LOCKED: translate("Problems", "Set by IT"),
        ProblemKind.DISK: translate("Problems", "File problem"),
        ProblemKind.UNEXPECTED: translate("Problems", "Something went wrong"),
    }


def title(problem: Problem) -> str:
    """A short window title for `problem`."""
    return _titles()[problem.kind]


def text(problem: Problem) -> str:
    """What happened and what to do, in full sentences."""
    k = problem.kind
    if k is ProblemKind.VALIDATION:
        return sentence(fill("ValidationError", problem.template, problem.params))
    if k is ProblemKind.SERVICE:
        return sentence(fill("ServiceError", problem.template, problem.params))
    if k is ProblemKind.WRONG_PASSPHRASE:
        words = translate("Problems", "The passphrase is not correct. Check it and try again.")
        return f"{words} {_seconds(problem.retry_after)}" if problem.retry_after else words
    if k is ProblemKind.TOO_MANY_ATTEMPTS:
        words = translate("Problems", "Too many wrong passphrases.")
        return f"{words} {_seconds(problem.retry_after)}"
    if k is ProblemKind.UNEXPECTED:
        return translate(
            "Problems", "Liaison hit an unexpected problem and stopped that action. Your data "
            "is safe. Try again; if it happens again, choose “Copy details for IT” and send "
            "them to IT, mentioning the time ({0}).").format(
            datetime.datetime.now().strftime("%H:%M"))
    if k is ProblemKind.HUB_BUSY and problem.retry_after:
        return translate(
            "Problems", "The hub is busy and asked Liaison to wait %n second(s). Your work is "
            "kept; Liaison tries again by itself.", "", problem.retry_after)
    return _fixed_texts()[k]


def _fixed_texts() -> dict[ProblemKind, str]:
    return {
        ProblemKind.DEVICE_SECRET_MISSING: translate(
            "Problems", "This computer's keystore no longer holds the device secret for this "
            "profile (for example the profile was moved or the keystore was reset). Re-enrol "
            "or restore from backup; contact IT."),
        ProblemKind.KEYSTORE_UNAVAILABLE: translate(
            "Problems", "No secure keystore is available on this computer and your policy "
            "does not allow keeping the keys under the passphrase alone. Contact IT."),
        ProblemKind.KEY_FILE_DAMAGED: translate(
            "Problems", "The key file is damaged or has been altered, so it was not used. "
            "Restore it from backup or re-enrol; contact IT."),
        ProblemKind.KEYSTORE: translate(
            "Problems", "The keys of this profile could not be opened. Contact IT."),
        ProblemKind.NO_PROFILE: translate(
            "Problems", "No key file was found for this profile. Enrol this device with the "
            "provisioning file from IT, or restore the profile from backup."),
        ProblemKind.CACHE_KEY: translate(
            "Problems", "The encrypted cache of this profile does not open with its keys. "
            "Restore the profile from backup or re-enrol; contact IT."),
        ProblemKind.CACHE_TOO_NEW: translate(
            "Problems", "The cache was written by a newer version of Liaison. Install the "
            "current version (ask IT), then open it again."),
        ProblemKind.CACHE: translate(
            "Problems", "The local cache could not do that. Nothing was changed. Try again; "
            "if it happens again, contact IT."),
        ProblemKind.HUB_UNREACHABLE: translate(
            "Problems", "The hub cannot be reached. Liaison works offline: your work is kept "
            "and sent at the next sync. Check the network if this lasts."),
        ProblemKind.HUB_BUSY: translate(
            "Problems", "The hub is busy and asked Liaison to slow down. Your work is kept; "
            "Liaison tries again by itself."),
        ProblemKind.HUB_RE_ENROL: translate(
            "Problems", "The hub no longer accepts this computer (it was revoked or is "
            "unknown). It must be enrolled again: contact IT."),
        ProblemKind.HUB_IDENTITY: translate(
            "Problems", "The hub's identity did not match the one IT configured, so nothing "
            "was sent. Do not continue on this network; contact IT."),
        ProblemKind.HUB_REFUSED: translate(
            "Problems", "The hub refused the request. Your work is kept. Contact IT if it "
            "keeps happening."),
        ProblemKind.HUB_PROTOCOL: translate(
            "Problems", "The hub answered something Liaison cannot accept, so it was not "
            "used. Your work is kept. Contact IT."),
        ProblemKind.POLICY_LOCKED: translate(
            "Problems", "IT has fixed this setting in the policy, so it cannot be changed "
            "here. Ask IT if it needs to change."),
        ProblemKind.DISK: translate(
            "Problems", "A file could not be read or written. Check that the disk is not "
            "full and that the folder can be written, then try again."),
    }


def describe_problem(problem: Problem) -> tuple[str, str]:
    """(title, text) for a message box."""
    return title(problem), text(problem)


def plain_words(exc: BaseException) -> str:
    """What went wrong and what to do, for any exception (never its own text)."""
    from liaison_app.services.problems import problem_of

    return text(problem_of(exc))
