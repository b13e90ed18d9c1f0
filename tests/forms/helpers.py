"""Helpers for the forms tests: the corpus location and a form filler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.forms import Form, Node

_HERE = Path(__file__).resolve()


def corpus_dir() -> Path:
    """The questionnaire corpus kept with the tests (sources and licences in SOURCES.md)."""
    return _HERE.parents[1] / "data" / "questionnaires"


def corpus_files() -> list[Path]:
    return sorted(corpus_dir().glob("*.json"))


_TEXTS = ("someone@example.org", "Réponse écrite", "+1 555 123 4567", "12345", "A1")


def valid_value(node: Node) -> Any:
    """A value that passes every check of ``node``."""
    item = node.definition
    if node.options:
        return node.options[0]
    kind = item.type
    if kind == "boolean":
        return True
    if kind in ("integer", "decimal", "quantity"):
        low = _plain(item.min_value[1]) if item.min_value else None
        high = _plain(item.max_value[1]) if item.max_value else None
        number = 42 if low is None and high is None else (
            low if high is None else high if low is None else (low + high) / 2)
        return int(number) if kind == "integer" else float(number)
    if kind in ("date", "dateTime"):
        low = item.min_value[1] if item.min_value else None
        day = low[:10] if low else "2000-01-15"
        return day if kind == "date" else day + "T10:30:00+01:00"
    if kind == "time":
        return "10:30:00"
    if kind == "url":
        return "https://example.org/x"
    if kind == "attachment":
        return b"\x89PNG\r\n\x1a\n"
    if kind == "reference":
        return "Patient/example"
    if kind in ("choice", "open-choice"):
        return {"system": "http://example.org", "code": "x", "display": "X"}
    for text in _TEXTS:
        if form_accepts(node, text):
            return text
    return _TEXTS[0]


def _plain(limit: Any) -> Any:
    return limit.get("value") if isinstance(limit, dict) else limit


def form_accepts(node: Node, text: str) -> bool:
    import re

    item = node.definition
    if item.regex and not re.fullmatch(item.regex, text):
        return False
    if item.max_length and len(text) > item.max_length:
        return False
    return not (isinstance(item.min_length, int) and len(text) < item.min_length)


def fill_everything(form: Form) -> int:
    """Answer every enabled, editable question; returns how many were answered."""
    answered = 0
    for _ in range(3):  # answers can enable further items
        for node in list(form.nodes()):
            if not node.enabled or node.read_only or not node.definition.is_question:
                continue
            if node.answers and not node.messages:
                continue
            wanted = node.definition.min_occurs or 1 if node.repeats else 1
            if wanted > 1:
                values = list(node.options[:wanted]) or [f"{_TEXTS[1]} {i}" for i in range(wanted)]
                assert form.set_answers(node, values), (node.link_id, node.messages)
            else:
                assert form.set_answer(node, valid_value(node)), (node.link_id, node.messages)
            answered += 1
    return answered
