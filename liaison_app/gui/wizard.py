"""First run: provisioning file → passphrase → keys, cache and enrolment.

Everything slow or networked (Argon2id, key generation, the hub) runs on a
pool thread through the services (`enrolment.prepare_profile`,
`sync_runner.enrol_now`, which imports httpx there, `profiles.unlock`). When
the hub cannot be reached the profile stays prepared and "Enrol when
connected" opens Liaison anyway: the sync worker enrols at its first
successful contact.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison_app.gui.forms import child, load_form
from liaison_app.gui.tasks import start_task
from liaison_app.gui.theme import app_icon
from liaison_app.services import profiles
from liaison_app.services.problems import problem_of

if TYPE_CHECKING:
    from liaison_app.services.enrolment import KdfParams, ProvisioningProfile

Report = Callable[[int, str], None]

# Qt's translate under the name lupdate looks for (thread-safe: the enrolment job reports with it)
translate = QCoreApplication.translate

MIN_PASSPHRASE = 10


def strength(passphrase: str) -> int:
    """0 (empty) .. 4 (strong): a rough estimate from length and character variety."""
    if not passphrase:
        return 0
    pool = 0
    pool += 26 if any(c.islower() for c in passphrase) else 0
    pool += 26 if any(c.isupper() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(not c.isalnum() for c in passphrase) else 0
    pool += 100 if any(ord(c) > 127 for c in passphrase) else 0
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    return 1 if bits < 45 else 2 if bits < 65 else 3 if bits < 85 else 4


def _embed(page: QWizardPage, name: str) -> QWidget:
    form = load_form(name, page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


class FilePage(QWizardPage):
    """Pick the provisioning file; show whom it enrols and whether its signature holds."""

    def __init__(self, profile_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Provisioning file"))
        self.setSubTitle(self.tr("Step 1 of 3: the file IT gave you."))
        form = _embed(self, "wizard_file")
        self.file_edit = child(form, QLineEdit, "fileEdit")
        self.agency = child(form, QLabel, "agencyValue")
        self.officer = child(form, QLabel, "officerValue")
        self.hub = child(form, QLabel, "hubValue")
        self.signature = child(form, QLabel, "signatureValue")
        child(form, QLabel, "profileValue").setText(str(profile_path))
        child(form, QPushButton, "browseButton").clicked.connect(self._browse)
        self.file_edit.textChanged.connect(self._read)
        self.data: bytes | None = None
        self.profile: ProvisioningProfile | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Provisioning file from IT"), str(Path.home()),
            self.tr("Provisioning files (*.json);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def _read(self, text: str) -> None:
        from liaison_app.services.enrolment import read_provisioning

        self.data, self.profile = None, None
        for label in (self.agency, self.officer, self.hub):
            label.setText("—")
        path = Path(text.strip()).expanduser()
        if not text.strip() or not path.is_file():
            self.signature.setText(self.tr("No file chosen.") if not text.strip()
                                   else self.tr("There is no file at this place."))
            self.completeChanged.emit()
            return
        try:
            data = path.read_bytes()
            profile = read_provisioning(data)
        except Exception as exc:  # any failure means "do not use this file"
            from liaison_app.gui.errors import describe

            self.signature.setText(self.tr("Not valid: {0} Ask IT for a new file.").format(
                describe(exc)[1]))
            self.signature.setProperty("state", "bad")
            self.completeChanged.emit()
            return
        self.data, self.profile = data, profile
        self.agency.setText(profile.agency_id)
        self.officer.setText(f"{profile.officer_name} ({profile.officer_id})")
        from liaison_app.services.hub_endpoint import hub_address

        url, by_policy = hub_address(profile)
        self.hub.setText(self.tr("{0} (set by IT's policy)").format(url) if by_policy else url)
        from liaison_app.services.enrolment import authority_fingerprint

        self.signature.setText(self.tr(
            "Valid: signed by the provisioning authority with fingerprint {0}; check it is "
            "the one IT gave you. Expires {1}.").format(
            authority_fingerprint(profile.directory_authority_key).replace(" ", "\u00a0"),
            profile.expires_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        self.signature.setWordWrap(True)
        self.signature.setProperty("state", "good")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.profile is not None


class PassphrasePage(QWizardPage):
    """The passphrase twice, with a strength hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("Step 2 of 3: protects the keys on this computer."))
        form = _embed(self, "wizard_passphrase")
        self.first = child(form, QLineEdit, "firstEdit")
        self.second = child(form, QLineEdit, "secondEdit")
        self.bar = child(form, QProgressBar, "strengthBar")
        self.hint = child(form, QLabel, "hintLabel")
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        first, second = self.first.text(), self.second.text()
        score = strength(first)
        self.bar.setValue(score)
        words = ["", self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        if not first:
            hint = self.tr("At least {0} characters; several words are best.").format(
                MIN_PASSPHRASE)
        elif len(first) < MIN_PASSPHRASE:
            hint = self.tr("Too short: at least {0} characters.").format(MIN_PASSPHRASE)
        elif second and second != first:
            hint = self.tr("The two passphrases differ.")
        else:
            hint = self.tr("Strength: {0}.").format(words[score])
            if score < 3:
                hint += " " + self.tr("Add another word or two to make it stronger.")
            if not second:
                hint += " " + self.tr("Type it again below.")
        self.hint.setText(hint)
        self.completeChanged.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def isComplete(self) -> bool:
        first = self.first.text()
        return len(first) >= MIN_PASSPHRASE and first == self.second.text()


class EnrolPage(QWizardPage):
    """Make keys and the cache, enrol at the hub, with progress; offline → ready later."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Enrolment"))
        self.setSubTitle(self.tr("Step 3 of 3: keys, encrypted cache and the hub."))
        form = _embed(self, "wizard_enrol")
        self.step = child(form, QLabel, "stepLabel")
        self.bar = child(form, QProgressBar, "progressBar")
        self.message = child(form, QLabel, "messageLabel")
        self.retry = child(form, QPushButton, "retryButton")
        self.later = child(form, QPushButton, "laterButton")
        self.retry.clicked.connect(self.start)
        self.later.clicked.connect(self._enrol_later)
        self.done = False
        self.running = False
        self.prepared = False
        self.enrolled = False
        self.secrets: profiles.UnlockedProfile | None = None
        self.hub_error = ""

    def initializePage(self) -> None:
        if not self.done and not self.running:
            self.start()

    def start(self) -> None:
        """Run (or re-run) the enrolment job on a pool thread."""
        self.running = True
        self.retry.hide()
        self.later.hide()
        self.message.hide()
        self.bar.setValue(0)
        path, data = self.wiz.profile_path, self.wiz.file_page.data
        passphrase, kdf, prepared = self.wiz.pass_page.passphrase(), self.wiz.kdf, self.prepared

        def job(report: Report) -> tuple[profiles.UnlockedProfile, BaseException | None]:
            return _enrol_job(path, data, passphrase, kdf, prepared, report)

        start_task(job, done=self._finished, failed=self._failed, step=self._step)
        self.completeChanged.emit()

    def _step(self, n: int, text: str) -> None:
        self.bar.setValue(n)
        self.step.setText(text)
        if n >= 2:
            self.prepared = True

    def _finished(self, result: tuple[profiles.UnlockedProfile, BaseException | None]) -> None:
        secrets, hub_error = result
        self.running = False
        self.prepared = True
        self.secrets = secrets
        self.bar.setValue(self.bar.maximum())
        if hub_error is None:
            self.enrolled = True
            self.done = True
            self.step.setText(self.tr("Enrolled. Liaison is ready."))
        else:
            from liaison_app.gui.errors import describe

            self.hub_error = describe(hub_error)[1]
            self.step.setText(self.tr("Your profile is ready, but the hub could not enrol "
                                      "this computer yet."))
            self.message.setText(self.tr(
                "{0}\n\nChoose “Enrol when connected” to start using Liaison now: you can read "
                "the cache and queue work, and Liaison enrols at the first sync that reaches "
                "the hub. Or connect and choose “Try again”.").format(self.hub_error))
            self.message.show()
            self.retry.show()
            self.later.show()
            self.later.setFocus()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from liaison_app.gui.errors import describe

        self.running = False
        self.step.setText(self.tr("Enrolment did not finish."))
        self.message.setText(describe(exc)[1])
        self.message.show()
        self.retry.setVisible(True)
        self.completeChanged.emit()

    def _enrol_later(self) -> None:
        self.done = True
        self.completeChanged.emit()
        self.wiz.accept()

    def isComplete(self) -> bool:
        return self.done


def _enrol_job(path: Path, data: bytes | None, passphrase: str, kdf: KdfParams | None,
               prepared: bool, report: Report
               ) -> tuple[profiles.UnlockedProfile, BaseException | None]:
    """Pool thread: prepare (once), enrol, then unlock the keys for the GUI's session.

    Only the hub's transient or refusing failures are returned (the profile is
    ready; Liaison can open and enrol later); anything else is raised.
    """
    from liaison_app.services.enrolment import prepare_profile
    from liaison_app.services.session import open_session
    from liaison_app.services.sync_runner import enrol_now

    if not prepared:
        assert data is not None
        report(1, translate("EnrolPage", "Making keys and the encrypted cache…"))
        session = prepare_profile(path, data, passphrase, kdf=kdf)
    else:
        report(1, translate("EnrolPage", "Opening the prepared profile…"))
        session = open_session(path, passphrase)
    hub_error: BaseException | None = None
    try:
        report(2, translate("EnrolPage", "Contacting the hub at {0}…").format(session.hub_url))
        enrol_now(session)
    except Exception as exc:
        if problem_of(exc).kind.value.startswith("hub_"):
            hub_error = exc
        else:
            raise
    finally:
        session.close(reason="enrolment")
    report(3, translate("EnrolPage", "Opening Liaison…"))
    return profiles.unlock(path, passphrase), hub_error


class FirstRunWizard(QWizard):
    """Emits `ready(secrets, enrolled)` when Liaison can open; the shell opens the session."""

    ready = Signal(object, bool)

    def __init__(self, profile_path: Path, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.profile_path = Path(profile_path)
        self.kdf = kdf  # None: the services choose (tests pass a fast one)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Liaison — First run"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self.profile_path, self)
        self.pass_page = PassphrasePage(self)
        self.enrol_page = EnrolPage(self)
        for page in (self.file_page, self.pass_page, self.enrol_page):
            self.addPage(page)
        # named here, not left to Qt's own catalogue: Qt ships none for Serbian
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                            (QWizard.WizardButton.FinishButton, self.tr("Open Liaison"))):
            self.setButtonText(which, text)
        self.resize(640, 480)

    def accept(self) -> None:
        page = self.enrol_page
        if page.secrets is None:
            return
        secrets, page.secrets = page.secrets, None
        super().accept()
        self.ready.emit(secrets, page.enrolled)
