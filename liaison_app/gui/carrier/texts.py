"""The words the carrier dialogs show: refusal reasons, progress phases, sizes.

A refused bundle is explained by its reason code (`BundleProblem`), in the
officer's language; the service's English detail follows for IT.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Carrier"

PROBLEMS = {
    "malformed": str(QT_TRANSLATE_NOOP(
        "Carrier", "This file is not a Liaison bundle, or it is damaged.")),
    "unsupported_version": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle was made by a newer version of Liaison. Ask IT to update "
        "this laptop.")),
    "not_for_this_device": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle is not addressed to you: it is for another officer or "
        "agency (or it is damaged).")),
    "damaged": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle is damaged or was altered. Ask the sender for a new copy.")),
    "truncated": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle is incomplete (cut short while copying?). Copy it again "
        "from the medium.")),
    "unknown_creator": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle comes from a device your directory does not know. Sync "
        "once to refresh the directory, then try again.")),
    "bad_signature": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle's signature does not verify: it is forged or altered. Do "
        "not use it and report it.")),
    "revoked_creator": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle comes from a device that has been revoked (lost or "
        "stolen?). It is refused; report it.")),
    "expired": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle has expired. Ask the sender for a new one.")),
    "not_yet_valid": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle says it was made in the future. Check this laptop's date "
        "and time.")),
    "misaddressed": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle is for someone else. You may carry it: relay it to the hub "
        "from a connected device.")),
    "digest_mismatch": str(QT_TRANSLATE_NOOP(
        "Carrier", "This bundle's contents are not what its sender signed. It is refused; "
        "ask for a new copy.")),
}
PHASES = {
    "seal": str(QT_TRANSLATE_NOOP("Carrier", "Sealing…")),
    "write": str(QT_TRANSLATE_NOOP("Carrier", "Writing…")),
    "check": str(QT_TRANSLATE_NOOP("Carrier", "Reading back…")),
    "read": str(QT_TRANSLATE_NOOP("Carrier", "Checking…")),
    "store": str(QT_TRANSLATE_NOOP("Carrier", "Storing…")),
    "push": str(QT_TRANSLATE_NOOP("Carrier", "Relaying…")),
}


# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate


def tr(text: str) -> str:
    """Translate a text of the tables above (marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(CONTEXT, text)


def refusal_text(problem: str | None, detail: str) -> str:
    """The officer's words for a refused bundle, then the technical detail."""
    words = PROBLEMS.get(problem or "")
    if words is None:
        return detail
    return translate("Carrier", "{0} Nothing was stored.\n({1})").format(tr(words), detail)


def phase_text(phase: str) -> str:
    return tr(PHASES.get(phase, phase))


def size_text(n: int) -> str:
    """A size for people: 850 KB, 1.2 MB."""
    if n < 1024:
        return translate("Carrier", "{0} bytes").format(n)
    if n < 1024 * 1024:
        return translate("Carrier", "{0} KB").format(max(1, round(n / 1024)))
    if n < 1024 ** 3:
        return translate("Carrier", "{0} MB").format(f"{n / 1024 / 1024:.1f}")
    return translate("Carrier", "{0} GB").format(f"{n / 1024 ** 3:.1f}")
