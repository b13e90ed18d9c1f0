"""Loading a form: a FHIR R4 Questionnaire parsed into :mod:`desk.forms.model`.

The parser is strict at the boundary. Every problem found is collected with the
linkId it concerns, and a form with any problem is rejected as a whole with a
:class:`~desk.forms.model.FormDefinitionError` (a ``DeskError`` of kind ``"input"``)
listing them all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desk.forms.expressions import FHIR_QUERY, FHIRPATH, Expression, ExpressionError
from desk.forms.expressions import compile_expression as _compile
from desk.forms.extensions import ext_value, extensions, first_ext, text_of
from desk.forms.item_fields import read_answers, read_conditions, read_hints, read_limits
from desk.forms.limits import (
    MAX_ITEM_DEPTH,
    BadNumberError,
    has_bad_number,
    json_too_deep,
    not_a_number,
    read_json,
    shape_problems,
    too_deep,
    too_deep_item,
)
from desk.forms.model import (
    ANSWER_REPEATS,
    ENABLE_WHEN_KEYS,
    EXT,
    ITEM_TYPES,
    QUESTION_TYPES,
    SDC,
    FormDefinitionError,
    ItemDef,
    Problem,
    QuestionnaireDef,
    Text,
)
from desk.forms.primitives import an_item
from desk.words import QT_TRANSLATE_NOOP, translate

_SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError)
_SHAPE_MESSAGE = QT_TRANSLATE_NOOP("FormDefinition", "an element has the wrong JSON type (for "
                                  "example a list where text or an object was expected)")


def _problem(message: str, *, link_id: str | None = None) -> list[Problem]:
    return [Problem(link_id, message)]


def _the_form_not_a_number() -> list[Problem]:
    return _problem(translate("FormDefinition", "the form {not_a_number}").format(
        not_a_number=not_a_number()))


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
            raise FormDefinitionError(_problem(translate(
                "FormDefinition", "cannot read the file ({reason})").format(
                    reason=exc.strerror)), source=name) from None
    if isinstance(source, str | bytes):
        try:
            data = read_json(source)
        except RecursionError:
            raise FormDefinitionError(_problem(too_deep()), source=name) from None
        except BadNumberError:
            raise FormDefinitionError(_the_form_not_a_number(), source=name) from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise FormDefinitionError(_problem(_not_json(exc)), source=name) from None
    else:
        data = source
    _check_limits(data, name)
    try:
        return _Parser(data, functions or {}).parse(name)
    except _SHAPE_ERRORS:
        # an element of the wrong JSON type somewhere outside the items
        raise FormDefinitionError(_problem(translate("FormDefinition", _SHAPE_MESSAGE)),
                                  source=name) from None


def _not_json(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return translate("FormDefinition", "not valid JSON at line {line}").format(
            line=error.lineno)
    return translate("FormDefinition", "not valid JSON")


def _check_limits(data: Any, name: str | None) -> None:
    deep = too_deep_item(data)
    if deep is not None:
        raise FormDefinitionError(_problem(translate(
            "FormDefinition", "is nested more than {depth} levels deep").format(
                depth=MAX_ITEM_DEPTH), link_id=deep), source=name)
    if json_too_deep(data):
        raise FormDefinitionError(_problem(too_deep()), source=name)
    if has_bad_number(data):
        raise FormDefinitionError(_the_form_not_a_number(), source=name)
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
            raise FormDefinitionError(_problem(translate("FormDefinition",
                                                         "not a JSON object")), source=name)
        if data.get("resourceType") != "Questionnaire":
            raise FormDefinitionError(_problem(translate(
                "FormDefinition", "resourceType is {found!r}, expected 'Questionnaire'").format(
                    found=data.get("resourceType"))), source=name)
        for key in ("id", "url", "version", "name", "title", "language", "status"):
            if key in data and not (isinstance(data[key], str) and data[key].strip()):
                self.fail(None, translate("FormDefinition", "'{key}' must be text").format(
                    key=key))
        if "status" in data and data["status"] not in ("draft", "active", "retired", "unknown"):
            self.fail(None, translate("FormDefinition", "status {status!r} is not a "
                                                        "Questionnaire status").format(
                status=data["status"]))
        for res in data.get("contained") or []:
            if isinstance(res, dict) and res.get("id"):
                self.contained[str(res["id"])] = res
        raw_items = data.get("item") or []
        if not isinstance(raw_items, list):
            self.fail(None, translate("FormDefinition", "'item' must be a list"))
            raw_items = []
        items = [self.safe_item(raw, None) for raw in raw_items if self.is_item(raw, None)]
        variables = self.variables(data, None)
        self.cross_check(items)
        if self.problems:
            raise FormDefinitionError(self.problems, source=name)
        launch = {}
        for ext in extensions(data, SDC + "sdc-questionnaire-launchContext"):
            parts = {e.get("url"): e for e in ext.get("extension") or []}
            code = (parts.get("name") or {}).get("valueCoding", {}).get("code") \
                or (parts.get("name") or {}).get("valueId")
            kind = (parts.get("type") or {}).get("valueCode")
            if code:
                launch[str(code)] = str(kind or "")
        title = text_of(data, "title")
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
            self.fail(parent, translate("FormDefinition", "has an item that is not a JSON "
                                                          "object"))
            return False
        link_id = raw.get("linkId")
        if not isinstance(link_id, str) or not link_id:
            self.fail(parent, translate("FormDefinition", "has an item without a linkId"))
            return False
        return True

    def safe_item(self, raw: dict[str, Any], parent: str | None) -> ItemDef:
        """Parse one item; a wrongly shaped element becomes a problem of that item."""
        try:
            return self.item(raw, parent)
        except _SHAPE_ERRORS:
            self.fail(raw["linkId"], translate("FormDefinition", _SHAPE_MESSAGE))
            return ItemDef(link_id=raw["linkId"], type="display", text=Text(None))

    def item(self, raw: dict[str, Any], parent: str | None) -> ItemDef:
        link_id = raw["linkId"]
        if link_id in self.by_link_id:
            self.fail(link_id, translate("FormDefinition", "linkId is used by more than one "
                                                           "item"))
        kind = raw.get("type")
        if kind not in ITEM_TYPES:
            self.fail(link_id, translate("FormDefinition", "type {kind!r} is not one of the 16 "
                                                           "FHIR R4 item types").format(kind=kind))
            kind = "display"
        item = ItemDef(link_id=link_id, type=kind, text=text_of(raw, "text"), raw=raw)
        self.by_link_id.setdefault(link_id, item)
        self.parents.setdefault(link_id, parent)
        item.prefix = raw.get("prefix")
        item.required = self.flag(raw, "required", link_id)
        item.repeats = self.flag(raw, "repeats", link_id)
        if kind in QUESTION_TYPES and ext_value(raw, ANSWER_REPEATS) is True:
            item.repeats = True  # the pre-R4 way to let a question take several answers
        item.read_only = self.flag(raw, "readOnly", link_id)
        item.hidden = bool(ext_value(raw, EXT + "questionnaire-hidden"))
        if kind == "display" and (item.required or item.repeats):
            self.fail(link_id, translate("FormDefinition", "a display item cannot be required "
                                                           "or repeat"))
        read_limits(item, raw, self.fail)
        read_hints(item, raw)
        read_answers(item, raw, self.contained, self.fail)
        read_conditions(item, raw, self.fail)
        self.item_expressions(item, raw)
        children = raw.get("item") or []
        if not isinstance(children, list):
            self.fail(link_id, translate("FormDefinition", "'item' must be a list"))
            children = []
        item.children = [self.safe_item(c, link_id) for c in children
                         if self.is_item(c, link_id)]
        if kind == "display" and item.children:
            self.fail(link_id, translate("FormDefinition", "a display item cannot contain "
                                                           "other items"))
        return item

    def flag(self, raw: dict[str, Any], key: str, link_id: str) -> bool:
        value = raw.get(key, False)
        if not isinstance(value, bool):
            self.fail(link_id, translate("FormDefinition", "'{key}' must be true or "
                                                           "false").format(key=key))
            return False
        return value

    def item_expressions(self, item: ItemDef, raw: dict[str, Any]) -> None:
        link_id = item.link_id
        item.variables = self.variables(raw, link_id)
        item.enable_when_expression = self.expression(raw, "enableWhenExpression", link_id)
        item.calculated = self.expression(raw, "calculatedExpression", link_id)
        item.initial_expression = self.expression(raw, "initialExpression", link_id)
        item.answer_expression = self.expression(raw, "answerExpression", link_id)
        if item.enable_when and item.enable_when_expression:
            self.fail(link_id, translate("FormDefinition", "has both enableWhen and "
                                                           "enableWhenExpression"))
        if (item.calculated or item.initial_expression) and not item.is_question:
            self.fail(link_id, translate("FormDefinition", "{item} cannot have a calculated or "
                                                           "initial value").format(
                item=an_item(item.type)))

    def variables(self, raw: dict[str, Any], link_id: str | None) -> list[Expression]:
        out = []
        for ext in extensions(raw, EXT + "variable"):
            expr = self.compile(ext.get("valueExpression"), link_id, named=True)
            if expr is not None:
                out.append(expr)
        return out

    def expression(self, raw: dict[str, Any], name: str, link_id: str) -> Expression | None:
        """The SDC expression extension ``name`` (e.g. initialExpression) of an item.

        Forms written before SDC named some of them under the core URL
        (…/StructureDefinition/questionnaire-initialExpression); those count too.
        """
        ext = first_ext(raw, SDC + "sdc-questionnaire-" + name)
        if ext is None:
            ext = first_ext(raw, EXT + "questionnaire-" + name)
        if ext is None:
            return None
        return self.compile(ext.get("valueExpression"), link_id, named=False)

    def compile(self, value: Any, link_id: str | None, *, named: bool) -> Expression | None:
        if not isinstance(value, dict) or not isinstance(value.get("expression"), str):
            self.fail(link_id, translate("FormDefinition", "an expression extension has no "
                                                           "expression text"))
            return None
        language, name = value.get("language", FHIRPATH), value.get("name")
        if not isinstance(language, str) or not (name is None or isinstance(name, str)):
            self.fail(link_id, translate("FormDefinition", "an expression has a language or "
                                                           "name that is not text"))
            return None
        if named and not name:
            self.fail(link_id, translate("FormDefinition", "a variable has no name"))
            return None
        if language not in (FHIRPATH, FHIR_QUERY):
            self.warnings.append(Problem(link_id, translate(
                "FormDefinition", "expression language {language} is ignored").format(
                    language=language)))
        try:
            expr = _compile(value["expression"], language=language, name=name,
                            functions=self.functions)
        except ExpressionError as exc:
            self.fail(link_id, _expression_problem(value["expression"], exc,
                                                   name if named else None))
            return None
        if expr.unknown_functions:
            self.warnings.append(Problem(link_id, translate(
                "FormDefinition", "expression {expression!r} calls {names}, which desk does "
                                  "not know: it will stay empty").format(
                    expression=value["expression"],
                    names=", ".join(sorted(expr.unknown_functions)))))
        return expr

    def cross_check(self, items: list[ItemDef]) -> None:
        for item in self.by_link_id.values():
            for cond in item.enable_when:
                target = self.by_link_id.get(cond.question)
                if target is None:
                    self.fail(item.link_id, translate(
                        "FormDefinition", "enableWhen refers to unknown item {question!r}")
                        .format(question=cond.question))
                    continue
                if cond.operator == "exists":
                    if cond.key != "answerBoolean":
                        self.fail(item.link_id, translate(
                            "FormDefinition", "enableWhen 'exists' needs answerBoolean"))
                    continue
                if not target.is_question:
                    self.fail(item.link_id, translate(
                        "FormDefinition", "enableWhen refers to {question!r}, {item}").format(
                            question=cond.question, item=an_item(target.type)))
                elif cond.key not in ENABLE_WHEN_KEYS[target.type]:
                    self.fail(item.link_id, translate(
                        "FormDefinition", "enableWhen {key} cannot be compared with "
                                          "{question!r}, {item}").format(
                            key=cond.key, question=cond.question, item=an_item(target.type)))
                elif cond.operator in (">", "<", ">=", "<=") and cond.key in (
                        "answerBoolean", "answerCoding", "answerReference"):
                    self.fail(item.link_id, translate(
                        "FormDefinition", "operator {operator} cannot compare {key}").format(
                            operator=cond.operator, key=cond.key))
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
                    self.warnings.append(Problem(node, translate(
                        "FormDefinition", "enableWhen conditions form a cycle: {cycle} (each "
                                          "is decided from the others' state before the last "
                                          "answer)").format(cycle=" -> ".join(cycle))))
                elif state.get(nxt) is None:
                    visit(nxt, path + [nxt])
            state[node] = 2

        for lid in graph:
            if lid not in state:
                visit(lid, [lid])


def _expression_problem(expression: str, error: ExpressionError, variable: str | None) -> str:
    """An expression that does not compile; ``variable`` is its name when it defines one."""
    if variable is None:
        return translate("FormDefinition", "expression {expression!r} {error}").format(
            expression=expression, error=error)
    return translate("FormDefinition", "variable {name!r} {expression!r} {error}").format(
        name=variable, expression=expression, error=error)
