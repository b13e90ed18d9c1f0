"""The items of a QuestionnaireResponse made from a tree of nodes.

Only enabled items appear, in form order and nesting. A question's child items go
under its first answer (R4 places nested items beneath the answer); a question
without an answer whose children are answered keeps them under ``item``. Display
items and empty groups are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.forms.node import Node


def live_items(roots: list[Node]) -> tuple[dict[str, Any], dict[int, dict[str, Any]]]:
    """The in-progress response expressions read as ``%resource`` and each node's item dict."""
    contexts: dict[int, dict[str, Any]] = {}
    resource: dict[str, Any] = {"resourceType": "QuestionnaireResponse", "status": "in-progress",
                                "item": response_items(roots, with_text=False,
                                                       contexts=contexts)}
    return resource, contexts


def response_items(nodes: list[Node], *, with_text: bool,
                   contexts: dict[int, dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The response items of ``nodes``, with the items' text if ``with_text``; with
    ``contexts``, each node's item dict is noted there (by ``id``) as ``%context``."""
    out = []
    for node in nodes:
        if not node.enabled or node.type == "display":
            continue
        entry: dict[str, Any] = {"linkId": node.link_id}
        if with_text and node.text:
            entry["text"] = node.text
        children = response_items(node.children, with_text=with_text, contexts=contexts)
        if node.type == "group":
            if not children:
                if contexts is not None:
                    contexts[id(node)] = entry
                continue
            entry["item"] = children
        else:
            answers = [{key: _copy(value)} for key, value in node.answers]
            if answers:
                if children:
                    answers[0]["item"] = children
                entry["answer"] = answers
            elif children:
                entry["item"] = children
            elif contexts is None:
                continue
            else:
                contexts[id(node)] = entry
                continue
        if contexts is not None:
            contexts[id(node)] = entry
        out.append(entry)
    return out


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value
