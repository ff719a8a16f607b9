"""Take a PNG of each main screen with the demo data (run by scripts/screenshots.sh under
Xvfb) → docs/screenshots/NN-<screen>.png, every window at 1366x768 (the officers'
laptops).

The scenes, by feature, are in scripts/screens/: the wizard, unlock, the Inbox with a
message, cases and a case, compose, the Outbox, Directory and Audit, financial subjects,
the Check page and an alert's arrival hits, transfers, a rectified message and the legal
basis on compose (`overview`); review due, attachments, the officer's day (drafts, a
conversation, awaiting reply, the urgent banner) and carrier bundles (`messages`); joint
operations (`operations`); monitoring and a page of a hand-over file (`monitoring`).
No hub is needed: the screens show the demo profiles' cache (the status bar shows the
last sync). Screens that change the cache (opening messages sends read
acknowledgements, a draft is saved) run on a throwaway copy of the profile. Every
screen but search results shows an empty search field (`screens.kit.shot` checks).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screens.kit import DATA, OUT  # noqa: E402


def main() -> int:
    if not (DATA / "officer-A" / "keys.json").is_file():
        raise SystemExit("screenshots: run scripts/screenshots.sh (it sets up the demo first)")
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(["liaison"])
    from screens import messages, monitoring, operations, overview

    from liaison_app.gui import theme

    app.setWindowIcon(theme.app_icon())
    theme.apply_theme(app)
    overview.wizard_shot()
    overview.main_screens()
    operations.partner_operations_shot()
    messages.review_shot()
    messages.attachments_shot()
    monitoring.monitoring_shots()
    messages.officers_day_shots()
    messages.carrier_shots()
    return 0


if __name__ == "__main__":
    sys.exit(main())
