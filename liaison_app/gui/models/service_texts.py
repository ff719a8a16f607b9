"""The `ServiceError` sentences (its "message ids": the English templates) the GUI
shows translated.

The services are Qt-free, so every template they raise is listed here for lupdate,
in the "ServiceError" context that `problem_texts` translates it in, before the
values are filled in. tests/gui/test_translations_domain.py checks that every
ServiceError raised in liaison_app/services is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SERVICE_TEXTS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("ServiceError", "Only a message you received can be replied to.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Only a message you received can be acknowledged.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Only a message you sent can be recalled.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Only requests and alerts can be forwarded.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give a reason for opening this record (a few words "
                                          "at least).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This device is not enrolled yet, so there is no "
                                          "directory of recipients. Connect and finish "
                                          "enrolment first.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no message {message_id} in this profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "A Liaison profile already exists at {path}. Open it, "
                                          "or choose another profile directory.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The hub did not list this device as active after "
                                          "enrolment. Contact IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The hub answered with a directory that does not "
                                          "verify ({problem}). Do not use this hub; contact IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "No key file was found for this profile. Enrol this "
                                          "device or restore from backup; contact IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{count} message(s) still carry this subject. Erase "
                                          "those messages together with it, or keep the subject "
                                          "longer.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for this retention decision (a few "
                                          "words at least).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The new review date must be in the future.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no subject {subject_id} in this profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no Liaison profile at {path}. Enrol first "
                                          "with the provisioning file from IT (liaison enrol).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This profile is incomplete (no provisioning data). "
                                          "Enrol again with the provisioning file from IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no case {case_ref} in this profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Handling code H2 says it is not to be passed on "
                                          "without the provider's permission. Ask the provider "
                                          "and record their consent before forwarding.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Handling code C carries the provider's condition "
                                          "that it is not to be passed on without their "
                                          "consent. Ask the provider and record their consent "
                                          "before forwarding.")),
    # merged from main: attachments, cross-checks, reports, exports, accountability
    str(QT_TRANSLATE_NOOP("ServiceError", "A check is a consultation of personal data: give the "
                                          "reason for it (a few words at least).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "A message carries at most {count} attachments.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "An attachment does not verify ({detail}); not "
                                          "forwarded.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Cannot read {name} ({error}). Check the file and try "
                                          "again.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Cannot write {path} ({error}); choose another place.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Case {case_ref} already has the {system} reference "
                                          "{reference}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Case {case_ref} already has {count} references; remove "
                                          "one first.")),
    str(QT_TRANSLATE_NOOP("ServiceError",
        "Case {case_ref} has no {system} reference {reference}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Case {case_ref} is restricted (kept for evidence); it "
                                          "is listed under Review due, Restricted.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Could not write the report to {path} ({error}). "
                                          "Nothing was exported; choose another place.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Download the attachments first ({names}); a forward "
                                          "carries them.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give something to check: a name, a plate with its "
                                          "country, a document number, an MRZ or a phone number.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the justification for this export (a few words at "
                                          "least): it is written to the audit log.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the plate's country too (--country), e.g. BG or "
                                          "RS: plates are read by the rules of their country.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for exporting the audit log.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for exporting the transfer record.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for saving this attachment outside "
                                          "Liaison (a few words at least).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "MRZ not accepted: {error}. Check the characters "
                                          "against the document (0 and O, 1 and I, 5 and S are "
                                          "easily confused).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Message {message_id} has no attachment "
                                          "{attachment_id}.")),
    str(QT_TRANSLATE_NOOP("ServiceError",
        "Only a case, a subject or a message can be restricted.")),
    str(QT_TRANSLATE_NOOP("ServiceError",
        "Only a case, a subject or a message has a review date.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Only a request, an alert, a reply or a case share can "
                                          "be recalled.")),
    str(QT_TRANSLATE_NOOP("ServiceError",
        "Say why the outcome is removed (a few words at least).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "That record is not restricted; nothing to lift.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The annex names subjects (personal data): give the "
                                          "justification for exporting it.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The audit log is exported as {formats}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The encrypted copy of {name} is gone.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The encrypted copy of {name} is missing from this "
                                          "profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The encrypted copy of {name} is missing; attach the "
                                          "file again.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The end of the period is before its start.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The file name cannot be sent: {reason}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The folder {folder} does not exist; choose another "
                                          "place.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The transfer record is exported as json or csv.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no Liaison profile at {path}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no attachment {attachment_id} in this "
                                          "profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no folder {folder} to save into.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no folder {folder} to write the export into.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no outcome {outcome_id} in this profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This profile has no provisioning data; enrol again.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This provisioning file is signed by the authority "
                                          "{found}, but IT's policy on this computer expects "
                                          "{expected}. Do not use it; contact IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{agency} withdrew this message ({reason}); it cannot "
                                          "be passed on.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{field}: {reason}")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} changed while it was being encrypted; attach it "
                                          "again once nothing is writing to it.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} does not verify ({detail}).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} does not verify ({detail}); nothing was saved.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} is not an image that can be shown here; use "
                                          "Save as… to open it.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} is not here.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} is still at the hub: download it first.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} is still being downloaded.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{name} was refused ({reason}).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{path} is a folder; give a file name for the report.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "“{name}” holds no name to look up.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "“{value}” cannot be read as {what}.")),
    # carrier bundles (BundleError; the refusal words fill {words})
    str(QT_TRANSLATE_NOOP("ServiceError", "A bundle can be opened by at most {limit} devices; "
                                          "these recipients and carriers have {devices}. Name "
                                          "officers instead of whole agencies, or fewer "
                                          "carriers.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "A bundle lives between one hour and {days} days.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "A bundle that carries messages is a disclosure: give "
                                          "the legal basis and the justification for handing them "
                                          "to a carrier.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Name whom the bundle is for: an agency (RS-BP) or an "
                                          "officer (rs-bp.horgos-desk).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Nothing waits for {names}: no queued message and no "
                                          "acknowledgement owed.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Only a case, a subject, a message or a draft has a "
                                          "review date.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "That draft is no longer there.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The bundle could not be relayed: {error}. What reached "
                                          "the hub stays there; relay it again when connected "
                                          "(the hub takes nothing twice).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The bundle could not be written to {path} ({error}). "
                                          "Nothing was handed to a carrier.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The file {path} cannot be read ({error}).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The folder {folder} does not exist (is the medium "
                                          "plugged in?).")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The message this draft answers is no longer in this "
                                          "profile.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle comes from a device that has been revoked "
                                          "(lost or stolen?); it is refused; report it")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle comes from a device that is not in your "
                                          "directory; sync once to refresh it, then try again")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle has expired; ask the sender for a new one")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle holds a damaged envelope ({error}). "
                                          "Nothing was stored.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle holds something that is not an envelope. "
                                          "Nothing was stored.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle is damaged or was altered; ask for a new "
                                          "copy")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle is for {names}, not for you. Nothing was "
                                          "stored. (This device may carry it: relay it from a "
                                          "connected device.)")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle is incomplete (cut short while copying?); "
                                          "copy it again from the medium")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle is not addressed to this device (it is for "
                                          "another officer or agency), or it is damaged")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle is not for you")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle says it was made in the future; check this "
                                          "device's date and time")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle was made by a newer version of Liaison; "
                                          "update this device first")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle's contents are not what its sender signed; "
                                          "it is refused; ask for a new copy")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This bundle's signature does not verify: it is forged "
                                          "or altered; do not use it and report it")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This device has no directory yet: connect once and "
                                          "sync.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This device is not enrolled yet, so it cannot relay. "
                                          "Enrol it first.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This draft is no longer there: it was sent, discarded "
                                          "or erased.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This file is not a Liaison bundle, or it is malformed")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Your directory expired on {expired}: a bundle is "
                                          "sealed against it, so connect once to refresh it "
                                          "before exporting.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{words}. Nothing was stored. ({why})")),
    # joint operations and cross-checks of accounts and crypto addresses
    str(QT_TRANSLATE_NOOP("ServiceError", "Crypto address not accepted: {reason}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give something to check: a name, a plate with its "
                                          "country, a document number, an MRZ, a phone number, an"
                                          " account or a crypto address.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the account's country too (--country), e.g. RS or"
                                          " GB: an account number that is not an IBAN is read by "
                                          "its country.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Give the crypto address to check with its network.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "IBAN not accepted: {reason}.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Name at least one partner agency for a joint "
                                          "operation.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "Several operations use the reference {key}; give the "
                                          "operation id instead.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no joint operation {key} in this profile. "
                                          "Sync to receive proposals, or check the reference.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "There is no request, alert or reply {message_id} to "
                                          "share.")),
    # an officer's own joint-operation update refused, one per reason (services.operations)
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: your agency "
                                          "is not a member of it.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: its rules do "
                                          "not allow it.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: the "
                                          "provider's handling code does not allow passing it "
                                          "on. Ask the provider for consent first.")),
    # ... and one per rule the operation's record names (services.operations.BROKEN_RULES)
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: it has been "
                                          "concluded.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: only the lead "
                                          "agency, {lead}, may do this.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: {agency} has "
                                          "already answered the proposal.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: an agency "
                                          "names only its own officers.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "The lead agency cannot leave the operation: conclude "
                                          "it instead.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: your agency "
                                          "needs no consent to share its own items.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: the task it "
                                          "marks is not one of the operation's tasks.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This proposal cannot be made: the proposing agency "
                                          "must be among the participants.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be shared in the operation: {provider}'s "
                                          "item may not be passed to {agency} without "
                                          "{provider}'s consent (its handling code forbids "
                                          "passing it on). Ask {provider} for consent first.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: your copy of "
                                          "the operation is out of order. Sync, then try "
                                          "again.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: it follows "
                                          "an update that was refused.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: the same "
                                          "update had already arrived.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation: its "
                                          "author's signature could not be checked against "
                                          "your directory. Sync; if it happens again, tell "
                                          "IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "This cannot be added to the operation (reason: "
                                          "{reason}). Sync, then try again; if it happens "
                                          "again, tell IT.")),
    str(QT_TRANSLATE_NOOP("ServiceError", "{agency} withdrew this message; it cannot be "
                                          "shared.")),
)
