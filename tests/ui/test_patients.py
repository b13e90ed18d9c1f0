"""The Patients screen: search as you type, registration with its duplicate check, walk-ins,
and the chart with its history."""

from __future__ import annotations

import base64
import json
import threading
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desk.frontdesk import patients, schedule
from desk.storage.clock import stamp
from desk.storage.schema import appointment, audit, history_resource, outbox
from desk.storage.schema import intake as intake_table
from desk.ui.board import BoardWidget
from desk.ui.chart import PatientChartWidget
from desk.ui.details import DetailsDialog
from desk.ui.patients_screen import PatientsScreen
from desk.ui.pdf_view import PdfViewDialog
from desk.ui.search import COLUMNS
from tests.ui.conftest import sign_in, signed_in_session

pytestmark = pytest.mark.clock


def _screen(qtbot, staffed) -> PatientsScreen:
    screen = PatientsScreen(signed_in_session(staffed))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _search(qtbot, screen: PatientsScreen, text: str) -> list[str]:
    search = screen.search
    search.box.clear()
    with qtbot.waitSignal(search.sig_results_shown, timeout=5000,
                          check_params_cb=lambda shown: shown == text):
        search.box.setText(text)
    return [search.model.index(n, 0).data() for n in range(search.model.rowCount())]


def _actions(qtbot, staffed, action: str) -> list[tuple[str, str]]:
    with staffed.read() as conn:
        return [tuple(r) for r in conn.execute(sa.select(audit.c.username, audit.c.record_id)
                                               .where(audit.c.action == action))]


def test_search_finds_by_typo_birth_date_and_mrn(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    assert _search(qtbot, screen, "okafr")[0] == "OKAFOR, Chidi"
    assert _search(qtbot, screen, "lucia nunez")[0] == "NÚÑEZ, Lucía"
    assert _search(qtbot, screen, "17/05/1981") == ["OKAFOR, Chidi"]
    row = screen.search.model.row_at(0)
    assert screen.search.model.index(0, COLUMNS.index("Born")).data() == "17/05/1981"
    assert "birth date" in row.matched
    assert _search(qtbot, screen, row.patient.mrn.lower()) == ["OKAFOR, Chidi"]
    screen.search.box.clear()
    assert screen.search.model.rowCount() == 0


def test_a_stale_search_never_replaces_the_newer_one(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    gate = threading.Event()
    screen.session.runner.submit(gate.wait)  # the database worker is busy for a moment
    shown: list[str] = []
    screen.search.sig_results_shown.connect(shown.append)
    screen.search.box.setText("durand")
    qtbot.waitUntil(lambda: screen.search.pending is not None)
    first = screen.search.pending
    screen.search.box.setText("okafor")
    assert first.cancelled()
    qtbot.waitUntil(lambda: screen.search.pending is not first and
                    screen.search.pending is not None)
    gate.set()
    qtbot.waitUntil(lambda: shown == ["okafor"])
    assert screen.search.model.row_at(0).patient.family == "Okafor"


def test_a_walk_in_from_search_appears_on_the_board(qtbot, make_window, unbooked) -> None:
    window = make_window()
    sign_in(qtbot, window, "remi")
    qtbot.waitUntil(lambda: window.work is not None)
    board = window.work.findChild(BoardWidget)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    actions = {a.text(): a for a in window.work.findChildren(QAction)}
    actions["Patients"].trigger()
    screen = window.work.findChild(PatientsScreen)
    _search(qtbot, screen, "moreau")
    assert screen.search.walk_in_button.isEnabled()
    qtbot.mouseClick(screen.search.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.model.rowCount() == 4)
    walk_in = next(r for r in board.model.rows if r.appointment.walk_in)
    assert walk_in.patient.family == "Moreau" and walk_in.appointment.state == "arrived"
    assert "walk-in" in screen.search.banner.label.text()


def test_a_patient_booked_today_is_not_added_again_as_a_walk_in(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    _search(qtbot, screen, "okafor")  # booked at 10:00
    qtbot.mouseClick(screen.search.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "appointment today at 10:00" in screen.search.banner.label.text())
    assert _walk_ins(staffed) == []


def test_registration_offers_the_existing_patient_instead(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    dialog = screen.register("durand elyse 17/05/1980")
    assert dialog.form.fields["family"].text() == "Durand"
    assert dialog.form.fields["given"].text() == "Elyse"
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)
    assert not dialog.save.isEnabled()
    reasons = dialog.duplicates.findChildren(type(dialog.form.birth_hint))
    assert any("same birth date" in r.text() and "DURAND, Élise" in r.text() for r in reasons)
    from PySide6.QtWidgets import QPushButton
    open_button = next(b for b in dialog.duplicates.findChildren(QPushButton)
                       if b.text() == "Open this patient")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.patient is not None)
    assert screen.chart.title.text() == "DURAND, Élise"
    with staffed.read() as conn:
        assert patients.count(conn) == 3  # nothing new was saved


def test_registering_a_new_patient_saves_queues_and_audits(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    dialog = screen.register("")
    dialog.form.birth.setText("31/02/1990")
    assert "not a birth date" in dialog.form.birth_hint.text().lower()
    dialog.form.fields["family"].setText("Ishikawa")
    dialog.form.fields["given"].setText("Ren")
    assert not dialog.save.isEnabled()  # the birth date cannot be read
    dialog.form.birth.setText("02/09/1975")
    dialog.form.fields["phone"].setText("+33 6 12 34 56 78")
    assert dialog.save.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.patient is not None)
    new = screen.chart.patient
    assert (new.family, new.birth_date, new.phone) == ("Ishikawa", date(1975, 9, 2),
                                                       "+33 6 12 34 56 78")
    assert ("remi", new.id) in _actions(qtbot, staffed, "patient.create")
    with staffed.read() as conn:
        assert conn.execute(sa.select(outbox.c.op).where(
            outbox.c.record_id == new.id)).scalar() == "create"
    screen.show_search()
    assert _search(qtbot, screen, "ishikawa ren")[0] == "ISHIKAWA, Ren"


def test_a_confirmed_new_namesake_is_registered(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    dialog = screen.register("Durand Élise 17/05/1980")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)
    dialog.duplicates.confirm.setChecked(True)
    assert dialog.save.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.patient is not None)
    with staffed.read() as conn:
        assert patients.count(conn) == 4


def _open_chart(qtbot, screen: PatientsScreen, family: str) -> PatientChartWidget:
    _search(qtbot, screen, family)
    screen.search.table.selectRow(0)
    screen.search.box.setFocus()
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.patient is not None)
    assert screen.chart is not None
    return screen.chart


def test_the_chart_is_audited_and_its_details_are_editable(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    chart = _open_chart(qtbot, screen, "nunez")
    assert chart.title.text() == "NÚÑEZ, Lucía"
    assert ("remi", chart.patient_id) in _actions(qtbot, staffed, "patient.view")
    qtbot.mouseClick(chart.edit, Qt.MouseButton.LeftButton)
    assert chart.form.fields["family"].text() == "Núñez"
    chart.form.fields["phone"].setText("04 72 00 00 00")
    qtbot.mouseClick(chart.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chart.patient is not None and chart.patient.phone == "04 72 00 00 00")
    assert chart.view.isVisible() and not chart.editing.isVisible()
    assert ("remi", chart.patient_id) in _actions(qtbot, staffed, "patient.update")


def _add_history(staffed, patient_id: str, pdf: bytes) -> None:
    now = stamp()
    doc = {"resourceType": "DocumentReference", "id": "doc-1", "status": "current",
           "description": "Discharge letter", "date": "2024-03-02T10:00:00Z",
           "content": [{"attachment": {"contentType": "application/pdf",
                                       "data": base64.b64encode(pdf).decode()}}]}
    study = {"resourceType": "ImagingStudy", "id": "img-1", "status": "available",
             "started": "2025-06-01T08:30:00Z", "description": "Chest X-ray",
             "modality": [{"code": "DX"}], "numberOfSeries": 2, "numberOfInstances": 3}
    allergy = {"resourceType": "AllergyIntolerance", "id": "al-1",
               "code": {"text": "Penicillin"}, "criticality": "high",
               "recordedDate": "2019-01-01"}
    with staffed.begin() as conn:
        for res in (doc, study, allergy):
            conn.execute(history_resource.insert().values(
                resource_type=res["resourceType"], server_id=res["id"], patient_id=patient_id,
                version="1", occurred=next(res[k] for k in ("date", "started", "recordedDate")
                                           if k in res),
                resource_json=json.dumps(res), pulled_at=now))


def _add_completed_phq9(staffed, patient_id: str) -> None:
    """Three days ago the patient filled in the PHQ-9 at the kiosk."""
    from desk.forms import Clinic
    from desk.frontdesk import intake, schedule
    from desk.frontdesk.model import Appointment
    from desk.storage import SYSTEM
    from tests.support.intake_forms import filled_response

    when = datetime.now() - timedelta(days=3)
    with staffed.begin() as conn:
        visit = schedule.book(conn, Appointment(patient_id=patient_id, start=when), SYSTEM)
        [phq] = intake.send_forms(conn, visit.id, ["phq-9"], SYSTEM, language="en").intakes
        intake.complete(conn, staffed.blobs, phq.id, filled_response("phq-9", language="en"),
                        SYSTEM, clinic=Clinic("Test clinic"))
        # completed during that visit, not now (today's visit must stay the newest entry
        # whatever the time of day)
        conn.execute(intake_table.update().where(intake_table.c.id == phq.id)
                     .values(completed_at=stamp(when + timedelta(minutes=10))))


def test_the_timeline_is_newest_first_and_each_entry_opens(qtbot, staffed) -> None:
    from tests.ui.test_printing import _label_pdf

    with staffed.read() as conn:
        okafor = next(p for p in patients.all_patients(conn) if p.family == "Okafor")
    _add_history(staffed, okafor.id, _label_pdf())
    _add_completed_phq9(staffed, okafor.id)
    screen = _screen(qtbot, staffed)
    chart = _open_chart(qtbot, screen, "okafor")
    qtbot.waitUntil(lambda: chart.timeline.rowCount() == 6)
    kinds = [chart.timeline.index(n, 1).data() for n in range(6)]
    assert kinds == ["Visit", "Form", "Visit", "Imaging", "Document", "Allergy"]
    whats = [chart.timeline.index(n, 2).data() for n in range(6)]
    assert "PHQ-9" in whats[1] and whats[3:] == ["Chest X-ray", "Discharge letter",
                                                 "Penicillin"]
    for row, expected in ((1, PdfViewDialog), (4, PdfViewDialog), (3, DetailsDialog)):
        chart.open_item(chart.timeline.row_at(row))
        qtbot.waitUntil(lambda kind=expected: isinstance(getattr(chart, "opened", None), kind))
        opened = chart.opened
        if isinstance(opened, PdfViewDialog):
            assert len(opened.pages) >= 1
        else:
            assert ("Details", "DX · 2 series, 3 images") in opened.rows
            assert ("Images", "Not on this computer: import the patient's disc from the "
                              "chart to view them.") in opened.rows
        opened.close()
        chart.opened = None


def test_two_records_of_one_person_are_merged_from_the_search(qtbot, staffed) -> None:
    from desk.frontdesk.model import Patient
    from desk.storage import SYSTEM

    with staffed.begin() as conn:
        patients.register(conn, Patient(family="Okafor", given="Chidi",
                                        birth_date=date(1981, 5, 17), phone="07 11 22 33 44"),
                          SYSTEM)
    screen = _screen(qtbot, staffed)
    assert _search(qtbot, screen, "okafor chidi")[:2] == ["OKAFOR, Chidi", "OKAFOR, Chidi"]
    search = screen.search
    search.table.selectRow(0)
    assert search.walk_in_button.isEnabled() and not search.merge_button.isEnabled()
    search.table.selectionModel().select(
        search.model.index(1, 0), search.table.selectionModel().SelectionFlag.Select
        | search.table.selectionModel().SelectionFlag.Rows)
    assert search.merge_button.isEnabled() and not search.walk_in_button.isEnabled()
    qtbot.mouseClick(search.merge_button, Qt.MouseButton.LeftButton)
    dialog = screen.merge_dialog
    qtbot.waitUntil(lambda: dialog.survivor() is not None)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.patient is not None)
    assert screen.chart.patient.id == dialog.survivor().patient.id
    screen.show_search()
    assert _search(qtbot, screen, "okafor chidi") == ["OKAFOR, Chidi"]
    assert _actions(qtbot, staffed, "patient.merge")


def _walk_ins(staffed) -> list[str]:
    with staffed.read() as conn:
        return list(conn.execute(sa.select(appointment.c.patient_id).where(
            appointment.c.walk_in.is_(True))).scalars())


def test_the_walk_in_dialog_adds_a_known_or_a_new_patient(qtbot, staffed, unbooked) -> None:
    from desk.ui.walk_in import WalkInDialog

    screen = _screen(qtbot, staffed)
    dialog = WalkInDialog(screen.session)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.search.sig_results_shown, timeout=5000):
        dialog.search.box.setText("moreau")
    chosen = dialog.search.model.row_at(0).patient.id
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.search.box, Qt.Key.Key_Return)
    assert _walk_ins(staffed) == [chosen]

    again = WalkInDialog(screen.session)
    qtbot.addWidget(again)
    again.show()
    register = again.register("Ishikawa Ren 02/09/1975")
    qtbot.waitUntil(register.save.isEnabled)
    with qtbot.waitSignal(again.accepted, timeout=5000):
        qtbot.mouseClick(register.save, Qt.MouseButton.LeftButton)
    with staffed.read() as conn:
        ren = next(p for p in patients.all_patients(conn) if p.family == "Ishikawa")
    assert sorted(_walk_ins(staffed)) == sorted([chosen, ren.id])


def test_a_walk_in_from_the_chart(qtbot, staffed, unbooked) -> None:
    screen = _screen(qtbot, staffed)
    chart = _open_chart(qtbot, screen, "moreau")
    assert chart.timeline.rowCount() == 0
    assert chart.arrival.text() == "Add as walk-in today"
    qtbot.mouseClick(chart.arrival, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "walk-in" in chart.banner.label.text())
    assert _walk_ins(staffed) == [unbooked.id]
    qtbot.waitUntil(lambda: chart.timeline.rowCount() == 1)  # the chart heard of it too
    assert chart.arrival.text().startswith("Checked in at ")
    assert not chart.arrival.isEnabled()


def test_the_chart_checks_in_a_patient_booked_today(qtbot, staffed) -> None:
    screen = _screen(qtbot, staffed)
    chart = _open_chart(qtbot, screen, "okafor")  # booked at 10:00
    assert chart.arrival.text() == "Check in (10:00)"
    qtbot.mouseClick(chart.arrival, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "10:00 appointment" in chart.banner.label.text())
    qtbot.waitUntil(lambda: not chart.arrival.isEnabled())
    with staffed.read() as conn:
        (visit,) = schedule.for_patient(conn, chart.patient_id)
    assert visit.state == "arrived" and visit.arrived_at is not None
    assert chart.arrival.text() == f"Checked in at {visit.arrived_at:%H:%M}"
    assert _walk_ins(staffed) == []
