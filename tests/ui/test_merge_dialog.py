"""The merge dialog on a real workspace: compare, choose, confirm, merge."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.frontdesk import audit_log, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM
from desk.ui.locale_text import date_text
from desk.ui.merge import MergeDialog
from desk.ui.session import Session
from tests.ui.conftest import signed_in_session

pytestmark = pytest.mark.clock


@pytest.fixture
def session(qapp, staffed) -> Session:
    return signed_in_session(staffed)


@pytest.fixture
def twins(staffed) -> tuple[Patient, Patient]:
    """Élise Durand from the day's schedule, and a hurried second record of her."""
    with staffed.begin() as conn:
        first = next(p for p in patients.all_patients(conn) if p.family == "Durand")
        second = patients.register(conn, Patient(family="Durand", given="Elise",
                                                 birth_date=date(1980, 5, 17),
                                                 phone="04 72 00 11 22"), SYSTEM)
        for day in (3, 4):
            a = schedule.book(conn, Appointment(patient_id=second.id,
                                                start=datetime(2026, 2, day, 10)), SYSTEM)
            schedule.check_in(conn, a.id, SYSTEM, at=datetime(2026, 2, day, 10, 2))
    return first, second


def _dialog(qtbot, session, first, second) -> MergeDialog:
    dialog = MergeDialog(session, first.id, second.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.survivor() is not None)
    # the records arrive after the dialog is shown: wait until their layout is on screen
    qtbot.waitUntil(lambda: dialog.keep.button(1).isVisible())
    return dialog


def _cells(dialog: MergeDialog, title: str) -> list[QLabel]:
    return [w for w in dialog.findChildren(QLabel)
            if w.accessibleName().startswith(f"{title}: ")]


def test_both_records_show_side_by_side_with_differences_marked(qtbot, session,
                                                                twins) -> None:
    first, second = twins
    dialog = _dialog(qtbot, session, first, second)
    names = _cells(dialog, "Name")
    assert [c.text() for c in names] == ["DURAND, Élise", "DURAND, Elise"]
    assert all(c.property("differs") for c in names)
    births = _cells(dialog, "Birth date")
    assert [c.text() for c in births] == [date_text(date(1980, 5, 17))] * 2
    assert not any(c.property("differs") for c in births)
    assert [c.text() for c in _cells(dialog, "Visits")] == ["0", "2"]
    assert [c.text() for c in _cells(dialog, "Appointments")] == ["1", "2"]
    # keeping the first record offers the phone only the second one has
    assert dialog.copy_boxes["phone"].isVisible() and dialog.copy_boxes["phone"].isChecked()
    assert not dialog.copy_boxes["birth_date"].isVisible()
    assert not any(c.property("differs") for c in _cells(dialog, "Visits"))
    assert dialog.taken() == ["phone"]
    assert not dialog.merge_button.isEnabled()  # not before staff confirm


def test_choosing_the_other_record_and_confirming_merges_on_the_worker(qtbot, session, staffed,
                                                                       twins) -> None:
    first, second = twins
    dialog = _dialog(qtbot, session, first, second)
    qtbot.mouseClick(dialog.keep.button(1), Qt.MouseButton.LeftButton)
    assert dialog.survivor().patient.id == second.id
    assert not dialog.copy_boxes["phone"].isVisible()  # the kept record has a phone
    assert dialog.taken() == []
    dialog.confirm.setChecked(True)
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_merged, timeout=10_000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [second.id]
    assert dialog.result() == MergeDialog.DialogCode.Accepted
    with staffed.read() as conn:
        assert patients.get(conn, first.id).id == second.id
        assert len(schedule.for_patient(conn, second.id)) == 3
        entries = audit_log.entries(conn, action="patient.merge")
    assert {(e.record_id, e.outcome, e.username) for e in entries} == {
        (second.id, "kept", "remi"), (first.id, "retired", "remi")}


def test_a_pair_that_cannot_be_merged_says_why_and_offers_no_merge(qtbot, session,
                                                                   twins) -> None:
    first, _ = twins
    dialog = MergeDialog(session, first.id, first.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert "cannot be merged with itself" in dialog.banner.label.text()
    assert not dialog.merge_button.isEnabled() and not dialog.confirm.isEnabled()


def test_a_record_merged_meanwhile_is_refused_and_nothing_changes(qtbot, session, staffed,
                                                                  twins) -> None:
    first, second = twins
    dialog = _dialog(qtbot, session, first, second)
    with staffed.begin() as conn:  # someone at another desk merged them a moment ago
        third = patients.register(conn, Patient(family="Durand", given="E."), SYSTEM)
        from desk.frontdesk import merge

        merge.merge(conn, staffed.blobs, third.id, second.id, SYSTEM)
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert "already merged" in dialog.banner.label.text()
    assert dialog.isVisible()
    with staffed.read() as conn:
        assert patients.current_id(conn, first.id) == first.id
