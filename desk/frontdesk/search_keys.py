"""What the patient index stores of a patient: its folded fields and its lookup keys.

See :mod:`desk.frontdesk.search` for the tables they go into and how a search uses them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desk.frontdesk.model import Patient
from desk.frontdesk.normalize import (
    date_key,
    fold,
    mrn_key,
    name_tokens,
    name_variants,
    phone_digits,
    phonetic,
)

#: Phone numbers are looked up on this many trailing digits (and compared on up to nine).
PHONE_KEY_DIGITS = 7
#: Pair keys are made from the first few name words only (a name rarely has more).
MAX_PAIR_WORDS = 5


@dataclass(frozen=True, slots=True)
class Record:
    """The index's folded copy of a patient: what ranking and duplicate matching compare."""

    patient_id: str
    family: tuple[str, ...]
    given: tuple[str, ...]
    birth: str  # YYYYMMDD or ""
    sex: str
    phone: str  # trailing digits or ""
    mrn: str
    postcode: str
    address: str
    city: str
    state: str
    rid: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        return self.family + self.given


def record_of(patient: Patient) -> Record:
    """Fold a patient into the form the index stores."""
    return Record(*folded(patient))


def folded(patient: Patient) -> tuple[str, tuple[str, ...], tuple[str, ...], str, str, str, str,
                                       str, str, str, str]:
    """A :class:`Record`'s fields (rid aside), in order: the index writes them straight
    from here, without making a Record of each patient it adds."""
    return (
        patient.id,
        name_tokens(patient.family),
        name_tokens(patient.given),
        date_key(patient.birth_date) if patient.birth_date else "",
        patient.sex if patient.sex in ("female", "male") else "",
        phone_digits(patient.phone),
        mrn_key(patient.mrn),
        mrn_key(patient.postal_code),
        " ".join(fold(patient.address).split()),
        " ".join(name_tokens(patient.city)),
        " ".join(name_tokens(patient.state)),
    )


def record_keys(rec: Record) -> set[str]:
    """The exact lookup keys of one record.

    ``n:`` name word, ``p:`` its Double Metaphone code; ``q:`` the codes of two name
    words together (both words right or sound-alike); ``l:`` one word's code with the
    first (``<``) or last (``>``) three letters of another (the other word has a typo);
    ``w:`` the ends of a family name word with those of a given name word (a typo in
    each); ``s:`` the first one and two letters of a name word (a word being typed);
    ``d:`` birth date, ``t:`` phone tail, ``m:`` MRN and ``m#`` its bare number.
    """
    return set(keys_of(rec.family, rec.given, rec.birth, rec.phone, rec.mrn))


def keys_of(family: tuple[str, ...], given: tuple[str, ...], birth: str, phone: str,
          mrn: str) -> list[str]:
    """:func:`record_keys` from the fields they are made of, each key once."""
    words = name_variants([*family, *given])[:MAX_PAIR_WORDS]
    in_family = set(name_variants(list(family)))
    keys: set[str] = set()
    for i, a in enumerate(words):
        keys.update(_one_word_keys(a))
        a_family = a in in_family
        for b in words[i + 1:]:
            if a != b:
                keys.update(two_word_keys(a, b, a_family != (b in in_family)))
    out = list(keys)  # the other keys have prefixes of their own: none is a name key
    if birth:
        out.append("d:" + birth)
    if phone:
        out.append("t:" + phone[-PHONE_KEY_DIGITS:])
    if mrn:
        out.append("m:" + mrn)
        if number := mrn_number(mrn):
            out.append("m#" + number)
    return out


@lru_cache(maxsize=65536)
def _one_word_keys(word: str) -> tuple[str, ...]:
    """``n:``, ``s:`` and ``p:`` keys of one name word."""
    return ("n:" + word, "s:" + word[:1], "s:" + word[:2], *("p:" + c for c in phonetic(word)))


@lru_cache(maxsize=65536)
def two_word_keys(a: str, b: str, across: bool) -> tuple[str, ...]:
    """``q:`` and ``l:`` keys of two name words (``l:`` both ways), and ``w:`` keys when
    one is a family name word and the other a given name word (``across``)."""
    codes_a, ends_a = _word_parts(a)
    codes_b, ends_b = _word_parts(b)
    keys = [f"q:{x}|{y}" if x <= y else f"q:{y}|{x}" for x in codes_a for y in codes_b]
    if across:  # first and last letters alone on both sides would match too many names
        keys += [f"w:{x}|{y}" if x <= y else f"w:{y}|{x}"
                 for x in ends_a for y in ends_b if x[0] != "=" or y[0] != "="]
    keys += [f"l:{x}|{end}" for x in codes_a for end in ends_b[:2]]
    keys += [f"l:{x}|{end}" for x in codes_b for end in ends_a[:2]]
    return tuple(keys)


@lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One word's Double Metaphone codes and its ends, worked out once for all the pairs
    it is in: the first (``<``) and last (``>``) three letters and its first and last
    letter (``=``), none for a word under three letters. One typo in a word of four
    letters or more leaves one of them as it was; ``l:`` keys take the first two."""
    ends = ("<" + word[:3], ">" + word[-3:], "=" + word[0] + word[-1]) if len(word) >= 3 else ()
    return phonetic(word), ends


def key_text(rec: Record) -> str:
    """The row of ``desk_search_key`` for one record: its keys (in any order: the table
    keeps no positions)."""
    return " ".join(keys_of(rec.family, rec.given, rec.birth, rec.phone, rec.mrn))


def mrn_number(key: str) -> str:
    """The number inside an MRN key without prefix or leading zeros ("MRN004711" -> "4711").

    Staff often type just the number; fewer than three digits is not taken as one.
    """
    digits = "".join(c for c in key if c.isdigit()).lstrip("0")
    return digits if len(digits) >= 3 else ""


def fts_document(rec: Record) -> str:
    """The text the trigram table holds for one record: its name words, space-wrapped,
    so that ``" smi"`` matches the start of a word and ``"mith"`` any piece of one."""
    return name_text(rec.family, rec.given)


def name_text(family: tuple[str, ...], given: tuple[str, ...]) -> str:
    return " " + " ".join(name_variants([*family, *given])) + " "
