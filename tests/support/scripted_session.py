"""A front-desk session with canary patient data, run in its own process by the canary test.

Everything it may write (workspace, temp files, settings, logs) lives under the folders the
test gives it through HOME, TMPDIR and XDG_*; the test then scans every byte there.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date, datetime, time
from pathlib import Path

from desk import logs
from desk.errors import DeskError
from desk.frontdesk import patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Workspace, accounts, audit

CANARIES = {"family": "Zqxcanaryfam", "given": "Vbqcanarygiv", "phone": "+33 6 97 31 42 58",
            "email": "canary.mail@zqx.example", "address": "17 rue Canarywqz"}
# typed by the patient at the kiosk, in the medical history form
ANSWER_CANARY = "Xkwcanarycondition"


def main(workspace: Path) -> None:
    logs.configure("DEBUG")
    log = logging.getLogger("desk.session")
    with Workspace.create(workspace) as ws:
        with ws.begin() as conn:
            clerk = accounts.create_user(conn, "clerk", "Clerk", "front desk", "password1")
        accounts.sign_in(ws.engine, "clerk", "password1")
        with ws.begin() as conn:
            p = patients.register(conn, Patient(birth_date=date(1961, 2, 3), **CANARIES),
                                  clerk.actor)
            appt = schedule.book(conn, Appointment(patient_id=p.id, reason="Canary visit",
                                                   start=datetime.combine(date.today(), time(9))),
                                 clerk.actor)
            ws.blobs.put(conn, "Patient", p.id, CANARIES["family"].encode() * 10, "text/plain")
        _complete_intake(ws, appt, clerk)
        with ws.begin() as conn:
            schedule.check_in(conn, appt.id, clerk.actor, at=datetime.now())
            patients.get(conn, p.id, clerk.actor)
            audit.record(conn, SYSTEM, "session.lock")
        _provoke_errors(ws, p, log)
        _show_board(ws, clerk)
    print("session done")


def _complete_intake(ws: Workspace, appt: Appointment, clerk: accounts.StaffUser) -> None:
    """Forms sent to the kiosk, found by their code and filled in with a canary answer."""
    from desk.forms import Clinic, Form
    from desk.frontdesk import catalog, intake

    with ws.begin() as conn:
        code = intake.send_forms(conn, appt.id, ["medical-history"], clerk.actor).code
    with ws.read() as conn:
        waiting = intake.open_handoff(conn, code).intakes[0]
        source = catalog.form_info(conn, waiting.questionnaire).source
    form = Form.load(source, language=waiting.language)
    form.set_answer("condition-name", ANSWER_CANARY)
    form.set_answer("has-allergies", False)
    with ws.begin() as conn:
        intake.complete(conn, ws.blobs, waiting.id, form.to_response(status="completed"),
                        SYSTEM, clinic=Clinic("Canary clinic"))
    with ws.read() as conn:
        kept = intake.for_patient(conn, appt.patient_id, completed_only=True)
        assert ANSWER_CANARY in json.dumps(kept[0].response), "the answer should be kept"
        assert intake.pdf(conn, ws.blobs, waiting.id).startswith(b"%PDF")


def _provoke_errors(ws: Workspace, p: Patient, log: logging.Logger) -> None:
    """Failures whose raw messages would quote patient data must not reach the log."""
    try:
        with ws.begin() as conn:  # same MRN again: SQLite quotes the failing values
            patients.register(conn, Patient(family=CANARIES["family"], given="x", mrn=p.mrn),
                              SYSTEM)
    except DeskError:
        log.warning("duplicate MRN refused for patient %s", p.id)
    try:
        raise ValueError(f"cannot parse {CANARIES['family']} {CANARIES['phone']}")
    except ValueError:
        log.exception("unexpected failure while handling patient %s", p.id)


def _show_board(ws: Workspace, clerk: accounts.StaffUser) -> None:
    from desk.storage import settings
    from desk.ui.app import make_app
    from desk.ui.board import BoardWidget
    from desk.ui.session import Session

    app = make_app()
    session = Session(ws, settings.load())
    session.user = clerk
    board = BoardWidget(session)
    board.show()
    session.runner.db.submit(lambda: None).result()
    for _ in range(20):
        app.processEvents()
    assert board.model.rowCount() == 1, "the board should show the canary's appointment"
    board.grab()
    session.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
