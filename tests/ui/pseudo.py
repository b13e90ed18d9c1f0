"""A pseudo-locale for tests: every translated text comes back wrapped in ``[!! … !!]`` and
40 % longer, so a screen shows at a glance which words never went through a translation
and which widgets have no room for a longer language.

The placeholders (``{date}``, ``%n``, ``%1``), a mnemonic's ``&``, HTML tags and entities,
and the leading and trailing spaces of a text are kept as they are; the text is lengthened
by doubling its vowels, then by ``~`` in short runs (so word wrap still finds spaces). Each
placeholder outside a tag is marked ``⟦{date}⟧``: what the code puts there shows marked, so
an English word filled into a translated sentence is seen too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

OPEN, CLOSE = "[!! ", " !!]"
FILLED_OPEN, FILLED_CLOSE = "⟦", "⟧"  # around a placeholder: what the code fills in
GROWTH = 0.4
VOWELS = frozenset("aeiouyAEIOUY")
# what must reach the screen untouched: placeholders, tags, entities, a mnemonic's letter
_KEPT = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%L?\d+|<[^>]*>|&[A-Za-z]+;|&#\d+;|&.", re.DOTALL)
_FILLED = re.compile(r"\{[A-Za-z_0-9]*\}|%L?\d+")


def pseudo(text: str) -> str:
    """``text`` as the pseudo-locale writes it: ``"Check in"`` -> ``"[!! Cheeck iin~~ !!]"``."""
    core = text.strip()
    if not core:
        return text
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{OPEN}{lengthened(core)}{CLOSE}{trail}"


def lengthened(text: str) -> str:
    """``text`` 40 % longer, its placeholders, tags, entities and mnemonics intact."""
    wanted = round(len(text) * GROWTH)
    out: list[str] = []
    position = 0
    for kept in _KEPT.finditer(text):
        wanted = _grow(text[position:kept.start()], wanted, out)
        found = kept.group()
        out.append(f"{FILLED_OPEN}{found}{FILLED_CLOSE}" if _FILLED.fullmatch(found) else found)
        position = kept.end()
    wanted = _grow(text[position:], wanted, out)
    if wanted > 0:
        out.append(" ".join("~" * min(4, wanted - start) for start in range(0, wanted, 4)))
    return "".join(out)


def _grow(plain: str, wanted: int, out: list[str]) -> int:
    for char in plain:
        out.append(char)
        if wanted > 0 and char in VOWELS:
            out.append(char)
            wanted -= 1
    return wanted


def is_wrapped(text: str) -> bool:
    return OPEN.strip() in text and CLOSE.strip() in text


class PseudoTranslator(QTranslator):
    """Every message of every context, desk's and Qt's own (OK, Cancel), in the pseudo-locale."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if not source:
            return None
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def core_lookup(context: str, text: str, n: int) -> str | None:
    """The core's words (:mod:`desk.words`) in the pseudo-locale."""
    return pseudo(text) if text else None


@contextmanager
def pseudo_locale() -> Iterator[PseudoTranslator]:
    """The pseudo-locale for Qt's translations and desk's core words, while inside."""
    from desk import words
    from desk.ui import translation

    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    # English first, as the walk's sign-in sets it: were it installed after this one, its
    # plural forms would come before the pseudo-locale's
    translation.set_language("en")
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    words.set_lookup(core_lookup)
    try:
        yield translator
    finally:
        words.set_lookup(None)
        QCoreApplication.removeTranslator(translator)
