"""The PySide6 desktop client (see gui/app.py). Nothing here imports SQL, crypto or HTTP."""

from liaison_app.gui.pyside_import_hook import drop_feature_import_hook

drop_feature_import_hook()  # first: every module imported after it is spared the hook

from liaison_app.reports import qtfix as _qtfix  # noqa: E402,F401 - PySide6 6.12 / CPython 3.11 fix
