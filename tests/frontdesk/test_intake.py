"""Forms handed to the kiosk: codes, completion, the appointment's intake status."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pypdfium2 as pdfium
import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.forms import Clinic
from desk.frontdesk import codes, intake, intake_records, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.frontdesk.slip import checkin_slip
from desk.storage import SYSTEM, Actor
from desk.storage.schema import audit, outbox
from tests.support.barcode import barcodes_in
from tests.support.intake_forms import filled_response

pytestmark = pytest.mark.clock

CLINIC = Clinic("Clinique des Tilleuls", ("3 rue des Tilleuls",))
CLERK = Actor("u-1", "clerk")


def book(ws, *, language: str = "fr", family: str = "Durand") -> Appointment:
    with ws.begin() as conn:
        p = patients.register(conn, Patient(family=family, given="Élise", language=language,
                                            birth_date=date(1970, 3, 4)), SYSTEM)
        return schedule.book(conn, Appointment(
            patient_id=p.id, start=datetime.combine(date.today(), time(9, 30))), SYSTEM)


def send(ws, appt: Appointment, names=("phq-9", "consent"), **kw) -> intake.Handoff:
    with ws.begin() as conn:
        return intake.send_forms(conn, appt.id, list(names), CLERK, **kw)


def intake_status(ws, appt: Appointment) -> str:
    with ws.read() as conn:
        return conn.execute(sa.text("SELECT intake_status FROM appointment WHERE id = :i"),
                            {"i": appt.id}).scalar_one()


def complete(ws, item: intake.Intake, **answers) -> intake.Intake:
    response = filled_response(item.questionnaire, language=item.language, answers=answers)
    with ws.begin() as conn:
        return intake.complete(conn, ws.blobs, item.id, response, SYSTEM, clinic=CLINIC)


def test_sending_forms_gives_one_code_in_the_patients_language(workspace) -> None:
    appt = book(workspace, language="es")
    handoff = send(workspace, appt)
    assert len(handoff.code) == 6 and set(handoff.code) <= set(codes.CODE_ALPHABET)
    assert {i.questionnaire for i in handoff.intakes} == {"phq-9", "consent"}
    assert {i.code for i in handoff.intakes} == {handoff.code}
    assert handoff.language == "es" and "Consentimiento para la atención" in handoff.titles
    assert intake_status(workspace, appt) == "sent"
    with workspace.read() as conn:
        found = intake.open_handoff(conn, handoff.code.lower()[:3] + "-" + handoff.code[3:])
        entries = conn.execute(sa.select(audit.c.action, audit.c.record_id)
                               .where(audit.c.action == "intake.send")).all()
    assert [i.id for i in found.intakes] == [i.id for i in handoff.intakes]
    assert sorted(e.record_id for e in entries) == sorted(i.id for i in handoff.intakes)


def test_a_tablet_finds_a_code_by_its_hash_and_by_the_older_hash(workspace) -> None:
    import hashlib

    handoff = send(workspace, book(workspace))
    older = hashlib.sha256(f"desk check-in code v1:{handoff.code}".encode()).hexdigest()
    for held in (codes.code_hash(handoff.code), older):  # as a tablet's rows hold it
        with workspace.begin() as conn:
            conn.execute(sa.text("UPDATE intake SET code = :c WHERE code = :was OR code = :o"),
                         {"c": held, "was": handoff.code, "o": codes.code_hash(handoff.code)})
            found = intake.open_handoff(conn, handoff.code)
        assert [i.id for i in found.intakes] == [i.id for i in handoff.intakes]
    assert codes.code_hash(handoff.code) != older  # scrypt now, not a fast hash


def test_a_chosen_language_wins_and_unknown_ones_are_refused(workspace) -> None:
    appt = book(workspace, language="de")
    assert send(workspace, appt, ["gad-7"]).language == "en"  # no German forms: English
    assert send(workspace, appt, ["gad-7"], language="fr").language == "fr"
    with pytest.raises(DeskError, match="not available in that language"):
        send(workspace, appt, ["gad-7"], language="de")
    with pytest.raises(DeskError, match="at least one form"):
        send(workspace, appt, [])
    with pytest.raises(DeskError, match="not one of desk's forms"):
        send(workspace, appt, ["no-such-form"])


def test_codes_are_unique_among_open_handoffs(workspace, monkeypatch) -> None:
    first = send(workspace, book(workspace))
    # the random source offers the taken code first: the next one is used instead
    picks = iter(first.code + "KT47XA")
    monkeypatch.setattr(codes.secrets, "choice", lambda _alphabet: next(picks))
    second = send(workspace, book(workspace, family="Okafor"))
    assert second.code == "KT47XA" != first.code


def test_sending_again_cancels_the_earlier_code(workspace) -> None:
    appt = book(workspace)
    old = send(workspace, appt)
    new = send(workspace, appt, ["gad-7"])
    with workspace.read() as conn:
        with pytest.raises(DeskError, match="cancelled"):
            intake.open_handoff(conn, old.code)
        assert [i.questionnaire for i in intake.open_handoff(conn, new.code).intakes] == [
            "gad-7"]
        assert [i.status for i in intake.for_appointment(conn, appt.id)] == [
            "cancelled", "cancelled", "sent"]


def test_a_code_stops_working_while_its_appointment_is_cancelled(workspace) -> None:
    appt = book(workspace)
    handoff = send(workspace, appt)
    now = datetime.now()
    with workspace.begin() as conn:
        schedule.move(conn, appt.id, "cancelled", CLERK, at=now)
    with workspace.read() as conn, pytest.raises(DeskError, match="no longer valid"):
        intake.open_handoff(conn, handoff.code)
    with workspace.begin() as conn:  # brought back: the slip the patient holds works again
        schedule.move(conn, appt.id, "scheduled", CLERK, at=now)
    with workspace.read() as conn:
        assert len(intake.open_handoff(conn, handoff.code).intakes) == 2
    with workspace.begin() as conn:
        schedule.move(conn, appt.id, "no-show", CLERK, at=now)
    with workspace.read() as conn, pytest.raises(DeskError, match="no longer valid"):
        intake.open_handoff(conn, handoff.code)


def test_codes_from_an_earlier_day_and_unknown_codes_are_refused(workspace) -> None:
    handoff = send(workspace, book(workspace))
    with workspace.read() as conn:
        with pytest.raises(DeskError, match="expired"):
            intake.open_handoff(conn, handoff.code, today=date.today() + timedelta(days=1))
        with pytest.raises(DeskError, match="not known"):
            intake.open_handoff(conn, "AAAAAA" if handoff.code != "AAAAAA" else "CCCCCC")
        with pytest.raises(DeskError, match="6 letters"):
            intake.open_handoff(conn, "AB")


def test_completing_keeps_the_response_and_its_pdf_and_queues_the_server(workspace) -> None:
    appt = book(workspace)
    handoff = send(workspace, appt)
    phq, consent = sorted(handoff.intakes, key=lambda i: i.questionnaire != "phq-9")
    done = complete(workspace, phq)
    assert done.status == "completed" and done.response is not None
    assert done.response["id"] == phq.id
    assert intake_status(workspace, appt) == "partial"
    with workspace.read() as conn:
        # the code still opens what is left
        assert [i.id for i in intake.open_handoff(conn, handoff.code).intakes] == [consent.id]
        pdf = intake.pdf(conn, workspace.blobs, phq.id)
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "Clinique des Tilleuls" in text and "Élise Durand" in text
    complete(workspace, consent)
    assert intake_status(workspace, appt) == "done"
    with workspace.read() as conn:
        with pytest.raises(DeskError, match="already completed"):
            intake.open_handoff(conn, handoff.code)
        queued = conn.execute(sa.select(outbox.c.record_type, outbox.c.record_id)
                              .where(outbox.c.record_type != "Patient",
                                     outbox.c.record_type != "Appointment")).all()
        history = intake.for_patient(conn, appt.patient_id, completed_only=True)
    assert sorted(t for t, _ in queued) == ["Consent", "DocumentReference",
                                            "DocumentReference", "QuestionnaireResponse",
                                            "QuestionnaireResponse", "Task", "Task", "Task",
                                            "Task"]  # each form's Task: sent, completed
    assert {r for t, r in queued if t == "Task"} == {intake_records.task_id(phq.id),
                                                     intake_records.task_id(consent.id)}
    assert ("Consent", intake_records.consent_id(consent.id)) in queued
    assert intake_records.intake_of_consent(intake_records.consent_id(consent.id)) == consent.id
    assert {h.id for h in history} == {phq.id, consent.id}
    assert all(h.pdf_blob for h in history)


def test_bad_answers_are_refused_and_change_nothing(workspace) -> None:
    appt = book(workspace)
    phq = send(workspace, appt, ["phq-9"]).intakes[0]
    wrong_form = filled_response("gad-7")
    unfinished = dict(filled_response("phq-9"), status="in-progress")
    for response, message in ((wrong_form, "another form"), (unfinished, "not finished"),
                              ({"resourceType": "Patient"}, "not answers")):
        with pytest.raises(DeskError, match=message), workspace.begin() as conn:
            intake.complete(conn, workspace.blobs, phq.id, response, SYSTEM, clinic=CLINIC)
    assert intake_status(workspace, appt) == "sent"
    complete(workspace, phq)
    with pytest.raises(DeskError, match="already completed"):
        complete(workspace, phq)
    with workspace.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(outbox).where(
            outbox.c.record_type == "QuestionnaireResponse")).scalar_one() == 1


def test_forms_are_not_sent_for_a_cancelled_appointment(workspace) -> None:
    appt = book(workspace)
    with workspace.begin() as conn:
        schedule.move(conn, appt.id, "cancelled", SYSTEM, at=datetime.now())
    with pytest.raises(DeskError, match="booked or in progress"):
        send(workspace, appt)
    assert intake_status(workspace, appt) == "none"


def test_the_slip_shows_the_code_and_forms_but_not_the_patient(workspace) -> None:
    appt = book(workspace, language="fr")
    handoff = send(workspace, appt)
    pdf = checkin_slip(handoff.code, clinic_name="Clinique des Tilleuls",
                       appointment_start=appt.start, titles=handoff.titles, language="fr")
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage().get_text_range()
    assert codes.format_code(handoff.code) in text
    assert "Consentement aux soins" in text and "09:30" in text
    assert "Durand" not in text and "1970" not in text
    width, height = page.get_size()
    assert width < 260 and height < 360  # a slip, not an A4 page
    fixed = checkin_slip("KT47XA", clinic_name="C", appointment_start=None, titles=["T"],
                         language="en")
    image = pdfium.PdfDocument(fixed)[0].render(scale=4, grayscale=True).to_pil()
    assert barcodes_in(image) == {"KT47XA"}
