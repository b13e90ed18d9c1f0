"""The state of one form being filled in: answers, enablement, calculations, messages.

A :class:`Form` holds a tree of :class:`Node` objects, one per item instance. A
repeating group has one node per instance, each with its own children, so answers,
conditions and expressions inside an instance see that instance first.

Decisions where real engines disagree (each is tested in tests/forms):

* ``!=`` against an unanswered question is **true**, as R4 defines the operator
  ("true if no answer has a value equal to the enableWhen answer"); the form
  authors' own test forms expect it too. (Desk once made it false; a form
  that means "answered, and not this" adds ``exists`` with enableBehavior ``all``.)
  For a repeating question, ``!=`` holds when none of its answers equals the value;
  the other operators hold when any answer satisfies them. Dates of different
  precision that agree as far as both go (``2022`` and ``2022-09``) are neither
  equal nor unequal (FHIRPath's empty result), so neither ``=`` nor ``!=`` holds.
* An item that depends on a **disabled** item sees it as unanswered: a disabled
  item's kept answers never enable or disable anything, and never feed expressions
  (they are not in ``%resource``).
* **Cycles** in enableWhen always terminate. Conditions are evaluated depth first in
  form order; an item reached again while its own condition is being decided counts
  with the state it had before (items start enabled), and the rounds repeat until
  nothing changes (at most eight). So a cycle of ``exists``/``=`` conditions that
  nobody can start leaves its items disabled, while items that enable one another
  through ``!=`` show until an answer rules one out. Loading the form reports the
  cycle as a warning (``desk form check`` prints it).
* A **required item that is disabled** is never required: disabled items are not
  validated and completion only looks at enabled items. A required item that is
  *hidden* (questionnaire-hidden), or inside a hidden group, is not required either:
  nobody can answer it.
* Answers of a disabled item are **kept** (they come back if it is enabled again)
  but are left out of the QuestionnaireResponse.
* A **signature** is bound to the answers it signed (:mod:`desk.forms.signature`):
  changing another answer afterwards removes it and asks to sign again.
* The nearest-answer rule: an enableWhen question (or expression ``linkId``) inside a
  repeating group is looked up in the asker's own instance first, then outwards.

Recalculation after an answer runs only the expressions that (transitively) read
the changed item, found from the linkIds and ``%variables`` each expression names.
Expressions that read items without naming them are rerun after every change.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.errors import DeskError
from desk.forms.calculation import Calculation, Scope
from desk.forms.drafts import draft_bytes, read_draft
from desk.forms.enablement import recompute_enabled
from desk.forms.loading import load_questionnaire
from desk.forms.messages import message
from desk.forms.model import ANSWER_KEYS, ItemDef, QuestionnaireDef
from desk.forms.node import Node, NodeKey
from desk.forms.primitives import check_value
from desk.forms.response import build_response, restore_response
from desk.forms.signature import is_signature, stale_signatures, stamp
from desk.forms.validation import validate_node
from desk.forms.values import Answer, AnswerError, coerce
from desk.words import translate

log = logging.getLogger(__name__)

_MAX_ROUNDS = 8


@dataclass(frozen=True)
class FormChange:
    """What changed in a form, sent to every subscriber after each operation.

    ``nodes`` lists the nodes whose answers, enablement, options or messages changed;
    ``structure`` is true when instances were added or removed (re-read the tree);
    ``language`` is true when all text changed language.
    """

    nodes: tuple[Node, ...] = ()
    structure: bool = False
    language: bool = False


class Form:
    """A questionnaire being filled in.

    Create one with :meth:`Form.load` (path, JSON or dict) or from a parsed
    :class:`QuestionnaireDef`. ``patient`` is a FHIR Patient resource (dict) used for
    ``%patient`` and launchContext pre-population; ``language`` picks the text.
    """

    def __init__(self, definition: QuestionnaireDef, *, language: str | None = None,
                 patient: dict[str, Any] | None = None) -> None:
        self.definition = definition
        self._language = language or definition.language
        self.patient = patient
        self.roots: list[Node] = []
        self._listeners: list[Callable[[FormChange], None]] = []
        self._index: dict[str, list[Node]] = {}
        self._show_required = False
        self._calculation = Calculation(definition)
        self._signature_ids = [i.link_id for i in definition.walk() if is_signature(i)]
        self._start()

    def _start(self) -> None:
        self.roots = [node for item in self.definition.items
                      for node in self._instances_for(item, None)]
        self._calculation.variables = {}
        self._show_required = False
        self._reindex()
        self._propagate(None)
        self._fill_initial(self.roots)

    @classmethod
    def load(cls, source: str | bytes | Path | dict[str, Any], *, language: str | None = None,
             patient: dict[str, Any] | None = None) -> Form:
        """Load and validate a Questionnaire, then start a form on it."""
        return cls(load_questionnaire(source),
                   language=language, patient=patient)

    # ---- reading --------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The language the form's text is shown in."""
        return self._language

    @property
    def title(self) -> str:
        return self.definition.title.get(self._language) or ""

    @property
    def languages(self) -> list[str]:
        """Languages the form has text in (the base language first if it is declared)."""
        langs = sorted(self.definition.languages)
        base = self.definition.language
        return ([base] if base and base not in langs else []) + langs

    def nodes(self) -> Iterator[Node]:
        """Every node in form order."""
        for root in self.roots:
            yield from root.walk()

    def find(self, link_id: str) -> list[Node]:
        """All instances of the item ``link_id``, in form order."""
        return list(self._index.get(link_id, []))

    def node(self, ref: str | NodeKey | Node) -> Node:
        """The node for a linkId (its first instance), a key, or a node itself."""
        if isinstance(ref, Node):
            return ref
        if isinstance(ref, str):
            found = self._index.get(ref)
            if not found:
                raise DeskError(translate("DeskError", "this form has no item {ref!r}")
                                .format(ref=ref), kind="input")
            return found[0]
        for node in self.nodes():
            if node.key == tuple(tuple(p) for p in ref):
                return node
        raise DeskError(translate("DeskError", "this form has no such item instance"), kind="input")

    # ---- changing -------------------------------------------------------------------

    def subscribe(self, callback: Callable[[FormChange], None]) -> Callable[[], None]:
        """Call ``callback(change)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def set_language(self, language: str | None) -> None:
        """Show the form in ``language``; answers are kept."""
        self._language = language
        for node in self.nodes():
            self._refresh_messages(node)
        self._notify(FormChange(nodes=tuple(self.nodes()), language=True))

    def set_answer(self, ref: str | NodeKey | Node, value: Any) -> bool:
        """Set the one answer of a node (None or "" clears it).

        A value that does not fit (text in a number field, an unknown option) is not
        stored: the node gets a message instead and False is returned.
        """
        node = self.node(ref)
        blank = value is None or (isinstance(value, str) and not value.strip())
        values = [] if blank else [value]
        return self.set_answers(node, values)

    def set_answers(self, ref: str | NodeKey | Node, values: list[Any]) -> bool:
        """Replace all answers of a node.

        Several values are refused, like a value that does not fit, unless the item
        repeats: the answers stay as they were, the node gets a message and False is
        returned.
        """
        node = self.node(ref)
        if not node.definition.is_question:
            raise DeskError(translate("DeskError", "item {link_id} is not a question")
                            .format(link_id=node.link_id), kind="input")
        if node.read_only:
            return self._refuse(node, AnswerError("read_only"))
        if len(values) > 1 and not node.repeats:
            return self._refuse(node, AnswerError("one_answer"))
        try:
            answers = [coerce(node.definition, v, node.options) for v in values]
        except AnswerError as exc:
            return self._refuse(node, exc)
        node.input_error = None
        node.answers = answers
        changed = self._propagate({node.link_id})
        changed.add(node)
        changed |= self._bind_signatures(node)
        changed.update(node.ancestors())  # a group's messages depend on its children
        for each in changed:
            self._refresh_messages(each)
        self._notify(FormChange(nodes=self._ordered(changed)))
        return True

    def _refuse(self, node: Node, error: AnswerError) -> bool:
        node.input_error = error
        self._refresh_messages(node)
        self._notify(FormChange(nodes=(node,)))
        return False

    def reset(self, *, patient: dict[str, Any] | None = None) -> None:
        """Forget every answer (a kiosk's idle wipe); optionally pre-fill for a new patient."""
        self.patient = patient
        self._start()
        self._notify(FormChange(nodes=tuple(self.nodes()), structure=True))

    def add_instance(self, ref: str | NodeKey | Node) -> Node:
        """Add an instance of a repeating group after the given one; returns it."""
        node = self.node(ref)
        if not (node.repeats and node.type == "group"):
            raise DeskError(translate("DeskError", "item {link_id} is not a repeating group")
                            .format(link_id=node.link_id), kind="input")
        siblings = node.parent.children if node.parent else self.roots
        instances = node.instances()
        fresh = self._make(node.definition, node.parent, max(n.index for n in instances) + 1)
        siblings.insert(siblings.index(instances[-1]) + 1, fresh)
        self._reindex()
        link_ids = {n.link_id for n in fresh.walk()}
        # the new instance's own variables, constants included, before anything reads them
        self._propagate(link_ids, owners=link_ids)
        self._fill_initial([fresh])
        self._notify(FormChange(nodes=tuple(fresh.walk()), structure=True))
        return fresh

    def remove_instance(self, ref: str | NodeKey | Node) -> None:
        """Remove one instance of a repeating group (the last one is emptied instead)."""
        node = self.node(ref)
        instances = node.instances()
        if len(instances) == 1:
            for child in node.walk():
                child.answers = []
        else:
            siblings = node.parent.children if node.parent else self.roots
            siblings.remove(node)
            for index, instance in enumerate(n for n in instances if n is not node):
                instance.index = index
        self._reindex()
        link_ids = {n.link_id for n in node.walk()}
        self._propagate(link_ids, owners=link_ids)  # instance keys, and so variables, moved
        for each in self._bind_signatures(None):
            self._refresh_messages(each)
        self._notify(FormChange(structure=True))

    def _bind_signatures(self, node: Node | None) -> set[Node]:
        """Stamp a signature just given with what it signs; drop those the answers outgrew.

        ``node`` is the node just answered (None: an instance was removed). See
        :mod:`desk.forms.signature`.
        """
        if node is not None and is_signature(node.definition):
            node.signature_stale = False
            node.answers = stamp(self, node.answers)
            return set()
        signatures = [n for lid in self._signature_ids for n in self._index.get(lid, [])]
        changed: set[Node] = set()
        for stale in stale_signatures(self, signatures):
            stale.answers = []
            stale.signature_stale = True
            changed |= {stale, *stale.ancestors()}
        if changed:
            changed |= self._propagate({n.link_id for n in changed})
        return changed

    # ---- validation and completion ----------------------------------------------------

    def validate(self) -> dict[NodeKey, list[str]]:
        """Check every enabled item (required included from now on); key -> messages."""
        self._show_required = True
        problems: dict[NodeKey, list[str]] = {}
        for node in self.nodes():
            self._refresh_messages(node)
            if node.messages:
                problems[node.key] = list(node.messages)
        self._notify(FormChange(nodes=tuple(self.nodes())))
        return problems

    def is_complete(self) -> bool:
        """True when no enabled item has a problem (disabled required items do not count)."""
        return not any(self._messages_for(node, True) for node in self.nodes()
                       if node.enabled)

    def total_score(self) -> float | None:
        """Sum of the weights (itemWeight/ordinalValue) of every enabled chosen option."""
        scores = [n.score for n in self.nodes() if n.enabled and n.score is not None]
        return sum(scores) if scores else None

    # ---- responses and drafts -----------------------------------------------------------

    def to_response(self, *, status: str | None = None,
                    subject: dict[str, Any] | str | None = None,
                    source: dict[str, Any] | str | None = None,
                    authored: dt.datetime | str | None = None,
                    response_id: str | None = None) -> dict[str, Any]:
        """The QuestionnaireResponse of the enabled answers.

        ``status`` None means "completed" when :meth:`is_complete`, else "in-progress"
        ("completed" on an incomplete form raises DeskError). ``subject``/``source`` are
        references ("Patient/123" or a dict); ``authored`` None means now (UTC);
        ``response_id`` None makes a new UUID.
        """
        return build_response(self, status=status, subject=subject, source=source,
                              authored=authored, response_id=response_id)

    def load_response(self, response: dict[str, Any]) -> None:
        """Restore every answer (and the language) of a saved QuestionnaireResponse."""
        restore_response(self, response, add_after=self._silent_add)
        if isinstance(response.get("language"), str):
            self._language = response["language"]
        self._reindex()
        self._propagate(None)
        self._notify(FormChange(nodes=tuple(self.nodes()), structure=True))

    def to_draft(self) -> bytes:
        """Compact bytes holding every answer and instance, for the encrypted draft store."""
        return draft_bytes(self.nodes(), self.definition, self._language)

    @classmethod
    def from_draft(cls, definition: QuestionnaireDef | Form, data: bytes, *,
                   patient: dict[str, Any] | None = None) -> Form:
        """A form on ``definition`` with the answers of a draft made by :meth:`to_draft`."""
        if isinstance(definition, Form):
            definition = definition.definition
        draft = read_draft(definition, data)
        form = cls(definition, language=draft.get("lang"), patient=patient)
        try:
            form._restore_draft(draft)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            raise DeskError(translate("DeskError", "the saved draft "
                                                   "cannot be read"), kind="input") from None
        return form

    def _restore_draft(self, draft: dict[str, Any]) -> None:
        for key, _count in sorted(draft.get("groups", []), key=lambda g: len(g[0])):
            key = tuple((p[0], p[1]) for p in key)
            parent_key, link_id = key[:-1], key[-1][0]
            while not self._has_key(key):
                base = [n for n in self.find(link_id)
                        if n.parent is None and not parent_key
                        or n.parent is not None and n.parent.key == parent_key]
                if not base:
                    break
                self._silent_add(base[-1])
        for key, answers in draft.get("answers", []):
            try:
                node = self.node(tuple((p[0], p[1]) for p in key))
            except DeskError:
                continue
            allowed = ANSWER_KEYS.get(node.type, ())
            node.answers = [(a[0], a[1]) for a in answers
                            if a[0] in allowed and not check_value(node.type, a[0], a[1])]
        self._reindex()
        self._propagate(None)

    def _has_key(self, key: NodeKey) -> bool:
        return any(n.key == key for n in self.nodes())

    def _silent_add(self, node: Node) -> Node:
        siblings = node.parent.children if node.parent else self.roots
        fresh = self._make(node.definition, node.parent, node.index + 1)
        siblings.insert(siblings.index(node) + 1, fresh)
        self._reindex()
        return fresh

    # ---- building ---------------------------------------------------------------------

    def _make(self, item: ItemDef, parent: Node | None, index: int) -> Node:
        node = Node(self, item, parent, index)
        node.answers = self._initial_answers(item)
        for child in item.children:
            node.children.extend(self._instances_for(child, node))
        return node

    def _instances_for(self, item: ItemDef, parent: Node | None) -> list[Node]:
        count = max(1, item.min_occurs or 1) if item.type == "group" and item.repeats else 1
        return [self._make(item, parent, i) for i in range(count)]

    def _initial_answers(self, item: ItemDef) -> list[Answer]:
        # a Quantity without a value only suggests the unit; it is not an answer
        initial = [(k, v) for k, v in item.initial
                   if not (k == "valueQuantity" and "value" not in v)]
        if initial:
            return list(initial if item.repeats else initial[:1])
        chosen = [(o.key, o.value) for o in item.options if o.initial_selected]
        return chosen if item.repeats else chosen[:1]

    def _reindex(self) -> None:
        index: dict[str, list[Node]] = {}
        for node in self.nodes():
            index.setdefault(node.link_id, []).append(node)
        self._index = index

    # ---- expressions ------------------------------------------------------------------

    def _scope(self) -> Scope:
        return Scope(self.roots, self._index, self.patient, self._language)

    def _fill_initial(self, tops: list[Node]) -> None:
        """Fill items from their initialExpressions below ``tops``, then recompute what
        reads them."""
        filled = self._calculation.fill_initial(tops, self._scope())
        if filled:
            self._propagate(filled)

    # ---- enablement -------------------------------------------------------------------

    def _propagate(self, changed_ids: set[str] | None, *,
                   owners: set[str] | frozenset[str] = frozenset()) -> set[Node]:
        """Recompute what depends on ``changed_ids`` (None: everything); returns changed nodes.

        ``owners`` names items whose own expressions run whatever they read (a new
        instance's constants read nothing, yet its nodes have no values for them).
        """
        touched: set[Node] = set()
        pending = changed_ids
        for _ in range(_MAX_ROUNDS):
            slots = self._calculation.plan.affected(pending, owners)
            touched |= self._calculation.run(slots, self._scope())
            owners = frozenset()
            flipped = recompute_enabled(self.nodes(), self._index)
            touched |= flipped
            if not flipped:
                break
            pending = {n.link_id for n in flipped}
        return touched

    # ---- messages ---------------------------------------------------------------------

    def _refresh_messages(self, node: Node) -> None:
        node.messages = self._messages_for(node, self._show_required) if node.enabled else []

    def _messages_for(self, node: Node, with_required: bool) -> list[str]:
        found = []
        if node.input_error is not None:
            found.append(node.input_error.text(self._language))
        found.extend(validate_node(node, self._language, with_required=with_required))
        if node.failed_expressions:
            found.append(message("not_calculated", self._language))
        return found

    def _ordered(self, nodes: set[Node]) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes() if n in nodes)

    def _notify(self, change: FormChange) -> None:
        for callback in list(self._listeners):
            callback(change)
