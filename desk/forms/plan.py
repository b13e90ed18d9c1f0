"""Which expressions of a form read what, and the order that respects it.

A :class:`Plan` is made once per questionnaire. Each expression (a variable, an
enableWhenExpression, an answerExpression or a calculatedExpression) becomes a
:class:`Slot` with the linkIds and ``%variables`` it reads; the engine asks the plan
which slots an answer can change, in an order where every producer runs before
the expressions that read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.forms.expressions import Expression
from desk.forms.model import ItemDef, QuestionnaireDef


@dataclass
class Slot:
    """One expression attached to an item (or the form), with its dependencies."""

    owner: ItemDef | None
    role: str  # variable, enable, calculated, answers
    expression: Expression
    reads: frozenset[str] = frozenset()
    reads_all: bool = False


class Plan:
    """The expressions of one questionnaire as slots, with who reads what."""

    def __init__(self, definition: QuestionnaireDef) -> None:
        self.slots: list[Slot] = []
        self.order: list[int] = []
        self._readers: dict[str, list[int]] = {}
        self._wildcards: list[int] = []
        self._build(definition)

    def _build(self, definition: QuestionnaireDef) -> None:
        known = set(definition.by_link_id)
        for expr in definition.variables:
            self.slots.append(Slot(None, "variable", expr))
        for item in definition.walk():
            for expr in item.variables:
                self.slots.append(Slot(item, "variable", expr))
            if item.enable_when_expression:
                self.slots.append(Slot(item, "enable", item.enable_when_expression))
            if item.answer_expression:
                self.slots.append(Slot(item, "answers", item.answer_expression))
            if item.calculated:
                self.slots.append(Slot(item, "calculated", item.calculated))
        # linkIds listed in a constant variable (e.g. %ids = 'q1' | 'q2') count as read
        # by the expressions that use that variable
        constants = {slot.expression.name: slot.expression.link_ids & known
                     for slot in self.slots if slot.role == "variable"
                     and slot.expression.name and not slot.expression.reads_items}
        producers: dict[str, list[int]] = {}
        for n, slot in enumerate(self.slots):
            expr = slot.expression
            slot.reads = expr.link_ids & known if expr.reads_items else frozenset()
            if expr.reads_items:
                for var in expr.variables:
                    slot.reads |= constants.get(var, frozenset())
            slot.reads_all = expr.reads_items and not slot.reads
            if slot.role == "variable" and expr.name:
                producers.setdefault("%" + expr.name, []).append(n)
            if slot.role == "calculated" and slot.owner:
                producers.setdefault(slot.owner.link_id, []).append(n)
            for lid in slot.reads:
                self._readers.setdefault(lid, []).append(n)
            for var in expr.variables:
                self._readers.setdefault("%" + var, []).append(n)
            if slot.reads_all:
                self._wildcards.append(n)
        self.order = self._topological(producers)

    def _topological(self, producers: dict[str, list[int]]) -> list[int]:
        deps: dict[int, set[int]] = {n: set() for n in range(len(self.slots))}
        for n, slot in enumerate(self.slots):
            for name in {"%" + v for v in slot.expression.variables} | set(slot.reads):
                deps[n].update(p for p in producers.get(name, []) if p != n)
            if slot.reads_all:
                deps[n].update(p for name, ps in producers.items() if not name.startswith("%")
                               for p in ps if p != n)
        order: list[int] = []
        placed: set[int] = set()
        pending = list(range(len(self.slots)))
        while pending:
            ready = [n for n in pending if deps[n] <= placed]
            if not ready:  # a cycle between expressions: keep document order for the rest
                ready = pending[:1]
            for n in ready:
                order.append(n)
                placed.add(n)
            pending = [n for n in pending if n not in placed]
        return order

    def affected(self, changed: set[str] | None,
                 owners: set[str] | frozenset[str] = frozenset()) -> list[int]:
        """The slots to run, in order, after ``changed`` (linkIds; None: everything).

        Slots owned by the items in ``owners`` run whatever they read.
        """
        if changed is None:
            return list(self.order)
        hit: set[int] = set(self._wildcards)
        hit.update(n for n, slot in enumerate(self.slots)
                   if slot.owner is not None and slot.owner.link_id in owners)
        queue = [name for name in changed]
        seen: set[str] = set()
        while queue:
            name = queue.pop()
            if name in seen:
                continue
            seen.add(name)
            for n in self._readers.get(name, []):
                if n not in hit:
                    hit.add(n)
            for n in list(hit):
                slot = self.slots[n]
                if slot.role == "variable" and slot.expression.name:
                    queue.append("%" + slot.expression.name)
                elif slot.role == "calculated" and slot.owner:
                    queue.append(slot.owner.link_id)
        return [n for n in self.order if n in hit]
