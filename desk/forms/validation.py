"""Per-item checks: required, regex, min/max value, length, occurrences, decimal places."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import regex

from desk.forms.messages import message

if TYPE_CHECKING:
    from desk.forms.node import Node

log = logging.getLogger(__name__)
# a form author's pattern may backtrack for ever on some answers, e.g. (a+)+$
REGEX_SECONDS = 0.1


def validate_node(node: Node, language: str | None, *, with_required: bool) -> list[str]:
    """Messages for one enabled node in ``language`` (``required`` only if asked)."""
    if with_required and _unseen(node):
        with_required = False  # nobody can answer it: nothing is required of it
    item = node.definition
    found: list[str] = []
    if item.type == "group":
        return _group_messages(node, language, with_required)
    if not item.is_question:
        return found
    if node.signature_stale and not node.answers:
        found.append(message("sign_again", language))
    elif with_required and item.required and not node.answers:
        found.append(message("required", language))
    for key, value in node.answers:
        found.extend(_value_messages(node, key, value, language))
    if item.repeats and node.answers:
        if item.max_occurs is not None and len(node.answers) > item.max_occurs:
            found.append(message("max_occurs", language, limit=item.max_occurs))
        if with_required and item.min_occurs and len(node.answers) < item.min_occurs:
            found.append(message("min_occurs", language, limit=item.min_occurs))
    return list(dict.fromkeys(found))


def _group_messages(node: Node, language: str | None, with_required: bool) -> list[str]:
    item = node.definition
    found = []
    if with_required and item.required and node.index == 0:
        instances = [n for n in node.instances() if n.enabled]
        if not any(_answered(n) for n in instances):
            found.append(message("required_group", language))
    if item.repeats and node.index == 0:
        count = sum(1 for n in node.instances() if n.enabled and _answered(n))
        if item.max_occurs is not None and count > item.max_occurs:
            found.append(message("max_occurs", language, limit=item.max_occurs))
        if with_required and item.min_occurs and count < item.min_occurs:
            found.append(message("min_occurs", language, limit=item.min_occurs))
    return found


def _unseen(node: Node) -> bool:
    """Hidden (questionnaire-hidden), or inside a hidden group."""
    return node.hidden or any(a.hidden for a in node.ancestors())


def _answered(node: Node) -> bool:
    return any(n.answers and n.enabled for n in node.walk())


def _pattern_messages(node: Node, text: str, language: str | None) -> list[str]:
    item = node.definition
    try:
        if regex.fullmatch(item.regex, text, timeout=REGEX_SECONDS):
            return []
    except TimeoutError:
        log.warning("the regex of item %s took too long and was stopped", item.link_id)
        return [message("pattern_stopped", language)]
    custom = item.regex_message.get(language) if item.regex_message else None
    return [custom or message("pattern", language)]


def _value_messages(node: Node, key: str, value: Any, language: str | None) -> list[str]:
    item = node.definition
    found = []
    text = value if isinstance(value, str) else None
    if text is not None and key in ("valueString", "valueUri"):
        if item.max_length is not None and len(text) > item.max_length:
            found.append(message("max_length", language, limit=item.max_length))
        if isinstance(item.min_length, int) and len(text) < item.min_length:
            found.append(message("min_length", language, limit=item.min_length))
        if item.regex:
            found.extend(_pattern_messages(node, text, language))
    number = value.get("value") if key == "valueQuantity" and isinstance(value, dict) else value
    if item.min_value and _beyond(number, item.min_value[1], -1):
        found.append(message("min_value", language, limit=_show(item.min_value[1])))
    if item.max_value and _beyond(number, item.max_value[1], 1):
        found.append(message("max_value", language, limit=_show(item.max_value[1])))
    places = item.max_decimal_places
    if isinstance(places, int) and isinstance(number, float) and not isinstance(number, bool):
        decimals = repr(number).split(".")[1] if "." in repr(number) else ""
        if len(decimals.rstrip("0")) > places:
            found.append(message("decimal_places", language, limit=places))
    return found


def _beyond(value: Any, limit: Any, direction: int) -> bool:
    """True when ``value`` lies past ``limit`` (below it for -1, above it for 1)."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(limit, dict):
        limit = limit.get("value")
    if isinstance(value, int | float) and isinstance(limit, int | float):
        return (value < limit) if direction < 0 else (value > limit)
    if isinstance(value, str) and isinstance(limit, str):
        length = min(len(value), len(limit))
        a, b = value[:length], limit[:length]
        return (a < b) if direction < 0 else (a > b)
    return False


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return f"{_show(value.get('value'))} {value.get('unit') or value.get('code') or ''}".strip()
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)
