"""The definition of a form: a FHIR R4 Questionnaire parsed into small dataclasses.

The parser is strict at the boundary. Every problem found is collected with the
linkId it concerns, and a form with any problem is rejected as a whole with a
:class:`FormDefinitionError` (a ``DeskError`` of kind ``"input"``) listing them all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.errors import DeskError
from desk.forms.expressions import FHIR_QUERY, FHIRPATH, Expression, ExpressionError
from desk.forms.expressions import compile_expression as _compile
from desk.forms.limits import (
    MAX_ITEM_DEPTH,
    NOT_A_NUMBER,
    TOO_DEEP,
    BadNumberError,
    has_bad_number,
    json_too_deep,
    read_json,
    shape_problems,
    too_deep_item,
)
from desk.forms.primitives import a_or_an, check_value, is_int

ITEM_TYPES = ("group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
              "string", "text", "url", "choice", "open-choice", "attachment", "reference",
              "quantity")
QUESTION_TYPES = frozenset(ITEM_TYPES) - {"group", "display"}
_OPTION_KEYS = ("valueCoding", "valueString", "valueInteger", "valueDate", "valueTime",
                "valueReference")
# answer value[x] an item of each type may hold (R4 QuestionnaireResponse.item.answer)
ANSWER_KEYS: dict[str, tuple[str, ...]] = {
    "boolean": ("valueBoolean",), "decimal": ("valueDecimal",), "integer": ("valueInteger",),
    "date": ("valueDate",), "dateTime": ("valueDateTime",), "time": ("valueTime",),
    "string": ("valueString",), "text": ("valueString",), "url": ("valueUri",),
    "choice": _OPTION_KEYS, "open-choice": _OPTION_KEYS,
    "attachment": ("valueAttachment",), "reference": ("valueReference",),
    "quantity": ("valueQuantity",),
}
# enableWhen.answer[x] that can be compared with an answer of each question type
ENABLE_WHEN_KEYS: dict[str, tuple[str, ...]] = {
    "boolean": ("answerBoolean",), "decimal": ("answerDecimal", "answerInteger"),
    "integer": ("answerInteger", "answerDecimal"), "date": ("answerDate", "answerDateTime"),
    "dateTime": ("answerDateTime", "answerDate"), "time": ("answerTime",),
    "string": ("answerString",), "text": ("answerString",), "url": ("answerString",),
    "choice": ("answerCoding", "answerString", "answerInteger", "answerDate", "answerTime",
               "answerReference"),
    "open-choice": ("answerCoding", "answerString", "answerInteger", "answerDate",
                    "answerTime", "answerReference"),
    "attachment": (), "reference": ("answerReference",), "quantity": ("answerQuantity",),
}
OPERATORS = ("exists", "=", "!=", ">", "<", ">=", "<=")

EXT = "http://hl7.org/fhir/StructureDefinition/"
SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
TRANSLATION = EXT + "translation"
ANSWER_REPEATS = EXT + "questionnaire-answerRepeats"


_SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError)
_SHAPE_MESSAGE = ("an element has the wrong JSON type (for example a list where text or "
                  "an object was expected)")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form, for the form's author."""

    link_id: str | None
    message: str

    def __str__(self) -> str:
        return f"item {self.link_id}: {self.message}" if self.link_id else self.message


class FormDefinitionError(DeskError):
    """A questionnaire that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem], *, source: str | None = None) -> None:
        where = f"{source}: " if source else ""
        first = str(problems[0]) if problems else "unknown problem"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{where}this form cannot be used: {first}{more}", kind="input")
        self.problems = list(problems)


@dataclass(frozen=True)
class Text:
    """A text with its translations, keyed by language code (``fr``, ``es-MX``)."""

    base: str | None
    translations: tuple[tuple[str, str], ...] = ()

    def get(self, language: str | None) -> str | None:
        """The text in ``language`` (exact tag, then primary subtag), else the base text."""
        if language:
            table = dict(self.translations)
            if language in table:
                return table[language]
            primary = language.split("-")[0].lower()
            for tag, value in self.translations:
                if tag.split("-")[0].lower() == primary:
                    return value
        return self.base

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(tag for tag, _ in self.translations)


@dataclass(frozen=True)
class Option:
    """One permitted answer of a choice item."""

    key: str
    value: Any
    label: Text
    weight: float | None = None
    prefix: str | None = None
    initial_selected: bool = False

    def matches(self, key: str, value: Any) -> bool:
        """True when an answer (``key``, ``value``) is this option."""
        if key != self.key:
            return False
        if key == "valueCoding":
            return isinstance(value, dict) and _same_coding(value, self.value)
        if key == "valueReference":
            return isinstance(value, dict) and value.get("reference") == self.value.get("reference")
        return bool(value == self.value)


def _same_coding(value: dict[str, Any], option: dict[str, Any]) -> bool:
    """Whether a Coding answer is this Coding option (same system and code).

    A Coding may have no code (valid R4: a display, or a system and a display); two
    such Codings are the same when their systems and displays are.
    """
    if value.get("code") is None and option.get("code") is None:
        return value.get("system") == option.get("system") \
            and value.get("display") == option.get("display")
    return value.get("code") == option.get("code") and value.get("system") == option.get("system")


@dataclass(frozen=True)
class EnableWhen:
    """One enableWhen condition: ``question`` ``operator`` answer."""

    question: str
    operator: str
    key: str
    value: Any


@dataclass
class ItemDef:
    """One item of the questionnaire as the engine uses it."""

    link_id: str
    type: str
    text: Text
    prefix: str | None = None
    required: bool = False
    repeats: bool = False
    read_only: bool = False
    hidden: bool = False
    max_length: int | None = None
    min_length: int | None = None
    regex: str | None = None
    regex_message: Text | None = None
    min_value: tuple[str, Any] | None = None
    max_value: tuple[str, Any] | None = None
    max_decimal_places: int | None = None
    min_occurs: int | None = None
    max_occurs: int | None = None
    options: list[Option] = field(default_factory=list)
    answer_value_set: str | None = None
    initial: list[tuple[str, Any]] = field(default_factory=list)
    enable_when: list[EnableWhen] = field(default_factory=list)
    enable_behavior: str = "all"
    enable_when_expression: Expression | None = None
    calculated: Expression | None = None
    initial_expression: Expression | None = None
    answer_expression: Expression | None = None
    variables: list[Expression] = field(default_factory=list)
    children: list[ItemDef] = field(default_factory=list)
    item_control: str | None = None
    unit: str | None = None
    entry_format: Text | None = None
    display_category: str | None = None
    help_text: Text | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def is_question(self) -> bool:
        return self.type in QUESTION_TYPES

    def expressions(self) -> list[Expression]:
        """Every compiled expression attached to this item."""
        found = [*self.variables]
        for expr in (self.enable_when_expression, self.calculated, self.answer_expression):
            if expr is not None:
                found.append(expr)
        return found


@dataclass
class QuestionnaireDef:
    """A whole validated questionnaire."""

    raw: dict[str, Any]
    title: Text
    items: list[ItemDef]
    variables: list[Expression]
    by_link_id: dict[str, ItemDef]
    parents: dict[str, str | None]
    contained: dict[str, dict[str, Any]]
    launch_names: dict[str, str]
    languages: frozenset[str]
    language: str | None
    warnings: list[Problem] = field(default_factory=list)

    @property
    def url(self) -> str | None:
        return self.raw.get("url")

    @property
    def canonical(self) -> str | None:
        url = self.raw.get("url")
        if url and self.raw.get("version"):
            return f"{url}|{self.raw['version']}"
        if url:
            return str(url)
        if self.raw.get("id"):
            return f"Questionnaire/{self.raw['id']}"
        return None

    def walk(self) -> list[ItemDef]:
        """All items in form order, depth first."""
        out: list[ItemDef] = []

        def visit(items: list[ItemDef]) -> None:
            for item in items:
                out.append(item)
                visit(item.children)

        visit(self.items)
        return out


def load_questionnaire(source: str | bytes | Path | dict[str, Any], *,
                       functions: dict[str, Any] | None = None) -> QuestionnaireDef:
    """Parse and validate a Questionnaire from a path, JSON text/bytes or a dict.

    A ``str`` is JSON text when it starts with ``{``, otherwise a file path.

    Raises FormDefinitionError (kind ``"input"``) listing every problem found.
    """
    name = None
    if isinstance(source, str) and not source.lstrip().startswith(("{", "[")):
        source = Path(source)
    if isinstance(source, Path):
        name = source.name
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise FormDefinitionError([Problem(None, f"cannot read the file ({exc.strerror})")],
                                      source=name) from None
    if isinstance(source, str | bytes):
        try:
            data = read_json(source)
        except RecursionError:
            raise FormDefinitionError([Problem(None, TOO_DEEP)], source=name) from None
        except BadNumberError:
            raise FormDefinitionError([Problem(None, "the form " + NOT_A_NUMBER)],
                                      source=name) from None
        except (ValueError, UnicodeDecodeError) as exc:
            where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
            raise FormDefinitionError([Problem(None, f"not valid JSON{where}")],
                                      source=name) from None
    else:
        data = source
    _check_limits(data, name)
    try:
        return _Parser(data, functions or {}).parse(name)
    except _SHAPE_ERRORS:
        # an element of the wrong JSON type somewhere outside the items
        raise FormDefinitionError([Problem(None, _SHAPE_MESSAGE)], source=name) from None


def _check_limits(data: Any, name: str | None) -> None:
    deep = too_deep_item(data)
    if deep is not None:
        raise FormDefinitionError(
            [Problem(deep, f"is nested more than {MAX_ITEM_DEPTH} levels deep")], source=name)
    if json_too_deep(data):
        raise FormDefinitionError([Problem(None, TOO_DEEP)], source=name)
    if has_bad_number(data):
        raise FormDefinitionError([Problem(None, "the form " + NOT_A_NUMBER)], source=name)
    wrong = shape_problems(data)
    if wrong:
        raise FormDefinitionError([Problem(*each) for each in wrong], source=name)


class _Parser:
    def __init__(self, data: Any, functions: dict[str, Any]) -> None:
        self.data = data
        self.functions = functions
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.by_link_id: dict[str, ItemDef] = {}
        self.parents: dict[str, str | None] = {}
        self.contained: dict[str, dict[str, Any]] = {}

    def fail(self, link_id: str | None, message: str) -> None:
        self.problems.append(Problem(link_id, message))

    def parse(self, name: str | None) -> QuestionnaireDef:
        data = self.data
        if not isinstance(data, dict):
            raise FormDefinitionError([Problem(None, "not a JSON object")], source=name)
        if data.get("resourceType") != "Questionnaire":
            found = data.get("resourceType")
            raise FormDefinitionError(
                [Problem(None, f"resourceType is {found!r}, expected 'Questionnaire'")],
                source=name)
        for key in ("id", "url", "version", "name", "title", "language", "status"):
            if key in data and not (isinstance(data[key], str) and data[key].strip()):
                self.fail(None, f"'{key}' must be text")
        if "status" in data and data["status"] not in ("draft", "active", "retired", "unknown"):
            self.fail(None, f"status {data['status']!r} is not a Questionnaire status")
        for res in data.get("contained") or []:
            if isinstance(res, dict) and res.get("id"):
                self.contained[str(res["id"])] = res
        raw_items = data.get("item") or []
        if not isinstance(raw_items, list):
            self.fail(None, "'item' must be a list")
            raw_items = []
        items = [self.safe_item(raw, None) for raw in raw_items if self.is_item(raw, None)]
        variables = self.variables(data, None)
        self.cross_check(items)
        if self.problems:
            raise FormDefinitionError(self.problems, source=name)
        launch = {}
        for ext in _extensions(data, SDC + "sdc-questionnaire-launchContext"):
            parts = {e.get("url"): e for e in ext.get("extension") or []}
            code = (parts.get("name") or {}).get("valueCoding", {}).get("code") \
                or (parts.get("name") or {}).get("valueId")
            kind = (parts.get("type") or {}).get("valueCode")
            if code:
                launch[str(code)] = str(kind or "")
        title = _text(data, "title")
        langs = set(title.languages)
        for item in self.by_link_id.values():
            langs |= item.text.languages
        return QuestionnaireDef(raw=data, title=title, items=items, variables=variables,
                                by_link_id=self.by_link_id, parents=self.parents,
                                contained=self.contained, launch_names=launch,
                                languages=frozenset(langs), language=data.get("language"),
                                warnings=self.warnings)

    def is_item(self, raw: Any, parent: str | None) -> bool:
        if not isinstance(raw, dict):
            self.fail(parent, "has an item that is not a JSON object")
            return False
        link_id = raw.get("linkId")
        if not isinstance(link_id, str) or not link_id:
            self.fail(parent, "has an item without a linkId")
            return False
        return True

    def safe_item(self, raw: dict[str, Any], parent: str | None) -> ItemDef:
        """Parse one item; a wrongly shaped element becomes a problem of that item."""
        try:
            return self.item(raw, parent)
        except _SHAPE_ERRORS:
            self.fail(raw["linkId"], _SHAPE_MESSAGE)
            return ItemDef(link_id=raw["linkId"], type="display", text=Text(None))

    def item(self, raw: dict[str, Any], parent: str | None) -> ItemDef:
        link_id = raw["linkId"]
        if link_id in self.by_link_id:
            self.fail(link_id, "linkId is used by more than one item")
        kind = raw.get("type")
        if kind not in ITEM_TYPES:
            self.fail(link_id, f"type {kind!r} is not one of the 16 FHIR R4 item types")
            kind = "display"
        item = ItemDef(link_id=link_id, type=kind, text=_text(raw, "text"), raw=raw)
        self.by_link_id.setdefault(link_id, item)
        self.parents.setdefault(link_id, parent)
        item.prefix = raw.get("prefix")
        item.required = self.flag(raw, "required", link_id)
        item.repeats = self.flag(raw, "repeats", link_id)
        if kind in QUESTION_TYPES and _ext_value(raw, ANSWER_REPEATS) is True:
            item.repeats = True  # the pre-R4 way to let a question take several answers
        item.read_only = self.flag(raw, "readOnly", link_id)
        item.hidden = bool(_ext_value(raw, EXT + "questionnaire-hidden"))
        if kind == "display" and (item.required or item.repeats):
            self.fail(link_id, "a display item cannot be required or repeat")
        self.limits(item, raw)
        self.hints(item, raw)
        self.answers(item, raw)
        self.conditions(item, raw)
        self.item_expressions(item, raw)
        children = raw.get("item") or []
        if not isinstance(children, list):
            self.fail(link_id, "'item' must be a list")
            children = []
        item.children = [self.safe_item(c, link_id) for c in children
                         if self.is_item(c, link_id)]
        if kind == "display" and item.children:
            self.fail(link_id, "a display item cannot contain other items")
        return item

    def flag(self, raw: dict[str, Any], key: str, link_id: str) -> bool:
        value = raw.get(key, False)
        if not isinstance(value, bool):
            self.fail(link_id, f"'{key}' must be true or false")
            return False
        return value

    def limits(self, item: ItemDef, raw: dict[str, Any]) -> None:
        link_id = item.link_id
        max_length = raw.get("maxLength")
        if max_length is not None:
            if not is_int(max_length) or max_length < 1:
                self.fail(link_id, "maxLength must be a positive whole number")
            else:
                item.max_length = max_length
        item.min_length = _ext_value(raw, EXT + "minLength")
        item.regex = _ext_value(raw, EXT + "regex")
        if item.regex is not None:
            try:
                re.compile(item.regex)
            except re.error:
                self.fail(link_id, "the regex extension is not a valid regular expression")
                item.regex = None
        message = _first_ext(raw, EXT + "validationtext") or _first_ext(
            raw, "http://ehelse.no/fhir/StructureDefinition/validationtext")
        if message and isinstance(message.get("valueString"), str):
            item.regex_message = _text(message, "valueString")
        item.min_value = _ext_typed(raw, EXT + "minValue")
        item.max_value = _ext_typed(raw, EXT + "maxValue")
        item.max_decimal_places = _ext_value(raw, EXT + "maxDecimalPlaces")
        item.min_occurs = _ext_value(raw, EXT + "questionnaire-minOccurs")
        item.max_occurs = _ext_value(raw, EXT + "questionnaire-maxOccurs")
        for label, count in (("minOccurs", item.min_occurs), ("maxOccurs", item.max_occurs),
                             ("minLength", item.min_length),
                             ("maxDecimalPlaces", item.max_decimal_places)):
            if count is not None and not (is_int(count) and 0 <= count < 2**31):
                self.fail(link_id, f"{label} must be a whole number, 0 or more")
        for bound in (item.min_value, item.max_value):
            if bound and item.type in ANSWER_KEYS and not _bound_fits(item.type, bound[0]):
                self.fail(link_id, f"{bound[0]} limit does not fit {a_or_an(item.type)} item")
            elif bound and check_value(item.type, bound[0], bound[1]):
                self.fail(link_id, f"{bound[0]} limit {check_value(item.type, *bound)}")

    def hints(self, item: ItemDef, raw: dict[str, Any]) -> None:
        control = _ext_value(raw, EXT + "questionnaire-itemControl")
        if isinstance(control, dict):
            codes = [c.get("code") for c in control.get("coding") or []]
            item.item_control = next((c for c in codes if c), None)
        unit = _ext_value(raw, EXT + "questionnaire-unit")
        if isinstance(unit, dict):
            item.unit = unit.get("display") or unit.get("code")
        fmt = _first_ext(raw, EXT + "entryFormat")
        if fmt and isinstance(fmt.get("valueString"), str):
            item.entry_format = _text(fmt, "valueString")
        category = _ext_value(raw, EXT + "questionnaire-displayCategory")
        if isinstance(category, dict):
            codes = [c.get("code") for c in category.get("coding") or []]
            item.display_category = next((c for c in codes if c), None)
        if item.display_category == "help" and item.type == "display":
            item.help_text = item.text

    def answers(self, item: ItemDef, raw: dict[str, Any]) -> None:
        link_id, kind = item.link_id, item.type
        allowed = ANSWER_KEYS.get(kind, ())
        for raw_option in raw.get("answerOption") or []:
            key = _value_key(raw_option, "value")
            if key is None:
                self.fail(link_id, "an answerOption has no value")
                continue
            if kind not in ("choice", "open-choice") and key not in allowed:
                self.fail(link_id, f"answerOption {key} does not fit {a_or_an(kind)} item")
                continue
            why = check_value(kind, key, raw_option[key])
            if why:
                self.fail(link_id, f"answerOption {key} {why}")
                continue
            item.options.append(_option(raw_option, key))
        value_set = raw.get("answerValueSet")
        if value_set:
            item.answer_value_set = value_set
            if item.options:
                self.fail(link_id, "has both answerOption and answerValueSet")
            if value_set.startswith("#"):
                contained = self.contained.get(value_set[1:])
                if contained is None:
                    self.fail(link_id, f"answerValueSet {value_set} names no contained ValueSet")
                else:
                    item.options = _value_set_options(contained)
                    for option in item.options:
                        why = check_value(kind, option.key, option.value)
                        if why:
                            self.fail(link_id, f"{value_set} has a coding that {why}")
                            break
        for raw_initial in raw.get("initial") or []:
            key = _value_key(raw_initial, "value")
            if key is None or key not in allowed:
                self.fail(link_id, f"initial value {key or '(none)'} does not fit "
                                   f"{a_or_an(kind)} item")
                continue
            why = check_value(kind, key, raw_initial[key])
            if why:
                self.fail(link_id, f"initial {key} {why}")
                continue
            item.initial.append((key, raw_initial[key]))
        if len(item.initial) > 1 and not item.repeats:
            self.fail(link_id, "has several initial values but does not repeat")
        if item.initial and not item.is_question:
            self.fail(link_id, f"{a_or_an(kind)} item cannot have an initial value")
        for option in item.options:
            if option.key == "valueCoding" and not isinstance(option.value, dict):
                self.fail(link_id, "an answerOption valueCoding is not an object")

    def conditions(self, item: ItemDef, raw: dict[str, Any]) -> None:
        for cond in raw.get("enableWhen") or []:
            if not isinstance(cond, dict):
                self.fail(item.link_id, "an enableWhen is not an object")
                continue
            question, operator = cond.get("question"), cond.get("operator")
            if operator not in OPERATORS:
                self.fail(item.link_id, f"enableWhen operator {operator!r} is unknown")
                continue
            key = _value_key(cond, "answer")
            if key is None:
                self.fail(item.link_id, "an enableWhen has no answer value")
                continue
            why = check_value("", "value" + key[6:], cond[key])
            if why:
                self.fail(item.link_id, f"enableWhen {key} {why}")
                continue
            item.enable_when.append(EnableWhen(str(question), operator, key, cond[key]))
        behavior = raw.get("enableBehavior")
        if behavior is not None and behavior not in ("all", "any"):
            self.fail(item.link_id, f"enableBehavior {behavior!r} is neither 'all' nor 'any'")
        if len(item.enable_when) > 1 and behavior is None:
            self.fail(item.link_id, "has several enableWhen but no enableBehavior (all or any)")
        item.enable_behavior = behavior or "all"

    def item_expressions(self, item: ItemDef, raw: dict[str, Any]) -> None:
        link_id = item.link_id
        item.variables = self.variables(raw, link_id)
        item.enable_when_expression = self.expression(raw, "enableWhenExpression", link_id)
        item.calculated = self.expression(raw, "calculatedExpression", link_id)
        item.initial_expression = self.expression(raw, "initialExpression", link_id)
        item.answer_expression = self.expression(raw, "answerExpression", link_id)
        if item.enable_when and item.enable_when_expression:
            self.fail(link_id, "has both enableWhen and enableWhenExpression")
        if (item.calculated or item.initial_expression) and not item.is_question:
            self.fail(link_id, f"{a_or_an(item.type)} item cannot have a calculated or "
                               "initial value")

    def variables(self, raw: dict[str, Any], link_id: str | None) -> list[Expression]:
        out = []
        for ext in _extensions(raw, EXT + "variable"):
            expr = self.compile(ext.get("valueExpression"), link_id, named=True)
            if expr is not None:
                out.append(expr)
        return out

    def expression(self, raw: dict[str, Any], name: str, link_id: str) -> Expression | None:
        """The SDC expression extension ``name`` (e.g. initialExpression) of an item.

        Forms written before SDC named some of them under the core URL
        (…/StructureDefinition/questionnaire-initialExpression); those count too.
        """
        ext = _first_ext(raw, SDC + "sdc-questionnaire-" + name)
        if ext is None:
            ext = _first_ext(raw, EXT + "questionnaire-" + name)
        if ext is None:
            return None
        return self.compile(ext.get("valueExpression"), link_id, named=False)

    def compile(self, value: Any, link_id: str | None, *, named: bool) -> Expression | None:
        if not isinstance(value, dict) or not isinstance(value.get("expression"), str):
            self.fail(link_id, "an expression extension has no expression text")
            return None
        language, name = value.get("language", FHIRPATH), value.get("name")
        if not isinstance(language, str) or not (name is None or isinstance(name, str)):
            self.fail(link_id, "an expression has a language or name that is not text")
            return None
        if named and not name:
            self.fail(link_id, "a variable has no name")
            return None
        if language not in (FHIRPATH, FHIR_QUERY):
            self.warnings.append(Problem(link_id, f"expression language {language} is ignored"))
        try:
            expr = _compile(value["expression"], language=language, name=name,
                            functions=self.functions)
        except ExpressionError as exc:
            label = f"variable {name!r}" if named else "expression"
            self.fail(link_id, f"{label} {value['expression']!r} {exc}")
            return None
        if expr.unknown_functions:
            names = ", ".join(sorted(expr.unknown_functions))
            self.warnings.append(Problem(link_id, f"expression {value['expression']!r} calls "
                                                  f"{names}, which desk does not know: it "
                                                  "will stay empty"))
        return expr

    def cross_check(self, items: list[ItemDef]) -> None:
        for item in self.by_link_id.values():
            for cond in item.enable_when:
                target = self.by_link_id.get(cond.question)
                if target is None:
                    self.fail(item.link_id, f"enableWhen refers to unknown item {cond.question!r}")
                    continue
                if cond.operator == "exists":
                    if cond.key != "answerBoolean":
                        self.fail(item.link_id, "enableWhen 'exists' needs answerBoolean")
                    continue
                if not target.is_question:
                    self.fail(item.link_id,
                              f"enableWhen refers to {cond.question!r}, "
                              f"{a_or_an(target.type)} item")
                elif cond.key not in ENABLE_WHEN_KEYS[target.type]:
                    self.fail(item.link_id, f"enableWhen {cond.key} cannot be compared with "
                                            f"{cond.question!r}, {a_or_an(target.type)} item")
                elif cond.operator in (">", "<", ">=", "<=") and cond.key in (
                        "answerBoolean", "answerCoding", "answerReference"):
                    self.fail(item.link_id, f"operator {cond.operator} cannot compare {cond.key}")
        self.check_cycles()

    def check_cycles(self) -> None:
        graph = {lid: {c.question for c in item.enable_when}
                 for lid, item in self.by_link_id.items()}
        state: dict[str, int] = {}

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for nxt in graph.get(node, ()):
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt]
                    self.warnings.append(Problem(
                        node, "enableWhen conditions form a cycle: " + " -> ".join(cycle)
                        + " (each is decided from the others' state before the last answer)"))
                elif state.get(nxt) is None:
                    visit(nxt, path + [nxt])
            state[node] = 2

        for lid in graph:
            if lid not in state:
                visit(lid, [lid])


def _option(raw: dict[str, Any], key: str) -> Option:
    value = raw[key]
    if isinstance(value, dict):  # translations stay on the option, not in answers
        value = {k: v for k, v in value.items() if not k.startswith("_")}
    if key == "valueCoding" and isinstance(value, dict):
        label = Text(value.get("display") or value.get("code"),
                     _translations(raw[key].get("_display")))
    elif key == "valueString":
        label = Text(str(value), _translations(raw.get("_valueString")))
    elif key == "valueReference" and isinstance(value, dict):
        label = Text(value.get("display") or value.get("reference"))
    else:
        label = Text(str(value))
    weight = _weight(raw)
    if weight is None and key == "valueCoding":  # the weight may sit on the coding instead
        weight = _weight(value)
    prefix = _ext_value(raw, EXT + "questionnaire-optionPrefix")
    return Option(key=key, value=value, label=label, weight=weight, prefix=prefix,
                  initial_selected=bool(raw.get("initialSelected")))


def _weight(raw: Any) -> float | None:
    if not isinstance(raw, dict):
        return None
    for url in (EXT + "itemWeight", EXT + "ordinalValue",
                "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value"):
        value = _ext_value(raw, url)
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
                     _translations(coding.get("_display")) + _designations(coding))
        options.append(Option("valueCoding", value, label, weight=_weight(coding)))
    return options


def _designations(coding: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((d["language"], d["value"]) for d in coding.get("designation") or []
                 if isinstance(d, dict) and d.get("language") and d.get("value"))


def _text(raw: dict[str, Any], key: str) -> Text:
    value = raw.get(key)
    return Text(value if isinstance(value, str) else None, _translations(raw.get("_" + key)))


def _translations(primitive: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for ext in _extensions(primitive, TRANSLATION):
        parts = {e.get("url"): e for e in ext.get("extension") or [] if isinstance(e, dict)}
        lang = (parts.get("lang") or {}).get("valueCode")
        content = (parts.get("content") or {}).get("valueString")
        if isinstance(lang, str) and isinstance(content, str):
            out.append((lang, content))
    return tuple(out)


def _extensions(raw: Any, url: str) -> list[dict[str, Any]]:
    if not isinstance(raw, dict):
        return []
    return [e for e in raw.get("extension") or [] if isinstance(e, dict) and e.get("url") == url]


def _first_ext(raw: Any, url: str) -> dict[str, Any] | None:
    found = _extensions(raw, url)
    return found[0] if found else None


def _ext_typed(raw: Any, url: str) -> tuple[str, Any] | None:
    ext = _first_ext(raw, url)
    if ext is None:
        return None
    key = _value_key(ext, "value")
    return (key, ext[key]) if key else None


def _ext_value(raw: Any, url: str) -> Any:
    typed = _ext_typed(raw, url)
    return typed[1] if typed else None


def _value_key(raw: dict[str, Any], prefix: str) -> str | None:
    keys = [k for k in raw if k.startswith(prefix) and len(k) > len(prefix)
            and k[len(prefix)].isupper()]
    return keys[0] if len(keys) == 1 else None


def _bound_fits(kind: str, key: str) -> bool:
    fits = {"integer": ("valueInteger", "valueDecimal"),
            "decimal": ("valueDecimal", "valueInteger"),
            "quantity": ("valueQuantity", "valueDecimal", "valueInteger"),
            "date": ("valueDate", "valueDateTime"), "dateTime": ("valueDateTime", "valueDate"),
            "time": ("valueTime",)}
    return kind not in fits or key in fits[kind]
