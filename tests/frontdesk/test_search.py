from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine

from desk.frontdesk.model import Patient
from desk.frontdesk.search import PatientIndex
from desk.frontdesk.search_keys import record_keys, record_of

pytestmark = pytest.mark.clock

GIVEN = ["james", "olivia", "jack", "charlotte", "william", "ava", "noah", "mia", "thomas",
         "chloe", "lucas", "grace", "henry", "emily", "ethan", "sophie", "liam", "ruby"]
FAMILY = ["brown", "wilson", "taylor", "martin", "anderson", "white", "harris", "clarke",
          "walker", "young", "king", "wright", "scott", "green", "baker", "hill", "lee"]


def _crowd(n: int) -> list[Patient]:
    """Unrelated patients so that the right answer must be picked out of a crowd."""
    rnd = random.Random(3)
    out = []
    for i in range(n):
        out.append(Patient(
            family=rnd.choice(FAMILY), given=rnd.choice(GIVEN),
            birth_date=date(1940, 1, 1) + timedelta(days=rnd.randrange(30000)),
            phone=f"04{rnd.randrange(10**8):08d}", mrn=f"C{i:06d}"))
    return out


SMITH = Patient("Smith", "John Robert", date(1984, 3, 1), sex="male", phone="(02) 9123 4567",
                mrn="MRN-004711", postal_code="2000")
ZOE = Patient("Nguyễn", "Zoë", date(1990, 5, 6), sex="female", phone="+61 412 345 678")
KATHERINE = Patient("O'Brien-Walsh", "Katherine", date(1970, 1, 2), sex="female")
SCHMIDT = Patient("Schmidt", "Margarethe", date(1952, 11, 23), sex="female")


@pytest.fixture
def index() -> Iterator[PatientIndex]:
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        assert ix.ensure_schema() is True
        ix.rebuild([*_crowd(3000), SMITH, ZOE, KATHERINE, SCHMIDT])
        yield ix


def _top(ix: PatientIndex, query: str) -> str:
    hits = ix.search(query, limit=10)
    assert hits, f"nothing found for {query!r}"
    return hits[0].patient_id


@pytest.mark.parametrize("query", [
    "john smith", "smith john", "Smith, John", "jon smith", "jhon smtih", "smyth john",
    "robert smith", "smith j", "smit",
])
def test_name_queries_rank_the_patient_first(index: PatientIndex, query: str) -> None:
    assert _top(index, query) == SMITH.id


@pytest.mark.parametrize("query", [
    "catherine obrien", "kathrine walsh", "obrien-walsh", "o'brien walsh katherine",
])
def test_phonetic_hyphen_and_apostrophe_variants(index: PatientIndex, query: str) -> None:
    assert _top(index, query) == KATHERINE.id


def test_sound_alike_family_name(index: PatientIndex) -> None:
    assert _top(index, "margarete shmidt") == SCHMIDT.id


@pytest.mark.parametrize("query", ["zoe", "Zoë", "ZOE NGUYEN", "nguyen zoe"])
def test_accents_are_ignored(index: PatientIndex, query: str) -> None:
    assert _top(index, query) == ZOE.id


@pytest.mark.parametrize("query", [
    "1984-03-01", "01/03/1984", "1.3.1984", "1 Mar 1984", "19840301", "March 1, 1984",
])
def test_birth_date_formats_find_the_patient(index: PatientIndex, query: str) -> None:
    hits = index.search(query)
    assert SMITH.id in [h.patient_id for h in hits]
    hit = next(h for h in hits if h.patient_id == SMITH.id)
    assert "birth date" in hit.matched


@pytest.mark.parametrize("query", [
    "(02) 9123 4567", "02 9123 4567", "+61 2 9123-4567", "0291234567", "9123 4567",
])
def test_phone_formattings(index: PatientIndex, query: str) -> None:
    hits = index.search(query)
    assert hits[0].patient_id == SMITH.id
    assert hits[0].matched == ("phone",)


@pytest.mark.parametrize("query", ["MRN-004711", "mrn004711", "004711", "4711"])
def test_mrn(index: PatientIndex, query: str) -> None:
    hits = index.search(query)
    assert hits[0].patient_id == SMITH.id
    assert "MRN" in hits[0].matched


def test_name_and_birth_date_together_say_both(index: PatientIndex) -> None:
    hits = index.search("smith 1984-03-01")
    assert hits[0].patient_id == SMITH.id
    assert hits[0].matched == ("name", "birth date")
    assert hits[0].score > 0.95


def test_birth_date_picks_one_of_many_namesakes(index: PatientIndex) -> None:
    twins = [Patient("Brown", "James", date(1960 + i, 6, 1)) for i in range(30)]
    for p in twins:
        index.add(p)
    target = twins[17]
    assert _top(index, "james brown 1977-06-01") == target.id
    assert _top(index, "brwon jmaes 01/06/1977") == target.id


def test_partial_word_while_typing(index: PatientIndex) -> None:
    assert _top(index, "marga") == SCHMIDT.id
    assert _top(index, "smith joh") == SMITH.id


def test_one_or_two_typed_letters_find_the_names_they_start(index: PatientIndex) -> None:
    assert _top(index, "z") == ZOE.id
    assert _top(index, "ng") == ZOE.id
    assert _top(index, "sc") in {SCHMIDT.id} | {h.patient_id for h in index.search("scott")}


def test_the_exact_family_name_wins_while_one_letter_of_the_given_name_is_typed() -> None:
    # "j" sounds like João (both "J"), yet every name starting with j is a start of it
    john, joao = Patient("Martin", "John"), Patient("Martínez", "João")
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild([joao, john])
        assert [h.patient_id for h in ix.search("martin j")] == [john.id, joao.id]


def test_a_year_beside_a_name_is_the_year_of_birth() -> None:
    born_1962 = Patient("Dubois", "Hélène", date(1962, 4, 2))
    others = [Patient("Dubois", g, date(1930 + n, 1, 1)) for n, g in enumerate(GIVEN)]
    mrn_1962 = Patient("Schmidt", "María José", date(2012, 12, 17), mrn="FCP001962")
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild([*others, mrn_1962, born_1962])
        top = ix.search("dubios 1962")[0]
        assert (top.patient_id, top.matched) == (born_1962.id, ("name", "birth year"))
        assert _top(ix, "1962") == mrn_1962.id  # alone, the number is still an MRN


def test_a_year_beside_a_name_does_not_put_an_mrn_with_another_name_first() -> None:
    # nobody of that name was born in 1962: the name decides, not the MRN ending in 1962
    dubois = Patient("Dubois", "Hélène", date(1964, 11, 28))
    mrn_1962 = Patient("Schmidt", "María José", date(2012, 12, 17), mrn="FCP001962")
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild([mrn_1962, dubois])
        assert _top(ix, "dubios 1962") == dubois.id
        assert _top(ix, "schmidt 1962") == mrn_1962.id


def test_unknown_query_finds_nothing_strong(index: PatientIndex) -> None:
    assert all(h.score < 0.8 for h in index.search("xqzvbn wprtk"))
    assert index.search("") == []
    assert index.search("   ,  ") == []


def test_add_update_remove_keep_the_index_right(index: PatientIndex) -> None:
    p = Patient("Featherstonehaugh", "Quentin", date(2001, 2, 3), phone="0400 111 222")
    assert not any(h.score > 0.9 for h in index.search("featherstonehaugh"))
    index.add(p)
    assert _top(index, "quentin featherstonehaugh") == p.id
    before = index.count()
    old = replace(p)

    p.family = "Fanshawe"
    p.phone = "0400 999 888"
    index.update(p)
    assert index.count() == before
    assert _top(index, "quentin fanshawe") == p.id
    assert p.id not in [h.patient_id for h in index.search("featherstonehaugh")]
    assert p.id not in [h.patient_id for h in index.search("0400 111 222")]
    assert _top(index, "0400 999 888") == p.id

    index.remove(p.id)
    assert index.count() == before - 1
    assert p.id not in [h.patient_id for h in index.search("quentin fanshawe 2001-02-03")]
    index.remove(p.id)  # a second remove is harmless
    assert index.count() == before - 1
    # no key of the old or the removed entry is left behind
    stale = index.connection.exec_driver_sql(
        "SELECT count(*) FROM desk_search_key WHERE desk_search_key MATCH ?"
        " AND rowid NOT IN (SELECT rid FROM desk_search_doc)",
        (" OR ".join(f'"{k}"' for k in record_keys(record_of(old)) | record_keys(record_of(p))),
         )).scalar()
    assert stale == 0
    assert index.connection.exec_driver_sql(
        "SELECT count(*) FROM desk_search_fts WHERE desk_search_fts MATCH"
        " '\"featherstone\" OR \"fanshawe\"'").scalar() == 0


def test_rolled_back_change_leaves_the_index_as_it_was() -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.add(SMITH)
    p = Patient("Rollback", "Rita", date(1999, 9, 9))
    with engine.connect() as c:
        trans = c.begin()
        PatientIndex(c).add(p)
        assert _top(PatientIndex(c), "rita rollback") == p.id
        trans.rollback()
    with engine.connect() as c:
        ix = PatientIndex(c)
        assert ix.count() == 1
        assert all(h.patient_id != p.id for h in ix.search("rita rollback"))


def test_schema_is_created_once(index: PatientIndex) -> None:
    assert index.ensure_schema() is False


def test_index_lives_inside_the_encrypted_database(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Temp files of this process (Python's and SQLite's) go to a folder of our own, so
    # that files other programs put in the shared temp folder cannot confuse the check.
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    db = data_dir / "desk.db"
    engine = create_engine(f"sqlite+pysqlcipher://:secret-key@/{db}")
    canary = "Zyxwvutsrq"
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild([*_crowd(500), Patient(canary, "Canary", date(1980, 1, 1))])
        ix.add(Patient(canary + "a", "Canary", date(1980, 1, 1)))
    with engine.connect() as c:
        assert PatientIndex(c).search(canary)[0].matched == ("name",)
    engine.dispose()

    assert os.listdir(temp_dir) == [], "the index wrote a temp file"
    assert os.listdir(data_dir) == ["desk.db"]
    raw = db.read_bytes()
    assert canary.lower().encode() not in raw and canary.encode() not in raw
    assert not raw.startswith(b"SQLite format 3")


def test_index_needs_no_patient_table(index: PatientIndex) -> None:
    c: Connection = index.connection
    tables = {r[0] for r in c.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "patient" not in tables
    assert {"desk_search_doc", "desk_search_key", "desk_search_fts"} <= tables


def test_particles_typed_apart_or_together(index: PatientIndex) -> None:
    mccarthy = Patient("McCarthy", "Siobhan", date(1975, 4, 4))
    van = Patient("van der Berg", "Pieter", date(1966, 6, 6))
    index.add(mccarthy)
    index.add(van)
    assert _top(index, "mc carthy siobhan") == mccarthy.id
    assert _top(index, "siobhan mccarthy") == mccarthy.id
    assert _top(index, "pieter vanderberg") == van.id
    assert _top(index, "van der berg") == van.id


def test_a_typo_in_the_first_word_with_the_last_still_being_typed(index: PatientIndex) -> None:
    # No trailing space: "smith" may still grow, yet it is also a whole word already.
    assert _top(index, "jhon smith") == SMITH.id
    assert _top(index, "margarethe schm") == SCHMIDT.id


def test_mistyped_birth_date_still_helps(index: PatientIndex) -> None:
    twins = [Patient("Brown", "James", date(1960 + i, 6, 1)) for i in range(30)]
    for p in twins:
        index.add(p)
    # 19770631 is no date; it is one digit away from 19770601
    assert _top(index, "james brown 19770631") == twins[17].id


def test_a_blank_record_can_be_indexed_and_removed(index: PatientIndex) -> None:
    before = index.count()
    blank = Patient("", "")
    index.add(blank)
    assert index.count() == before + 1
    index.remove(blank.id)
    assert index.count() == before


def test_an_index_of_an_older_layout_is_dropped_and_asks_for_a_rebuild() -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.add(SMITH)
        c.exec_driver_sql("UPDATE desk_search_meta SET value = '0' WHERE name = 'version'")
        assert ix.ensure_schema() is True
        assert ix.count() == 0
        ix.rebuild([SMITH])
        assert _top(ix, "john smith") == SMITH.id
        assert ix.ensure_schema() is False


def test_one_or_two_typed_letters_narrow_a_common_family_name() -> None:
    others = ["adam", "brian", "carl", "dora", "eve", "fay", "gus", "hal", "ida", "kim"]
    smiths = [Patient("Smith", others[n % len(others)] + "a" * (n // 10)) for n in range(300)]
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild([*smiths, SMITH])  # the one we want comes last of 301 Smiths
        assert _top(ix, "smith jo") == SMITH.id
        assert _top(ix, "smith j") == SMITH.id
        assert _top(ix, "smith robert jo") == SMITH.id



def _namesakes(family: str) -> list[Patient]:
    """A family name shared by one patient of every common given name."""
    return [Patient(family, g, date(1950, 1, 1) + timedelta(days=400 * n))
            for n, g in enumerate(GIVEN)]


@pytest.mark.parametrize(("query", "given", "family"), [
    ("tana white", "Tara", "White"),  # an edit inside a short word, beside a common name
    ("sheley greeb", "Shelbey", "Green"),  # a typo in each word
    ("olivee sal", "Oliver", "Salt"),
    ("jayde n white", "Jayden", "White"),  # a name split by a stray space
    ("isab elle white", "Isabelle", "White"),
])
def test_typos_in_both_words_inside_short_ones_and_stray_spaces(
        index: PatientIndex, query: str, given: str, family: str) -> None:
    target = Patient(family, given, date(1976, 9, 13))
    for p in [*_namesakes(family), target]:
        index.add(p)
    assert _top(index, query) == target.id
