"""Turning what a person typed or picked into FHIR answer values, and back into words.

An answer is kept as a pair ``(key, value)`` in FHIR JSON form, e.g.
``("valueInteger", 3)`` or ``("valueCoding", {"system": ..., "code": ...})``.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import re
from decimal import Decimal
from typing import Any

from desk.forms.messages import message
from desk.forms.model import ANSWER_KEYS, ItemDef, Option
from desk.forms.primitives import check_value

Answer = tuple[str, Any]


class AnswerError(ValueError):
    """A value that does not fit the item; ``code`` names the message to show."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def text(self, language: str | None) -> str:
        return message(self.code, language, **self.params)


def attachment(data: bytes, *, content_type: str = "image/png", title: str | None = None
               ) -> dict[str, Any]:
    """An Attachment value holding ``data`` (e.g. a PNG signature)."""
    value: dict[str, Any] = {"contentType": content_type,
                             "data": base64.b64encode(data).decode("ascii"),
                             "size": len(data)}
    if title:
        value["title"] = title
    return value


def coerce(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    """The FHIR answer for ``value`` given to ``item``; raises AnswerError if it does not fit."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) \
            and value[0].startswith("value"):
        return _checked(_typed(item, value[0], value[1], options))
    if isinstance(value, Option):
        return value.key, value.value
    kind = item.type
    handler = _COERCE.get(kind)
    if handler is None:
        raise AnswerError("no_answer_here")
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if not (isinstance(v, str) and not v.strip())}
    key, result = handler(item, value, options)
    if check_value(kind, key, result):
        raise AnswerError("wrong_type")
    return _checked((key, result))


# control characters other than tab and line breaks, and halves of a surrogate pair:
# neither can be saved as UTF-8 nor shown
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _checked(answer: Answer) -> Answer:
    """``answer`` unless some text in it cannot be saved or some number is NaN or infinite."""
    stack = [answer[1]]
    while stack:
        value = stack.pop()
        if isinstance(value, str) and _UNSAFE_TEXT.search(value):
            raise AnswerError("unsafe_text")
        if isinstance(value, float) and not math.isfinite(value):
            raise AnswerError("expect_decimal")
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return answer


def _typed(item: ItemDef, key: str, value: Any, options: list[Option]) -> Answer:
    if key not in ANSWER_KEYS.get(item.type, ()):
        raise AnswerError("wrong_type")
    if check_value(item.type, key, value):
        raise AnswerError("wrong_type")
    if item.type == "choice" and options and not any(o.matches(key, value) for o in options):
        raise AnswerError("not_an_option")
    return key, value


def _boolean(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        value = value.strip().lower() == "true"
    if not isinstance(value, bool):
        raise AnswerError("expect_boolean")
    return "valueBoolean", value


def _integer(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, bool):
        raise AnswerError("expect_integer")
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise AnswerError("expect_integer") from None
    if isinstance(value, float | Decimal) and math.isfinite(value) and value == int(value):
        value = int(value)
    if not isinstance(value, int) or check_value("integer", "valueInteger", value):
        raise AnswerError("expect_integer")
    return "valueInteger", value


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise AnswerError("expect_decimal")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise AnswerError("expect_decimal") from None
    if isinstance(value, int | float | Decimal):
        number = float(value)
        if not math.isfinite(number):  # "inf", "nan" typed in a number field
            raise AnswerError("expect_decimal")
        return number
    raise AnswerError("expect_decimal")


def _decimal(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    return "valueDecimal", _number(value)


def _date(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or check_value("date", "valueDate", value.strip()):
        raise AnswerError("expect_date")
    return "valueDate", value.strip()


def _datetime(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, str) and "T" in value:
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise AnswerError("expect_datetime") from None
    if isinstance(value, dt.datetime):
        # FHIR wants seconds and a time zone with a time: a naive time is local time
        if value.tzinfo is None:
            value = value.astimezone()
        value = value.isoformat(timespec="seconds")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or check_value("dateTime", "valueDateTime", value.strip()):
        raise AnswerError("expect_datetime")
    return "valueDateTime", value.strip()


def _time(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, dt.time):
        value = value.replace(microsecond=0).isoformat()
    if not isinstance(value, str):
        raise AnswerError("expect_time")
    value = value.strip()
    if re.fullmatch(r"[0-9]{1,2}:[0-9]{2}", value):  # HH:MM as typed; FHIR wants seconds
        value = value.zfill(5) + ":00"
    if check_value("time", "valueTime", value):
        raise AnswerError("expect_time")
    return "valueTime", value


def _string(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if not isinstance(value, str) or not value.strip():
        raise AnswerError("expect_text")
    value = value.strip()
    if item.type == "string" and options:
        return _choice(item, value, options)
    return ("valueUri" if item.type == "url" else "valueString"), value


def _choice(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    for option in options:
        if _picks(option, value):
            return option.key, option.value
    if item.type == "open-choice":
        if isinstance(value, str) and value.strip():
            return "valueString", value.strip()
        if isinstance(value, dict) and (value.get("code") or value.get("display")) \
                and not check_value("open-choice", "valueCoding", value):
            return "valueCoding", value
    elif not options:
        # an external value set the engine cannot expand: any coding is accepted
        if isinstance(value, dict) and value.get("code"):
            if check_value("choice", "valueCoding", value):
                raise AnswerError("not_an_option")
            return "valueCoding", value
        if isinstance(value, str) and value.strip():
            return "valueCoding", {"code": " ".join(value.split())}
    raise AnswerError("not_an_option")


def _picks(option: Option, value: Any) -> bool:
    if option.key == "valueCoding":
        coding = option.value
        if isinstance(value, dict):
            # a coding typed without its system still picks the option with that code
            system = value.get("system") or coding.get("system")
            return option.matches("valueCoding", {**value, "system": system} if system else value)
        if coding.get("code") is None:  # an option with no code is picked by its display
            return isinstance(value, str) and value == coding.get("display")
        return isinstance(value, str) and value == coding.get("code")
    if option.key == "valueReference" and isinstance(value, str):
        return value == option.value.get("reference")
    if isinstance(value, dt.date) and option.key == "valueDate":
        return value.isoformat() == option.value
    return type(value) is type(option.value) and value == option.value


def _attachment(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, bytes | bytearray):
        return "valueAttachment", attachment(bytes(value))
    if isinstance(value, dict) and (value.get("data") or value.get("url")):
        return "valueAttachment", value
    raise AnswerError("expect_attachment")


def _reference(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, str) and value.strip():
        return "valueReference", {"reference": value.strip()}
    if isinstance(value, dict) and (value.get("reference") or value.get("display")):
        return "valueReference", value
    raise AnswerError("expect_reference")


def _quantity(item: ItemDef, value: Any, options: list[Option]) -> Answer:
    if isinstance(value, dict):
        number = _number(value.get("value"))
        return "valueQuantity", {**value, "value": number}
    quantity: dict[str, Any] = {"value": _number(value)}
    quantity.update(_unit_coding(item))
    return "valueQuantity", quantity


def _unit_coding(item: ItemDef) -> dict[str, Any]:
    from desk.forms.extensions import ext_value
    from desk.forms.model import EXT

    unit = ext_value(item.raw, EXT + "questionnaire-unit")
    if not isinstance(unit, dict):
        options = [e.get("valueCoding") for e in item.raw.get("extension") or []
                   if e.get("url") == EXT + "questionnaire-unitOption"]
        options += [v for k, v in item.initial if k == "valueQuantity"]
        unit = options[0] if options and isinstance(options[0], dict) else None
    if not unit:
        return {}
    out = {"unit": unit.get("display") or unit.get("unit") or unit.get("code")}
    if unit.get("system"):
        out["system"] = unit["system"]
    if unit.get("code"):
        out["code"] = unit["code"]
    return out


_COERCE = {
    "boolean": _boolean, "integer": _integer, "decimal": _decimal, "date": _date,
    "dateTime": _datetime, "time": _time, "string": _string, "text": _string, "url": _string,
    "choice": _choice, "open-choice": _choice, "attachment": _attachment,
    "reference": _reference, "quantity": _quantity,
}


def from_fhirpath(item: ItemDef, results: list[Any], options: list[Option]) -> list[Answer]:
    """Answers for a calculated/initial expression's ``results`` (unusable ones dropped)."""
    answers: list[Answer] = []
    for result in results:
        value = result
        if isinstance(value, Decimal):
            value = float(value)
        elif isinstance(value, dict) and item.type in ("choice", "open-choice") \
                and "code" not in value and "value" in value:
            value = value["value"]
        elif not isinstance(value, bool | int | float | str | dict):
            value = str(value)
        if item.type == "integer" and isinstance(value, float) and math.isfinite(value) \
                and value == int(value):
            value = int(value)
        if item.type == "decimal" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        try:
            answers.append(coerce(item, value, options))
        except AnswerError:
            continue
        if not item.repeats:
            break
    return answers


def display(answer: Answer, item: ItemDef, options: list[Option], language: str | None) -> str:
    """How an answer reads to a person, in ``language``."""
    key, value = answer
    for option in options:
        if option.matches(key, value):
            return option.label.get(language) or ""
    if key == "valueBoolean":
        return message("yes" if value else "no", language)
    if key == "valueCoding":
        return str(value.get("display") or value.get("code") or "")
    if key == "valueQuantity":
        unit = value.get("unit") or value.get("code") or ""
        return f"{_num(value.get('value'))} {unit}".strip()
    if key == "valueDecimal":
        return _num(value)
    if key == "valueAttachment":
        return str(value.get("title") or message("attachment", language))
    if key == "valueReference":
        return str(value.get("display") or value.get("reference") or "")
    return str(value)


def _num(value: Any) -> str:
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return str(value)
