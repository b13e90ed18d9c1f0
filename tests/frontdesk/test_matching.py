from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine

from bench.febrl import load, patient_of
from desk.frontdesk.matching import Model, compare, explain, find_duplicates, score_pair
from desk.frontdesk.model import Patient
from desk.frontdesk.search import PatientIndex
from desk.frontdesk.search_keys import record_of

JOHN = Patient("Smith", "John", date(1984, 3, 1), sex="male", phone="(02) 9123 4567",
               address="12 Rose Street", city="Newtown", postal_code="2042")


@pytest.fixture
def index() -> Iterator[PatientIndex]:
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild([
            JOHN,
            Patient("Smith", "Mary", date(1950, 7, 9), sex="female", phone="0298765432",
                    address="4 Oak Avenue", city="Glebe", postal_code="2037"),
            Patient("Jones", "Peter", date(1984, 3, 1), sex="male", phone="0411222333",
                    address="99 Long Road", city="Parramatta", postal_code="2150"),
        ])
        yield ix


def test_typo_twin_is_flagged_with_reasons(index: PatientIndex) -> None:
    new = Patient("Smith", "Jon", date(1984, 3, 1), sex="male", phone="02 9123 4567",
                  address="12 Rose St", city="Newtown", postal_code="2042")
    found = find_duplicates(index, new)
    assert [d.patient_id for d in found] == [JOHN.id]
    assert found[0].explanation.startswith("same last name, similar name (Jon ~ John), "
                                           "same birth date, same phone")


def test_swapped_names_are_explained(index: PatientIndex) -> None:
    new = Patient("John", "Smith", date(1984, 3, 1), phone="0291234567")
    found = find_duplicates(index, new)
    assert found[0].patient_id == JOHN.id
    assert found[0].reasons[:3] == ("same name, first and last swapped", "same birth date",
                                    "same phone")


def test_unrelated_patients_are_not_flagged(index: PatientIndex) -> None:
    # Same birth date as two patients and the same family name as two, nothing else.
    new = Patient("Smith", "Alexandra", date(1984, 3, 1), sex="female", phone="0455000111",
                  address="7 Hill Road", city="Penrith", postal_code="2750")
    assert find_duplicates(index, new) == []


def test_the_patient_itself_is_not_its_own_duplicate(index: PatientIndex) -> None:
    assert find_duplicates(index, JOHN) == []


def test_close_birth_date_and_address_are_called_similar() -> None:
    a = record_of(JOHN)
    b = record_of(Patient("Smith", "John", date(1984, 1, 3), address="12 Rose Street Unit 4"))
    assert explain(compare(a, b)) == ("same name", "similar birth date", "similar address")


def test_pair_weight_orders_likelihood() -> None:
    a = record_of(JOHN)
    same = record_of(Patient("Smith", "John", date(1984, 3, 1)))
    typo = record_of(Patient("Smiht", "Jonh", date(1984, 3, 1)))
    other = record_of(Patient("Brown", "Alice", date(1991, 8, 14)))
    assert score_pair(a, same) > score_pair(a, typo) > Model().threshold > score_pair(a, other)


@pytest.fixture(scope="module")
def febrl1() -> tuple[dict[str, Patient], list[tuple[str, str]]]:
    df, links = load("febrl1")
    patients = {str(i): patient_of(str(i), row) for i, row in df.iterrows()}
    return patients, [(str(a), str(b)) for a, b in links]


def test_febrl_duplicates_are_flagged(febrl1: tuple[dict[str, Patient],
                                                    list[tuple[str, str]]]) -> None:
    patients, links = febrl1
    sample = random.Random(5).sample(links, 60)
    engine = create_engine("sqlite://")
    with engine.begin() as c:
        ix = PatientIndex(c)
        ix.ensure_schema()
        ix.rebuild(patients.values())
        hits = 0
        false_alarms = 0
        for a, b in sample:
            found = {d.patient_id for d in find_duplicates(ix, patients[a])}
            hits += b in found
            false_alarms += len(found - {b})
    assert hits >= 57  # at least 95 % of known duplicates
    assert false_alarms <= 1


def test_febrl_unrelated_pairs_score_below_threshold(
        febrl1: tuple[dict[str, Patient], list[tuple[str, str]]]) -> None:
    patients, links = febrl1
    linked = {frozenset(pair) for pair in links}
    ids = sorted(patients)
    rnd = random.Random(9)
    model = Model()
    flagged = 0
    for _ in range(2000):
        a, b = rnd.sample(ids, 2)
        if frozenset((a, b)) in linked:
            continue
        flagged += model.weight(compare(record_of(patients[a]),
                                        record_of(patients[b]))) >= model.threshold
    assert flagged == 0


def test_a_different_name_is_said_plainly() -> None:
    a = record_of(JOHN)
    b = record_of(Patient("Brown", "Alice", date(1984, 3, 1), phone="02 9123 4567",
                          address="12 Rose Street", postal_code="2042"))
    assert explain(compare(a, b)) == ("same birth date", "same phone", "same address",
                                      "same postcode", "but a different name")
