"""Matching across scripts: names, documents, plates, phones; pure, no I/O, no Qt.

Used by the cache's cross-checks (watch lists and subjects already held) and
by search. Records (`records`) are indexed under blocking keys (`keys`) and
scored (`scoring`) with reasons in words. The rules are in docs/matching.md.
May import `domain`, rapidfuzz and phonenumbers; nothing else of the project.
"""

# The financial identifier kinds and subject readers register themselves on import, so
# every user of the package (the store's indexes, the checks, the bench) knows them.
from liaison_app.matching import financial as _financial  # noqa: F401
