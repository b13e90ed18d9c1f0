"""Limits on how deep and how large a form may be.

A hostile or broken file must fail with a clear message, not a RecursionError or a
hang. The limits are far above any real questionnaire:

- ``MAX_ITEM_DEPTH``: items nested at most 50 levels deep;
- ``MAX_JSON_DEPTH``: JSON objects and lists nested at most 200 levels deep;
- ``MAX_EXPRESSION_LENGTH``: an expression at most 10,000 characters long;
- ``MAX_VALUES``: an expression that yields more than 10,000 values is stopped and counts
  as failed (one that doubles a list in each of 20 variables would take minutes);
- ``MAX_REGEX_SECONDS``: an expression's ``matches()`` or ``replaceMatches()`` is stopped
  after 0.1 s and counts as failed (``'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.matches('^(a|a)*$')``
  took almost four minutes).
"""

from __future__ import annotations

import json
import math
from typing import Any

from desk.words import translate

MAX_ITEM_DEPTH = 50
MAX_JSON_DEPTH = 200
MAX_EXPRESSION_LENGTH = 10_000
MAX_VALUES = 10_000
MAX_REGEX_SECONDS = 0.1



def too_deep() -> str:
    """Why JSON nested too deeply is refused, in the current language."""
    return translate("FormDefinition", "its JSON is nested more than {depth} levels "
                                       "deep").format(depth=MAX_JSON_DEPTH)


def not_a_number() -> str:
    """Why JSON holding NaN or Infinity is refused ("the form …"), in the current language."""
    return translate("FormDefinition", "holds NaN or Infinity, which is not a number JSON "
                                       "allows")


class BadNumberError(ValueError):
    """JSON text holding NaN or Infinity, which strict JSON does not allow."""


def _refuse_constant(name: str) -> float:
    raise BadNumberError(f"{name} is not a number")


def read_json(text: str | bytes) -> Any:
    """``json.loads`` that refuses NaN and Infinity; raises RecursionError when too deep."""
    return json.loads(text, parse_constant=_refuse_constant)


def json_too_deep(data: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``data`` nests lists and objects more than ``limit`` levels deep."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def has_bad_number(data: Any) -> bool:
    """True when ``data`` holds a float that is NaN or infinite anywhere."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return True
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def too_deep_item(data: Any, limit: int = MAX_ITEM_DEPTH) -> str | None:
    """The linkId of the first item nested deeper than ``limit``, else None."""
    stack = [(item, 1) for item in _items(data)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return str(item.get("linkId"))
        stack.extend((child, depth + 1) for child in _items(item))
    return None


def _items(data: Any) -> list[dict[str, Any]]:
    items = data.get("item") if isinstance(data, dict) else None
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


_LISTS = ("extension", "modifierExtension", "item", "answerOption", "enableWhen", "initial",
          "code", "contained")
_TEXTS = ("text", "prefix", "definition", "answerValueSet", "enableBehavior", "title")


def shape_problems(data: Any) -> list[tuple[str | None, str]]:
    """(linkId, message) for each element of the wrong JSON type that would be dropped, in
    the current language."""
    found: list[tuple[str | None, str]] = []
    if not isinstance(data, dict):
        return found
    _element_problems({k: v for k, v in data.items() if k != "text"}, None, found)  # Narrative
    stack: list[tuple[Any, int, str | None]] = [
        (item, n + 1, None) for n, item in enumerate(_raw_items(data))]
    while stack:
        item, number, parent = stack.pop()
        if not isinstance(item, dict):
            continue
        link_id = item.get("linkId")
        if not isinstance(link_id, str) or not link_id:
            found.append((None, _no_link_id(number, parent, link_id is None)))
            continue
        _element_problems(item, link_id, found)
        stack.extend((child, n + 1, link_id) for n, child in enumerate(_raw_items(item)))
    return found


def _no_link_id(number: int, parent: str | None, missing: bool) -> str:
    """"item 2 under 'g' has no linkId" (or "… a linkId that is not text")."""
    if parent is None:
        place = translate("FormDefinition", "item {number}").format(number=number)
    else:
        place = translate("FormDefinition", "item {number} under {parent!r}").format(
            number=number, parent=parent)
    if missing:
        return translate("FormDefinition", "{place} has no linkId").format(place=place)
    return translate("FormDefinition", "{place} has a linkId that is not text").format(place=place)


def _raw_items(data: dict[str, Any]) -> list[Any]:
    items = data.get("item")
    return items if isinstance(items, list) else []


def _element_problems(element: dict[str, Any], link_id: str | None,
                      found: list[tuple[str | None, str]]) -> None:
    for key in _LISTS:
        if key in element and not isinstance(element[key], list):
            found.append((link_id, translate("FormDefinition", "'{key}' must be a "
                                                               "list").format(key=key)))
    for key in _TEXTS:
        if key in element and not isinstance(element[key], str):
            found.append((link_id, translate("FormDefinition", "'{key}' must be "
                                                               "text").format(key=key)))
    extensions = element.get("extension")  # not a list: found above, as _LISTS holds it
    stack = list(extensions) if isinstance(extensions, list) else []
    while stack:
        ext = stack.pop()
        if not isinstance(ext, dict) or not isinstance(ext.get("url"), str):
            found.append((link_id, translate("FormDefinition", "has an extension without a "
                                                               "url")))
            continue
        inner = ext.get("extension")
        if inner is not None and not isinstance(inner, list):
            found.append((link_id, translate("FormDefinition", "extension {url} has an "
                                                               "'extension' that is not a "
                                                               "list").format(url=ext["url"])))
        elif inner:
            stack.extend(inner)
