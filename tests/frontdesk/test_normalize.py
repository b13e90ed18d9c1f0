from __future__ import annotations

from datetime import date

import pytest

from desk.frontdesk.normalize import (
    fold,
    mrn_key,
    name_tokens,
    parse_dates,
    parse_query,
    phone_digits,
    phonetic,
)

pytestmark = pytest.mark.clock


def test_fold_removes_accents_and_case() -> None:
    assert fold("Zoë") == "zoe"
    assert fold("JOSÉ Müller-Łukasz") == "jose muller-lukasz"
    assert fold("Straße") == "strasse"


def test_name_tokens_split_hyphens_and_join_apostrophes() -> None:
    assert name_tokens("O'Brien-Smith, Zoë") == ("obrien", "smith", "zoe")
    assert name_tokens("  van der  Berg ") == ("van", "der", "berg")


def test_phonetic_codes_agree_on_sound_alikes() -> None:
    assert set(phonetic("smith")) & set(phonetic("smyth"))
    assert set(phonetic("catherine")) & set(phonetic("katherine"))
    assert not set(phonetic("smith")) & set(phonetic("jones"))


@pytest.mark.parametrize(
    "text",
    ["1984-03-01", "19840301", "1.3.1984", "01/03/1984", "1 Mar 1984", "1st March 1984",
     "March 1, 1984", "1984/3/1"],
)
def test_birth_date_formats(text: str) -> None:
    assert parse_dates(text)[0] == date(1984, 3, 1)


def test_ambiguous_numeric_date_gives_both_readings_in_preferred_order() -> None:
    assert parse_dates("03/01/2024") == [date(2024, 1, 3), date(2024, 3, 1)]
    assert parse_dates("03/01/2024", day_first=False) == [date(2024, 3, 1), date(2024, 1, 3)]
    # 13 cannot be a month: only one reading whatever the preference
    assert parse_dates("03/13/1990") == [date(1990, 3, 13)]


def test_impossible_dates_are_rejected() -> None:
    assert parse_dates("1984-02-30") == []
    assert parse_dates("19841301") == []


@pytest.mark.parametrize(
    "text", ["(02) 9123 4567", "+61 2 9123-4567", "02.9123.4567", "0291234567"])
def test_phone_digits_compare_the_tail(text: str) -> None:
    assert phone_digits(text) == "291234567"


def test_short_numbers_are_not_phones() -> None:
    assert phone_digits("12345") == ""


def test_mrn_key_ignores_case_and_punctuation() -> None:
    assert mrn_key("mrn-00123") == mrn_key("MRN 00123") == "MRN00123"


def test_query_mixing_name_and_date() -> None:
    q = parse_query("Smith, John 1984-03-01")
    assert q.names == ["smith", "john"]
    assert q.dates == [date(1984, 3, 1)]


def test_query_phone_with_spaces_is_one_part() -> None:
    q = parse_query("(02) 9123 4567")
    assert q.names == []
    assert q.phones == ["291234567"]


def test_compact_number_is_date_phone_and_mrn_at_once() -> None:
    q = parse_query("19840301")
    assert len(q.parts) == 1
    assert q.dates == [date(1984, 3, 1)]
    assert q.mrns == ["19840301"]


def test_mistyped_compact_date_is_kept_for_near_matching() -> None:
    q = parse_query("19840025")
    assert q.dates == []
    assert q.parts[0].near_dates == ["19840025"]
