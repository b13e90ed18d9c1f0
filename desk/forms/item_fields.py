"""The parts of one Questionnaire item read by the parser (:mod:`desk.forms.loading`):
limits, display hints, answer options and initial values, enableWhen. Each problem goes
to ``fail(link_id, message)``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desk.forms.extensions import ext_typed, ext_value, first_ext, text_of, translations, value_key
from desk.forms.model import (
    ANSWER_KEYS,
    EXT,
    OPERATORS,
    EnableWhen,
    ItemDef,
    Option,
    Text,
)
from desk.forms.primitives import an_item, check_value, is_int
from desk.words import translate

Fail = Callable[[str | None, str], None]


def read_limits(item: ItemDef, raw: dict[str, Any], fail: Fail) -> None:
    """maxLength, minLength, regex, min/max value, decimal places, min/max occurs."""
    link_id = item.link_id
    max_length = raw.get("maxLength")
    if max_length is not None:
        if not is_int(max_length) or max_length < 1:
            fail(link_id, translate("FormDefinition", "maxLength must be a positive whole number"))
        else:
            item.max_length = max_length
    item.min_length = ext_value(raw, EXT + "minLength")
    item.regex = ext_value(raw, EXT + "regex")
    if item.regex is not None:
        try:
            re.compile(item.regex)
        except re.error:
            fail(link_id, translate("FormDefinition", "the regex extension is not a valid regular "
                                                 "expression"))
            item.regex = None
    message = first_ext(raw, EXT + "validationtext") or first_ext(
        raw, "http://ehelse.no/fhir/StructureDefinition/validationtext")
    if message and isinstance(message.get("valueString"), str):
        item.regex_message = text_of(message, "valueString")
    item.min_value = ext_typed(raw, EXT + "minValue")
    item.max_value = ext_typed(raw, EXT + "maxValue")
    item.max_decimal_places = ext_value(raw, EXT + "maxDecimalPlaces")
    item.min_occurs = ext_value(raw, EXT + "questionnaire-minOccurs")
    item.max_occurs = ext_value(raw, EXT + "questionnaire-maxOccurs")
    for label, count in (("minOccurs", item.min_occurs), ("maxOccurs", item.max_occurs),
                         ("minLength", item.min_length),
                         ("maxDecimalPlaces", item.max_decimal_places)):
        if count is not None and not (is_int(count) and 0 <= count < 2**31):
            fail(link_id, translate("FormDefinition", "{name} must be a whole number, 0 or "
                                                      "more").format(name=label))
    for bound in (item.min_value, item.max_value):
        if bound and item.type in ANSWER_KEYS and not _bound_fits(item.type, bound[0]):
            fail(link_id, translate("FormDefinition", "{key} limit does not fit {item}").format(
                key=bound[0], item=an_item(item.type)))
        elif bound and (why := check_value(item.type, *bound)):
            fail(link_id, translate("FormDefinition", "{key} limit {problem}").format(
                key=bound[0], problem=why))



def read_hints(item: ItemDef, raw: dict[str, Any]) -> None:
    """How the item is shown: item control, unit, entry format, display category."""
    control = ext_value(raw, EXT + "questionnaire-itemControl")
    if isinstance(control, dict):
        codes = [c.get("code") for c in control.get("coding") or []]
        item.item_control = next((c for c in codes if c), None)
    unit = ext_value(raw, EXT + "questionnaire-unit")
    if isinstance(unit, dict) and isinstance(shown := unit.get("display") or unit.get("code"),
                                             str):
        item.unit = Text(shown, translations(unit.get("_display")))
    fmt = first_ext(raw, EXT + "entryFormat")
    if fmt and isinstance(fmt.get("valueString"), str):
        item.entry_format = text_of(fmt, "valueString")
    category = ext_value(raw, EXT + "questionnaire-displayCategory")
    if isinstance(category, dict):
        codes = [c.get("code") for c in category.get("coding") or []]
        item.display_category = next((c for c in codes if c), None)
    if item.display_category == "help" and item.type == "display":
        item.help_text = item.text



def read_answers(item: ItemDef, raw: dict[str, Any], contained: dict[str, dict[str, Any]],
                 fail: Fail) -> None:
    """The permitted answers (answerOption, or a ``contained`` ValueSet) and the initial
    values."""
    _read_options(item, raw, fail)
    value_set = raw.get("answerValueSet")
    if value_set:
        _read_value_set(item, value_set, contained, fail)
    _read_initial(item, raw, fail)
    for option in item.options:
        if option.key == "valueCoding" and not isinstance(option.value, dict):
            fail(item.link_id, translate("FormDefinition", "an answerOption valueCoding is not an "
                                                          "object"))


def _read_options(item: ItemDef, raw: dict[str, Any], fail: Fail) -> None:
    link_id, kind = item.link_id, item.type
    allowed = ANSWER_KEYS.get(kind, ())
    for raw_option in raw.get("answerOption") or []:
        key = value_key(raw_option, "value")
        if key is None:
            fail(link_id, translate("FormDefinition", "an answerOption has no value"))
            continue
        if kind not in ("choice", "open-choice") and key not in allowed:
            fail(link_id, translate("FormDefinition", "answerOption {key} does not fit "
                                                      "{item}").format(key=key, item=an_item(kind)))
            continue
        why = check_value(kind, key, raw_option[key])
        if why:
            fail(link_id, translate("FormDefinition", "answerOption {key} {problem}").format(
                key=key, problem=why))
            continue
        item.options.append(_option(raw_option, key))


def _read_value_set(item: ItemDef, value_set: str, contained: dict[str, dict[str, Any]],
                    fail: Fail) -> None:
    link_id = item.link_id
    item.answer_value_set = value_set
    if item.options:
        fail(link_id, translate("FormDefinition", "has both answerOption and answerValueSet"))
    if not value_set.startswith("#"):
        return
    found = contained.get(value_set[1:])
    if found is None:
        fail(link_id, translate("FormDefinition", "answerValueSet {value_set} names no "
                                                  "contained ValueSet").format(value_set=value_set))
        return
    item.options = _value_set_options(found)
    for option in item.options:
        why = check_value(item.type, option.key, option.value)
        if why:
            fail(link_id, translate("FormDefinition", "{value_set} has a coding that "
                                                      "{problem}").format(value_set=value_set,
                                                                          problem=why))
            break


def _read_initial(item: ItemDef, raw: dict[str, Any], fail: Fail) -> None:
    link_id, kind = item.link_id, item.type
    allowed = ANSWER_KEYS.get(kind, ())
    for raw_initial in raw.get("initial") or []:
        key = value_key(raw_initial, "value")
        if key is None or key not in allowed:
            fail(link_id, translate("FormDefinition", "initial value {key} does not fit "
                                                      "{item}").format(
                key=key or translate("FormDefinition", "(none)"), item=an_item(kind)))
            continue
        why = check_value(kind, key, raw_initial[key])
        if why:
            fail(link_id, translate("FormDefinition", "initial {key} {problem}").format(
                key=key, problem=why))
            continue
        item.initial.append((key, raw_initial[key]))
    if len(item.initial) > 1 and not item.repeats:
        fail(link_id, translate("FormDefinition", "has several initial values but does not "
                                                  "repeat"))
    if item.initial and not item.is_question:
        fail(link_id, translate("FormDefinition", "{item} cannot have an initial value").format(
            item=an_item(kind)))


def read_conditions(item: ItemDef, raw: dict[str, Any], fail: Fail) -> None:
    """enableWhen and enableBehavior."""
    for cond in raw.get("enableWhen") or []:
        if not isinstance(cond, dict):
            fail(item.link_id, translate("FormDefinition", "an enableWhen is not an object"))
            continue
        question, operator = cond.get("question"), cond.get("operator")
        if operator not in OPERATORS:
            fail(item.link_id, translate("FormDefinition", "enableWhen operator {operator!r} is "
                                                           "unknown").format(operator=operator))
            continue
        key = value_key(cond, "answer")
        if key is None:
            fail(item.link_id, translate("FormDefinition", "an enableWhen has no answer value"))
            continue
        why = check_value("", "value" + key[6:], cond[key])
        if why:
            fail(item.link_id, translate("FormDefinition", "enableWhen {key} {problem}").format(
                key=key, problem=why))
            continue
        item.enable_when.append(EnableWhen(str(question), operator, key, cond[key]))
    behavior = raw.get("enableBehavior")
    if behavior is not None and behavior not in ("all", "any"):
        fail(item.link_id, translate("FormDefinition", "enableBehavior {behavior!r} is neither "
                                                       "'all' nor 'any'").format(behavior=behavior))
    if len(item.enable_when) > 1 and behavior is None:
        fail(item.link_id, translate("FormDefinition", "has several enableWhen but no "
                                                       "enableBehavior (all or any)"))
    item.enable_behavior = behavior or "all"



def _option(raw: dict[str, Any], key: str) -> Option:
    value = raw[key]
    if isinstance(value, dict):  # translations stay on the option, not in answers
        value = {k: v for k, v in value.items() if not k.startswith("_")}
    if key == "valueCoding" and isinstance(value, dict):
        label = Text(value.get("display") or value.get("code"),
                     translations(raw[key].get("_display")))
    elif key == "valueString":
        label = Text(str(value), translations(raw.get("_valueString")))
    elif key == "valueReference" and isinstance(value, dict):
        label = Text(value.get("display") or value.get("reference"))
    else:
        label = Text(str(value))
    weight = _weight(raw)
    if weight is None and key == "valueCoding":  # the weight may sit on the coding instead
        weight = _weight(value)
    prefix = ext_value(raw, EXT + "questionnaire-optionPrefix")
    return Option(key=key, value=value, label=label, weight=weight, prefix=prefix,
                  initial_selected=bool(raw.get("initialSelected")))


def _weight(raw: Any) -> float | None:
    if not isinstance(raw, dict):
        return None
    for url in (EXT + "itemWeight", EXT + "ordinalValue",
                "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value"):
        value = ext_value(raw, url)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _value_set_options(value_set: dict[str, Any]) -> list[Option]:
    codings: list[dict[str, Any]] = []
    for entry in (value_set.get("expansion") or {}).get("contains") or []:
        codings.append(entry)
    if not codings:
        for include in (value_set.get("compose") or {}).get("include") or []:
            for concept in include.get("concept") or []:
                codings.append({"system": include.get("system"), **concept})
    options = []
    for coding in codings:
        value = {k: coding[k] for k in ("system", "code", "display") if coding.get(k)}
        label = Text(coding.get("display") or coding.get("code"),
                     translations(coding.get("_display")) + _designations(coding))
        options.append(Option("valueCoding", value, label, weight=_weight(coding)))
    return options


def _designations(coding: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((d["language"], d["value"]) for d in coding.get("designation") or []
                 if isinstance(d, dict) and d.get("language") and d.get("value"))


def _bound_fits(kind: str, key: str) -> bool:
    fits = {"integer": ("valueInteger", "valueDecimal"),
            "decimal": ("valueDecimal", "valueInteger"),
            "quantity": ("valueQuantity", "valueDecimal", "valueInteger"),
            "date": ("valueDate", "valueDateTime"), "dateTime": ("valueDateTime", "valueDate"),
            "time": ("valueTime",)}
    return kind not in fits or key in fits[kind]
