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
# a passphrase, not the key store: the crash and the restart run in processes of their own
PASSPHRASE = "canary session passphrase"


def main(workspace: Path, server: str = "") -> None:
    """The session; with ``server``, its records are synced there too."""
    logs.configure("DEBUG")
    log = logging.getLogger("desk.session")
    with Workspace.create(workspace, passphrase=PASSPHRASE) as ws:
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
        _search_print_and_image(ws, p, clerk)
        if server:
            _sync(ws, server)
        _show_board(ws, clerk)
    print("session done")


def _search_print_and_image(ws: Workspace, p: Patient, clerk: accounts.StaffUser) -> None:
    """Found by name, its label and wristband printed, a disc of its images imported and
    one decoded for the viewer."""
    import tempfile

    from desk.frontdesk import labels
    from desk.viewer import headers, library, pixels

    with ws.read() as conn:
        assert patients.index(conn).search(CANARIES["family"])[0].patient_id == p.id
    assert labels.patient_label(p).startswith(b"%PDF") and labels.wristband(p)
    with tempfile.TemporaryDirectory() as disc:  # the patient's CD, as the drive shows it
        _burn_disc(Path(disc), p)
        found = library.scan(Path(disc))
        with ws.begin() as conn:
            library.store(conn, ws.blobs, p.id, found, clerk.actor)
    with ws.begin() as conn:
        study = found.images[0].meta["study_uid"]
        [series] = library.load_study(conn, ws.blobs, study, clerk.actor)
    assert pixels.frame_values(headers.parse(series.images[0].read()), 0).size


def _burn_disc(folder: Path, p: Patient) -> None:
    """A CT series of ``p`` (its name, MRN and birth date in every header) as files."""
    from pydicom.uid import generate_uid

    from desk.viewer import demo

    for n, ds in enumerate(demo.study_images(
            p, "CT", "Canary head", "Axial", "CT", datetime.now(), 1, generate_uid(),
            size=64, slices=4)):
        ds.save_as(folder / f"IM{n:04d}", enforce_file_format=True)


def _sync(ws: Workspace, server: str) -> None:
    from desk.sync.client import FhirClient
    from desk.sync.engine import SyncEngine

    with FhirClient(server) as client:
        SyncEngine(ws.engine, client, blobs=ws.blobs).run_once()


def keep_editing(workspace: Path) -> None:
    """Edit the canary patient over and over until the process is killed (the crash)."""
    logs.configure("DEBUG")
    with Workspace.open(workspace, passphrase=PASSPHRASE) as ws:
        for n in range(1_000_000):
            with ws.begin() as conn:
                p = patients.all_patients(conn)[0]
                p.phone = f"{CANARIES['phone']} {n}"
                patients.update(conn, p, SYSTEM)
                patients.get(conn, p.id, SYSTEM)
            print("saved", n, flush=True)


def restart(workspace: Path) -> None:
    """The workspace the killed process left: it opens, and its records are whole."""
    logs.configure("DEBUG")
    with Workspace.open(workspace, passphrase=PASSPHRASE) as ws:
        with ws.read() as conn:
            assert [x.family for x in patients.all_patients(conn)] == [CANARIES["family"]]
        assert ws.check() == [], ws.check()
    print("restart done")


def _complete_intake(ws: Workspace, appt: Appointment, clerk: accounts.StaffUser) -> None:
    """Forms sent to the kiosk, found by their code and filled in with a canary answer; the
    consent signed (by the canary, named) with a drawn signature."""
    from desk.forms import Clinic, Form
    from desk.forms.values import attachment
    from desk.frontdesk import catalog, intake

    with ws.begin() as conn:
        code = intake.send_forms(conn, appt.id, ["medical-history", "consent"],
                                 clerk.actor).code
    with ws.read() as conn:
        waiting = intake.open_handoff(conn, code).intakes
        sources = {i.id: catalog.form_info(conn, i.questionnaire).source for i in waiting}
    answers = {"medical-history": {"condition-name": ANSWER_CANARY, "has-allergies": False},
               "consent": {"agree": True, "signer-name": f"{CANARIES['given']} "
                           f"{CANARIES['family']}", "signer-role": "self",
                           "signature": attachment(_signature())}}
    for item in waiting:
        form = Form.load(sources[item.id], language=item.language)
        for link_id, value in answers[item.questionnaire].items():
            form.set_answer(link_id, value)
        with ws.begin() as conn:
            intake.complete(conn, ws.blobs, item.id, form.to_response(status="completed"),
                            SYSTEM, clinic=Clinic("Canary clinic"))
    with ws.read() as conn:
        kept = intake.for_patient(conn, appt.patient_id, completed_only=True)
        assert ANSWER_CANARY in json.dumps([k.response for k in kept]), "answers are kept"
        assert all(intake.pdf(conn, ws.blobs, i.id).startswith(b"%PDF") for i in waiting)


def _signature() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 90), "white")
    ImageDraw.Draw(image).line([(10, 50), (60, 20), (120, 70), (200, 30)], fill="navy",
                               width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


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
    step = {"--crash": keep_editing, "--restart": restart}.get(sys.argv[1])
    if step is not None:
        step(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]), *sys.argv[2:])
