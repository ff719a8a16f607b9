"""A GUI process killed mid-compose: unlock, fill a request on every tab, wait for the
autosave, say so, then wait to be killed with SIGKILL (run by test_drafts_gui.py).

argv: profile directory, passphrase. Prints "SAVED <draft id>" once the draft
holding everything typed is in the cache.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from liaison_app.crypto.passphrase import INSECURE_TEST_KDF
from liaison_app.domain.messages import MessageType
from liaison_app.gui.app import Shell
from liaison_app.gui.compose import ComposeDialog
from tests.gui.compose_fill import fill_request


def main() -> int:
    profile, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(["draft-child"])
    shell = Shell(profile, kdf=INSECURE_TEST_KDF, use_tray=False, start_sync=False)
    shell.start()
    screen = shell.window
    screen.passphrase.setText(passphrase)  # type: ignore[union-attr]
    screen.try_unlock()  # type: ignore[union-attr]

    def compose() -> None:
        if shell.main_window is None:
            QTimer.singleShot(20, compose)
            return
        dialog = ComposeDialog(shell.main_window.ctx, MessageType.REQUEST, shell.main_window)
        dialog.show()
        fill_request(dialog)
        expected = dialog.draft_fields()

        def saved(draft_id: str) -> None:
            if dialog.draft_fields() == expected:  # the save that holds everything typed
                print(f"SAVED {draft_id}", flush=True)

        dialog.keeper.saved.connect(saved)
        if dialog.keeper.draft_id is not None and not dialog.keeper.timer.isActive():
            saved(dialog.keeper.draft_id)

    QTimer.singleShot(0, compose)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
