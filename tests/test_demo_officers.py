"""The demo's officers are named as a directory names people: a name, no post in brackets
("Milica Jovanović", not "Milica Jovanović (Border Police, Horgoš)"), so the lists' From
column ("RS-BP · Milica Jovanović") is not cut short; the post stays in the officer id."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "scripts" / "demo.py"


def test_demo_officers_carry_a_name_and_their_post_in_the_id() -> None:
    spec = importlib.util.spec_from_file_location("liaison_demo_script", DEMO)
    assert spec is not None and spec.loader is not None
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    assert set(demo.OFFICERS) == {"A", "B"}
    for agency, officer_id, name, _passphrase in demo.OFFICERS.values():
        # given name(s) and surname: letters, spaces, hyphens; no brackets, commas or post
        assert re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)+", name), name
        assert officer_id.startswith(agency.lower() + ".")
        assert len(officer_id.split(".", 1)[1]) > 3  # the post: lo-belgrade, horgos-crossing
