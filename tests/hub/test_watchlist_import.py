"""Importing watch lists at the hub: each format read, malformed files refused whole with
the line and field, the version in force kept, hostile XML refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison_app.crypto.watchlist import verify_index
from liaison_app.hub.admin import AdminError, HubContext, init_hub
from liaison_app.hub.watchlist_admin import (
    import_watchlist,
    list_watchlists,
    remove_watchlist,
)
from liaison_app.hub.watchlist_formats import FORMATS, ListFormatError

DATA = Path(__file__).resolve().parents[1] / "data" / "watchlists"


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[HubContext]:
    hub = init_hub(tmp_path / "hub", "127.0.0.1", 0)
    yield hub
    hub.engine.dispose()


def _read(fmt: str, name: str) -> dict[str, object]:
    return {e.entry_id: e for e in FORMATS[fmt](DATA / name).entries}


def test_each_sample_file_reads() -> None:
    rs = _read("liaison-csv", "agency-list.csv")
    assert rs["RS-BP-0001"].names[0].text == "ПЕТРОВИЋ, Драган"  # type: ignore[attr-defined]
    assert rs["RS-BP-0002"].identifiers[0].country == "BG"  # type: ignore[attr-defined]
    uk = _read("uk-sanctions-csv", "uk-sanctions.csv")
    krasniqi = uk["GIM0101"]
    assert [n.alias for n in krasniqi.names] == [False, False, True]  # type: ignore[attr-defined]
    assert krasniqi.nationalities == ("XK",) and krasniqi.sex == "male"  # type: ignore[attr-defined]
    assert uk["GIM0102"].dates_of_birth == ("1975",)  # type: ignore[attr-defined]
    assert uk["GIM0103"].kind == "organisation"  # type: ignore[attr-defined]
    ukx = _read("uk-sanctions-xml", "uk-sanctions.xml")
    assert ukx["GIM0201"].names[1].text == "ДИМИТРОВ Стефан"  # type: ignore[attr-defined]
    eu = _read("eu-fsf-xml", "eu-fsf.xml")
    assert eu["EU.9901.01"].nationalities == ("RS",)  # the EU list's CS  # type: ignore[attr-defined]
    assert eu["EU.9901.01"].identifiers[0].country == "RS"  # type: ignore[attr-defined]
    bank = eu["EU.9903.03"].identifiers[0]  # type: ignore[attr-defined]
    assert (bank.kind, bank.value) == ("bic", "DUNXBGS1")  # a bank's BIC, not a document
    un = _read("un-xml", "un-consolidated.xml")
    assert "Doctor" not in [n.text for n in un["XXi.001"].names]  # type: ignore[attr-defined]
    assert un["XXi.002"].dates_of_birth == ("1970", "1971", "1972")  # type: ignore[attr-defined]


def _refusal(fmt: str, path: Path) -> ListFormatError:
    with pytest.raises(ListFormatError) as caught:
        FORMATS[fmt](path)
    return caught.value


def _edited(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    out = tmp_path / name
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


@pytest.mark.parametrize(("fmt", "name", "old", "new", "line", "field"), [
    ("liaison-csv", "agency-list.csv", "RS-BP-0002,vehicle", "RS-BP-0002,lorry", 3, "kind"),
    ("liaison-csv", "agency-list.csv", "RS-BP-0003,person", "RS-BP-0001,person", 4,
     "entry_id"),
    ("liaison-csv", "agency-list.csv", ",1985-07-21,", ",21.07.1985,", 4, "date_of_birth"),
    ("liaison-csv", "agency-list.csv", "CA1234BX,BG", ",BG", 3, "plate"),
    ("liaison-csv", "agency-list.csv", "vin,phone,note", "vin,phone,remark", 1, "header"),
    ("uk-sanctions-csv", "uk-sanctions.csv", "Primary Name,,,,,,Global",
     "Primary Name,,,,,,Global", 0, ""),  # placeholder replaced below
    ("uk-sanctions-xml", "uk-sanctions.xml", "<UniqueID>GIM0202</UniqueID>", "", 58,
     "UniqueID"),
    ("uk-sanctions-xml", "uk-sanctions.xml", "</Names>", "</Nmes>", 22, ""),
    ("eu-fsf-xml", "eu-fsf.xml", 'code="enterprise"', 'code="vessel"', 20, "subjectType"),
    ("un-xml", "un-consolidated.xml", "<FIRST_NAME>ALI</FIRST_NAME>\n      <SECOND_NAME>HASSAN"
     "</SECOND_NAME>\n      <THIRD_NAME>OMARI</THIRD_NAME>", "", 50, "FIRST_NAME"),
])
def test_malformed_files_are_refused_with_line_and_field(
        tmp_path: Path, fmt: str, name: str, old: str, new: str, line: int,
        field: str) -> None:
    if fmt == "uk-sanctions-csv":  # a row whose type is not Individual, Entity or Ship
        old, new, line, field = (",Individual,UK,", ",Person,UK,", 3,
                                 "Individual, Entity, Ship")
    error = _refusal(fmt, _edited(tmp_path, name, old, new))
    assert (error.line, error.field) == (line, field), str(error)
    assert str(error).startswith(f"line {line}")


def test_hostile_xml_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                    '<!ENTITY lol2 "&lol;&lol;&lol;">]>\n<CONSOLIDATED_LIST>&lol2;'
                    "</CONSOLIDATED_LIST>\n", encoding="utf-8")
    assert "document type declaration" in str(_refusal("un-xml", bomb))
    external = tmp_path / "xxe.xml"
    external.write_text('<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "file:///etc/passwd">\n'
                        "<export/>\n", encoding="utf-8")
    assert "refused for safety" in str(_refusal("eu-fsf-xml", external))


def test_a_refused_import_changes_nothing(ctx: HubContext, tmp_path: Path) -> None:
    first = import_watchlist(ctx, "rs-bp", "liaison-csv", DATA / "agency-list.csv")
    assert (first.version, first.entries) == (1, 8)
    bad = _edited(tmp_path, "agency-list.csv", "RS-BP-0002,vehicle", "RS-BP-0002,lorry")
    with pytest.raises(AdminError, match=r"nothing imported: line 3, field kind"):
        import_watchlist(ctx, "rs-bp", "liaison-csv", bad)
    with pytest.raises(AdminError, match="imported as liaison-csv"):
        import_watchlist(ctx, "rs-bp", "un-xml", DATA / "un-consolidated.xml")
    [row] = list_watchlists(ctx)
    assert (row.name, row.version, row.entries) == ("rs-bp", 1, 8)
    second = import_watchlist(ctx, "rs-bp", "liaison-csv", DATA / "agency-list.csv")
    assert second.version == 2
    index_version = remove_watchlist(ctx, "rs-bp")
    assert list_watchlists(ctx) == []
    from sqlalchemy import select

    from liaison_app.hub.storage import reading
    from liaison_app.hub.watchlist_storage import watchlist_indexes

    with reading(ctx.engine) as conn:
        signed = conn.execute(select(watchlist_indexes.c.signed).where(
            watchlist_indexes.c.version == index_version)).scalar_one()
    from datetime import UTC, datetime

    index = verify_index(bytes(signed), bytes(ctx.authority.verify_key), min_version=0,
                         now=datetime.now(UTC))
    assert index.lists == ()
