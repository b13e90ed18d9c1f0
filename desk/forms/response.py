"""QuestionnaireResponse: building it from a form, checking it, and reading it back.

The items are made by :mod:`desk.forms.items`. This module works on anything shaped
like a form (:class:`Filled`); :class:`desk.forms.engine.Form` calls it, never the
other way round.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from desk.errors import DeskError
from desk.forms.items import response_items
from desk.forms.limits import has_bad_number, json_too_deep, not_a_number, too_deep
from desk.forms.model import ANSWER_KEYS, QuestionnaireDef
from desk.forms.primitives import an_item, check_value
from desk.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desk.forms.node import Node

STATUSES = ("in-progress", "completed", "amended", "entered-in-error", "stopped")
_ANSWER_VALUE_KEYS = frozenset(k for keys in ANSWER_KEYS.values() for k in keys)

# What can be wrong with a response or its saved answers, shown in the staff's language.
_PROBLEMS = {
    "item_list": QT_TRANSLATE_NOOP("FormResponse", "'item' must be a list"),
    "item_object": QT_TRANSLATE_NOOP("FormResponse", "an item is not a JSON object"),
    "not_here":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id!r} is not in this form at that place"),
    "answer_list": QT_TRANSLATE_NOOP("FormResponse", "item {link_id!r}: 'answer' must be a list"),
    "item_why": QT_TRANSLATE_NOOP("FormResponse", "item {link_id!r} {why}"),
    "answer_object": QT_TRANSLATE_NOOP("FormResponse", "has an answer that is not a JSON object"),
    "answer_type": QT_TRANSLATE_NOOP("FormResponse", "has an answer of the wrong type"),
    "answer_invalid":
        QT_TRANSLATE_NOOP("FormResponse", "has an answer that is not valid: {key} {why}"),
    "not_response": QT_TRANSLATE_NOOP("FormResponse", "resourceType must be QuestionnaireResponse"),
    "status": QT_TRANSLATE_NOOP("FormResponse", "status {status!r} is not valid"),
    "authored": QT_TRANSLATE_NOOP("FormResponse", "authored is not a valid dateTime"),
    "reference": QT_TRANSLATE_NOOP("FormResponse", "{key} is not a Reference"),
    "items_list": QT_TRANSLATE_NOOP("FormResponse", "item must be a list"),
    "no_link_id": QT_TRANSLATE_NOOP("FormResponse", "an item has no linkId"),
    "unknown": QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: not in the questionnaire"),
    "both":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: has both answers and child "
                          "items (qrs-1)"),
    "several":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: has several answers but does "
                          "not repeat"),
    "no_answers":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: {an_item} cannot have answers"),
    "required": QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: required but has no answer"),
    "empty":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: has neither answers nor child items"),
    "not_object": QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: an answer is not an object"),
    "one_value":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: an answer must hold exactly "
                          "one value[x]"),
    "value_why": QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: {key} {why}"),
    "wrong_kind": QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: {key} does not fit {an_item}"),
    "not_option":
        QT_TRANSLATE_NOOP("FormResponse", "item {link_id}: the answer is not one of the "
                          "item's options"),
}


def _problem(name: str, **fields: Any) -> str:
    return translate("FormResponse", _PROBLEMS[name]).format(**fields)


class Filled(Protocol):
    """What a response is made from and read back into: a form's definition, language
    and nodes (:class:`desk.forms.engine.Form`)."""

    definition: QuestionnaireDef
    roots: list[Node]

    @property
    def language(self) -> str | None: ...

    def nodes(self) -> Iterator[Node]: ...

    def is_complete(self) -> bool: ...


def build_response(form: Filled, *, status: str | None = None,
                   subject: dict[str, Any] | str | None = None,
                   source: dict[str, Any] | str | None = None,
                   authored: dt.datetime | str | None = None,
                   response_id: str | None = None) -> dict[str, Any]:
    """The form's answers as a FHIR R4 QuestionnaireResponse (a dict).

    ``status`` None means "completed" when the form is complete, else "in-progress".
    ``subject``/``source`` are references, given as a dict or as "Patient/123".
    ``authored`` None means now (UTC).
    """
    if status is None:
        status = "completed" if form.is_complete() else "in-progress"
    if status not in STATUSES:
        raise DeskError(translate("DeskError", "{status!r} is not a QuestionnaireResponse status")
                        .format(status=status), kind="input")
    if status == "completed" and not form.is_complete():
        raise DeskError(translate("DeskError", "the form still has unanswered or invalid "
                                               "questions"), kind="input")
    when = authored or dt.datetime.now(dt.UTC)
    if isinstance(when, dt.datetime):
        when = when.isoformat(timespec="seconds")
    response: dict[str, Any] = {"resourceType": "QuestionnaireResponse",
                                "id": response_id or str(uuid.uuid4()),
                                "status": status, "authored": when}
    if form.definition.canonical:
        response["questionnaire"] = form.definition.canonical
    language = form.language or form.definition.language
    if language:
        response["language"] = language
    for key, ref in (("subject", subject), ("source", source)):
        if ref:
            response[key] = {"reference": ref} if isinstance(ref, str) else dict(ref)
    items = response_items(form.roots, with_text=True, contexts=None)
    if items:
        response["item"] = items
    return response


def restore_response(form: Filled, response: dict[str, Any], *,
                     add_after: Callable[[Node], Node]) -> None:
    """Put every answer of ``response`` into ``form``. Instances of repeating groups are
    created as needed by ``add_after(node)``, which adds one after ``node`` and returns it
    (the caller recomputes the form afterwards)."""
    if not isinstance(response, dict) or response.get("resourceType") != "QuestionnaireResponse":
        raise DeskError(translate("DeskError", "this is not a QuestionnaireResponse"), kind="input")
    if json_too_deep(response):
        raise DeskError(translate("DeskError", "the saved answers cannot be read: {too_deep}")
                        .format(too_deep=too_deep()), kind="input")
    if has_bad_number(response):
        raise DeskError(translate("DeskError", "the saved answers cannot be read: their JSON "
                                               "{not_a_number}")
                        .format(not_a_number=not_a_number()), kind="input")
    for node in form.nodes():
        node.answers = []
    problems: list[str] = []
    _restore_level(add_after, form.roots, response.get("item") or [], problems)
    if problems:
        raise DeskError(translate("DeskError", "the saved answers do not fit this form: "
                                               "{problem}").format(problem=problems[0]),
                        kind="input")


def _restore_level(add_after: Callable[[Node], Node], level: list[Node],
                   raw_items: Any, problems: list[str]) -> None:
    if not isinstance(raw_items, list):
        problems.append(_problem("item_list"))
        return
    seen: dict[str, int] = {}
    for raw in raw_items:
        if not isinstance(raw, dict):
            problems.append(_problem("item_object"))
            continue
        link_id = str(raw.get("linkId"))
        candidates = [n for n in level if n.link_id == link_id]
        if not candidates:
            problems.append(_problem("not_here", link_id=link_id))
            continue
        position = seen.get(link_id, 0)
        seen[link_id] = position + 1
        while position >= len(candidates):
            add_after(candidates[-1])
            candidates = [n for n in level if n.link_id == link_id]
        node = candidates[position]
        answers = raw.get("answer") or []
        if not isinstance(answers, list):
            problems.append(_problem("answer_list", link_id=link_id))
            continue
        for answer in answers:
            why = _answer_problem(node, answer)
            if why:
                problems.append(_problem("item_why", link_id=link_id, why=why))
                continue
            key = next(k for k in answer if k.startswith("value"))
            node.answers.append((key, answer[key]))
            if answer.get("item"):
                _restore_level(add_after, node.children, answer["item"], problems)
        if raw.get("item"):
            _restore_level(add_after, node.children, raw["item"], problems)


def _answer_problem(node: Node, answer: Any) -> str | None:
    if not isinstance(answer, dict):
        return _problem("answer_object")
    keys = [k for k in answer if k.startswith("value")]
    if len(keys) != 1 or keys[0] not in ANSWER_KEYS.get(node.type, ()):
        return _problem("answer_type")
    why = check_value(node.type, keys[0], answer[keys[0]])
    return _problem("answer_invalid", key=keys[0], why=why) if why else None


def validate_response(response: Any, definition: QuestionnaireDef | None = None) -> list[str]:
    """Problems that make ``response`` an invalid FHIR R4 QuestionnaireResponse ([] if valid).

    Checks the R4 structure (status code, one value[x] per answer, primitive formats,
    qrs-1: no item with both answers and child items). With ``definition`` it also checks
    that every linkId exists in the form, answers fit their item types, non-repeating
    items have one answer, and a "completed" response answers every required item that
    is present in it.
    """
    problems: list[str] = []
    if not isinstance(response, dict) or response.get("resourceType") != "QuestionnaireResponse":
        return [_problem("not_response")]
    if response.get("status") not in STATUSES:
        problems.append(_problem("status", status=response.get("status")))
    authored = response.get("authored")
    if authored is not None and check_value("dateTime", "valueDateTime", authored):
        problems.append(_problem("authored"))
    for key in ("subject", "source", "author"):
        ref = response.get(key)
        if ref is not None and not (isinstance(ref, dict) and (ref.get("reference")
                                                              or ref.get("identifier"))):
            problems.append(_problem("reference", key=key))
    items = response.get("item", [])
    if not isinstance(items, list):
        return problems + [_problem("items_list")]
    _check_items(items, definition, problems, response.get("status") == "completed")
    return problems


def _check_items(items: list[Any], definition: QuestionnaireDef | None, problems: list[str],
                 completed: bool) -> None:
    for raw in items:
        if not isinstance(raw, dict) or not isinstance(raw.get("linkId"), str):
            problems.append(_problem("no_link_id"))
            continue
        link_id = raw["linkId"]
        item = definition.by_link_id.get(link_id) if definition else None
        if definition and item is None:
            problems.append(_problem("unknown", link_id=link_id))
        answers = raw.get("answer", [])
        if answers and raw.get("item"):
            problems.append(_problem("both", link_id=link_id))
        if item is not None and not item.repeats and len(answers) > 1:
            problems.append(_problem("several", link_id=link_id))
        if item is not None and item.type in ("group", "display") and answers:
            problems.append(_problem("no_answers", link_id=link_id, an_item=an_item(item.type)))
        if item is not None and completed and item.required and item.is_question \
                and not answers:
            problems.append(_problem("required", link_id=link_id))
        for answer in answers:
            _check_answer(link_id, answer, item, definition, problems, completed)
        if raw.get("item"):
            _check_items(raw["item"], definition, problems, completed)
        if not answers and not raw.get("item"):
            problems.append(_problem("empty", link_id=link_id))


def _check_answer(link_id: str, answer: Any, item: Any, definition: QuestionnaireDef | None,
                  problems: list[str], completed: bool) -> None:
    if not isinstance(answer, dict):
        problems.append(_problem("not_object", link_id=link_id))
        return
    keys = [k for k in answer if k.startswith("value")]
    if len(keys) != 1 or keys[0] not in _ANSWER_VALUE_KEYS:
        problems.append(_problem("one_value", link_id=link_id))
        return
    key = keys[0]
    why = check_value("", key, answer[key])
    if why:
        problems.append(_problem("value_why", link_id=link_id, key=key, why=why))
    if item is not None and key not in ANSWER_KEYS.get(item.type, ()):
        problems.append(_problem("wrong_kind", link_id=link_id, key=key,
                                 an_item=an_item(item.type)))
    elif item is not None and item.type == "choice" and item.options and not any(
            option.matches(key, answer[key]) for option in item.options):
        problems.append(_problem("not_option", link_id=link_id))
    if answer.get("item"):
        _check_items(answer["item"], definition, problems, completed)
