"""Text in desk's style sheet stands out from its background by at least 4.5:1 (WCAG 2
AA for normal text), using WCAG's relative luminance.

Each rule that sets a text colour is measured against its own background, else the
background of the rule it refines (``QPushButton#primary:hover`` refines
``QPushButton#primary``), else that of the widget it sits in (``QToolBar#nav QToolButton``
sits in ``QToolBar#nav``), else every surface loose text is put on (the window, cards, the
status bar, the banners). A rule that sets only a background is measured with the text
colour it inherits, unless the widgets inside it set their own. Disabled text is left out:
WCAG exempts inactive controls, and it has to look inactive.

Both looks are measured: the normal sheet, and the high-contrast sheet laid over it
(``ui.high_contrast``); so are the colours the tables give their items' text, on the rows
and alternate rows of each.
"""

from __future__ import annotations

import re

import pytest

from desk.ui.style import sheet

AA = 4.5
TEXT_SELECTOR = "QWidget"  # the text colour every widget inherits
# where text with no background of its own is put: the window, dialogs, cards, the status
# bar (the sync labels) and the message banners
SURFACES = ("QStackedWidget > QWidget", "QDialog", "QFrame#card", "QStatusBar",
            'QWidget#banner[tone="banner-error"]', 'QWidget#banner[tone="banner-warning"]',
            'QWidget#banner[tone="banner-info"]')


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb`` (or ``#rgb``)."""
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, two: str) -> float:
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Each selector's declarations, later rules overriding earlier ones."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = dict(
            (name.strip(), value.strip()) for name, value in
            (d.split(":", 1) for d in body.split(";") if ":" in d))
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(declarations)
    return found


def colour(declarations: dict[str, str], *names: str) -> str | None:
    for name in names:
        match = re.match(r"#[0-9a-fA-F]{3,6}\b", declarations.get(name, ""))
        if match:
            return match.group(0)
    return None  # unset, or transparent: what is behind shows


def refined(selector: str) -> str:
    """The selector without its pseudo-states: ``QPushButton#primary:hover`` → ``QPushButton#primary``."""
    return re.sub(r"(::?[\w-]+(\([^)]*\))?)+$", "", selector)


def background_of(selector: str, found: dict[str, dict[str, str]]) -> str | None:
    while selector:
        own = colour(found.get(selector, {}), "background", "background-color")
        if own:
            return own
        plain = refined(selector)
        if plain != selector:
            selector = plain
            continue
        selector = selector.rsplit(" ", 1)[0] if " " in selector else ""
    return None


def text_of(selector: str, found: dict[str, dict[str, str]], base: str) -> str:
    own = colour(found.get(selector, {}), "color")
    if own:
        return own
    plain = refined(selector)
    return text_of(plain, found, base) if plain != selector else base


def painted_over(selector: str, found: dict[str, dict[str, str]]) -> bool:
    """Whether the text inside ``selector`` has a colour of its own (``QToolBar#nav``'s
    buttons set theirs), so its inherited colour is never read on this background."""
    return any(other.startswith(f"{refined(selector)} ") and colour(declarations, "color")
               for other, declarations in found.items())


LOOKS = {"normal": sheet(), "high contrast": sheet(high_contrast=True)}


def pairs(text_of_sheet: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background colour) for each rule with text to read."""
    found = rules(text_of_sheet)
    surfaces = {s: colour(found[s], "background") for s in SURFACES}
    base_text = colour(found[TEXT_SELECTOR], "color")
    assert base_text and all(surfaces.values())
    measured = []
    for selector, declarations in found.items():
        if ":disabled" in selector:
            continue
        background = background_of(selector, found)
        behind = {"": background} if background else surfaces
        text = colour(declarations, "color")
        if text or (colour(declarations, "background") and not painted_over(selector, found)):
            text = text or text_of(selector, found, base_text)
            measured += [(f"{selector} on {on}" if on else selector, text, b) for on, b in behind.items()]
        selected = colour(declarations, "selection-color")
        if selected:
            measured.append((f"{selector} (selected)", selected,
                             colour(declarations, "selection-background-color") or background))
        alternate = colour(declarations, "alternate-background-color")
        if alternate:
            measured.append((f"{selector} (alternate rows)",
                             text or text_of(selector, found, base_text), alternate))
    return measured


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_sheet_is_measured_where_it_matters() -> None:
    measured = {selector for selector, _, _ in pairs(LOOKS["normal"])}
    assert {"QPushButton#primary", "QPushButton#primary:hover", "QToolBar#nav QToolButton",
            "QLabel#muted on QStatusBar", "QLabel#kiosk-message on QFrame#card",
            "QWidget on QStackedWidget > QWidget"} <= measured
    found = rules(LOOKS["normal"])
    assert background_of("QToolBar#nav QToolButton", found) == "#102a43"
    assert background_of("QPushButton:hover", found) == "#eef3f8"


def item_pairs(text_of_sheet: str) -> list[tuple[str, str, str]]:
    """The item text colours of the board, the chart's timeline and the forms list, on
    each row colour of the tables."""
    from desk.ui import board, chart, staff_forms

    table = rules(text_of_sheet)["QTableView"]
    rows = [colour(table, "background"), colour(table, "alternate-background-color")]
    named = {**{f"board {k}": v for k, v in board.STATE_COLOURS.items()},
             **{f"board forms {k}": v for k, v in board.FORMS_COLOURS.items()},
             "board waiting long": board.LONG_WAIT_COLOUR,
             **{f"chart {k}": v for k, v in chart.KIND_COLOURS.items()},
             **{f"forms {k}": v for k, v in staff_forms.STATE_COLOURS.items()}}
    return [(f"{name} on {row}", text, row) for name, text in named.items() for row in rows
            if row]


MEASURED = [(look, *pair) for look, text in LOOKS.items()
            for pair in pairs(text) + item_pairs(text)]


def test_the_high_contrast_look_changes_the_colours() -> None:
    normal, high = rules(LOOKS["normal"]), rules(LOOKS["high contrast"])
    assert colour(normal["QWidget"], "color") != colour(high["QWidget"], "color") == "#000000"
    assert contrast(colour(high["QLabel#muted"], "color"), "#ffffff") > \
        contrast(colour(normal["QLabel#muted"], "color"), "#ffffff")


@pytest.mark.parametrize("look, selector, text, background", MEASURED, ids=lambda v: str(v))
def test_text_contrast_is_at_least_aa(look: str, selector: str, text: str,
                                      background: str) -> None:
    ratio = contrast(text, background)
    assert ratio >= AA, f"{look}: {selector}: {text} on {background} is {ratio:.2f}:1"
