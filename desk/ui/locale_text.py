"""Dates, times and numbers on the staff screens as the locale writes them (``QLocale()``:
the system's, or the one desk is set to).

A birth date or a day in a list is the locale's short date with the year in full
(``03/04/1962`` in French, ``3/4/1962`` in Spanish, ``4/3/1962`` in American English); the
board's heading is the locale's long date (``lundi 7 décembre 2026``); a time is the
locale's short time (``09:30``, ``9:30 AM``); a count has the locale's digit grouping.

A date typed in the search box is read in the locale's order as well as in ISO
(``1962-04-03``). An ambiguous numeric date such as ``03/04/1962`` is searched in both
readings, the locale's first: in ``fr_FR`` (and ``es_ES``, ``en_GB``) as 3 April 1962, then
March 4; in ``en_US`` as March 4, 1962, then 3 April. Patients born on either day are
found; those on the preferred reading rank first. A reading that cannot be a date
(``25/04/1962`` as a month) is dropped.

A machine with no locale of its own (``C``, ``POSIX``) writes and reads as British English.
Staff whose screens are in French or Spanish on a computer of another language read dates
in that language's own locale (a French account on an American machine: ``fr_FR``).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def staff_locale() -> QLocale:
    """``QLocale()``, with British English for the bare ``C`` locale (``d MM yyyy``); when
    the staff screens are in French or Spanish and the computer's locale is not (a French
    account on an English machine), that language's own locale (``fr_FR``), so a date reads
    in the words around it."""
    from desk.ui.translation import current_language

    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale("en_GB")
    language = current_language()
    if language == "en":
        return locale  # English words: the computer's own way of writing dates
    words = QLocale(language)
    return locale if words.language() == locale.language() else words


def date_pattern(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (``dd/MM/yyyy``)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_first(locale: QLocale | None = None) -> bool:
    """Whether the locale writes the day before the month (``fr_FR`` yes, ``en_US`` no)."""
    pattern = (locale or staff_locale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern.find("d") < pattern.find("M")


def date_text(day: date | None) -> str:
    """A date as the locale writes it, the year in full; ``""`` for none."""
    if day is None:
        return ""
    locale = staff_locale()
    return locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale))


def long_date_text(day: date) -> str:
    """A date in full with its weekday, as the locale writes it (a heading)."""
    return staff_locale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def time_text(moment: time | datetime) -> str:
    """A time of day, hours and minutes, as the locale writes it."""
    return staff_locale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)


def date_time_text(moment: datetime) -> str:
    """A date and its time of day, as the locale writes them."""
    return f"{date_text(moment.date())} {time_text(moment)}"


def number_text(n: int) -> str:
    """A whole number with the locale's digits and grouping (``1 234``, ``1,234``)."""
    return staff_locale().toString(n)
