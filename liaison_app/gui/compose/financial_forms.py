"""The financial subject forms: bank account, card, transfer, crypto address, hawala, cash.

Like `subject_kinds`, this only reads the widgets: what an officer types is
put into the wire's form first (an IBAN's spaces dropped and letters
capitalised, a BIC and a currency capitalised, an all-capital Bech32 address
in small letters), then the domain dataclasses check it and their errors are
shown next to the field. The cash form's courier is chosen among the persons
of the same message (`set_courier_choices`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from liaison_app.domain.bank_codes import normalise_bic, normalise_iban
from liaison_app.domain.crypto_addresses import CryptoNetwork, typed_address
from liaison_app.domain.financial import NETWORK_LABELS
from liaison_app.domain.subjects import (
    BankAccount,
    Cash,
    CryptoAddress,
    InformalTransfer,
    MoneyTransfer,
    PaymentCard,
    Subject,
)
from liaison_app.gui.compose._util import combo_enum, fill_combo
from liaison_app.gui.compose.subject_kinds import KindSpec, _combo, _date, _text, translate
from liaison_app.gui.forms import child


def _upper(form: QWidget, name: str) -> str:
    return _text(form, name).strip().upper()


def _bank_account(form: QWidget, common: dict[str, Any]) -> Subject:
    return BankAccount(
        **common, iban=normalise_iban(_text(form, "ibanEdit")),
        account_number=_text(form, "accountNumberEdit").strip(),
        bank_code=_text(form, "bankCodeEdit").strip(),
        bic=normalise_bic(_text(form, "bicEdit")), holder_name=_text(form, "holderNameEdit"),
        bank_name=_text(form, "bankNameEdit"), country=_upper(form, "countryEdit"))


def _card(form: QWidget, common: dict[str, Any]) -> Subject:
    return PaymentCard(**common, last_four=_text(form, "lastFourEdit").strip(),
                       issuer=_text(form, "issuerEdit"))


def _transfer(form: QWidget, common: dict[str, Any]) -> Subject:
    return MoneyTransfer(
        **common, provider=_text(form, "providerEdit"), reference=_text(form, "referenceEdit"),
        amount=_text(form, "amountEdit").strip(), currency=_upper(form, "currencyEdit"),
        sent_on=_date(form, "sentOnEdit", "sent_on"),
        sender_name=_text(form, "senderNameEdit"),
        sender_country=_upper(form, "senderCountryEdit"),
        receiver_name=_text(form, "receiverNameEdit"),
        receiver_country=_upper(form, "receiverCountryEdit"))


def _crypto_setup(form: QWidget) -> None:
    _combo(form, "networkCombo",
           [(translate("Domain", NETWORK_LABELS[n]), n.value) for n in CryptoNetwork])


def _crypto(form: QWidget, common: dict[str, Any]) -> Subject:
    network = combo_enum(child(form, QComboBox, "networkCombo"), CryptoNetwork, "network")
    return CryptoAddress(**common, network=network,
                         network_name=_text(form, "networkNameEdit").strip(),
                         address=typed_address(network, _text(form, "addressEdit")),
                         asset=_upper(form, "assetEdit"))


def _hawala(form: QWidget, common: dict[str, Any]) -> Subject:
    return InformalTransfer(
        **common, broker_name=_text(form, "brokerNameEdit"), location=_text(form, "locationEdit"),
        phone=_text(form, "phoneEdit").strip(), amount=_text(form, "amountEdit").strip(),
        currency=_upper(form, "currencyEdit"))


def _cash_setup(form: QWidget) -> None:
    set_courier_choices(form, [])


def _cash(form: QWidget, common: dict[str, Any]) -> Subject:
    courier = child(form, QComboBox, "courierCombo").currentData()
    return Cash(**common, amount=_text(form, "amountEdit").strip(),
                currency=_upper(form, "currencyEdit"), location=_text(form, "locationEdit"),
                courier=courier if isinstance(courier, int) else None)


def set_courier_choices(form: QWidget, persons: list[tuple[int, str]],
                        chosen: int | None = None) -> None:
    """Offer "none known" and the message's persons (position, label) as couriers, with
    the person at position `chosen` selected."""
    combo = child(form, QComboBox, "courierCombo")
    combo.blockSignals(True)
    try:
        fill_combo(combo, [(translate("SubjectKinds", "None known"), None),
                           *[(label, index) for index, label in persons]])
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)


def _nothing(form: QWidget) -> None:
    return None


FINANCIAL_SPECS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec("bank_account", "subject_editor_bank_account",
                 lambda: translate("SubjectKinds", "Bank account"), _nothing, _bank_account),
        KindSpec("payment_card", "subject_editor_card",
                 lambda: translate("SubjectKinds", "Payment card (last four digits)"),
                 _nothing, _card),
        KindSpec("money_transfer", "subject_editor_transfer",
                 lambda: translate("SubjectKinds", "Money transfer"), _nothing, _transfer),
        KindSpec("crypto_address", "subject_editor_crypto",
                 lambda: translate("SubjectKinds", "Crypto-asset address"), _crypto_setup,
                 _crypto),
        KindSpec("informal_transfer", "subject_editor_hawala",
                 lambda: translate("SubjectKinds", "Hawala or other informal transfer"),
                 _nothing, _hawala),
        KindSpec("cash", "subject_editor_cash",
                 lambda: translate("SubjectKinds", "Cash"), _cash_setup, _cash),
    )
}
"""Wire `kind` -> how it is edited, after the other kinds in the Kind list."""
