"""The staff screens write dates, times and numbers as the locale does, read a typed birth
date in its order, and start a calendar's week on its first day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.ui import translation
from desk.ui.board import BoardWidget
from desk.ui.chart import PatientChartWidget
from desk.ui.forms.editors import PickerDialog
from desk.ui.patients_screen import PatientsScreen
from tests.ui.conftest import signed_in_session

MONDAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def default_locale_after():
    before = QLocale()
    yield
    QLocale.setDefault(before)
    translation.set_language("en")


@pytest.mark.parametrize(("locale", "heading"), [
    ("fr_FR", "Today — lundi 7 décembre 2026"),
    ("es_ES", "Today — lunes, 7 de diciembre de 2026"),
    ("en_US", "Today — Monday, December 7, 2026"),
])
def test_the_board_heading_writes_the_day_as_the_locale_does(qtbot, staffed, locale,
                                                             heading) -> None:
    QLocale.setDefault(QLocale(locale))
    board = BoardWidget(signed_in_session(staffed), day=MONDAY)
    qtbot.addWidget(board)
    assert heading in {label.text() for label in board.findChildren(QLabel)}


def test_the_board_heading_in_french_words(qtbot, staffed) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    translation.set_language("fr")
    board = BoardWidget(signed_in_session(staffed), day=MONDAY)
    qtbot.addWidget(board)
    texts = {label.text() for label in board.findChildren(QLabel)}
    assert "Aujourd’hui — lundi 7 décembre 2026" in texts


@pytest.mark.clock  # the board is today's, with the fixture's appointments
def test_the_board_gives_the_birth_date_on_the_age_in_french(qtbot, staffed) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    translation.set_language("fr")
    board = BoardWidget(signed_in_session(staffed))
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    age = board.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert age == "Date de naissance\u00a0: 17/05/1980"  # DURAND, Élise


def born_1962(staffed) -> dict[str, str]:
    """Two patients whose birth dates are 03/04/1962 read either way round."""
    with staffed.begin() as conn:
        april = patients.register(conn, Patient(family="Avril", given="Anne",
                                                birth_date=date(1962, 4, 3)), SYSTEM)
        march = patients.register(conn, Patient(family="Mars", given="Marc",
                                                birth_date=date(1962, 3, 4)), SYSTEM)
    return {april.id: "3 April", march.id: "March 4"}


@pytest.mark.parametrize(("locale", "born"), [
    ("fr_FR", "03/04/1962"), ("es_ES", "3/4/1962"), ("en_US", "4/3/1962")])
def test_a_chart_writes_the_birth_date_as_the_locale_does(qtbot, staffed, locale,
                                                          born) -> None:
    QLocale.setDefault(QLocale(locale))
    patient_id = next(iter(born_1962(staffed)))  # born 3 April 1962
    chart = PatientChartWidget(signed_in_session(staffed), patient_id)
    qtbot.addWidget(chart)
    qtbot.waitUntil(lambda: chart.patient is not None)
    assert f"born {born} (" in chart.subtitle.text()


@pytest.mark.parametrize(("locale", "setting", "order"), [
    ("fr_FR", "locale", ["3 April", "March 4"]),
    ("en_US", "locale", ["March 4", "3 April"]),
    ("en_US", "DMY", ["3 April", "March 4"]),  # the clinic's own order, set by IT, wins
])
def test_03_04_1962_finds_both_patients_the_locales_reading_first(qtbot, staffed, locale,
                                                                  setting, order) -> None:
    """03/04/1962 is 3 April first in France, March 4 first in the United States, unless
    the machine file sets ui.date_order; the registration form reads it the same way."""
    QLocale.setDefault(QLocale(locale))
    who = born_1962(staffed)
    session = signed_in_session(staffed, "remi", f"ui.date_order={setting}")
    from desk.ui.register import PatientForm

    assert PatientForm(day_first=session.day_first).day_first == (order[0] == "3 April")
    screen = PatientsScreen(session)
    qtbot.addWidget(screen)
    search = screen.search
    with qtbot.waitSignal(search.sig_results_shown, timeout=5000):
        search.box.setText("03/04/1962")
    found = [search.model.row_at(n).patient.id for n in range(search.model.rowCount())]
    assert [who[i] for i in found] == order


@pytest.mark.parametrize(("locale", "first"), [
    ("fr_FR", Qt.DayOfWeek.Monday), ("en_US", Qt.DayOfWeek.Sunday)])
def test_the_date_picker_starts_the_week_on_the_locales_first_day(qtbot, locale, first):
    QLocale.setDefault(QLocale(locale))
    picker = PickerDialog("date", "2026-12-07")
    qtbot.addWidget(picker)
    assert picker.calendar is not None and picker.calendar.firstDayOfWeek() == first


def test_a_french_forms_date_picker_starts_on_monday_on_an_american_desk(qtbot) -> None:
    QLocale.setDefault(QLocale("en_US"))
    picker = PickerDialog("date", "2026-12-07", locale=QLocale("fr"))
    qtbot.addWidget(picker)
    assert picker.calendar is not None
    assert picker.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert picker.calendar.locale().monthName(12) == "décembre"


@pytest.mark.clock  # the chart offers the check-in of today's 9:00 appointment
@pytest.mark.parametrize(("locale", "button"), [
    ("fr_FR", "Check in (09:00)"), ("en_US", "Check in (9:00\u202fAM)")])
def test_a_chart_gives_the_appointments_time_as_the_locale_does(qtbot, staffed, locale,
                                                                 button) -> None:
    QLocale.setDefault(QLocale(locale))
    session = signed_in_session(staffed)
    with staffed.read() as conn:
        durand = patients.find(conn, "Durand", limit=1)[0].patient
    chart = PatientChartWidget(session, durand.id)
    qtbot.addWidget(chart)
    qtbot.waitUntil(lambda: chart.arrival.text() == button)
