"""One instance of an item as a view shows it: its text, options, answers and messages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from desk.forms.model import ItemDef, Option
from desk.forms.values import Answer, AnswerError, display

NodeKey = tuple[tuple[str, int], ...]


class Owner(Protocol):
    """The form a node belongs to (:class:`desk.forms.engine.Form`): the language its
    text is shown in and its top-level nodes."""

    roots: list[Node]

    @property
    def language(self) -> str | None: ...


class Node:
    """One instance of an item, as a view shows it."""

    def __init__(self, form: Owner, definition: ItemDef, parent: Node | None, index: int) -> None:
        self.form = form
        self.definition = definition
        self.parent = parent
        self.index = index
        self.children: list[Node] = []
        self.answers: list[Answer] = []
        self.enabled = True
        self.messages: list[str] = []
        # sources of this item's expressions that failed or were stopped at their last run
        self.failed_expressions: set[str] = set()
        self.input_error: AnswerError | None = None
        self.dynamic_options: list[Option] | None = None
        self.expression_enabled: bool | None = None
        # a signature removed because the answers changed after it was given
        self.signature_stale = False

    def __repr__(self) -> str:
        return f"<Node {self.link_id}#{self.index} {self.type}>"

    @property
    def key(self) -> NodeKey:
        """A stable address of this instance: (linkId, instance index) from the root."""
        own = ((self.definition.link_id, self.index),)
        return self.parent.key + own if self.parent else own

    @property
    def link_id(self) -> str:
        return self.definition.link_id

    @property
    def type(self) -> str:
        return self.definition.type

    @property
    def text(self) -> str:
        """The item's text in the form's current language."""
        return self.definition.text.get(self.form.language) or ""

    @property
    def prefix(self) -> str | None:
        return self.definition.prefix

    @property
    def required(self) -> bool:
        return self.definition.required

    @property
    def repeats(self) -> bool:
        return self.definition.repeats

    @property
    def read_only(self) -> bool:
        """True for readOnly and calculated items: the view shows but does not edit."""
        return self.definition.read_only or self.definition.calculated is not None

    @property
    def hidden(self) -> bool:
        return self.definition.hidden

    @property
    def visible(self) -> bool:
        """Enabled and not hidden: what a view should show."""
        return self.enabled and not self.hidden

    @property
    def item_control(self) -> str | None:
        return self.definition.item_control

    @property
    def unit(self) -> str | None:
        unit = self.definition.unit
        return unit.get(self.form.language) if unit else None

    @property
    def entry_format(self) -> str | None:
        fmt = self.definition.entry_format
        return fmt.get(self.form.language) if fmt else None

    @property
    def display_category(self) -> str | None:
        return self.definition.display_category

    @property
    def is_calculated(self) -> bool:
        return self.definition.calculated is not None

    @property
    def options(self) -> list[Option]:
        """The permitted answers (from answerOption, a contained ValueSet or answerExpression)."""
        if self.dynamic_options is not None:
            return self.dynamic_options
        return self.definition.options

    def option_labels(self) -> list[str]:
        """The options' labels in the current language, in order."""
        return [o.label.get(self.form.language) or "" for o in self.options]

    @property
    def answer(self) -> Any:
        """The first answer's FHIR value, or None."""
        return self.answers[0][1] if self.answers else None

    def answer_texts(self) -> list[str]:
        """The answers as words in the current language."""
        return [display(a, self.definition, self.options, self.form.language)
                for a in self.answers]

    @property
    def score(self) -> float | None:
        """The weight (ordinalValue/itemWeight) of the chosen option, if it has one."""
        total = None
        for key, value in self.answers:
            for option in self.options:
                if option.weight is not None and option.matches(key, value):
                    total = (total or 0.0) + option.weight
        return total

    def instances(self) -> list[Node]:
        """The sibling instances of this (repeating) item, this one included."""
        siblings = self.parent.children if self.parent else self.form.roots
        return [n for n in siblings if n.definition is self.definition]

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in form order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent
