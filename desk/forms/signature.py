"""A signature bound to what was signed.

When a signature item (an attachment with the ``signature`` itemControl) gets its
PNG, the engine stamps the Attachment with :data:`SIGNED_ANSWERS`, a complex extension
holding ``digest`` (``sha256:`` and the hex SHA-256 of the form's other answers at that
moment, see :func:`answers_digest`) and ``signed`` (when, a local dateTime)::

    "valueAttachment": {"contentType": "image/png", "data": "...",
        "extension": [{"url": "urn:desk:extension:signed-answers", "extension": [
            {"url": "digest", "valueString": "sha256:9f2c..."},
            {"url": "signed", "valueDateTime": "2026-12-06T23:58:00+01:00"}]}]}

The extension travels in drafts and in the QuestionnaireResponse (valid R4: an
Attachment may carry extensions). When another answer changes later so that the digest
no longer matches, the engine removes the signature and marks the node
``signature_stale``: its message asks to sign again, and a required signature blocks
completion until the patient signs again. A signature without the extension (saved
before desk bound signatures) is left as it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from desk.forms.model import EXT, ItemDef

if TYPE_CHECKING:
    from desk.forms.node import Node
    from desk.forms.values import Answer

SIGNED_ANSWERS = "urn:desk:extension:signed-answers"
SIGNATURE_REQUIRED = EXT + "questionnaire-signatureRequired"


class Answered(Protocol):
    """What a signature is bound to: a form's nodes in form order
    (:class:`desk.forms.engine.Form`)."""

    def nodes(self) -> Iterator[Node]: ...


def is_signature(item: ItemDef) -> bool:
    """An attachment item that takes a drawn signature (itemControl ``signature``)."""
    return item.type == "attachment" and (
        item.item_control == "signature" or any(
            isinstance(ext, dict) and ext.get("url") == SIGNATURE_REQUIRED
            for ext in item.raw.get("extension") or []))


def answers_digest(form: Answered) -> str:
    """``sha256:`` and the hex SHA-256 of every answer but the signatures' (enabled items).

    The answers are taken with their item instance's address, in form order, as compact
    JSON with sorted keys, so the same answers always give the same digest.
    """
    signed = [[list(map(list, node.key)), [list(answer) for answer in node.answers]]
              for node in form.nodes()
              if node.answers and node.enabled and not is_signature(node.definition)]
    text = json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp(form: Answered, answers: list[Answer], *, now: dt.datetime | None = None
          ) -> list[Answer]:
    """``answers`` of a signature item with the digest of the form's other answers."""
    when = (now or dt.datetime.now().astimezone()).isoformat(timespec="seconds")  # local time
    bound = {"url": SIGNED_ANSWERS, "extension": [
        {"url": "digest", "valueString": answers_digest(form)},
        {"url": "signed", "valueDateTime": when}]}
    out: list[Answer] = []
    for key, value in answers:
        if key == "valueAttachment" and isinstance(value, dict):
            others = [e for e in value.get("extension") or [] if e.get("url") != SIGNED_ANSWERS]
            value = {**value, "extension": [*others, bound]}
        out.append((key, value))
    return out


def signed_part(value: dict[str, Any], part: str) -> Any:
    """The ``digest`` or ``signed`` value kept on a signature Attachment, or None."""
    for ext in value.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == SIGNED_ANSWERS:
            for sub in ext.get("extension") or []:
                if isinstance(sub, dict) and sub.get("url") == part:
                    return sub.get("valueString") or sub.get("valueDateTime")
    return None


def stale_signatures(form: Answered, nodes: Iterable[Node]) -> list[Node]:
    """The signature nodes among ``nodes`` whose digest no longer matches the answers."""
    digest: str | None = None
    stale = []
    for node in nodes:
        kept = [signed_part(v, "digest") for k, v in node.answers
                if k == "valueAttachment" and isinstance(v, dict)]
        kept = [d for d in kept if d]
        if not kept:
            continue
        digest = digest or answers_digest(form)
        if any(d != digest for d in kept):
            stale.append(node)
    return stale
