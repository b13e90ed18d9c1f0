"""The clinic's own forms, pulled from its server, sent to the kiosk like desk's."""

from __future__ import annotations

import json
import logging

import pypdfium2 as pdfium
import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.forms import bundled_forms
from desk.frontdesk import catalog, intake
from desk.storage import SYSTEM
from desk.storage.schema import outbox
from tests.frontdesk.test_intake import CLINIC, book, intake_status, send
from tests.support.intake_forms import (
    CLINIC_URL,
    as_pulled,
    clinic_form,
    filled_response,
    keep_pulled,
)

DESK_FORMS = list(bundled_forms())


def offered(workspace) -> list[str]:
    with workspace.read() as conn:
        return [f.name for f in catalog.available_forms(conn)]


def fill(workspace, item: intake.Intake, **answers) -> dict:
    """The answers a patient gives at the kiosk, on the form as the kiosk loads it."""
    with workspace.read() as conn:
        form = catalog.form_info(conn, item.questionnaire)
    return filled_response(form, language=item.language, answers=answers)


def finish(workspace, item: intake.Intake, response: dict) -> intake.Intake:
    with workspace.begin() as conn:
        return intake.complete(conn, workspace.blobs, item.id, response, SYSTEM, clinic=CLINIC)


def queued(workspace, rtype: str) -> list[str]:
    with workspace.read() as conn:
        return list(conn.execute(sa.select(outbox.c.record_id).where(
            outbox.c.record_type == rtype)).scalars())


def test_a_pulled_form_is_offered_sent_completed_and_printed(workspace) -> None:
    keep_pulled(workspace, as_pulled(clinic_form(), "q-travel"))
    assert offered(workspace) == [*DESK_FORMS, "server:q-travel"]
    with workspace.read() as conn:
        travel = catalog.available_forms(conn)[-1]
    assert travel.from_clinic and travel.canonical == f"{CLINIC_URL}|2"
    assert travel.title("en") == "Travel screening" and travel.title("fr") == "Dépistage voyage"

    appt = book(workspace, language="fr")
    handoff = send(workspace, appt, ["server:q-travel", "phq-9"])
    # desk's forms first, as the dialog lists them; titles in the patient's language
    assert [i.questionnaire for i in handoff.intakes] == ["phq-9", "server:q-travel"]
    assert handoff.titles[1] == "Dépistage voyage"
    item = handoff.intakes[1]
    done = finish(workspace, item, fill(workspace, item, travelled=True, where="Lisbonne"))

    assert done.status == "completed" and intake_status(workspace, appt) == "partial"
    assert done.response["questionnaire"] == f"{CLINIC_URL}|2"
    with workspace.read() as conn:
        pdf = intake.pdf(conn, workspace.blobs, item.id)
        history = intake.for_patient(conn, appt.patient_id, completed_only=True)
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "Dépistage voyage" in text and "Lisbonne" in text and "Élise Durand" in text
    assert [h.title for h in history] == ["Dépistage voyage"]
    assert queued(workspace, "QuestionnaireResponse") == [item.id]
    assert queued(workspace, "Consent") == []  # only desk's consent form makes one


def test_forms_desk_cannot_use_or_the_clinic_retired_are_not_offered(workspace,
                                                                     caplog) -> None:
    secret_title = "Zqxv internal screening"
    broken = clinic_form(url="http://clinic.example/q/broken", title=secret_title,
                         item=[{"type": "string", "text": "No linkId"}])
    keep_pulled(workspace,
                as_pulled(clinic_form(), "q-travel"),
                as_pulled(broken, "q-broken"),
                as_pulled(clinic_form(url="http://clinic.example/q/old", status="retired"),
                          "q-retired"),
                as_pulled(clinic_form(url="http://clinic.example/q/draft", status="draft"),
                          "q-draft"),
                as_pulled(clinic_form(url="http://clinic.example/q/empty", item=[]),
                          "q-empty"),
                as_pulled(clinic_form(url="http://clinic.example/q/nostatus", status=None,
                                      title="Diet"), "q-diet"))
    with caplog.at_level(logging.WARNING):
        assert offered(workspace) == [*DESK_FORMS, "server:q-diet", "server:q-travel"]
    assert "q-broken" in caplog.text and secret_title not in caplog.text
    appt = book(workspace)
    with pytest.raises(DeskError, match="no longer in use on the clinic's server"):
        send(workspace, appt, ["server:q-retired"])
    with pytest.raises(DeskError, match="can no longer be used"):
        send(workspace, appt, ["server:q-broken"])
    with pytest.raises(DeskError, match="can no longer be used"):
        send(workspace, appt, ["server:no-such-id"])
    assert intake_status(workspace, appt) == "none"


def test_the_clinics_version_of_a_desk_form_replaces_it(workspace) -> None:
    phq = json.loads(bundled_forms()["phq-9"].read_text(encoding="utf-8"))
    keep_pulled(workspace, as_pulled(phq, "q-phq-same"))  # the same version: desk's own
    assert offered(workspace) == DESK_FORMS
    keep_pulled(workspace,
                as_pulled(phq | {"version": "2.0.0"}, "q-phq-2", updated="2026-03-02T08:00:00Z"),
                as_pulled(phq | {"version": "3.0.0"}, "q-phq-3", updated="2026-03-03T08:00:00Z"))
    names = offered(workspace)
    assert "phq-9" not in names and "server:q-phq-3" in names  # the one changed last
    assert "server:q-phq-2" not in names and "server:q-phq-same" not in names
    # forms already sent by name keep working: desk's own PHQ-9 still completes
    appt = book(workspace)
    item = send(workspace, appt, ["phq-9"]).intakes[0]
    assert finish(workspace, item, filled_response("phq-9")).status == "completed"


def test_a_sent_form_retired_or_edited_on_the_server_still_completes(workspace) -> None:
    keep_pulled(workspace, as_pulled(clinic_form(), "q-travel"))
    appt = book(workspace)
    item = send(workspace, appt, ["server:q-travel"]).intakes[0]
    answers = fill(workspace, item, travelled=False)
    keep_pulled(workspace, as_pulled(clinic_form(status="retired"), "q-travel", version="2"))
    assert "server:q-travel" not in offered(workspace)
    assert finish(workspace, item, answers).status == "completed"
    assert intake_status(workspace, appt) == "done"


def test_a_form_changed_or_broken_on_the_server_loses_nothing(workspace) -> None:
    keep_pulled(workspace, as_pulled(clinic_form(), "q-travel"))
    appt = book(workspace)
    item = send(workspace, appt, ["server:q-travel"]).intakes[0]
    old_answers = fill(workspace, item, travelled=True, where="Oslo")
    renamed = [{"linkId": "abroad", "type": "boolean", "text": "Abroad lately?"}]
    keep_pulled(workspace, as_pulled(clinic_form(version="3", item=renamed), "q-travel",
                                     version="2"))
    with pytest.raises(DeskError, match="changed on the clinic's server"):
        finish(workspace, item, old_answers)
    keep_pulled(workspace, as_pulled(clinic_form(item="not a list"), "q-travel", version="3"))
    with pytest.raises(DeskError, match="can no longer be used"):
        finish(workspace, item, old_answers)
    with workspace.read() as conn:
        still = intake.get(conn, item.id)
    assert still.status == "sent" and still.response is None
    assert still.title == catalog.CLINIC_FALLBACK_TITLE
    assert intake_status(workspace, appt) == "sent"
    assert queued(workspace, "QuestionnaireResponse") == []
    # fixed on the server: the kiosk loads the form again and the patient finishes it
    keep_pulled(workspace, as_pulled(clinic_form(version="3", item=renamed), "q-travel",
                                     version="4"))
    done = finish(workspace, item, fill(workspace, item, abroad=False))
    assert done.status == "completed" and done.response["questionnaire"] == f"{CLINIC_URL}|3"
