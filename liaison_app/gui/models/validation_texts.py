"""English reasons of the `ValidationError`s the GUI shows translated, and the
`ServiceError` sentences (its "message ids": the English templates).

The domain and the services are Qt-free, so every reason they give for refusing a
field is listed here for lupdate, in the "ValidationError" context that
`problem_texts` and `compose._util.plain` translate it in; every `ServiceError`
template in the "ServiceError" context. A reason that names values is its template
(`{country}`), translated before the values are filled in.
tests/gui/test_translations_domain.py checks that every reason raised in
liaison_app/domain, services and config, and every ServiceError, is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

VALIDATION_TEXTS: tuple[str, ...] = (
    # config/policy.py
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a setting")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an https:// URL with a host name")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an absolute file path")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be lowercase letters, digits and '-'")),
    # domain/bank_codes.py
    str(QT_TRANSLATE_NOOP("ValidationError", "write the IBAN in capitals without spaces")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an IBAN is a country code, two check digits and "
                                             "up to 30 letters and digits (e.g. "
                                             "GB82WEST12345698765432)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{country} does not use IBANs; give the national "
                                             "account number and bank code instead")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an IBAN from {country} has {length} characters; "
                                             "this one has {given}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the check digits do not match: a character is "
                                             "wrong or two are swapped")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a BIC (SWIFT code) is 8 or 11 capital letters and "
                                             "digits, e.g. DEUTDEFF or DEUTDEFF500")),
    # domain/cases.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a string")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be 1-{limit} ASCII letters and digits, with "
                                             "/ . _ - inside (e.g. GB-NCA/2026/0042)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a tuple")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds more than {limit} references")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds the same reference twice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is before the case was opened")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an ExternalRef")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an array")),
    # domain/checks.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be one of: {choices}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds {given} characters; the limit is {limit}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "has leading or trailing whitespace")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be true or false")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an integer")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be between {minimum} and {maximum}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a tuple of strings")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must hold at least {minimum} item(s)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds {given} items; the limit is {limit}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds the same entry twice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an object")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is far too long")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must not be empty")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must not be blank")),
    str(QT_TRANSLATE_NOOP("ValidationError", "contains a control character ({char})")),
    str(QT_TRANSLATE_NOOP("ValidationError", "contains a bidirectional control character "
                                             "({char})")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a known field")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is missing")),
    # domain/countries.py
    str(QT_TRANSLATE_NOOP("ValidationError", "{code} is not an ISO 3166 country code")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an ISO 3166 country code like RS or SRB")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{code} is not an ISO 3166 country code (the "
                                             "United Kingdom is GB or GBR)")),
    # domain/crypto_addresses.py
    str(QT_TRANSLATE_NOOP("ValidationError", "an Ethereum-style address is 0x and 40 "
                                             "hexadecimal digits (0-9, a-f)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the mix of capital and small letters does not "
                                             "match the address's EIP-55 checksum: a character "
                                             "is wrong; copy the address again")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the address's Base58Check checksum does not "
                                             "match: a character is wrong (capitals and small "
                                             "letters count)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a {network} address")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the address")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an address holds no spaces or special characters")),
    str(QT_TRANSLATE_NOOP("ValidationError", "write a Bech32 address in small letters")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the Bech32 checksum does not match: a character "
                                             "is wrong or missing")),
    # domain/financial.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be the position of a person among this "
                                             "message's subjects")),
    # domain/financial_kinds.py
    str(QT_TRANSLATE_NOOP("ValidationError", "may hold only letters, digits, spaces and . / -")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the IBAN, or the national account number "
                                             "with its bank code")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the IBAN is from {iban_country}, not {country}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the country of a national account number")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give only the last four digits of the card")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is only for a network not in the list")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a phone number is '+', country code and number, "
                                             "digits only (E.164, e.g. +381641234567)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the broker's name, location or phone")),
    # domain/grading.py
    str(QT_TRANSLATE_NOOP("ValidationError", "grading is {grading} but handling is {handling}; "
                                             "one message uses one scheme")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the conditions after the second ':' are empty")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be one of {choices} in {scheme}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "handling code {code} needs conditions text")),
    str(QT_TRANSLATE_NOOP("ValidationError", "only handling code {code} carries conditions text")),
    str(QT_TRANSLATE_NOOP("ValidationError", "may be set only with UK handling code C (Europol "
                                             "H2 already forbids it)")),
    # domain/messages.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an aware datetime")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a message id (lowercase UUIDv7)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "may hold only ASCII letters, digits and / . _ -")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an InterpolNotice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a tuple of message ids")),
    str(QT_TRANSLATE_NOOP("ValidationError", "names a message twice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a Case")),
    # domain/money.py
    str(QT_TRANSLATE_NOOP("ValidationError", "give the currency (ISO 4217 code, e.g. EUR, GBP, "
                                             "RSD)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not an ISO 4217 currency code (e.g. EUR, GBP, "
                                             "RSD)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "write the amount with digits and a decimal point "
                                             "only, e.g. 2500 or 2500.50")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is too large")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds what looks like a full card number; record "
                                             "only the last four digits and the issuer")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give the amount")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{currency} has {places} decimal places; this "
                                             "amount has {given}")),
    # domain/parties.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be 32 lowercase base32 characters (a-z, 2-7)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "officer {officer_id} does not belong to agency "
                                             "{agency_id}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an agency id like GB-NCA: two capital "
                                             "letters, '-', capitals and digits, at most 64 "
                                             "characters")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an officer id like gb-nca.lo-belgrade: "
                                             "the agency id in lower case, '.', then lower-case "
                                             "letters, digits, '-' or '_', at most 64 "
                                             "characters")),
    # domain/subject_kinds.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be YYYY, YYYY-MM or YYYY-MM-DD (or empty if "
                                             "unknown)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is before 1880")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an e-mail address holds at most {limit} characters")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an e-mail address like name@example.org")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an e-mail address holds no spaces")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the part after '@' must be a domain like "
                                             "example.org")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a real date")),
    str(QT_TRANSLATE_NOOP("ValidationError", "may hold only letters, digits and {allowed}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a person needs a surname, given names or an alias")),
    str(QT_TRANSLATE_NOOP("ValidationError", "names the same country twice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is before issued_on")),
    str(QT_TRANSLATE_NOOP("ValidationError", "give both latitude and longitude, or neither")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a hull id is 12-17 capital letters and digits")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a VIN is 17 capital letters (not I, O or Q) and "
                                             "digits")),
    str(QT_TRANSLATE_NOOP("ValidationError", "an IMEI is 15 digits")),
    str(QT_TRANSLATE_NOOP("ValidationError", "this IMEI fails its check digit")),
    # domain/subjects.py
    str(QT_TRANSLATE_NOOP("ValidationError", "holds {given} subjects; the limit is {limit}")),
    # domain/timefmt.py
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a datetime")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must carry a time zone (naive datetimes are "
                                             "refused)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be whole seconds (the wire carries no "
                                             "fractions)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an RFC 3339 UTC time like "
                                             "2026-11-23T03:45:00Z")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a date")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a date like 2026-11-23")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a real date and time")),
    # domain/operation_*.py (joint operations)
    str(QT_TRANSLATE_NOOP("ValidationError", "a proposal is the operation's first update: its own"
                                             " id, no deps, seq 1, clock 1")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a shared item needs words or subjects")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a task state names its task; nothing else does")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a {kind} update always carries its body")),
    str(QT_TRANSLATE_NOOP("ValidationError", "holds more than {limit}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is carried twice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not an officer of {agency}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not the body of a {kind} update")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not the message's operation")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not the officer's agency")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be 16 bytes as unpadded base64url (22 "
                                             "characters)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a 32-byte digest as unpadded base64url")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a 64-byte signature as unpadded base64url")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a Grading")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a HandlingCode")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a Participant")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a ShareSource")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a subject")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a tuple of at most {limit} officer ids")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an Assignee")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an Author")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an OperationItem")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an UpdateHeader")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an array of 1 to {limit} updates")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an update id (lowercase UUIDv7)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be request, alert or reply")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be sorted by agency, each once")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be sorted, without repeats")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be {version}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must hold 1 to {limit} objectives")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must hold 1 to {limit} updates")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must hold at most {limit} officer ids")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must hold at most {limit} subjects")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must hold at most {limit} update ids")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must name 2 to {limit} agencies, the lead included")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must name the updates this one follows")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must not name the update itself")),
    str(QT_TRANSLATE_NOOP("ValidationError", "names more than {limit}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "only a proposal starts an operation")),
    # services/compose.py
    str(QT_TRANSLATE_NOOP("ValidationError", "choose at least one recipient agency")),
    str(QT_TRANSLATE_NOOP("ValidationError", "device {device_id} is not active in the directory")),
    # merged from main: outcomes, currencies, monitoring, disclosures
    str(QT_TRANSLATE_NOOP("ValidationError", "a forward must record its legal basis and the "
                                             "justification for sending it")),
    str(QT_TRANSLATE_NOOP("ValidationError", "a {kind} must record its legal basis and the "
                                             "justification for sending it")),
    str(QT_TRANSLATE_NOOP("ValidationError", "agency {agency} is not in the directory; sync to "
                                             "refresh it, or check the agency id")),
    str(QT_TRANSLATE_NOOP("ValidationError", "cash and assets seized need an amount and its "
                                             "currency")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is before {earliest}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is in the future")),
    str(QT_TRANSLATE_NOOP("ValidationError", "is not a number")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be 1 to 4")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a number such as 12500 or 12500.50 (digits, "
                                             "one decimal point, no separators)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be a whole number from 1 to {limit}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an ISO 4217 currency code such as EUR, GBP, "
                                             "RSD or BGN")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be an Outcome")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must be more than zero and at most {limit} minor "
                                             "units")),
    str(QT_TRANSLATE_NOOP("ValidationError", "must say why (a few words at least)")),
    str(QT_TRANSLATE_NOOP("ValidationError", "only cash and assets seized carry an amount")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the period ends before it starts")),
    str(QT_TRANSLATE_NOOP("ValidationError", "the period is longer than ten years")),
    str(QT_TRANSLATE_NOOP("ValidationError", "unknown period {key}")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{currency} has {places} decimal place(s); {amount} "
                                             "has more")),
    # carrier bundles
    str(QT_TRANSLATE_NOOP("ValidationError", "agency {name} is not in your directory")),
    str(QT_TRANSLATE_NOOP("ValidationError", "blob {blob_id} is carried twice")),
    str(QT_TRANSLATE_NOOP("ValidationError", "officer {name} is not in your directory")),
    str(QT_TRANSLATE_NOOP("ValidationError", "{name} has no active device in your directory")),
)

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
