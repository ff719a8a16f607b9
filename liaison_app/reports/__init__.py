"""Documents drawn with QPainter: the monitoring charts and the PDF reports (ADR 0015).

A presentation layer beside `gui/`: it may import PySide6's QtCore and QtGui
(never QtWidgets), `services` read models and `domain`, and nothing imports
its drawing modules at start-up: the GUI's monitoring page and report dialog
and the CLI's `liaison report` load them when used. `qtfix` (the PySide6 6.12 /
CPython 3.11 workaround every Qt user needs) lives here too, and `code_labels`
(the code -> label tables the window and the reports share); `gui/` loads both at
start-up. It draws what services computed; it
never reads the cache, writes a file or signs (services.report_export does).
"""
