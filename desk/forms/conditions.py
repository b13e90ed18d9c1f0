"""One enableWhen condition against the answers of the question it names.

The operators follow the R4 definitions: ``=`` holds when at least one answer equals
the value, ``!=`` when no answer does (so it holds for an unanswered question), the
orderings when at least one answer satisfies them, and ``exists`` compares "has an
answer" with the value. Dates, dateTimes and times compare as FHIRPath does: values
of different precision that agree as far as both go (``2022`` and ``2022-09``) are
neither equal nor unequal, so no operator holds for them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desk.forms.model import EnableWhen

Answer = tuple[str, Any]

# _compare's result when FHIRPath's comparison is empty: not equal, not unequal, not ordered
INDETERMINATE = 2


def evaluate_condition(cond: EnableWhen, answers: list[Answer]) -> bool:
    """Whether one enableWhen holds for the question's (enabled) ``answers``."""
    if cond.operator == "exists":
        return bool(answers) == bool(cond.value)
    results = [_compare(a, cond) for a in answers]
    if cond.operator == "=":
        return 0 in results
    if cond.operator == "!=":
        return not any(r in (0, INDETERMINATE) for r in results)
    wanted = {">": (1,), "<": (-1,), ">=": (0, 1), "<=": (-1, 0)}[cond.operator]
    return any(r in wanted for r in results)


def _compare(answer: Answer, cond: EnableWhen) -> int | None:
    """-1, 0 or 1 comparing an answer with the condition's value.

    None when they cannot be compared (a different kind of value: unequal and
    unordered); INDETERMINATE for dates of different precision that agree.
    """
    key, value = answer
    other = cond.value
    if cond.key == "answerCoding":
        if key != "valueCoding":
            return None
        return 0 if same_coding(value, other) else 1
    if cond.key == "answerQuantity":
        if key != "valueQuantity":
            return None
        value, other = value.get("value"), other.get("value")
    elif cond.key == "answerReference":
        return 0 if key == "valueReference" and value.get("reference") == other.get(
            "reference") else 1
    elif cond.key in ("answerDate", "answerDateTime", "answerTime"):
        return compare_temporal(value, other) if isinstance(value, str) else None
    elif cond.key == "answerString":
        if not isinstance(value, str):
            return None
    elif cond.key == "answerBoolean":
        if not isinstance(value, bool):
            return None
        return 0 if value == other else 1
    if isinstance(value, bool) or isinstance(other, bool):
        return None
    try:
        return (value > other) - (value < other)
    except TypeError:
        return None


def same_coding(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two Codings name the same concept.

    With codes on both sides the codes decide (and the systems, when both have one).
    A Coding without a code (valid R4: a display, or a system and a display) is the
    same as another only when neither has a code and their systems and displays agree.
    """
    if a.get("code") is not None or b.get("code") is not None:
        same_system = not a.get("system") or not b.get("system") \
            or a.get("system") == b.get("system")
        return same_system and a.get("code") == b.get("code")
    return a.get("system") == b.get("system") and a.get("display") == b.get("display")


def compare_temporal(value: str, other: str) -> int:
    """Compare two FHIR date, dateTime or time strings as FHIRPath does.

    Date parts are compared field by field (year, month, day) as far as both go;
    a difference there decides. If they agree and one has more precision, the
    result is INDETERMINATE. Two values with times compare as instants (INDETERMINATE
    when only one has a time zone).
    """
    if ":" in value[:3] or ":" in other[:3]:  # times of day: HH:MM:SS, all one precision
        return (value > other) - (value < other)
    date_a, time_a = value[:10], value[10:]
    date_b, time_b = other[:10], other[10:]
    if time_a and time_b:  # a zone can move the day, so compare the instants
        try:
            first, second = dt.datetime.fromisoformat(value), dt.datetime.fromisoformat(other)
            return (first > second) - (first < second)
        except (ValueError, TypeError):  # one with a zone, one without: no instant to compare
            return INDETERMINATE
    common = min(len(date_a), len(date_b))
    if date_a[:common] != date_b[:common]:
        return 1 if date_a[:common] > date_b[:common] else -1
    if len(date_a) != len(date_b) or bool(time_a) != bool(time_b):
        return INDETERMINATE
    return 0
