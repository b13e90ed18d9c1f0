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
from itertools import combinations, islice

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from desk.errors import DeskError
from desk.frontdesk.model import Patient
from desk.frontdesk.normalize import (
    Part,
    date_key,
    fold,
    parse_query,
    phonetic,
    rejoined,
)
from desk.frontdesk.search_keys import (
    MAX_PAIR_WORDS,
    PHONE_KEY_DIGITS,
    Record,
    folded,
    fts_document,
    key_text,
    keys_of,
    mrn_number,
    name_text,
    record_of,
    two_word_keys,
)
from desk.frontdesk.search_scores import name_score, part_score
from desk.storage.database import batches
from desk.words import translate

log = logging.getLogger(__name__)

SCHEMA_VERSION = "6"

# The punctuation inside keys ("q:KRN|SM0"), kept in their tokens; letters and digits are
# token characters anyway, and ASCII letters are compared without case.
_KEY_CHARS = ":|<>=#"

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
            raise DeskError(translate("DeskError", "The patient search index could not be "
                                                   "created in the database."),
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
                          " VALUES ('delete', ?, ?)", (rec.rid, key_text(rec)))
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
                folded(p)
            docs.append((rid, pid, " ".join(family), " ".join(given), birth, sex, phone, mrn,
                         postcode, address, city, state))
            keys.append((rid, " ".join(keys_of(family, given, birth, phone, mrn))))
            names.append((rid, name_text(family, given)))
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
            s += sum(part_score(part, r)[0] for part in parts)
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
        words = names[:MAX_PAIR_WORDS]
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
            s, label = part_score(part, rec)
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
        for key in two_word_keys(a, b, True):
            (strict if key.startswith("q:") else loose).append(key)
    if len(partial) >= 3:  # the other words with the start typed so far
        strict += [f"l:{x}|<{partial[:3]}" for w in words[:-1] for x in phonetic(w)]
    for _, spelling in rejoined(words):  # "isab elle beattie": "isabelle beattie"
        strict += [k for a, b in combinations(spelling, 2)
                   for k in two_word_keys(a, b, False) if k.startswith("q:")]
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
