"""Liaison: offline-first, end-to-end encrypted exchange for liaison officers."""

__version__ = "0.1.0"
