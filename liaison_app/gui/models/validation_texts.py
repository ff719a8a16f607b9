"""English reasons of the `ValidationError`s the GUI shows translated (the
`ServiceError` sentences are in `service_texts`).

The domain and the services are Qt-free, so every reason they give for refusing a
field is listed here for lupdate, in the "ValidationError" context that
`problem_texts` and `compose._util.plain` translate it in. A reason that names
values is its template (`{country}`), translated before the values are filled in.
tests/gui/test_translations_domain.py checks that every reason raised in
liaison_app/domain, services and config is listed.
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
