"""The language of desk's words: the staff screens (each account's language, else this
computer's default ``ui.language``) and the kiosk's words around the forms (welcome, Next,
Back, Submit, errors, the idle warning, thank you): Qt translations, and the layout
direction that goes with them. The core's words (:mod:`desk.words`) follow the same language.

The messages of all of desk/ui (kiosk, forms, and the staff screens' ``self.tr``) are kept
in ``resources/translations/desk_<language>.ts``; ``scripts/translations.sh`` updates them
with ``pyside6-lupdate`` and builds the ``.qm`` files beside them with ``pyside6-lrelease``
(``scripts/setup.sh`` builds those too). English is the source language: its file holds
only the plural forms ("1 second", "20 seconds"). The form's own content is translated by
the engine (the FHIR translation extension), not here.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets
that show these words retranslate or rebuild themselves on it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desk import words
from desk.paths import resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = ""  # none set yet: the source language, English


def current_language() -> str:
    """The language of the words around the forms now (``"en"`` until one is set)."""
    return _language or "en"


def set_language(language: str) -> None:
    """Show desk's words in ``language`` (e.g. ``"fr"``, ``"es-MX"``) and lay the widgets
    out in its direction; the translators of the language before are removed.

    A language without a translation shows the English source, in the language's direction.
    """
    global _language
    if language == _language:
        return
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    QGuiApplication.setLayoutDirection(locale.textDirection())
    _install(_load(QTranslator(), locale, "desk", str(resource("translations"))))
    _install(_load(QTranslator(), locale, "qtbase",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    _language = language
    words.set_language(language)  # the core's words (its messages, PDFs) follow


def _load(translator: QTranslator, locale: QLocale, name: str, folder: str) -> QTranslator | None:
    if translator.load(locale, name, "_", folder):
        return translator
    log.info("no %s translation for %s in %s", name, locale.name(), folder)
    return None


def _install(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
