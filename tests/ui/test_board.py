from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk.frontdesk import schedule
from desk.storage import settings as settings_mod
from desk.storage.schema import audit, outbox
from desk.ui import translation
from desk.ui.board import COLUMNS, BoardWidget
from desk.ui.session import Session
from tests.ui.conftest import signed_in_session

pytestmark = pytest.mark.clock


def _board(qtbot, staffed) -> BoardWidget:
    board = BoardWidget(signed_in_session(staffed))
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    return board


def _cell(board: BoardWidget, row: int, column: str) -> str:
    return board.model.index(row, COLUMNS.index(column)).data()


def test_board_lists_the_day_in_time_order(qtbot, staffed) -> None:
    board = _board(qtbot, staffed)
    assert [_cell(board, n, "Patient") for n in range(3)] == [
        "DURAND, Élise", "OKAFOR, Chidi", "NÚÑEZ, Lucía"]
    assert [_cell(board, n, "Time") for n in range(3)] == ["09:00", "10:00", "11:00"]
    assert _cell(board, 0, "Status") == "Scheduled"
    assert board.summary.text() == "Scheduled 3"


def test_one_click_check_in_records_the_time_and_shows_waiting(qtbot, staffed) -> None:
    board = _board(qtbot, staffed)
    button = board.table.indexWidget(board.model.index(1, len(COLUMNS) - 1))
    assert isinstance(button, QPushButton) and button.text() == "Check in"
    before = datetime.now()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(board, 1, "Status").startswith("Arrived"))
    assert _cell(board, 1, "Waiting") == "0 min"
    assert board.summary.text() == "Scheduled 2   Arrived 1"
    appt = board.model.row_at(1).appointment
    assert appt.arrived_at is not None and appt.arrived_at >= before.replace(microsecond=0)
    board.model.tick(appt.arrived_at + timedelta(minutes=25))
    assert _cell(board, 1, "Waiting") == "25 min"
    with staffed.read() as conn:
        assert conn.execute(sa.select(audit.c.username).where(
            audit.c.action == "appointment.arrived", audit.c.record_id == appt.id)).scalar() == "remi"
        ops = conn.execute(sa.select(outbox.c.op).where(outbox.c.record_id == appt.id)).scalars()
        assert list(ops) == ["create", "update"]
    next_button = board.table.indexWidget(board.model.index(1, len(COLUMNS) - 1))
    assert next_button.text() == "To room"


def test_no_show_and_a_refused_move(qtbot, staffed) -> None:
    board = _board(qtbot, staffed)
    first = board.model.row_at(0).appointment
    board.move_appointment(first.id, "no-show")
    qtbot.waitUntil(lambda: _cell(board, 0, "Status") == "No-show")
    assert board.table.indexWidget(board.model.index(0, len(COLUMNS) - 1)) is None
    board.move_appointment(first.id, "done")
    qtbot.waitUntil(lambda: board.banner.isVisible())
    assert "cannot become done" in board.banner.label.text()
    with staffed.read() as conn:
        assert schedule.get(conn, first.id).state == "no-show"


def test_board_shows_only_the_chosen_day(qtbot, staffed) -> None:
    from desk.ui.app import make_app

    make_app()
    session = Session(staffed, settings_mod.load())
    board = BoardWidget(session, day=date.today() + timedelta(days=1))
    qtbot.addWidget(board)
    qtbot.wait(200)
    assert board.model.rowCount() == 0 and board.summary.text() == ""


def test_a_walk_in_added_from_the_board_joins_it_as_arrived(qtbot, staffed, unbooked) -> None:
    board = _board(qtbot, staffed)
    board.add_walk_in()
    search = board.walk_in_dialog.search
    with qtbot.waitSignal(search.sig_results_shown, timeout=5000):
        search.box.setText("moreau")
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.model.rowCount() == 4)
    row = next(r for r in board.model.rows if r.appointment.walk_in)
    assert row.patient.family == "Moreau" and _cell(board, board.model.rows.index(row),
                                                    "Status").startswith("Arrived")


def test_a_french_board_reads_the_core_s_states_and_steps(qtbot, staffed) -> None:
    translation.set_language("fr")
    try:
        board = _board(qtbot, staffed)
        assert _cell(board, 0, "Status") == "Prévu"
        assert board.summary.text() == "Prévu 3"
        button = board.table.indexWidget(board.model.index(1, len(COLUMNS) - 1))
        assert button.text() == "Enregistrer l’arrivée"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _cell(board, 1, "Status").startswith("Arrivé "))
        assert board.summary.text() == "Prévu 2   Arrivé 1"
        next_button = board.table.indexWidget(board.model.index(1, len(COLUMNS) - 1))
        assert next_button.text() == "En salle"
    finally:
        translation.set_language("en")
