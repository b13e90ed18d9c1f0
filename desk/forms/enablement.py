"""Which nodes of a form are enabled: enableWhen conditions (and the result of an
enableWhenExpression), decided depth first in form order.

A node inside a disabled node is disabled. A disabled item counts as unanswered for the
conditions that read it. A cycle of conditions always ends: an item reached again while
its own condition is being decided keeps the state it had.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from desk.forms.conditions import evaluate_condition
from desk.forms.model import EnableWhen
from desk.forms.values import Answer

if TYPE_CHECKING:
    from desk.forms.node import Node


def recompute_enabled(nodes: Iterable[Node], index: Mapping[str, list[Node]]) -> set[Node]:
    """Set ``enabled`` on every node (``index``: the nodes of each linkId); returns those
    that flipped."""
    state: dict[int, bool] = {}
    visiting: set[int] = set()
    flipped: set[Node] = set()
    for node in nodes:
        value = _enabled(node, index, state, visiting)
        if value != node.enabled:
            node.enabled = value
            flipped.add(node)
    return flipped


def _enabled(node: Node, index: Mapping[str, list[Node]], state: dict[int, bool],
             visiting: set[int]) -> bool:
    key = id(node)
    if key in state:
        return state[key]
    if key in visiting:
        return node.enabled  # a cycle: the item being decided keeps its last state
    visiting.add(key)
    value = True
    if node.parent is not None and not _enabled(node.parent, index, state, visiting):
        value = False
    elif node.definition.enable_when_expression is not None:
        value = bool(node.expression_enabled)
    elif node.definition.enable_when:
        results = (_condition(node, c, index, state, visiting)
                   for c in node.definition.enable_when)
        value = any(results) if node.definition.enable_behavior == "any" else all(results)
    visiting.discard(key)
    state[key] = value
    return value


def _condition(node: Node, cond: EnableWhen, index: Mapping[str, list[Node]],
               state: dict[int, bool], visiting: set[int]) -> bool:
    answers: list[Answer] = []
    for target in _nearest(node, cond.question, index):
        if _enabled(target, index, state, visiting):
            answers.extend(target.answers)
    return evaluate_condition(cond, answers)


def _nearest(node: Node, link_id: str, index: Mapping[str, list[Node]]) -> list[Node]:
    """The instances of ``link_id`` that ``node`` means: those in its own repeating group
    instance first, then outwards."""
    targets = index.get(link_id, [])
    if len(targets) <= 1:
        return targets
    for anc in node.ancestors():
        inside = [t for t in targets if anc in set(t.ancestors())]
        if inside:
            return inside
    return targets
