"""Matching across scripts: names, documents, plates, phones; pure, no I/O, no Qt.

Used by the cache's cross-checks (watch lists and subjects already held) and
by search. Records (`records`) are indexed under blocking keys (`keys`) and
scored (`scoring`) with reasons in words. The rules are in docs/matching.md.
May import `domain`, rapidfuzz and phonenumbers; nothing else of the project.

The financial identifier kinds and subject readers live in `financial` and register
themselves when it is imported; the registries import it on their first lookup
(`identifiers.identifier_kind`, `records.record_from_subject`), so importing a part
of the package (search's script folding on the start-up path) does not load them all.
"""
