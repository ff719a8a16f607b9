"""The PySide6 desktop client (see gui/app.py). Nothing here imports SQL, crypto or HTTP."""

from liaison_app.reports import qtfix as _qtfix  # noqa: F401 - PySide6 6.12 / CPython 3.11 fix
