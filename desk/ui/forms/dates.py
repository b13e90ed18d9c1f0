"""Dates and times of a form as its reader writes them: in the form language's ``QLocale``.

The engine keeps FHIR's ISO text (``2009-04-01``, ``09:30:00``, ``2009-04-01T09:30:00``);
a field and the review page show it in the locale's short format with the year in full
(``01/04/2009`` in French, ``4/1/2009`` in American English), and what is typed is read in
either way; a time may be typed with a point (``9.30``), as the virtual keyboard's number
pad has no colon. A partial date (``2009``, ``2009-04``) is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from desk.ui.locale_text import date_pattern
from desk.ui.translation import current_language

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")


def locale_of(language: str | None) -> QLocale:
    """The locale of a form's language (the language of desk's words when it has none)."""
    return QLocale(language or current_language())


def time_pattern(locale: QLocale) -> str:
    """The locale's short time format (``HH:mm``, ``h:mm AP``)."""
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def shown(kind: str, value: str, language: str | None) -> str:
    """The ISO ``value`` of a ``date``, ``time`` or ``dateTime`` item as the reader reads it."""
    locale = locale_of(language)
    day_text, _, clock_text = value.partition("T") if kind == "dateTime" else (
        ("", "", value) if kind == "time" else (value, "", ""))
    parts = []
    if day_text:
        day = QDate.fromString(day_text, "yyyy-MM-dd") if _ISO_DATE.match(day_text) else QDate()
        parts.append(locale.toString(day, date_pattern(locale)) if day.isValid() else day_text)
    if clock_text:
        clock = QTime.fromString(clock_text[:5], "HH:mm")
        parts.append(locale.toString(clock, time_pattern(locale)) if clock.isValid()
                     else clock_text)
    return " ".join(parts)


def parsed(kind: str, text: str, language: str | None) -> str:
    """The ISO text for what was typed: ISO itself or the locale's format. Text that is
    neither comes back as it was, for the engine to say what is wrong with it."""
    text = " ".join(text.split())
    locale = locale_of(language)
    if kind == "date":
        return _date(text, locale) or text
    if kind == "time":
        return _time(text, locale) or text
    if "T" in text:
        day_text, clock_text = text.split("T", 1)
    else:
        day_text, _, clock_text = text.partition(" ")
    day, clock = _date(day_text, locale), _time(clock_text, locale)
    if day and clock:
        return f"{day}T{clock}"
    return text


def _date(text: str, locale: QLocale) -> str | None:
    if _ISO_DATE.match(text) or re.match(r"^\d{4}(-\d{2})?$", text):
        return text  # ISO, or a partial date FHIR allows
    loose = date_pattern(locale).replace("dd", "d").replace("MM", "M")
    day = locale.toDate(text, loose)
    return day.toString("yyyy-MM-dd") if day.isValid() else None


def _time(text: str, locale: QLocale) -> str | None:
    text = text.replace(".", ":")  # the virtual keyboard's number pad has a point, no colon
    if re.match(r"^\d:\d{2}", text):
        text = "0" + text
    if _ISO_TIME.match(text):
        return text if len(text) == 8 else text + ":00"
    for pattern in (time_pattern(locale), "H:mm"):
        clock = locale.toTime(text, pattern)
        if clock.isValid():
            return clock.toString("HH:mm:ss")
    return None


def placeholder(kind: str, language: str | None) -> str:
    """How to type a ``date``, ``time`` or ``dateTime`` in the locale (``JJ/MM/AAAA``)."""
    locale = locale_of(language)
    # the letters standing for day, month, year, hour and minute in the reader's language
    letters = QCoreApplication.translate("FormDates", "DMYHM", "day month year hour minute")
    if len(letters) != 5:
        letters = "DMYHM"
    table = dict(zip("dMyHhm", letters[0] + letters[1] + letters[2] + letters[3] * 2
                     + letters[4], strict=True))
    day = "".join(table.get(c, c) for c in date_pattern(locale))
    hours = re.sub(r"\s*[aA][pP]?", "", time_pattern(locale)).strip()  # "h:mm AP": h:mm
    clock = "".join(table.get(c, c) for c in hours)
    return {"date": day, "time": clock, "dateTime": f"{day} {clock}"}[kind]
