"""Normalisation of what a receptionist types: names, birth dates, phone numbers, MRNs.

Everything here is pure and Qt-free. Names are folded to lower-case ASCII letters
(accents removed, punctuation dropped, hyphenated parts split), phonetic keys come
from Double Metaphone, dates are parsed from the formats people actually type, and
phone numbers are compared on their last digits so that "+61 2 9123 4567" and
"(02) 9123-4567" agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

from doublemetaphone import doublemetaphone

#: Family-name particles that people drop or glue on ("van der Berg", "vanderberg").
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
     "le", "st", "ter", "ten", "bin", "ibn", "al", "el", "mac", "mc", "o"}
)

#: How many trailing digits of a phone number are compared.
PHONE_DIGITS = 9

# Letters that NFKD does not decompose into a base letter plus accents.
_SPECIAL = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d",
    "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i",
})
_NON_LETTER = re.compile(r"[^a-z]+")
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    # French and Spanish abbreviations seen on forms
    "janv": 1, "fev": 2, "fevr": 2, "avr": 4, "mai": 5, "juin": 6, "juil": 7, "aou": 8,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}


def fold(text: str) -> str:
    """Lower-case, accents removed (``"Zoë"`` -> ``"zoe"``), other characters kept."""
    if text.isascii():  # nothing to decompose or replace
        return text.lower()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name, folded: ``"O'Brien-Smith, Zoë"`` -> ``("obrien", "smith", "zoe")``.

    Apostrophes join (O'Brien is one word); hyphens, spaces and other punctuation split.
    """
    folded = fold(text).replace("'", "").replace("’", "")
    return tuple(t for t in _NON_LETTER.split(folded) if t)


def name_variants(tokens: list[str]) -> list[str]:
    """Tokens plus the joined forms people also type ("mc carthy" -> "mccarthy").

    Particles are glued to the word that follows them; the whole name is never returned.
    """
    out = list(tokens)
    for i in range(len(tokens) - 1):
        if tokens[i] in PARTICLES:
            out.append(tokens[i] + tokens[i + 1])
    return out


def rejoined(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Each pair of neighbours in ``tokens`` typed as one word, with ``tokens`` read so:
    a name split by a stray space (``["isab", "elle", "beattie"]`` gives
    ``("isabelle", ["isabelle", "beattie"])`` and ``("ellebeattie", ["isab", "ellebeattie"])``).
    """
    return [(a + b, [*tokens[:i], a + b, *tokens[i + 2:]])
            for i, (a, b) in enumerate(pairwise(tokens))]


@lru_cache(maxsize=65536)
def phonetic(token: str) -> tuple[str, ...]:
    """Double Metaphone codes of one folded token (one or two distinct codes, maybe none)."""
    primary, secondary = doublemetaphone(token)
    if not primary:
        return ()
    if secondary and secondary != primary:
        return (primary, secondary)
    return (primary,)


def phone_digits(text: str) -> str:
    """The last :data:`PHONE_DIGITS` digits of a phone number typed in any format, or ``""``.

    Fewer than 7 digits is not a phone number.
    """
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) < 7:
        return ""
    return digits[-PHONE_DIGITS:]


def mrn_key(text: str) -> str:
    """An MRN as compared: upper-case letters and digits only, leading zeros of a number kept."""
    return _NON_ALNUM.sub("", fold(text).upper())


def date_key(d: date) -> str:
    """A date as the index stores it: ``YYYYMMDD``."""
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _make(year: int, month: int, day: int) -> date | None:
    if year < 100:
        # Two-digit years: birth dates are in the past, so 30 -> 1930 rather than 2030.
        year += 2000 if year <= date.today().year % 100 else 1900
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if d.year < 1875:
        return None
    return d


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WORDY_DMY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s.-]*([a-z]{3,9})\.?[\s.,-]*(\d{4})$")
_WORDY_MDY = re.compile(r"^([a-z]{3,9})\.?[\s.-]*(\d{1,2})(?:st|nd|rd|th)?[\s.,-]*(\d{4})$")


def _month(word: str) -> int | None:
    word = fold(word)
    for n in (len(word), 4, 3):
        month = _MONTHS.get(word[:n])
        if month:
            return month
    return None


def parse_dates(text: str, *, day_first: bool = True) -> list[date]:
    """Every reading of ``text`` as a date, the preferred one first.

    Understands ``2024-03-01``, ``19840301``, ``1.3.1984``, ``01/03/2024``, ``1 Mar 1984``,
    ``March 1, 1984``. A numeric date whose day and month could be swapped gives both
    readings, the one chosen by ``day_first`` first; an impossible reading is dropped.
    """
    s = fold(text.strip())
    m = _ISO.match(s) or _COMPACT.match(s)
    if m:
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        return [d] if d else []
    m = _NUMERIC.match(s)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        orders = [(b, a), (a, b)] if day_first else [(a, b), (b, a)]
        found: list[date] = []
        for month, day in orders:
            d = _make(year, month, day)
            if d and d not in found:
                found.append(d)
        return found
    m = _WORDY_DMY.match(s)
    if m:
        named = _month(m[2])
        d = _make(int(m[3]), named, int(m[1])) if named else None
        return [d] if d else []
    m = _WORDY_MDY.match(s)
    if m:
        named = _month(m[1])
        d = _make(int(m[3]), named, int(m[2])) if named else None
        return [d] if d else []
    return []


def parse_date(text: str, *, day_first: bool = True) -> date | None:
    """The preferred reading of ``text`` as a date, or ``None``."""
    found = parse_dates(text, day_first=day_first)
    return found[0] if found else None


@dataclass(slots=True)
class Part:
    """One non-name piece of a query and every way it can be read.

    ``"19840301"`` is a date, a phone number and an MRN at once; the search scores
    the best of its readings.
    """

    text: str
    dates: list[date] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    mrns: list[str] = field(default_factory=list)
    #: ``YYYYMMDD`` digits that are no valid date but look like a mistyped one
    #: ("19840025"); compared digit by digit against birth dates.
    near_dates: list[str] = field(default_factory=list)
    #: ``"1962"`` beside a name: the year of birth staff remember (it may be an MRN too).
    years: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Query:
    """A search box's text taken apart: folded name words and the other parts."""

    text: str
    names: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.names or self.parts)

    @property
    def dates(self) -> list[date]:
        return [d for p in self.parts for d in p.dates]

    @property
    def phones(self) -> list[str]:
        return [t for p in self.parts for t in p.phones]

    @property
    def mrns(self) -> list[str]:
        return [m for p in self.parts for m in p.mrns]


_WORDY_DATE_SPAN = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?[\s.-]+[a-z]{3,9}\.?[\s.,-]+\d{4}\b"
    r"|\b[a-z]{3,9}\.?[\s.-]+\d{1,2}(?:st|nd|rd|th)?,?[\s.-]+\d{4}\b"
)
_NUMERIC_DATE_SPAN = re.compile(
    r"(?<![\d])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?![\d])"
)
_PHONE_SPAN = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_WORD = re.compile(r"[^\s,;]+")


def _year(word: str) -> list[str]:
    """``[word]`` when it reads as a year of birth (1900 to this year), else nothing."""
    return [word] if word.isdigit() and 1900 <= int(word) <= date.today().year else []


def parse_query(text: str, *, day_first: bool = True) -> Query:
    """Split a search string into name words and date, phone and MRN parts.

    ``"smith 1984-03-01"`` gives a name and a date; ``"(02) 9123 4567"`` a phone number;
    ``"19840301"`` is one part read as a date, a phone number and an MRN.
    """
    q = Query(text)
    rest = fold(text)

    def take_dates(m: re.Match[str]) -> str:
        found = parse_dates(m[0], day_first=day_first)
        if not found:
            return m[0]
        q.parts.append(Part(m[0], dates=found))
        return " "

    rest = _WORDY_DATE_SPAN.sub(take_dates, rest)
    rest = _NUMERIC_DATE_SPAN.sub(take_dates, rest)

    def take_phone(m: re.Match[str]) -> str:
        span = m[0].strip()
        phone = phone_digits(span)
        if not phone:
            return m[0]
        part = Part(span, phones=[phone])
        if span.isdigit():
            # 19840301 may be a compact date; any bare number may be an MRN.
            part.dates = parse_dates(span, day_first=day_first) if len(span) == 8 else []
            if len(span) == 8 and not part.dates and span[:2] in ("18", "19", "20"):
                part.near_dates = [span]
            part.mrns = [mrn_key(span)]
        q.parts.append(part)
        return " "

    rest = _PHONE_SPAN.sub(take_phone, rest)
    for word in _WORD.findall(rest):
        if any(c.isdigit() for c in word):
            key = mrn_key(word)
            if key:
                q.parts.append(Part(word, mrns=[key], years=_year(word)))
            continue
        q.names.extend(name_tokens(word))
    return q
