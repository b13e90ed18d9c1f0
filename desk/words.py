"""desk's words outside the Qt screens (the command line's messages for IT, the texts desk
prints on PDFs, labels and slips) in English, French or Spanish, without Qt.

They are kept with the screens' messages in ``resources/translations/desk_<language>.ts``
(``scripts/translations.sh`` scans all of desk/, so ``pyside6-lupdate`` finds every call
spelled ``translate("Context", "text")``) and read here straight from those XML files: the
core stays Qt-free and needs no ``.qm``. English is the source language; a message without
a translation reads in English, as Qt does.

Plurals are Qt's ``%n`` forms, called in Qt's shape so that lupdate sees them as plurals:
``translate("Cli", "%n file(s) checked", "", n)``. (``translate("Cli", "...", n)`` works
too, but lupdate skips a call whose third argument is not a string: its message would
never reach the .ts files.)
"""

from __future__ import annotations

import logging
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping

from desk.paths import resource

log = logging.getLogger(__name__)

Lookup = Callable[[str, str, int], str | None]

# A message's translation: its text, or its plural forms in the order of the .ts file.
Translation = str | tuple[str, ...]

SOURCE_LANGUAGE = "en"

_language = SOURCE_LANGUAGE
_lookup: Lookup | None = None
_catalogs: dict[str, dict[tuple[str, str], Translation]] = {}
_catalogs_lock = threading.Lock()


def set_language(language: str) -> None:
    """Write desk's words in ``language`` from now on (``"fr"``, ``"es-MX"`` reads as
    ``"es"``); a language desk has no translation for reads in English."""
    global _language
    _language = base_language(language)


def current_language() -> str:
    """The language desk's words are written in now (``"en"`` until one is set)."""
    return _language


def set_lookup(lookup: Lookup | None) -> None:
    """Look messages up with ``lookup(context, text, n)`` instead of the .ts files (tests,
    pseudo-localisation); it returns the text to show, or None for the English source.
    ``None`` puts the .ts files back."""
    global _lookup
    _lookup = lookup


def translate(context: str, text: str, disambiguation: str | int | None = None,
              n: int = -1) -> str:
    """``text`` in the current language; ``n >= 0`` picks the plural form for ``n`` and
    writes ``n`` in place of ``%n``, as Qt's ``QCoreApplication.translate`` does.
    ``disambiguation`` is lupdate's (desk's messages have none); an int there is ``n``."""
    return Words(_language).translate(context, text, disambiguation, n)


class Words:
    """desk's words in one given language, whatever the current one: a patient's form
    printed in the form's language (``Words("fr").translate("FormPdf", "Page {n} of {m}")``,
    a call lupdate finds like :func:`translate`)."""

    __slots__ = ("language",)

    def __init__(self, language: str | None) -> None:
        self.language = base_language(language or SOURCE_LANGUAGE)

    def translate(self, context: str, text: str, disambiguation: str | int | None = None,
                  n: int = -1) -> str:
        """As :func:`translate`, in this object's language."""
        if isinstance(disambiguation, int):
            n = disambiguation
        found = _lookup(context, text, n) if _lookup is not None else \
            _from_catalog(self.language, context, text, n)
        shown = found or text
        return shown.replace("%n", str(n)) if n >= 0 else shown


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Mark ``text`` where it is defined (a constant), for lupdate to find; it is
    translated where it is shown, with :func:`translate` (or Qt's) and the same context."""
    return text


def label(context: str, table: Mapping[str, str], key: str) -> str:
    """``table[key]``, a text marked with :func:`QT_TRANSLATE_NOOP` in ``context``, in the
    current language; ``key`` itself when the table lacks it (shown as it was stored)."""
    return translate(context, table[key]) if key in table else key


def base_language(language: str) -> str:
    """The language part of a locale name: ``"es-MX"``, ``"es_MX.UTF-8"`` -> ``"es"``;
    an empty or ``"C"``/``"POSIX"`` locale -> English."""
    code = language.strip().replace("_", "-").split(".")[0].split("@")[0].split("-")[0].lower()
    if not code or code in ("c", "posix"):
        return SOURCE_LANGUAGE
    return code


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms goes with ``n``: in French 0 and 1 are singular,
    in English and Spanish only 1 is."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


def _from_catalog(wanted: str, context: str, text: str, n: int) -> str | None:
    # A message the language lacks reads in English, with English plurals ("1 second").
    for language in dict.fromkeys((wanted, SOURCE_LANGUAGE)):
        found = _catalog(language).get((context, text))
        if isinstance(found, str):
            return found
        if found:
            return found[min(plural_form(language, n if n >= 0 else 1), len(found) - 1)]
    return None


def _catalog(language: str) -> dict[tuple[str, str], Translation]:
    catalog = _catalogs.get(language)
    if catalog is None:
        with _catalogs_lock:
            catalog = _catalogs.get(language)
            if catalog is None:
                catalog = _read(language)
                _catalogs[language] = catalog
    return catalog


def _read(language: str) -> dict[tuple[str, str], Translation]:
    path = resource("translations", f"desk_{language}.ts")
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        if language != SOURCE_LANGUAGE:
            log.info("no desk translation for %s", language)
        return {}
    except ET.ParseError:
        log.warning("the translation file %s cannot be read", path.name)
        return {}
    return read_messages(root)


def read_messages(root: ET.Element) -> dict[tuple[str, str], Translation]:
    """The finished translations of a .ts file, by (context, source text); unfinished,
    obsolete and empty ones are left out, as ``pyside6-lrelease`` leaves them out."""
    messages: dict[tuple[str, str], Translation] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            found = message.find("translation")
            if source is None or found is None or found.get("type") is not None:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in found.iter("numerusform"))
                if forms and all(forms):
                    messages[(name, source)] = forms
            elif found.text:
                messages[(name, source)] = found.text
    return messages
