"""FHIR dates, dateTimes and times written out for a reader, in English, French or Spanish.

A form's answers keep their ISO text; this is only how a printed form shows them.
Partial dates keep their precision ("March 1984"). A language desk has no words for
gets the ISO text, which reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}


def _primary(language: str | None) -> str:
    return (language or "en").split("-")[0].lower()


def format_date(value: str, language: str | None) -> str:
    """A FHIR date (``1984``, ``1984-03`` or ``1984-03-09``) in words."""
    lang = _primary(language)
    months = _MONTHS.get(lang)
    parts = value.split("-")
    if months is None or not all(p.isdigit() for p in parts) or len(parts) > 3:
        return value
    year = parts[0]
    if len(parts) == 1:
        return year
    month = months[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} de {year}" if lang == "es" else f"{month} {year}"
    day = int(parts[2])
    if lang == "fr":
        return f"{'1er' if day == 1 else day} {month} {year}"
    if lang == "es":
        return f"{day} de {month} de {year}"
    if (language or "").lower() == "en-us":
        return f"{month} {day}, {year}"
    return f"{day} {month} {year}"


def format_time(value: str, language: str | None) -> str:
    """A FHIR time (``14:30:00``) as a clock reads it; seconds only when not zero."""
    parts = value.split(".")[0].split(":")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return value
    hours, minutes = parts[0], parts[1]
    seconds = parts[2] if len(parts) > 2 and parts[2] != "00" else None
    if _primary(language) == "fr":
        return f"{int(hours)} h {minutes}" + (f" {seconds} s" if seconds else "")
    return f"{hours}:{minutes}" + (f":{seconds}" if seconds else "")


def format_datetime(value: str, language: str | None) -> str:
    """A FHIR dateTime in words, at the wall-clock time it was given in."""
    if "T" not in value:
        return format_date(value, language)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    day = format_date(moment.date().isoformat(), language)
    clock = format_time(moment.time().isoformat(timespec="seconds"), language)
    if day == moment.date().isoformat():  # no words for this language
        return value
    joiner = {"fr": " à ", "es": ", "}.get(_primary(language), ", ")
    return day + joiner + clock


def format_temporal(key: str, value: str, language: str | None) -> str | None:
    """``value`` of answer type ``key`` (valueDate, valueDateTime, valueTime) in words."""
    if key == "valueDate":
        return format_date(value, language)
    if key == "valueDateTime":
        return format_datetime(value, language)
    if key == "valueTime":
        return format_time(value, language)
    return None
