"""Importers for the list formats IT loads at the hub: each reads a whole file or refuses it.

`FORMATS` maps the `--format` names to a parser returning every entry (and
the values it had to leave out); any structural fault raises
`ListFormatError` naming the line and the field, and nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from liaison_app.hub.watchlist_formats import eu_fsf, liaison_csv, uk_sanctions, un_list
from liaison_app.hub.watchlist_formats.common import Parsed
from liaison_app.hub.watchlist_formats.errors import ListFormatError

__all__ = ["FORMATS", "ListFormatError", "Parsed"]

FORMATS: dict[str, Callable[[Path], Parsed]] = {
    "uk-sanctions-csv": uk_sanctions.parse_csv,
    "uk-sanctions-xml": uk_sanctions.parse_xml,
    "eu-fsf-xml": eu_fsf.parse,
    "un-xml": un_list.parse,
    "liaison-csv": liaison_csv.parse,
}
