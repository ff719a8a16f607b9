"""Reasons the program writes into the audit log for the officer, kept in English there
(an auditor reads one language, whatever the GUI spoke when the entry was made) and
translated for display."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# Qt's translate under the name lupdate looks for (literal context and text at each call)
translate = QCoreApplication.translate

#: the reason recorded when a case's reading was justified earlier in the session (the
#: officer's own words are used instead whenever they are known); kept in English in the
#: audit log, whatever language the GUI spoke, and translated here for display
EARLIER_REASON = "Justified earlier in this session for case %1"
_EARLIER = re.compile("^" + re.escape(EARLIER_REASON).replace("%1", "(.+)") + "$")


def justification_text(text: str) -> str:
    """An entry's justification in the officer's language where the program wrote it;
    the officer's own words as they were written."""
    found = _EARLIER.match(text)
    if found is None:
        return text
    return translate("Justification", "Justified earlier in this session for case %1").replace(
        "%1", found.group(1))
