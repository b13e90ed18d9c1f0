"""A form's expressions at work: variables, calculated answers, answer options,
enableWhen expressions and initial values, run against the live response.

Which expressions to run after a change is the :class:`~desk.forms.plan.Plan`'s
business; this module runs them and stores what they give.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk.forms.expressions import FHIR_QUERY, Expression, use_weights
from desk.forms.items import live_items
from desk.forms.limits import MAX_VALUES
from desk.forms.messages import message
from desk.forms.model import Option, QuestionnaireDef, Text
from desk.forms.node import Node, NodeKey
from desk.forms.plan import Plan, Slot
from desk.forms.values import from_fhirpath

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Scope:
    """What expressions run against: the form's top nodes, its nodes by linkId, the
    patient (a FHIR Patient dict, or None) and the language messages are written in."""

    roots: list[Node]
    index: Mapping[str, list[Node]]
    patient: dict[str, Any] | None
    language: str | None


class Calculation:
    """The expressions of one form and the variables' values."""

    def __init__(self, definition: QuestionnaireDef) -> None:
        self.definition = definition
        self.plan = Plan(definition)
        self.variables: dict[tuple[NodeKey | None, str], list[Any]] = {}
        self._weights = weight_table(definition)
        self._cut_questionnaires: dict[frozenset[str], dict[str, Any]] = {}

    def run(self, indexes: list[int], scope: Scope) -> set[Node]:
        """Run the plan's slots ``indexes``, in order; returns the nodes that changed."""
        if not indexes:
            return set()
        changed: set[Node] = set()
        resource, contexts = live_items(scope.roots)
        for n in indexes:
            slot = self.plan.slots[n]
            owners = [None] if slot.owner is None else scope.index.get(slot.owner.link_id, [])
            for node in owners:
                env = self._env(node, resource, scope.patient)
                keep = slot.reads if slot.expression.scoped and slot.reads else None
                result = self._evaluate(slot.expression, node, resource, contexts, env, scope,
                                        keep, raw=slot.role == "variable")
                if self._store(slot, node, result):
                    if node is not None:
                        changed.add(node)
                    if slot.role == "calculated":
                        resource, contexts = live_items(scope.roots)
        return changed

    def fill_initial(self, tops: list[Node], scope: Scope) -> set[str]:
        """Run the initialExpressions below ``tops`` on the unanswered items; returns the
        linkIds of the items they filled.

        They run after the variables are computed, so that they can read them.
        """
        targets = [n for top in tops for n in top.walk()
                   if n.definition.initial_expression and not n.answers]
        if not targets:
            return set()
        resource, contexts = live_items(scope.roots)
        filled = set()
        for node in targets:
            expr = node.definition.initial_expression
            assert expr is not None
            env = self._env(node, resource, scope.patient)
            result = self._evaluate(expr, node, resource, contexts, env, scope)
            answers = from_fhirpath(node.definition, result, node.options)
            if answers:
                node.answers = answers
                filled.add(node.link_id)
        return filled

    def _evaluate(self, expr: Expression, node: Node | None, resource: dict[str, Any],
                  contexts: dict[int, dict[str, Any]], env: dict[str, Any], scope: Scope,
                  keep: frozenset[str] | None = None, *, raw: bool = False) -> list[Any]:
        """Run ``expr`` for ``node``; with ``keep``, on a response cut down to those items.

        An expression that reaches items only through ``where(linkId = '...')`` sees the
        same answers on the cut-down response, and fhirpathpy runs far faster on it.
        """
        if expr.language == FHIR_QUERY:
            query = expr.source.strip()
            return [scope.patient] if scope.patient and query.startswith("Patient") else []
        if not expr.is_fhirpath:
            return []
        target = resource if node is None else contexts.get(id(node), {"linkId": node.link_id})
        if keep is not None:
            env["resource"] = env["rootResource"] = _prune(resource, keep)
            env["questionnaire"] = self._questionnaire_for(keep)
            target = env["resource"] if node is None else _prune(target, keep)
        env["context"] = target
        if node is not None:  # typed, so that answer.value resolves value[x]
            from fhirpathpy.engine.nodes import ResourceNode

            target = ResourceNode.create_node(target, "QuestionnaireResponse.item")
        try:
            with use_weights(self._weights):
                result = expr.evaluate(target, env, raw=raw)
        except Exception as exc:  # a form's expression must never break the form
            if _is_missing_variable(exc):  # no patient given, or a variable already failed
                return []
            return _note_failure(node, expr, type(exc).__name__, scope.language)
        if len(result) > MAX_VALUES:
            return _note_failure(node, expr, f"more than {MAX_VALUES:,} values", scope.language)
        if node is not None:
            node.failed_expressions.discard(expr.source)
        return result

    def _questionnaire_for(self, keep: frozenset[str]) -> dict[str, Any]:
        """The questionnaire cut down to ``keep`` (cached: it never changes)."""
        cut = self._cut_questionnaires.get(keep)
        if cut is None:
            cut = self._cut_questionnaires[keep] = _prune(self.definition.raw, keep)
        return cut

    def _env(self, node: Node | None, resource: dict[str, Any],
             patient: dict[str, Any] | None) -> dict[str, Any]:
        env: dict[str, Any] = {"resource": resource, "rootResource": resource,
                               "questionnaire": self.definition.raw}
        if patient is not None:
            env["patient"] = patient
            for name, kind in self.definition.launch_names.items():
                if kind in ("Patient", ""):
                    env[name] = patient
        for (owner, name), value in self.variables.items():
            if owner is None:
                env[name] = value
        if node is not None:
            chain = [*reversed(list(node.ancestors())), node]
            for anc in chain:
                for expr in anc.definition.variables:
                    if expr.name and (anc.key, expr.name) in self.variables:
                        env[expr.name] = self.variables[(anc.key, expr.name)]
        return env

    def _store(self, slot: Slot, node: Node | None, result: list[Any]) -> bool:
        if slot.role == "variable":
            key = (None if node is None else node.key, slot.expression.name or "")
            before = _snapshot(self.variables.get(key))
            self.variables[key] = result
            return before != _snapshot(result)
        assert node is not None
        if slot.role == "enable":
            value = bool(result) and result[0] is True
            old_enabled = node.expression_enabled
            node.expression_enabled = value
            return old_enabled != value
        if slot.role == "answers":
            options = [_option_from(r) for r in result]
            old = node.dynamic_options
            node.dynamic_options = [o for o in options if o is not None]
            return old != node.dynamic_options
        answers = from_fhirpath(node.definition, result, node.options)
        if answers != node.answers:
            node.answers = answers
            return True
        return False


def _option_from(result: Any) -> Option | None:
    if isinstance(result, dict) and result.get("code"):
        value = {k: result[k] for k in ("system", "code", "display") if result.get(k)}
        return Option("valueCoding", value, Text(result.get("display") or result["code"]))
    if isinstance(result, str):
        return Option("valueString", result, Text(result))
    if isinstance(result, int) and not isinstance(result, bool):
        return Option("valueInteger", result, Text(str(result)))
    return None


def _snapshot(values: list[Any] | None) -> str | None:
    """A comparable picture of a (raw) variable value."""
    if values is None:
        return None
    from fhirpathpy.engine.util import get_data

    return repr([get_data(v) for v in values])


def _prune(entry: dict[str, Any], keep: frozenset[str]) -> dict[str, Any]:
    """``entry`` with only the items named in ``keep`` (whole) and the items leading to them."""
    out = {k: v for k, v in entry.items() if k not in ("item", "answer")}
    if "item" in entry:
        out["item"] = _prune_list(entry["item"], keep)
    if "answer" in entry:
        out["answer"] = [
            {**a, "item": _prune_list(a["item"], keep)} if "item" in a else a
            for a in entry["answer"]]
    return out


def _prune_list(items: list[dict[str, Any]], keep: frozenset[str]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        if item.get("linkId") in keep:
            out.append(item)
            continue
        pruned = _prune(item, keep)
        nested = pruned.get("item") or any(a.get("item") for a in pruned.get("answer", []))
        if nested:
            out.append(pruned)
    return out


def weight_table(definition: QuestionnaireDef) -> dict[tuple[str | None, str], float]:
    """The weight of each coded option, by (system, code) and by code alone."""
    table: dict[tuple[str | None, str], float] = {}
    for item in definition.walk():
        for option in item.options:
            if option.key == "valueCoding" and option.weight is not None:
                code = str(option.value.get("code"))
                table.setdefault((option.value.get("system"), code), option.weight)
                table.setdefault((None, code), option.weight)
    return table


def _note_failure(node: Node | None, expr: Expression, why: str,
                  language: str | None) -> list[Any]:
    """Record that ``expr`` failed for ``node`` (shown on the item, logged); its empty result."""
    where = node.link_id if node is not None else "(form)"
    if node is None or expr.source not in node.failed_expressions:  # once, not per answer
        log.warning("an expression of item %s could not be calculated: %s", where, why)
    if node is not None:
        node.failed_expressions.add(expr.source)
        text = message("not_calculated", language)
        if text not in node.messages:
            node.messages.append(text)
    return []


def _is_missing_variable(exc: Exception) -> bool:
    """True when fhirpathpy failed only because a ``%`` variable has no value."""
    return isinstance(exc, ValueError) and "undefined environment variable" in str(exc)
