"""Scores a clinician relies on: PHQ-9, GAD-7, calculated age, BMI."""

from __future__ import annotations

import datetime as dt

import pytest

from desk.forms import Form, bundled_forms

from .helpers import corpus_dir

pytestmark = pytest.mark.clock

NOT_AT_ALL, SEVERAL, HALF, NEARLY = "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"
WEIGHT = {NOT_AT_ALL: 0, SEVERAL: 1, HALF: 2, NEARLY: 3}

PHQ9_PATTERNS = [
    ([NOT_AT_ALL] * 9, 0, "Minimal depression"),
    ([SEVERAL] * 4 + [NOT_AT_ALL] * 5, 4, "Minimal depression"),
    ([SEVERAL] * 5 + [NOT_AT_ALL] * 4, 5, "Mild depression"),
    ([HALF] * 5 + [NOT_AT_ALL] * 4, 10, "Moderate depression"),
    ([HALF] * 7 + [SEVERAL] * 1 + [NOT_AT_ALL], 15, "Moderately severe depression"),
    ([NEARLY] * 6 + [SEVERAL] * 2 + [NOT_AT_ALL], 20, "Severe depression"),
    ([NEARLY] * 9, 27, "Severe depression"),
]
GAD7_PATTERNS = [
    ([NOT_AT_ALL] * 7, 0, "Minimal anxiety"),
    ([SEVERAL] * 5 + [NOT_AT_ALL] * 2, 5, "Mild anxiety"),
    ([HALF] * 4 + [SEVERAL] + [NOT_AT_ALL] * 2, 9, "Mild anxiety"),
    ([HALF] * 5 + [NOT_AT_ALL] * 2, 10, "Moderate anxiety"),
    ([NEARLY] * 5 + [NOT_AT_ALL] * 2, 15, "Severe anxiety"),
    ([NEARLY] * 7, 21, "Severe anxiety"),
]


@pytest.mark.parametrize(("answers", "total", "band"), PHQ9_PATTERNS)
def test_phq9_total_and_band(answers, total, band) -> None:
    form = Form.load(bundled_forms()["phq-9"])
    for number, code in enumerate(answers, start=1):
        assert form.set_answer(f"phq9-q{number}", code)
    assert form.node("phq9-total").answer == total
    assert form.node("phq9-severity").answer_texts() == [band]


@pytest.mark.parametrize(("answers", "total", "band"), GAD7_PATTERNS)
def test_gad7_total_and_band(answers, total, band) -> None:
    form = Form.load(bundled_forms()["gad-7"])
    for number, code in enumerate(answers, start=1):
        assert form.set_answer(f"gad7-q{number}", code)
    assert form.node("gad7-total").answer == total
    assert form.node("gad7-severity").answer_texts() == [band]


def test_phq9_score_follows_a_changed_answer_and_band_translates() -> None:
    form = Form.load(bundled_forms()["phq-9"], language="fr")
    for number in range(1, 10):
        form.set_answer(f"phq9-q{number}", HALF)
    assert form.node("phq9-total").answer == 18
    form.set_answer("phq9-q1", NOT_AT_ALL)
    assert form.node("phq9-total").answer == 16
    assert form.node("phq9-severity").answer_texts() == ["Dépression modérément sévère"]
    form.set_language("es")
    assert form.node("phq9-severity").answer_texts() == ["Depresión moderadamente grave"]


def test_phq9_without_answers_has_no_score_and_no_difficulty_question() -> None:
    form = Form.load(bundled_forms()["phq-9"])
    assert form.node("phq9-total").answers == []
    assert not form.node("phq9-difficulty").enabled
    form.set_answer("phq9-q3", SEVERAL)
    assert form.node("phq9-difficulty").enabled


def test_phq9_item_nine_alert_shows_only_for_thoughts_of_self_harm() -> None:
    form = Form.load(bundled_forms()["phq-9"])
    assert not form.node("phq9-alert").enabled  # unanswered: the form also asks "exists"
    form.set_answer("phq9-q9", NOT_AT_ALL)
    assert not form.node("phq9-alert").enabled
    form.set_answer("phq9-q9", SEVERAL)
    assert form.node("phq9-alert").enabled


PHQ9_CORPUS_IDS = ["/44250-9", "/44255-8", "/44259-0", "/44254-1", "/44251-7", "/44258-2",
                   "/44252-5", "/44253-3", "/44260-8"]


@pytest.mark.parametrize(("answers", "total", "band"), PHQ9_PATTERNS)
def test_corpus_phq9_calculated_total(answers, total, band) -> None:
    form = Form.load(corpus_dir() / "lforms__phq9-loinc-44249-1.json")
    for link_id, code in zip(PHQ9_CORPUS_IDS, answers, strict=True):
        assert form.set_answer(link_id, code)
    assert form.node("/44261-6").answer == total


@pytest.mark.parametrize(("answers", "total", "band"), GAD7_PATTERNS)
def test_corpus_gad7_weights_sum_to_total(answers, total, band) -> None:
    form = Form.load(corpus_dir() / "rkof__gad-7.json")
    questions = [n for n in form.nodes() if n.type == "choice"]
    assert len(questions) == 7
    codes = {WEIGHT[c]: c for c in answers}
    for node, code in zip(questions, answers, strict=True):
        option = next(o for o in node.options if o.weight == WEIGHT[code])
        assert form.set_answer(node, option)
    assert codes
    assert form.total_score() == total


def _birth_date(years: int, days_after_birthday: int) -> str:
    """Born ``years`` years before the day ``days_after_birthday`` ago. ``years`` are
    multiples of four, so that the date exists when that day is 29 February."""
    birthday = dt.date.today() - dt.timedelta(days=days_after_birthday)
    return birthday.replace(year=birthday.year - years).isoformat()


# On the birthday itself the corpus form's own expression compares MMDD with ">" and
# still gives the previous age; desk evaluates forms as written.
@pytest.mark.parametrize(("years", "days", "age"), [(28, 1, 28), (28, 0, 27), (44, 100, 44)])
def test_calculated_age(years, days, age) -> None:
    form = Form.load(corpus_dir() / "androidfhir__calculated-age.json")
    assert form.node("age").read_only
    form.set_answer("birthdate", _birth_date(years, days))
    assert form.node("age").answer == age


def test_calculated_age_the_day_before_the_birthday() -> None:
    form = Form.load(corpus_dir() / "androidfhir__calculated-age.json")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    if (tomorrow.month, tomorrow.day) == (2, 29):
        tomorrow += dt.timedelta(days=1)
    born = tomorrow.replace(year=tomorrow.year - 40)
    form.set_answer("birthdate", born.isoformat())
    assert form.node("age").answer == 39


@pytest.mark.parametrize(("kg", "inches", "bmi"), [(70.0, 68.0, 23.5), (100.0, 72.0, 29.9),
                                                   (50.0, 60.0, 21.5)])
def test_bmi_from_weight_and_height(kg, inches, bmi) -> None:
    form = Form.load(corpus_dir() / "lformsfhirapp__weight-height.json")
    form.set_answer("/29463-7", kg)
    assert form.node("/39156-5").answers == []
    form.set_answer("/8302-2", inches)
    assert form.node("/39156-5").answer == pytest.approx(bmi)
    form.set_answer("/8302-2", None)
    assert form.node("/39156-5").answers == []


def test_bmi_from_quantities_in_kilograms_and_centimetres() -> None:
    form = Form.load(corpus_dir() / "lformsfhirapp__vital-signs-panel.json")
    ucum = "http://unitsofmeasure.org"
    form.set_answer("/3141-9", {"value": 70, "unit": "kg", "system": ucum, "code": "kg"})
    form.set_answer("/8302-2", {"value": 175, "unit": "cm", "system": ucum, "code": "cm"})
    assert form.node("/39156-5").answer == pytest.approx(22.9)


def test_framingham_risk_uses_fractional_powers() -> None:
    form = Form.load(corpus_dir() / "lformsfhirapp__framingham-hchd.json")
    for link_id, value in [("/age", 55), ("/46098-0", "LA2-8"), ("/smokes", "Y"),
                           ("/8480-6", 130), ("/2093-3", 200), ("/2085-9", 50),
                           ("/antihypertensive", "N")]:
        assert form.set_answer(link_id, value)
    risk = form.node("riskDecimal").answer
    assert risk is not None and 0 < risk < 1
    assert form.node("riskPercentage").answer == f"{round(risk * 100, 2)}%"


def test_bmi_from_pounds_and_inches() -> None:
    form = Form.load(corpus_dir() / "lformsfhirapp__vital-signs-panel.json")
    assert form.set_answer("/3141-9", 154)  # the form's own unit: [lb_av]
    assert form.set_answer("/8302-2", 69)  # [in_i]
    assert form.node("/3141-9").answer["code"] == "[lb_av]"
    assert form.node("/39156-5").answer == pytest.approx(22.7)
