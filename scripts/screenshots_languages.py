"""Take a PNG of each main screen at 1366x768 in every language the client speaks
(run by scripts/screenshots.sh under Xvfb, after scripts/screenshots.py).

→ docs/screenshots/<language>/NN-<screen>.png for en, sr_Latn, sr_Cyrl and bg, over
officer A's demo cache. Each language gets a fresh shell (translations installed
first, as a new start in that language would), so every label is the one an
officer sees. No hub is needed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screens.kit import (  # noqa: E402
    DATA,
    HEIGHT,
    OUT,
    PASSPHRASE_A,
    WIDTH,
    check_search,
    go_to,
    settle,
    wait_for,
)

LOCALES = {"en": "en-GB", "sr_Latn": "sr-Latn-RS", "sr_Cyrl": "sr-Cyrl-RS", "bg": "bg-BG"}


class Shots:
    """Numbered PNGs of one language."""

    def __init__(self, lang: str) -> None:
        self.dir = OUT / lang
        self.dir.mkdir(parents=True, exist_ok=True)
        self.n = 0

    def take(self, widget: QWidget, name: str) -> None:
        settle(250)
        check_search(widget, name, searching=name == "search")
        self.n += 1
        path = self.dir / f"{self.n:02d}-{name}.png"
        widget.grab().save(str(path))
        print(f"screenshots: {path.relative_to(ROOT)}")


def language(app: QApplication, lang: str) -> None:
    from liaison_app.domain.messages import MessageType
    from liaison_app.gui import theme
    from liaison_app.gui.app import Shell
    from liaison_app.gui.compose import ComposeDialog
    from liaison_app.gui.compose.forward_dialog import ForwardDialog
    from liaison_app.gui.settings_dialog import SettingsDialog
    from liaison_app.services import operation_views
    from liaison_app.store import messages
    from liaison_app.sync.status import sync_status

    theme.install_translations(app, QLocale(LOCALES[lang]))
    shots = Shots(lang)
    with tempfile.TemporaryDirectory() as tmp:
        wiz_shell = Shell(Path(tmp) / "new-profile", use_tray=False)
        wiz_shell.start()
        wizard: Any = wiz_shell.window
        wizard.file_page.file_edit.setText(str(DATA / "provisioning-A.json"))
        shots.take(wizard, "wizard")
        wizard.close()

    shell = Shell(DATA / "officer-A", use_tray=False, start_sync=False)
    shell.start()
    unlock: Any = shell.window
    shots.take(unlock, "unlock")
    unlock.passphrase.setText(PASSPHRASE_A)
    unlock.try_unlock()
    wait_for(lambda: shell.main_window is not None)
    window: Any = shell.main_window
    window.resize(WIDTH, HEIGHT)
    ctx = window.ctx
    session = ctx.require_session()
    window.status.set_status(sync_status(session.db))
    for ref in ("DEMO-OP-1", "DEMO-OP-2", "DEMO-OP-3", "DEMO-OP-4"):
        ctx.justified_cases.add(ref)  # the demo officer has stated why, this session
    for op in operation_views.operation_list(session):  # the joint operations' records too
        ctx.justified_cases.add(op.ref)  # (else the timeline waits for a reason)
    received = messages.list_page(session.db, messages.MessageFilter(
        direction=messages.Direction.INCOMING), limit=20)
    for row in received:
        ctx.justified_objects.add(f"message:{row.message_id}")
    alert = next((r for r in received if r.type == "alert"), None)
    # a request with its text and subjects (an operation update has neither)
    first = next((r for r in received if r.type == "request"), received[0] if received
                 else None)
    go_to(window, "inbox")
    if first is not None:
        ctx.open_message.emit(first.message_id)
    shots.take(window, "inbox")

    go_to(window, "cases")
    shots.take(window, "cases")
    ctx.open_case.emit("DEMO-OP-1")
    shots.take(window, "case-view")

    window.search_field.setText("Example")
    window.search_field.returnPressed.emit()
    shots.take(window, "search")

    dialog = ComposeDialog(ctx, MessageType.REQUEST, window)
    dialog.show()
    shots.take(dialog, "compose-request")
    dialog.reject()

    for key in ("outbox", "check", "directory", "quarantine", "audit", "monitoring",
                "transfers", "review"):
        go_to(window, key)  # the search field emptied, as the officer's click does
        shots.take(window, key)

    settings = SettingsDialog(ctx, window)
    settings.show()
    shots.take(settings, "settings")
    settings.reject()
    if alert is not None:
        forward = ForwardDialog(ctx, alert.message_id, window)
        forward.show()
        shots.take(forward, "forward")
        forward.reject()
    # last, so the earlier screens keep their numbers
    go_to(window, "operations")
    shots.take(window, "operations")
    shell.quit_session()
    window.close()
    settle()


def main() -> int:
    if not (DATA / "officer-A" / "keys.json").is_file():
        raise SystemExit("screenshots: run scripts/screenshots.sh (it sets up the demo first)")
    app = QApplication(["liaison"])
    from liaison_app.gui import theme

    app.setWindowIcon(theme.app_icon())
    theme.apply_theme(app)
    for lang in (sys.argv[1].split(",") if len(sys.argv) > 1 else LOCALES):
        language(app, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
