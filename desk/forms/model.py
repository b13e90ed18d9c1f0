"""The definition of a form: a FHIR R4 Questionnaire as small dataclasses.

:func:`desk.forms.loading.load_questionnaire` parses one into them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desk.errors import DeskError
from desk.forms.expressions import Expression
from desk.words import translate

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


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form, for the form's author."""

    link_id: str | None
    message: str

    def __str__(self) -> str:
        if not self.link_id:
            return self.message
        return translate("FormDefinition", "item {item}: {problem}").format(
            item=self.link_id, problem=self.message)


class FormDefinitionError(DeskError):
    """A questionnaire that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem], *, source: str | None = None) -> None:
        where = f"{source}: " if source else ""
        first = str(problems[0]) if problems else translate("FormDefinition", "unknown problem")
        if len(problems) > 1:
            why = translate("FormDefinition", "this form cannot be used: {problem} (and %n "
                                              "more)", "", len(problems) - 1)
        else:
            why = translate("FormDefinition", "this form cannot be used: {problem}")
        super().__init__(where + why.format(problem=first), kind="input")
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
    unit: Text | None = None  # its display, with translations
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
