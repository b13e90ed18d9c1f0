"""How a form is laid out for a person filling it: pages, progress, the review list.

A view shows a form one :class:`Page` at a time. Each top-level group is a page, and so
is each top-level item marked with the ``page`` itemControl; a run of other top-level
items between them shares one page. A page none of whose items is visible (all disabled
or hidden) is skipped, so the page count follows the answers.

This module also reads the rendering hints the engine leaves in the item's JSON
(choiceOrientation, slider steps, signature items, rendering-xhtml, help items).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk.forms.engine import Form, Node
from desk.forms.model import EXT, ItemDef
from desk.forms.signature import SIGNATURE_REQUIRED as SIGNATURE_REQUIRED  # older imports
from desk.forms.signature import is_signature as is_signature
from desk.forms.validation import validate_node

RENDERING_XHTML = EXT + "rendering-xhtml"
CHOICE_ORIENTATION = EXT + "questionnaire-choiceOrientation"
SLIDER_STEP = EXT + "questionnaire-sliderStepValue"
HELP_CONTROLS = ("help", "flyover")
# above this many options a choice without an itemControl becomes a searchable list
LONG_LIST = 12


@dataclass(frozen=True)
class Page:
    """One page: the top-level items it shows (every instance of each)."""

    items: tuple[ItemDef, ...]

    def nodes(self, form: Form) -> list[Node]:
        """This page's top-level nodes in the form as it is now."""
        # by identity: == on an ItemDef compares every field of it and its children
        return [n for n in form.roots if any(n.definition is i for i in self.items)]

    def questions(self, form: Form) -> list[Node]:
        """Every visible node on this page, top-level nodes and all below them."""
        return [n for top in self.nodes(form) for n in top.walk() if shown(n)]

    def is_visible(self, form: Form) -> bool:
        return any(n.visible for n in self.nodes(form))

    def title(self, form: Form) -> str:
        """The page's heading: its group's text, else the form's title."""
        first = self.items[0]
        if first.type == "group" or first.item_control == "page":
            return first.text.get(form.language) or form.title
        return form.title


@dataclass(frozen=True)
class ReviewEntry:
    """One question as the review page lists it."""

    node: Node
    page: int
    question: str
    answers: tuple[str, ...]
    problems: tuple[str, ...]

    @property
    def needs_answer(self) -> bool:
        return bool(self.problems)


def paginate(form: Form) -> list[Page]:
    """The pages of ``form``, in order (hidden and empty pages included)."""
    pages: list[Page] = []
    loose: list[ItemDef] = []
    for item in form.definition.items:
        if item.type == "group" or item.item_control == "page":
            if loose:
                pages.append(Page(tuple(loose)))
                loose = []
            pages.append(Page((item,)))
        else:
            loose.append(item)
    if loose:
        pages.append(Page(tuple(loose)))
    return pages


def visible_pages(form: Form, pages: list[Page]) -> list[int]:
    """Indexes of the pages that show something now."""
    return [i for i, page in enumerate(pages) if page.is_visible(form)]


def page_of(pages: list[Page], node: Node) -> int:
    """The index of the page that shows ``node``."""
    top = node
    while top.parent is not None:
        top = top.parent
    return next(i for i, page in enumerate(pages)
                if any(top.definition is item for item in page.items))


def shown(node: Node) -> bool:
    """Whether a view shows ``node`` now: it and every group around it are visible."""
    return node.visible and all(a.visible for a in node.ancestors()) and not is_help(node)


def problems(node: Node) -> list[str]:
    """Everything wrong with ``node`` now, "needs an answer" included (none if disabled)."""
    if not node.enabled or not shown(node):
        return []
    found = [node.input_error.text(node.form.language)] if node.input_error else []
    found.extend(validate_node(node, node.form.language, with_required=True))
    return list(dict.fromkeys(found))


def page_problems(form: Form, page: Page) -> list[Node]:
    """The nodes on ``page`` that still need an answer or hold a wrong one."""
    return [n for n in page.questions(form) if problems(n)]


def review(form: Form, pages: list[Page]) -> list[ReviewEntry]:
    """Every visible question and group with a problem, in page order, for the review page."""
    entries = []
    for index in visible_pages(form, pages):
        for node in pages[index].questions(form):
            wrong = problems(node)
            if not (node.definition.is_question or wrong):
                continue
            question = " ".join(filter(None, (node.prefix, node.text))) or node.link_id
            question += _instance_number(node)
            entries.append(ReviewEntry(node, index, question, tuple(node.answer_texts()),
                                       tuple(wrong)))
    return entries


def _instance_number(node: Node) -> str:
    """" (2)" for a question in the second entry of a repeating group; "" outside one."""
    for group in node.ancestors():
        if group.repeats and len(group.instances()) > 1:
            return f" ({group.index + 1})"
    return ""


def progress(form: Form, pages: list[Page], index: int) -> tuple[int, int]:
    """(position, count) of page ``index`` among the visible pages, both from 1."""
    visible = visible_pages(form, pages)
    position = sum(1 for i in visible if i <= index)
    return max(position, 1), max(len(visible), 1)


# ---- rendering hints ------------------------------------------------------------------

def _extension(item: ItemDef, url: str) -> dict[str, Any] | None:
    for ext in item.raw.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == url:
            return ext
    return None


def orientation(item: ItemDef) -> str:
    """"horizontal" or "vertical" (the default) for a choice's radio buttons or boxes."""
    ext = _extension(item, CHOICE_ORIENTATION)
    return "horizontal" if ext and ext.get("valueCode") == "horizontal" else "vertical"


def slider_step(item: ItemDef) -> int:
    ext = _extension(item, SLIDER_STEP)
    value = ext.get("valueInteger") if ext else None
    return value if isinstance(value, int) and value > 0 else 1


def is_help(node: Node) -> bool:
    """A display item that is its parent's help text, shown behind a help button."""
    item = node.definition
    return item.type == "display" and node.parent is not None and (
        item.item_control in HELP_CONTROLS or item.display_category == "help")


def help_text(node: Node) -> str:
    """The help text of ``node`` (from its help children), in the form's language."""
    texts = [c.text for c in node.children if is_help(c) and c.text]
    return "\n".join(texts)


def xhtml(item: ItemDef, language: str | None) -> str | None:
    """The item's rendering-xhtml text (not yet sanitized), or None.

    The translation of the plain text wins when the form is shown in another language
    than the xhtml's, so a translated form never falls back to untranslated markup.
    """
    primitive = item.raw.get("_text")
    if not isinstance(primitive, dict):
        return None
    for ext in primitive.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == RENDERING_XHTML \
                and isinstance(ext.get("valueString"), str):
            if item.text.get(language) != item.text.base:
                return None
            return str(ext["valueString"])
    return None


def wrong_answers(node: Node) -> list[str]:
    """What is wrong with the answers ``node`` holds (a missing answer is not counted)."""
    if not node.enabled or not shown(node):
        return []
    found = [node.input_error.text(node.form.language)] if node.input_error else []
    found.extend(validate_node(node, node.form.language, with_required=False))
    return list(dict.fromkeys(found))
