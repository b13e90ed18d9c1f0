"""A kiosk on its own tablet, through the real FHIR test server: forms sent at the desk
travel as Tasks, come back as responses, and are filed at the desk once each."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.forms import Clinic
from desk.frontdesk import codes, intake, intake_records, patients, schedule
from desk.frontdesk.board import DayBoard
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace
from desk.storage.schema import appointment as appointment_table
from desk.storage.schema import intake as intake_table
from desk.storage.schema import patient as patient_table
from desk.sync.engine import SyncEngine
from desk.sync.errors import FhirError, RetryPolicy
from desk.sync.tasks import CODE_SYSTEM
from tests.support.intake_forms import filled_response
from tests.sync.test_engine import MRN, new_client
from tests.sync.test_intake_sync import by_record

pytestmark = [pytest.mark.server, pytest.mark.clock]
CLINIC = Clinic("Test clinic")


@pytest.fixture
def tablet(tmp_path):
    ws = Workspace.create(tmp_path / "tablet")
    yield ws
    ws.close()


def engine_for(workspace, fhir, day: date, *, attempts: int = 6, **kw) -> SyncEngine:
    client = new_client(fhir.base_url, retry=RetryPolicy(attempts=attempts, base_delay=0.01))
    return SyncEngine(workspace.engine, client, options=MRN, blobs=workspace.blobs,
                      today=lambda: day, clinic=CLINIC, **kw)


def send(desk, day: date, forms: list[str]) -> tuple[Appointment, intake.Handoff]:
    with desk.begin() as conn:
        p = patients.register(conn, Patient(family="Tablet", given="Ann",
                                            birth_date=date(1980, 5, 17)), SYSTEM)
        a = schedule.book(conn, Appointment(patient_id=p.id, start=datetime.combine(
            day, time(9)), reason="Check-up"), SYSTEM)
        return a, intake.send_forms(conn, a.id, forms, SYSTEM)


def complete_on(tablet, code: str, day: date) -> list[str]:
    """The patient types the code on the tablet and fills in every form."""
    with tablet.read() as conn:
        handoff = intake.open_handoff(conn, code, today=day)
    for form in handoff.intakes:
        with tablet.begin() as conn:
            intake.complete(conn, tablet.blobs, form.id, filled_response(form.questionnaire),
                            SYSTEM, clinic=CLINIC)
    return [form.id for form in handoff.intakes]


def board_label(workspace, day: date, appointment_id: str) -> str:
    """What the day board shows in the forms column for an appointment."""
    board = DayBoard(day)
    with workspace.read() as conn:
        board.load(conn)
    row = next(r for r in board.rows if r.appointment.id == appointment_id)
    return intake.INTAKE_STATUS_LABELS[row.forms]


def rows(workspace, table) -> int:
    with workspace.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_forms_sent_at_the_desk_are_filled_on_the_tablet_and_filed(workspace, tablet, fhir):
    day = date.today()  # the one clock of this test
    desk_sync = engine_for(workspace, fhir, day)
    tablet_sync = engine_for(tablet, fhir, day, kiosk=True)
    appt, sent = send(workspace, day, ["phq-9", "consent"])
    desk_sync.run_once()
    found = by_record(fhir, "Task")
    assert {t["status"] for t in found.values()} == {"requested"} and len(found) == 2
    assert sent.code not in json.dumps(list(found.values()))  # only its hash travels
    assert all(any(i["system"] == CODE_SYSTEM for i in t["identifier"])
               for t in found.values())

    tablet_sync.run_once()
    with tablet.read() as conn:
        handoff = intake.open_handoff(conn, codes.format_code(sent.code).lower(), today=day)
        person = patients.load(conn, [handoff.patient_id])[handoff.patient_id]
    assert {i.id for i in handoff.intakes} == {i.id for i in sent.intakes}
    assert (person.given, person.family) == ("Ann", "Tablet")
    assert rows(tablet, appointment_table) == 0  # the tablet keeps no schedule

    complete_on(tablet, sent.code, day)
    tablet_sync.run_once()
    assert tablet_sync.status().waiting == 0
    assert rows(tablet, intake_table) == 0 and rows(tablet, patient_table) == 0
    responses = by_record(fhir, "QuestionnaireResponse")
    assert set(responses) == {i.id for i in sent.intakes}
    tasks = by_record(fhir, "Task")
    assert {t["status"] for t in tasks.values()} == {"completed"}
    for rid, task in tasks.items():
        response = responses[intake_records.intake_of_task(rid)]
        output = task["output"][0]["valueReference"]["reference"]
        assert output == f"QuestionnaireResponse/{response['id']}"
        assert response["basedOn"] == [{"reference": f"Task/{task['id']}"}]
        assert task["basedOn"][0]["reference"].startswith("Appointment/")

    desk_sync.run_once()
    with workspace.read() as conn:
        filed = intake.for_appointment(conn, appt.id)
        pdf = intake.pdf(conn, workspace.blobs, filed[0].id)
    assert [i.status for i in filed] == ["completed", "completed"]
    assert all(i.pdf_blob and i.response for i in filed)
    assert pdf.startswith(b"%PDF")
    assert board_label(workspace, day, appt.id) == "Filled in"
    desk_sync.run_once()  # nothing is filed or sent twice
    assert len(by_record(fhir, "QuestionnaireResponse")) == 2
    assert len(by_record(fhir, "DocumentReference")) == 2
    assert len(by_record(fhir, "Consent")) == 1


def test_a_lost_answer_to_the_tablet_doubles_nothing(workspace, tablet, fhir):
    day = date.today()
    desk_sync = engine_for(workspace, fhir, day)
    appt, sent = send(workspace, day, ["phq-9"])
    desk_sync.run_once()
    tablet_sync = engine_for(tablet, fhir, day, attempts=1, kiosk=True)
    tablet_sync.run_once()
    complete_on(tablet, sent.code, day)
    fhir.faults("drop_after", methods=["POST"])  # the server has it, the tablet never hears
    with pytest.raises(FhirError):
        tablet_sync.push()
    assert rows(tablet, intake_table) == 1  # kept until the server is known to have it
    tablet_sync.run_once()
    assert fhir.stats()["faultsInjected"] == 1
    assert rows(tablet, intake_table) == 0
    assert len(by_record(fhir, "QuestionnaireResponse")) == 1
    assert [t["status"] for t in by_record(fhir, "Task").values()] == ["completed"]
    desk_sync.run_once()
    assert board_label(workspace, day, appt.id) == "Filled in"
    assert len(by_record(fhir, "DocumentReference")) == 1


def test_offline_the_tablet_goes_on_and_its_submissions_wait(workspace, tablet, fhir):
    day = date.today()
    desk_sync = engine_for(workspace, fhir, day)
    _, first = send(workspace, day, ["phq-9"])
    _, second = send(workspace, day, ["gad-7"])
    desk_sync.run_once()
    tablet_sync = engine_for(tablet, fhir, day, attempts=1, kiosk=True)
    tablet_sync.run_once()
    fhir.faults("drop_before", count=-1)  # unreachable (a stop would empty its store)
    complete_on(tablet, first.code, day)
    with pytest.raises(FhirError):
        tablet_sync.run_once()
    complete_on(tablet, second.code, day)  # what it pulled still works
    assert tablet_sync.status().waiting > 0 and not tablet_sync.status().online
    fhir.clear_faults()
    tablet_sync.run_once()
    assert tablet_sync.status().waiting == 0 and rows(tablet, intake_table) == 0
    assert len(by_record(fhir, "QuestionnaireResponse")) == 2


def test_a_cancelled_hand_off_leaves_the_tablet(workspace, tablet, fhir):
    day = date.today()
    desk_sync = engine_for(workspace, fhir, day)
    appt, old = send(workspace, day, ["phq-9"])
    desk_sync.run_once()
    tablet_sync = engine_for(tablet, fhir, day, kiosk=True)
    tablet_sync.run_once()
    with workspace.begin() as conn:
        new = intake.send_forms(conn, appt.id, ["gad-7"], SYSTEM)  # cancels the first code
    desk_sync.run_once()
    assert sorted(t["status"] for t in by_record(fhir, "Task").values()) == [
        "cancelled", "requested"]
    tablet_sync.run_once()
    with tablet.read() as conn:
        with pytest.raises(DeskError):
            intake.open_handoff(conn, old.code, today=day)
        assert [i.questionnaire for i in intake.open_handoff(
            conn, new.code, today=day).intakes] == ["gad-7"]
    assert rows(tablet, intake_table) == 1
