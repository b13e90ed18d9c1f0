"""The FHIR R4 primitive and small complex types an answer can hold, and their checks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desk.words import QT_TRANSLATE_NOOP, translate

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
# the primitives checked against a pattern, with why a value is refused (see check_value)
_PATTERNS = {"valueDate": (_DATE, QT_TRANSLATE_NOOP("FormDefinition", "is not a valid date")),
             "valueDateTime": (_DATETIME, QT_TRANSLATE_NOOP("FormDefinition",
                                                            "is not a valid datetime")),
             "valueTime": (_TIME, QT_TRANSLATE_NOOP("FormDefinition", "is not a valid time"))}


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
    """Why ``value`` is not a valid FHIR ``key`` (e.g. valueDate) value ("is not a valid
    date", in the current language), or None if it is."""
    if key == "valueBoolean":
        ok = isinstance(value, bool)
        return None if ok else translate("FormDefinition", "is not true or false")
    if key == "valueInteger":  # FHIR integers are 32-bit
        ok = is_int(value) and -2**31 <= value < 2**31
        return None if ok else translate("FormDefinition", "is not a whole number")
    if key == "valueDecimal":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else translate("FormDefinition", "is not a number")
    if key in _PATTERNS:
        pattern, why = _PATTERNS[key]
        matched = isinstance(value, str) and pattern.match(value) and _real_day(value)
        return None if matched else translate("FormDefinition", why)
    if key in ("valueString", "valueUri"):
        ok = isinstance(value, str) and bool(value.strip())
        return None if ok else translate("FormDefinition", "is not text")
    if key in _COMPLEX:
        return _check_complex(key, value)
    return translate("FormDefinition", "{key} is not an answer type").format(key=key)


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


def an_item(kind: str) -> str:
    """An item of type ``kind`` as a problem names it ("an integer item"), in the current
    language."""
    if _vowel(kind):
        return translate("FormDefinition", "an {type} item").format(type=kind)
    return translate("FormDefinition", "a {type} item").format(type=kind)


def _vowel(word: str) -> bool:
    return word[:1].lower() in "aeiou"


def _not_a(name: str) -> str:
    if _vowel(name):
        return translate("FormDefinition", "is not an {type}").format(type=name)
    return translate("FormDefinition", "is not a {type}").format(type=name)


def _check_complex(key: str, value: Any) -> str | None:
    """Why a Coding/Quantity/Reference/Attachment is not valid R4, or None."""
    name = key[5:]
    if not isinstance(value, dict) or not value:
        return _not_a(name)
    spec = _COMPLEX[key]
    for field_name, item in value.items():
        if field_name in ("id", "extension") or field_name.startswith("_"):
            continue
        kind = spec.get(field_name)
        if kind is None:
            return translate("FormDefinition", "{problem} (unknown element {name!r})").format(
                problem=_not_a(name), name=field_name)
        if not _fits(kind, item):
            return translate("FormDefinition", "has an invalid {name}").format(name=field_name)
    if key == "valueReference" and not (value.get("reference") or value.get("display")
                                        or value.get("identifier")):
        return translate("FormDefinition", "is empty")
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
