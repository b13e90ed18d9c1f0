"""The FHIR R4 primitive and small complex types an answer can hold, and their checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# the regular expressions of the FHIR R4 primitive types
_YEAR = r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"
_MONTH_DAY = r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
_CLOCK = r"([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?"
_ZONE = r"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
_DATE = re.compile(f"^{_YEAR}{_MONTH_DAY}$")
_DATETIME = re.compile(f"^{_YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])"
                       f"(T{_CLOCK}{_ZONE})?)?)?$")
_TIME = re.compile(f"^{_CLOCK}$")
_CODE = re.compile(r"^[^\s]+( [^\s]+)*$")


def _real_day(value: str) -> bool:
    """A full date part names a day that exists (no 30 February)."""
    if len(value) < 10 or value[4:5] != "-":
        return True
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def is_int(value: Any) -> bool:
    """A JSON whole number (true and false are not numbers)."""
    return isinstance(value, int) and not isinstance(value, bool)


def check_value(kind: str, key: str, value: Any) -> str | None:
    """Why ``value`` is not a valid FHIR ``key`` (e.g. valueDate) value, or None if it is."""
    if key == "valueBoolean":
        return None if isinstance(value, bool) else "is not true or false"
    if key == "valueInteger":  # FHIR integers are 32-bit
        ok = is_int(value) and -2**31 <= value < 2**31
        return None if ok else "is not a whole number"
    if key == "valueDecimal":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else "is not a number"
    patterns = {"valueDate": _DATE, "valueDateTime": _DATETIME, "valueTime": _TIME}
    if key in patterns:
        ok = isinstance(value, str) and patterns[key].match(value) and _real_day(value)
        return None if ok else f"is not a valid {key[5:].lower()}"
    if key in ("valueString", "valueUri"):
        return None if isinstance(value, str) and value.strip() else "is not text"
    if key in _COMPLEX:
        return _check_complex(key, value)
    return f"{key} is not an answer type"


_STR, _NUM = "string", "number"
_COMPLEX: dict[str, dict[str, str]] = {
    "valueCoding": {"system": _STR, "version": _STR, "code": "code", "display": _STR,
                    "userSelected": "boolean"},
    "valueQuantity": {"value": _NUM, "comparator": "code", "unit": _STR, "system": _STR,
                      "code": "code"},
    "valueReference": {"reference": _STR, "type": _STR, "display": _STR,
                       "identifier": "object"},
    "valueAttachment": {"contentType": "code", "language": "code", "data": "base64",
                        "url": _STR, "size": "integer", "hash": "base64", "title": _STR,
                        "creation": "dateTime"},
}


def a_or_an(word: str) -> str:
    """``word`` after its article: "an integer", "a date"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _check_complex(key: str, value: Any) -> str | None:
    """Why a Coding/Quantity/Reference/Attachment is not valid R4, or None."""
    name = key[5:]
    if not isinstance(value, dict) or not value:
        return f"is not {a_or_an(name)}"
    spec = _COMPLEX[key]
    for field_name, item in value.items():
        if field_name in ("id", "extension") or field_name.startswith("_"):
            continue
        kind = spec.get(field_name)
        if kind is None:
            return f"is not {a_or_an(name)} (unknown element {field_name!r})"
        if not _fits(kind, item):
            return f"has an invalid {field_name}"
    if key == "valueReference" and not (value.get("reference") or value.get("display")
                                        or value.get("identifier")):
        return "is empty"
    return None


def _fits(kind: str, item: Any) -> bool:
    if kind == _STR:
        return isinstance(item, str) and bool(item.strip())
    if kind == "code":
        return isinstance(item, str) and bool(_CODE.match(item))
    if kind == _NUM:
        return isinstance(item, int | float) and not isinstance(item, bool) \
            and item == item and item not in (float("inf"), float("-inf"))
    if kind == "boolean":
        return isinstance(item, bool)
    if kind == "integer":
        return is_int(item) and 0 <= item < 2**31
    if kind == "base64":
        return isinstance(item, str) and bool(re.fullmatch(r"[A-Za-z0-9+/=\s]+", item))
    if kind == "dateTime":
        return isinstance(item, str) and bool(_DATETIME.match(item))
    return isinstance(item, dict) and bool(item)
