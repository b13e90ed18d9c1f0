"""Safe rich text from a questionnaire's ``rendering-xhtml``: a whitelist sanitizer.

A form comes from outside the clinic, so its markup is cut down to plain formatting
before anything draws it: only the tags and attributes listed here survive, the content
of ``script`` and ``style`` is dropped, links lose their target, and an image survives
only when it is embedded (a ``data:image/...`` URI), so a form can never make the kiosk
fetch anything from the network.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

TAGS = frozenset({
    "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small",
    "big", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "code", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption", "img",
})
VOID = frozenset({"br", "hr", "img"})
# tags whose whole content is dropped, not only the tags themselves
DROPPED = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript",
                     "head", "title", "svg", "math", "form", "select", "textarea", "button"})
ATTRIBUTES: dict[str, frozenset[str]] = {
    "img": frozenset({"src", "alt", "width", "height"}),
    "td": frozenset({"colspan", "rowspan", "align"}),
    "th": frozenset({"colspan", "rowspan", "align"}),
    "ol": frozenset({"start"}), "p": frozenset({"align"}), "div": frozenset({"align"}),
}
STYLE_PROPERTIES = frozenset({"color", "background-color", "font-weight", "font-style",
                              "text-decoration", "text-align", "font-size"})
_EMBEDDED_IMAGE = re.compile(r"^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]+$")
_SAFE_STYLE_VALUE = re.compile(r"^[#\w\s.,%()-]+$")


def sanitize(markup: str) -> str:
    """``markup`` with everything but the whitelisted formatting removed."""
    cleaner = _Cleaner()
    cleaner.feed(markup)
    cleaner.close()
    return cleaner.result()


def plain_text(markup: str) -> str:
    """The words of ``markup`` without any tag (for accessible names and the review)."""
    reader = _Words()
    reader.feed(sanitize(markup))
    reader.close()
    return " ".join("".join(reader.parts).split())


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0

    def result(self) -> str:
        closing = "".join(f"</{tag}>" for tag in reversed(self.open))
        return "".join(self.out) + closing

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            self.dropping += 1
            return
        if self.dropping or tag not in TAGS:
            return
        kept = _attributes(tag, attrs)
        if tag == "img" and "src" not in kept:
            return  # a remote or script image: nothing of it is kept
        text = "".join(f' {name}="{escape(value)}"' for name, value in kept.items())
        self.out.append(f"<{tag}{text}>")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.open and self.open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in self.open:
            return
        while self.open:
            last = self.open.pop()
            self.out.append(f"</{last}>")
            if last == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(escape(data, quote=False))


def _attributes(tag: str, attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    allowed = ATTRIBUTES.get(tag, frozenset())
    kept: dict[str, str] = {}
    for name, value in attrs:
        if value is None:
            continue
        if name == "style":
            style = _style(value)
            if style:
                kept["style"] = style
        elif name in allowed:
            if name == "src" and not _EMBEDDED_IMAGE.match(value.strip()):
                continue
            kept[name] = value.strip()
    return kept


def _style(value: str) -> str:
    """Only plain formatting properties, and no url(), expression() or escapes."""
    kept = []
    for part in value.split(";"):
        name, _, setting = part.partition(":")
        name, setting = name.strip().lower(), setting.strip()
        if name in STYLE_PROPERTIES and _SAFE_STYLE_VALUE.match(setting) \
                and "url" not in setting.lower() and "expression" not in setting.lower():
            kept.append(f"{name}: {setting}")
    return "; ".join(kept)


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
