"""Drafts: a form's answers and repeating-group instances as compact bytes for the
encrypted draft store, and read back (see :meth:`desk.forms.engine.Form.from_draft`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.forms.model import ItemDef, QuestionnaireDef
from desk.words import translate

if TYPE_CHECKING:
    from desk.forms.node import Node, NodeKey


def draft_bytes(nodes: Iterable[Node], definition: QuestionnaireDef,
                language: str | None) -> bytes:
    """Every answer and extra instance among ``nodes`` (a form's, in form order)."""
    nodes = list(nodes)
    # an emptied item that starts with a value is kept too, so it stays empty
    answers = [[_plain_key(n.key), [list(a) for a in n.answers]] for n in nodes
               if not n.is_calculated and (n.answers or _prefilled(n.definition))]
    groups = [[_plain_key(n.key), 1] for n in nodes
              if n.repeats and n.type == "group" and n.index > 0]
    data = {"v": 1, "form": _identity(definition), "lang": language,
            "groups": groups, "answers": answers}
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def read_draft(definition: QuestionnaireDef, data: bytes) -> dict[str, Any]:
    """The draft in ``data``, checked to be one of ``definition``'s; DeskError if not."""
    try:
        draft = json.loads(data)
        if draft.get("v") != 1:
            raise ValueError("version")
    except (ValueError, AttributeError):
        raise DeskError(translate("DeskError", "the saved draft "
                                               "cannot be read"), kind="input") from None
    if draft.get("form") != _identity(definition):
        raise DeskError(translate("DeskError", "the saved draft belongs to "
                                               "another form"), kind="input")
    return draft


def _prefilled(item: ItemDef) -> bool:
    return bool(item.initial or item.initial_expression
                or any(o.initial_selected for o in item.options))


def _identity(definition: QuestionnaireDef) -> str:
    """What a draft records to recognise its form."""
    return definition.canonical or definition.title.get(None) or ""


def _plain_key(key: NodeKey) -> list[list[Any]]:
    return [[lid, i] for lid, i in key]
