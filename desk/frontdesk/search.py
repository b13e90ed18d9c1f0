"""Patient search: an index kept inside the application database, and its ranking.

The index is derived data. It lives in its own tables of the (encrypted) database the
caller hands over, so it is as protected as the patient records and is changed in the
same transaction as they are. It never depends on the shape of the ``patient`` table:
the storage layer feeds it :class:`~desk.frontdesk.model.Patient` objects.

Tables (all ``CREATE ... IF NOT EXISTS``):

* ``desk_search_doc``: one row per patient with the folded fields used for ranking
  and duplicate matching;
* ``desk_search_key``: exact keys: name words, Double Metaphone codes, pairs of them,
  the ends of a family and a given name word, birth date, the last digits of the phone
  number, MRN. An FTS5 table holding each patient's keys as one row of tokens (no
  content, no positions): a patient's thirty-odd keys cost one row to write, where a
  table of (key, patient) pairs cost thirty random index inserts;
* ``desk_search_fts``: an FTS5 trigram table over the folded name, which finds names
  with typos through pieces of each query word.

The FTS5 tables keep no copy of what they index (``content=''``): a row is removed by
being given again what it was made from, which the ``desk_search_doc`` row yields.

A search gathers candidates in tiers of cheap key lookups (exact keys first, looser
ones only while too few are found; see :meth:`PatientIndex._candidates`), then ranks
them with Jaro-Winkler similarity of the name words and exact matches on birth date,
phone and MRN.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, islice

from rapidfuzz.distance import JaroWinkler
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from desk.errors import DeskError
from desk.frontdesk.model import Patient
from desk.frontdesk.normalize import (
    Part,
    date_key,
    fold,
    mrn_key,
    name_tokens,
    name_variants,
    parse_query,
    phone_digits,
    phonetic,
    rejoined,
)
from desk.storage.database import batches

log = logging.getLogger(__name__)

SCHEMA_VERSION = "6"

# The punctuation inside keys ("q:KRN|SM0"), kept in their tokens; letters and digits are
# token characters anyway, and ASCII letters are compared without case.
_KEY_CHARS = ":|<>=#"

#: Phone numbers are looked up on this many trailing digits (and compared on up to nine).
PHONE_KEY_DIGITS = 7

_DDL = (
    "CREATE TABLE IF NOT EXISTS desk_search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS desk_search_doc ("
    " rid INTEGER PRIMARY KEY, patient_id TEXT NOT NULL UNIQUE,"
    " family TEXT NOT NULL, given TEXT NOT NULL, birth TEXT NOT NULL, sex TEXT NOT NULL,"
    " phone TEXT NOT NULL, mrn TEXT NOT NULL, postcode TEXT NOT NULL, address TEXT NOT NULL,"
    " city TEXT NOT NULL, state TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS desk_search_key USING fts5("
    f"keys, tokenize=\"ascii tokenchars '{_KEY_CHARS}'\", content='', columnsize=0,"
    " detail=none)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS desk_search_fts USING fts5("
    "name, tokenize='trigram', content='', columnsize=0)",
)
_DOC_COLUMNS = ("rid, patient_id, family, given, birth, sex, phone, mrn, postcode, address, city,"
                " state")

_MAX_NAME_WORDS = 6
# Word similarity (Jaro-Winkler) at or below which a name word counts for nothing.
_NAME_FLOOR = 0.7
# Pair keys are made from the first few name words only (a name rarely has more).
_MAX_PAIR_WORDS = 5
# Rows a loose lookup may touch before its candidates are ranked by how many keys hit.
_LOOSE_ROWS = 5000


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: whose record, how well it matched (0-1), and on what.

    ``matched`` names the fields a receptionist would recognise, strongest first:
    ``"name"``, ``"birth date"``, ``"phone"``, ``"MRN"``.
    """

    patient_id: str
    score: float
    matched: tuple[str, ...]


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
    return Record(*_folded(patient))


def _folded(patient: Patient) -> tuple[str, tuple[str, ...], tuple[str, ...], str, str, str, str,
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
    return set(_keys(rec.family, rec.given, rec.birth, rec.phone, rec.mrn))


def _keys(family: tuple[str, ...], given: tuple[str, ...], birth: str, phone: str,
          mrn: str) -> list[str]:
    """:func:`record_keys` from the fields they are made of, each key once."""
    words = name_variants([*family, *given])[:_MAX_PAIR_WORDS]
    in_family = set(name_variants(list(family)))
    keys = {k for w in words for k in _one_word_keys(w)}
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if a != b:
                keys.update(_two_word_keys(a, b, (a in in_family) != (b in in_family)))
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
def _two_word_keys(a: str, b: str, across: bool) -> tuple[str, ...]:
    """``q:`` and ``l:`` keys of two name words (``l:`` both ways), and ``w:`` keys when
    one is a family name word and the other a given name word (``across``)."""
    codes_a, codes_b = phonetic(a), phonetic(b)
    keys = [_pair_key(x, y) for x in codes_a for y in codes_b]
    if across:
        keys += _ends_keys(a, b)
    for codes, other in ((codes_a, b), (codes_b, a)):
        if len(other) >= 3:
            keys += [f"l:{x}|{end}" for x in codes for end in ("<" + other[:3], ">" + other[-3:])]
    return tuple(keys)


def _key_text(rec: Record) -> str:
    """The row of ``desk_search_key`` for one record: its keys (in any order: the table
    keeps no positions)."""
    return " ".join(_keys(rec.family, rec.given, rec.birth, rec.phone, rec.mrn))


def _pair_key(x: str, y: str) -> str:
    return f"q:{x}|{y}" if x <= y else f"q:{y}|{x}"


def _ends(word: str) -> list[str]:
    """The first (``<``) and last (``>``) three letters of ``word`` and its first and last
    letter (``=``): one typo in a word of four letters or more leaves one of them as it was."""
    if len(word) < 3:
        return []
    return ["<" + word[:3], ">" + word[-3:], "=" + word[0] + word[-1]]


def _ends_keys(a: str, b: str) -> list[str]:
    """``w:`` keys of two words: each end of one with each end of the other, in a fixed
    order; first and last letters alone on both sides would match too many names."""
    return [f"w:{x}|{y}" if x <= y else f"w:{y}|{x}"
            for x in _ends(a) for y in _ends(b) if x[0] != "=" or y[0] != "="]


def mrn_number(key: str) -> str:
    """The number inside an MRN key without prefix or leading zeros ("MRN004711" -> "4711").

    Staff often type just the number; fewer than three digits is not taken as one.
    """
    digits = "".join(c for c in key if c.isdigit()).lstrip("0")
    return digits if len(digits) >= 3 else ""


def fts_document(rec: Record) -> str:
    """The text the trigram table holds for one record: its name words, space-wrapped,
    so that ``" smi"`` matches the start of a word and ``"mith"`` any piece of one."""
    return _name_text(rec.family, rec.given)


def _name_text(family: tuple[str, ...], given: tuple[str, ...]) -> str:
    return " " + " ".join(name_variants([*family, *given])) + " "


def _row_record(row: Sequence[object]) -> Record:
    return Record(
        rid=int(row[0]),  # type: ignore[call-overload]
        patient_id=str(row[1]),
        family=tuple(str(row[2]).split()),
        given=tuple(str(row[3]).split()),
        birth=str(row[4]), sex=str(row[5]), phone=str(row[6]), mrn=str(row[7]),
        postcode=str(row[8]), address=str(row[9]), city=str(row[10]), state=str(row[11]),
    )


def _chunks(items: Iterable[Patient], size: int) -> Iterator[list[Patient]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _pieces(word: str) -> list[str]:
    """Substrings of ``word`` of which at least one survives a single typo (pigeonhole)."""
    n = len(word)
    if n < 4:
        return []
    if n < 6:
        return [word[:3], word[-3:]]
    if n < 9:
        half = n // 2
        return [word[:half], word[half:]]
    third = n // 3
    return [word[:third], word[third:2 * third], word[2 * third:]]


# ---------------------------------------------------------------------------- scoring

def name_similarity(a: str, b: str) -> float:
    """How alike two folded name words are (0-1): Jaro-Winkler, lifted for phonetic twins."""
    if a == b:
        return 1.0
    s = JaroWinkler.normalized_similarity(a, b)
    if s < 0.9 and set(phonetic(a)) & set(phonetic(b)):
        s = 0.9
    return s


def name_score(query: Sequence[str], names: Sequence[str], *, partial_last: bool = False
               ) -> tuple[float, list[tuple[str, str, float]]]:
    """Score query words against a patient's name words, in any order.

    Returns the score (0-1) and, per query word, the best name word and its similarity.
    With ``partial_last`` the last query word may be the start of a name still being typed.
    """
    variants = name_variants(list(names))
    if not query or not variants:
        return 0.0, []
    pairs: list[tuple[str, str, float]] = []
    used: set[str] = set()
    last = len(query) - 1
    for i, q in enumerate(query):
        best, best_word = 0.0, ""
        for w in variants:
            s = name_similarity(q, w)
            if partial_last and i == last and s < 1.0 and w.startswith(q):
                s = max(s, 0.92 + 0.08 * len(q) / len(w))
            if w in used:
                s *= 0.9  # one name word should not answer two query words
            if s > best:
                best, best_word = s, w
        used.add(best_word)
        pairs.append((q, best_word, best))
    # Jaro-Winkler gives unrelated names 0.6-0.7; stretch so that only likeness counts
    # (a typo ~0.9 -> ~0.7) and a strange name cannot ride on an exact birth date.
    score = sum(max(0.0, (p[2] - _NAME_FLOOR) / (1 - _NAME_FLOOR)) for p in pairs) / len(pairs)
    # Prefer the patient whose name is fully covered by the query (no unmatched extra words).
    covered = sum(1 for w in names if w in used) / len(names)
    return 0.92 * score + 0.08 * covered, pairs


def date_similarity(a: str, b: str) -> float:
    """How alike two ``YYYYMMDD`` dates are: 1 equal, 0.7 one typo or day/month swapped."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a[:4] == b[:4] and a[4:6] == b[6:8] and a[6:8] == b[4:6]:
        return 0.7
    diff = [i for i in range(8) if a[i] != b[i]]
    if len(diff) == 1:
        return 0.7
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]:
        return 0.7
    return 0.0


def phone_equal(a: str, b: str) -> bool:
    """Same phone number on the trailing digits both have (at least seven)."""
    n = min(len(a), len(b))
    return n >= 7 and a[-n:] == b[-n:]


def _part_score(part: Part, rec: Record) -> tuple[float, str]:
    best, label = 0.0, ""
    for m in part.mrns:
        if m and rec.mrn and m == rec.mrn:
            return 1.0, "MRN"
        if m and rec.mrn and mrn_number(m) == mrn_number(rec.mrn) != "":
            # just the number: one that reads as a year too is only half an MRN
            return 0.5 if part.years else 1.0, "MRN"
    for p in part.phones:
        if rec.phone and phone_equal(p, rec.phone):
            return 1.0, "phone"
    for key in [*(date_key(d) for d in part.dates), *part.near_dates]:
        s = date_similarity(key, rec.birth)
        if s > best:
            best, label = s, "birth date" if s == 1.0 else ""
    if any(rec.birth.startswith(year) for year in part.years):
        return 1.0, "birth year"
    return best, label


# ---------------------------------------------------------------------------- the index

class PatientIndex:
    """The search index of one database, used through a SQLAlchemy ``Connection``.

    Every method works on the connection it was given and never commits: the storage
    layer calls :meth:`add`, :meth:`update` and :meth:`remove` inside the transaction
    that changes the patient, so the index rolls back with it.
    """

    def __init__(self, connection: Connection, *, day_first: bool = True) -> None:
        self.connection = connection
        self.day_first = day_first

    # -- schema

    def ensure_schema(self) -> bool:
        """Create the index tables if missing. True when the index must be (re)built.

        That is the case for a new database and after an upgrade that changed the
        index's layout (the old tables are dropped first).
        """
        c = self.connection
        try:
            c.exec_driver_sql(_DDL[0])
            row = c.exec_driver_sql(
                "SELECT value FROM desk_search_meta WHERE name = 'version'").first()
            if row is not None and row[0] == SCHEMA_VERSION:
                return False
            if row is not None:
                log.info("search index layout %s is old; rebuilding", row[0])
                self._drop()
            for ddl in _DDL[1:]:
                c.exec_driver_sql(ddl)
            c.exec_driver_sql("INSERT OR REPLACE INTO desk_search_meta VALUES ('version', ?)",
                              (SCHEMA_VERSION,))
        except OperationalError as exc:
            log.error("cannot create the search index: %s", exc.orig)
            raise DeskError("The patient search index could not be created in the database.",
                            kind="storage") from exc
        return True

    def _drop(self) -> None:
        for table in ("desk_search_fts", "desk_search_key", "desk_search_doc"):
            self.connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")

    # -- changes (call inside the patient-change transaction)

    def add(self, patient: Patient) -> None:
        """Index a new patient (an existing entry with the same id is replaced)."""
        self.add_all([patient])

    def add_all(self, patients: Sequence[Patient]) -> None:
        """Index several patients at once (existing entries with their ids are replaced)."""
        for row in self.connection.exec_driver_sql(
                f"SELECT {_DOC_COLUMNS} FROM desk_search_doc WHERE patient_id IN"
                " (SELECT value FROM json_each(?))", (json.dumps([p.id for p in patients]),)):
            self._drop_record(_row_record(row))
        self._insert(patients)

    def update(self, patient: Patient) -> None:
        """Re-index a changed patient."""
        self.add(patient)

    def remove(self, patient_id: str) -> None:
        """Drop a patient from the index; a no-op for an unknown id."""
        c = self.connection
        row = c.exec_driver_sql(
            f"SELECT {_DOC_COLUMNS} FROM desk_search_doc WHERE patient_id = ?", (patient_id,)
        ).first()
        if row is not None:
            self._drop_record(_row_record(row))

    def _drop_record(self, rec: Record) -> None:
        c = self.connection
        # a table without content forgets a row by being told what it was given
        c.exec_driver_sql("INSERT INTO desk_search_key (desk_search_key, rowid, keys)"
                          " VALUES ('delete', ?, ?)", (rec.rid, _key_text(rec)))
        c.exec_driver_sql("INSERT INTO desk_search_fts (desk_search_fts, rowid, name)"
                          " VALUES ('delete', ?, ?)", (rec.rid, fts_document(rec)))
        c.exec_driver_sql("DELETE FROM desk_search_doc WHERE rid = ?", (rec.rid,))

    def rebuild(self, patients: Iterable[Patient], *, chunk: int = 20000) -> int:
        """Replace the whole index with ``patients``; returns how many were indexed."""
        c = self.connection
        for table in ("desk_search_key", "desk_search_fts"):
            c.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        c.exec_driver_sql("DELETE FROM desk_search_doc")
        total = 0
        for batch in _chunks(patients, chunk):
            self._insert(batch)
            total += len(batch)
        for table in ("desk_search_key", "desk_search_fts"):
            c.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        log.info("search index rebuilt: %d patients", total)
        return total

    def _insert(self, patients: Sequence[Patient]) -> None:
        """Index patients that have no entry: each one's folded fields, keys and name
        text, made straight from the patient (as :func:`record_of` and its keys would)."""
        if not patients:
            return
        c = self.connection
        first = c.exec_driver_sql("SELECT coalesce(max(rid), 0) FROM desk_search_doc").scalar()
        rid = int(first or 0)
        docs: list[tuple[object, ...]] = []
        keys: list[tuple[int, str]] = []
        names: list[tuple[int, str]] = []
        for p in patients:
            rid += 1
            pid, family, given, birth, sex, phone, mrn, postcode, address, city, state = \
                _folded(p)
            docs.append((rid, pid, " ".join(family), " ".join(given), birth, sex, phone, mrn,
                         postcode, address, city, state))
            keys.append((rid, " ".join(_keys(family, given, birth, phone, mrn))))
            names.append((rid, _name_text(family, given)))
        c.exec_driver_sql(f"INSERT INTO desk_search_doc ({_DOC_COLUMNS}) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
        c.exec_driver_sql("INSERT INTO desk_search_key (rowid, keys) VALUES (?, ?)", keys)
        c.exec_driver_sql("INSERT INTO desk_search_fts (rowid, name) VALUES (?, ?)", names)

    # -- reading

    def count(self) -> int:
        """How many patients the index holds."""
        return int(self.connection.exec_driver_sql(
            "SELECT count(*) FROM desk_search_doc").scalar() or 0)

    def get(self, patient_id: str) -> Record | None:
        """The indexed record of one patient, or None."""
        row = self.connection.exec_driver_sql(
            f"SELECT {_DOC_COLUMNS} FROM desk_search_doc WHERE patient_id = ?", (patient_id,)
        ).first()
        return _row_record(row) if row is not None else None

    def search(self, query: str, *, limit: int = 50) -> list[Hit]:
        """Patients matching ``query``, best first.

        ``query`` may hold name words in any order (typos and sound-alike spellings
        are found), a birth date in common formats, a phone number in any formatting,
        an MRN, or a mix such as ``"smith 1984-03-01"``. While the text does not end in
        a space, the last word may be the start of a name.
        """
        q = parse_query(query, day_first=self.day_first)
        if q.empty:
            return []
        names = list(dict.fromkeys(q.names))[:_MAX_NAME_WORDS]
        typing = bool(query) and not query[-1].isspace() and bool(q.names) \
            and fold(query).rstrip().endswith(q.names[-1])
        records = self._candidates(names, q.parts, typing=typing, k=max(200, 4 * limit),
                                   enough=max(20, 2 * limit))
        joins = rejoined(names)
        hits = [h for h in (self._rank(names, joins, q.parts, r, typing) for r in records) if h]
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def candidates(self, patient: Patient, *, k: int = 50) -> list[Record]:
        """Indexed records that could be the same person as ``patient`` (blocking).

        Found by name words, sound-alike names, name pieces, birth date, phone and MRN;
        ``patient`` itself (same id) is left out.
        """
        rec = record_of(patient)
        parts = []
        if patient.birth_date:
            parts.append(Part("", dates=[patient.birth_date]))
        if rec.phone:
            parts.append(Part("", phones=[rec.phone]))
        if rec.mrn:
            parts.append(Part("", mrns=[rec.mrn]))
        names = list(dict.fromkeys(rec.names))[:_MAX_NAME_WORDS]
        found = [r for r in self._candidates(names, parts, typing=False, k=4 * k, enough=4 * k)
                 if r.patient_id != patient.id]
        scored = []
        for r in found:
            s, _ = name_score(names, r.names) if names else (0.0, [])
            s += sum(_part_score(part, r)[0] for part in parts)
            scored.append((s, r.rid, r))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [r for _, _, r in scored[:k]]

    def _candidates(self, names: list[str], parts: list[Part], *, typing: bool, k: int,
                    enough: int = 20) -> list[Record]:
        """Gather candidates in tiers of cheap lookups, stopping once ``enough`` are found.

        With two or more name words:

        1. two words right or sound-alike (``q:`` pair keys), also with two neighbouring
           words typed apart joined ("isab elle"), or one so and the start of the word
           being typed;
        2. one word right or sound-alike and the start or end of another, or the ends of
           two words (one typo per word forgiven), ranked by how many such keys agree;
           and beside them any one word right or sound-alike, or two neighbours joined.

        With one word: the word, its sound-alikes and, while typing, words it starts;
        then names holding a piece of it (FTS5 trigram). Birth date, phone and MRN
        candidates come from exact keys and are always kept.
        """
        found = _Gathered(self.connection)
        found.keyed(_part_keys(parts), k)
        found.expect(enough)
        words = names[:_MAX_PAIR_WORDS]
        # The word being typed is looked up both as a whole word and as a start.
        partial = words[-1] if typing and words else ""
        if len(words) > 1:
            strict, loose = _pair_keys(words, partial)
            found.keyed(strict, k)
            if partial and len(partial) < 3:
                found.typed_start(words[:-1], partial, k)
            if found.short():
                # Together: the near names of the loose keys must not crowd out the
                # patient one exact word finds when the other word was replaced.
                found.keyed(loose, k, ranked=True)
                found.keyed(_word_keys(words), enough)
            if found.short() and partial:
                found.prefix(partial, enough)
        elif words:
            word = words[0]
            found.keyed(_word_keys([word]), k)
            if typing or len(word) <= 3:
                found.prefix(word, k)
            if found.short():
                found.pieces(word, k)
        return found.records()

    def _rank(self, names: list[str], joins: list[tuple[str, list[str]]], parts: list[Part],
              rec: Record, typing: bool) -> Hit | None:
        """Score one candidate. ``joins`` are the name words read with two neighbours as
        one word (see :func:`rejoined`); such a reading counts where the joined word is
        one of the patient's names ("smith j" is not "smithj")."""
        total, weight = 0.0, 0.0
        matched: list[str] = []
        if names:
            s, _ = name_score(names, rec.names, partial_last=typing)
            for joined, words in joins:
                if joined in rec.names:
                    s = max(s, name_score(words, rec.names, partial_last=typing)[0])
            total += s * len(names) ** 0.5
            weight += len(names) ** 0.5
            if s >= 0.5:
                matched.append("name")
        for part in parts:
            s, label = _part_score(part, rec)
            total += s
            weight += 1.0
            if label and label not in matched:
                matched.append(label)
        score = total / weight
        if score < 0.3:
            return None
        return Hit(rec.patient_id, round(score, 4), tuple(matched))


def _part_keys(parts: Sequence[Part]) -> list[str]:
    """The exact keys of the birth dates, phone numbers and MRNs in a query."""
    keys: list[str] = []
    for part in parts:
        keys += ["d:" + date_key(d) for d in part.dates]
        keys += ["t:" + p[-PHONE_KEY_DIGITS:] for p in part.phones]
        keys += ["m:" + m for m in part.mrns if m]
        keys += ["m#" + mrn_number(m) for m in part.mrns if mrn_number(m)]
    return keys


def _pair_keys(words: list[str], partial: str) -> tuple[list[str], list[str]]:
    """The strict keys (two words right or sound-alike) and the loose ones (a typo in
    one or both) of several query words, made as a record's are (which word is the family
    name is not known: each pair may be); ``partial``, the last word, is being typed."""
    strict: list[str] = []
    loose: list[str] = []
    for a, b in combinations(words, 2):
        for key in _two_word_keys(a, b, True):
            (strict if key.startswith("q:") else loose).append(key)
    if len(partial) >= 3:  # the other words with the start typed so far
        strict += [f"l:{x}|<{partial[:3]}" for w in words[:-1] for x in phonetic(w)]
    for _, spelling in rejoined(words):  # "isab elle beattie": "isabelle beattie"
        strict += [k for a, b in combinations(spelling, 2)
                   for k in _two_word_keys(a, b, False) if k.startswith("q:")]
    return strict, loose


def _word_keys(words: list[str]) -> list[str]:
    """Keys of any one query word, or two neighbours joined ("mc carthy": "mccarthy"),
    right or sound-alike."""
    every = [*words, *(w for w, _ in rejoined(words))]
    return ["n:" + w for w in every] + ["p:" + x for w in every for x in phonetic(w)]


_KEY_ROWS = "SELECT rowid AS rid FROM desk_search_key WHERE desk_search_key MATCH ?"


def _match(key: str) -> str:
    """``key`` as an FTS5 query of that one token."""
    return '"' + key.replace('"', '""') + '"'


class _Gathered:
    """The candidates a search has found so far (row ids in the order found)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.rids: dict[int, None] = {}
        self.wanted = 0

    def expect(self, enough: int) -> None:
        """From now on, :meth:`short` until ``enough`` more are found."""
        self.wanted = len(self.rids) + enough

    def short(self) -> bool:
        return len(self.rids) < self.wanted

    def _add(self, sql: str, params: Sequence[object]) -> None:
        for (rid,) in self.connection.exec_driver_sql(sql, tuple(params)):
            self.rids[rid] = None

    def keyed(self, keys: Sequence[str], cap: int, *, ranked: bool = False) -> None:
        """Patients holding any of ``keys``, key by key in key order (with ``ranked``,
        those holding most first)."""
        keys = sorted(set(keys))  # a query makes under 200 (SQLite takes 500 selects in one)
        if not keys:
            return
        rows = " UNION ALL ".join([_KEY_ROWS] * len(keys))
        if ranked:
            sql = (f"SELECT rid FROM ({rows} LIMIT {_LOOSE_ROWS})"
                   " GROUP BY rid ORDER BY count(*) DESC LIMIT ?")
        else:
            sql = f"{rows} LIMIT ?"
        self._add(sql, (*map(_match, keys), cap))

    def prefix(self, word: str, cap: int) -> None:
        """Patients with a name word that starts with ``word``: a key of its own for one or
        two letters (a prefix query would gather every such word first), else the words."""
        query = _match("s:" + word) if len(word) <= 2 else _match("n:" + word) + " *"
        self._add(f"{_KEY_ROWS} LIMIT ?", (query, cap))

    def typed_start(self, words: list[str], partial: str, cap: int) -> None:
        """For "smith j": ``partial`` is too short for keys, so the typed start of a word
        is checked on the rows of the patients the other words find."""
        keys = ["n:" + w for w in words] + ["p:" + x for w in words for x in phonetic(w)]
        self._add(f"SELECT d.rid FROM ({_KEY_ROWS}) AS x JOIN desk_search_doc AS d"
                  " ON d.rid = x.rid"
                  " WHERE instr(' ' || d.family || ' ' || d.given, ' ' || ?) > 0 LIMIT ?",
                  (" OR ".join(map(_match, keys)), partial, cap))

    def pieces(self, word: str, cap: int) -> None:
        """Patients whose name holds a piece of ``word`` that survives one typo."""
        pieces = _pieces(word)
        if pieces:
            self._add("SELECT rowid FROM desk_search_fts WHERE desk_search_fts MATCH ?"
                      " LIMIT ?", (" OR ".join(f'"{p}"' for p in pieces), cap))

    def records(self) -> list[Record]:
        """The indexed records of the candidates found."""
        out: list[Record] = []
        for chunk in batches(list(self.rids), 900):
            marks = ", ".join("?" * len(chunk))
            out.extend(_row_record(r) for r in self.connection.exec_driver_sql(
                f"SELECT {_DOC_COLUMNS} FROM desk_search_doc WHERE rid IN ({marks})",
                tuple(chunk)))
        return out
