"""The generic wire codec of the subject dataclasses: flat objects, every field present.

Enums travel as their values, tuples as lists, dates as `YYYY-MM-DD`; the
parser refuses unknown or missing keys and lets each class's own validation
judge the values. `subjects` dispatches on `kind` and is the public entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, fields
from datetime import date
from enum import StrEnum
from functools import cache
from operator import attrgetter
from types import UnionType
from typing import Any, ClassVar, Protocol, TypeVar, Union, get_args, get_origin, get_type_hints

from liaison_app.domain.checks import reprefixed, wire_object
from liaison_app.domain.errors import ValidationError
from liaison_app.domain.timefmt import format_date, parse_date


class _Dataclass(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Any]]


T = TypeVar("T", bound=_Dataclass)


def dataclass_to_wire(obj: _Dataclass) -> dict[str, object]:
    """JSON-ready dict of every field: enums as values, tuples as lists, dates as text."""
    names, _, get_all = _wire_fields(type(obj))
    out: dict[str, object] = dict(zip(names, get_all(obj), strict=True))
    for name in _converted_fields(type(obj)):  # the rest is text, int, bool or None
        value = out[name]
        if isinstance(value, StrEnum):
            out[name] = value._value_  # the plain attribute; `.value` is a property
        elif isinstance(value, tuple):
            out[name] = list(value)
        elif isinstance(value, date):
            out[name] = format_date(value)
    return out


@cache
def _converted_fields(cls: type) -> tuple[str, ...]:
    """The fields whose declared type is an enum, a tuple or a date (read once per class)."""
    return tuple(name for name, kinds in _declared_kinds(cls).items()
                 if any(get_origin(k) is tuple
                        or (isinstance(k, type) and issubclass(k, StrEnum | date))
                        for k in kinds))


@cache
def _tuple_fields(cls: type) -> frozenset[str]:
    """The fields declared as tuples."""
    return frozenset(name for name, kinds in _declared_kinds(cls).items()
                     if any(get_origin(k) is tuple for k in kinds))


def _declared_kinds(cls: type) -> dict[str, tuple[Any, ...]]:
    """Each field's declared type, a union split into its members."""
    hints = get_type_hints(cls)
    out = {}
    for name in _wire_fields(cls)[0]:
        hint = hints[name]
        out[name] = get_args(hint) if get_origin(hint) in (UnionType, Union) else (hint,)
    return out


@cache
def _wire_fields(
    cls: type,
) -> tuple[dict[str, Field[Any]], frozenset[str], Callable[[Any], tuple[Any, ...]]]:
    """A subject class's fields by name, the set of wire keys, and a getter of all
    field values in that order (computed once)."""
    names = {f.name: f for f in fields(cls)}
    getter = attrgetter(*names)
    if len(names) == 1:  # attrgetter of one name returns the value, not a 1-tuple
        return names, frozenset(names), lambda obj: (getter(obj),)
    return names, frozenset(names), getter


@cache
def _fixed_fields(cls: type) -> dict[str, Any]:
    """The non-init fields of a subject class (`kind`) and their one allowed value."""
    return {f.name: f.default for f in fields(cls) if not f.init}


@cache
def _fill_plan(cls: type) -> tuple[tuple[str, Callable[[Any, Any], None], bool], ...]:
    """Per field: its name, its slot's setter (which bypasses the frozen `__setattr__`)
    and whether it holds a tuple (a JSON array arrives as a list). Computed once."""
    if "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: the wire codec needs a slots dataclass")
    tuples = _tuple_fields(cls)
    return tuple((name, getattr(cls, name).__set__, name in tuples)
                 for name in _wire_fields(cls)[0])


def dataclass_from_wire(
    cls: type[T], obj: object, field: str, *, dates: tuple[str, ...] = ()
) -> T:
    """Strict parse of a flat subject object: exact keys, lists to tuples, `dates` parsed."""
    try:
        d = wire_object(obj, _wire_fields(cls)[1])
        for name, allowed in _fixed_fields(cls).items():
            if d[name] != allowed:
                raise ValidationError(name, f"must be {allowed!r}")
        # Every field is on the wire (the keys were checked exactly), so the object is
        # filled in directly and then validated by the class itself, as its __init__
        # would: the same checks without binding a dozen keyword arguments.
        made: Any = object.__new__(cls)
        for name, put, is_tuple in _fill_plan(cls):
            value = d[name]
            put(made, tuple(value) if is_tuple and type(value) is list else value)
        for name in dates:
            value = getattr(made, name)
            if value is not None:
                object.__setattr__(made, name, parse_date(value, name))
        made.__post_init__()
        return made  # type: ignore[no-any-return]
    except ValidationError as exc:
        raise reprefixed(field, exc) from None
