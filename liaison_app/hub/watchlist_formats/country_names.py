"""English country names -> ISO 3166-1 alpha-2, for lists that name countries in words.

The FCDO's UK Sanctions List and the UN consolidated list write nationalities
and issuing states as English names ("Serbia", "Russian Federation",
"Congo (Democratic Republic)"); the entries carry codes. The ISO 3166-1 names
(`iso_country_names`, generated from the Debian iso-codes data) come first,
then the older or informal names those lists use (below); compared case- and
accent-insensitively with punctuation ignored.
"""

from __future__ import annotations

import re
import unicodedata

from liaison_app.domain.countries import ALPHA2_TO_ALPHA3, ALPHA3_TO_ALPHA2
from liaison_app.hub.watchlist_formats.iso_country_names import ISO_3166_NAMES

__all__ = ["country_code"]

_LIST_NAMES = """
RU Russia
TR Turkey
XK Kosovo
MK Macedonia
MK The former Yugoslav Republic of Macedonia
CD Congo (Democratic Republic)
CD Democratic Republic of the Congo
CD Democratic Republic of Congo
CG Congo (Republic)
CI Ivory Coast
MM Burma
CZ Czech Republic
SZ Swaziland
US United States
US USA
GB UK
GB Great Britain
RS Serbia and Montenegro
BA Bosnia-Herzegovina
PS Palestinian Territories
PS Occupied Palestinian Territories
VA Vatican
IR Iran (Islamic Republic of)
SY Syrian Arab Republic
KP Korea (North)
KR Korea (South)
LY Libyan Arab Jamahiriya
MD Moldova
VN Viet Nam
LA Laos
TZ Tanzania
BO Bolivia
VE Venezuela
CV Cape Verde
TL East Timor
"""
"""Older or informal names the lists use (after the ISO names: the first code for a name wins)."""


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", letters).split())


_BY_NAME: dict[str, str] = {}
for _line in (ISO_3166_NAMES.strip() + "\n" + _LIST_NAMES.strip()).splitlines():
    _code, _, _name = _line.partition(" ")
    _BY_NAME.setdefault(_norm(_name), _code)


def country_code(name: str) -> str | None:
    """The alpha-2 code for an English country name (or a code itself), else None."""
    text = name.strip()
    if text == "CS":  # the EU list's code for Serbia (once Serbia and Montenegro)
        return "RS"
    if text in ALPHA2_TO_ALPHA3:
        return text
    if text in ALPHA3_TO_ALPHA2:
        return ALPHA3_TO_ALPHA2[text]
    return _BY_NAME.get(_norm(text))
