"""A kiosk killed in the middle of a form loses at most the field being typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.forms import Form
from desk.frontdesk import catalog, drafts
from desk.storage import Workspace
from tests.ui.kiosk.kiosk_child import PASSPHRASE, SAVED
from tests.ui.kiosk.test_kiosk import send

pytestmark = pytest.mark.clock  # the child books nothing, but opens today's code
ROOT = Path(__file__).resolve().parents[3]


def test_a_kill_in_the_middle_of_a_form_loses_only_the_field_being_typed(tmp_path) -> None:
    ws = Workspace.create(tmp_path / "ws", passphrase=PASSPHRASE)
    try:
        _book_today(ws)
        handoff = send(ws)
    finally:
        ws.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kiosk.kiosk_child", str(tmp_path / "ws"), handoff.code],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)))
    try:
        line = child.stdout.readline()
        assert line.startswith("typing"), line
        page = int(line.split()[1])
    finally:
        child.kill()  # SIGKILL: no clean-up of any kind
        child.wait(timeout=20)
    ws = Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE)
    try:
        with ws.read() as conn:
            kept = drafts.load(conn, handoff.intakes[0].id)
            source = catalog.form_info(conn, "medical-history").source
        assert kept is not None and kept.page == page
        form = Form.from_draft(Form.load(source), kept.data)
        answers = [n.answer for n in form.nodes() if n.answers]
        assert True in answers and SAVED in answers  # all but the field being typed
    finally:
        ws.close()


def _book_today(ws) -> None:
    from datetime import date, datetime, time

    from desk.frontdesk import patients, schedule
    from desk.frontdesk.model import Appointment, Patient
    from desk.storage import SYSTEM

    with ws.begin() as conn:
        p = patients.register(conn, Patient(family="Durand", given="Élise",
                                            birth_date=date(1980, 5, 17)), SYSTEM)
        schedule.book(conn, Appointment(patient_id=p.id,
                                        start=datetime.combine(date.today(), time(9))), SYSTEM)
