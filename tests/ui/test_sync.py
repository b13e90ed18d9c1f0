"""Background sync as staff see it: the status bar and the Sync screen, against the real
FHIR test server and a real workspace."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desk import words
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM, keys
from desk.sync.mapping import record_id_of
from desk.sync.status import SENDING, Progress
from desk.ui import translation
from desk.ui.board import COLUMNS, BoardWidget
from desk.ui.locale_text import date_time_text
from desk.ui.sync_issues import SyncIssuesWidget
from desk.ui.sync_status import ServerSignInDialog, SyncService, ago
from tests.ui.conftest import sign_in, signed_in_session

pytestmark = [pytest.mark.server, pytest.mark.clock]
WAIT = 20_000  # ms; a round against the local server takes well under a second


@pytest.fixture(autouse=True)
def english(qtbot):
    """desk's English words, its plural forms ("1 change", "2 changes") included."""
    translation.set_language("en")


@pytest.fixture
def open_window(qtbot, make_window):
    """A signed-in window (make_window waits for its sync to stop before the workspace
    closes)."""

    def build(user: str = "remi", **overrides: str):
        overrides = {"server.sync_interval_seconds": "3600", **overrides}
        window = make_window(**overrides)
        sign_in(qtbot, window, user)
        qtbot.waitUntil(lambda: window.work is not None
                        and window.pages.currentWidget() is window.work)
        return window

    return build


def server_url(fhir) -> dict[str, str]:
    return {"server.url": fhir.base_url}


def texts(window) -> tuple[str, str, str]:
    bar = window.sync_bar
    return bar.online.text(), bar.waiting.text(), bar.last.text()


def record_states(window) -> list[tuple[str, str]]:
    """Every (online, waiting) pair the status bar showed, from now on."""
    seen: list[tuple[str, str]] = []
    window.sync.sig_state.connect(lambda _: seen.append(texts(window)[:2]))
    return seen


def board_of(window) -> BoardWidget:
    return window.work.findChild(BoardWidget)


def sync_screen(window) -> SyncIssuesWidget:
    return window.work.findChild(SyncIssuesWidget)


def test_changes_wait_then_go_and_the_last_success_shows(qtbot, open_window, fhir, staffed):
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window) == ("● Online", "All changes sent",
                                              "Last sync just now"), timeout=WAIT)
    assert len(fhir.search_all("Patient")) == 3 and len(fhir.search_all("Appointment")) == 3
    seen = record_states(window)
    board = board_of(window)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    check_in = board.table.indexWidget(board.model.index(0, len(COLUMNS) - 1))
    qtbot.mouseClick(check_in, Qt.MouseButton.LeftButton)
    # the write wakes sync at once (the timer is an hour)
    qtbot.waitUntil(lambda: [a["status"] for a in fhir.search_all("Appointment")].count(
        "arrived") == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    assert ("● Online", "2 changes waiting") in seen  # the appointment and its encounter
    assert texts(window)[2] == "Last sync just now"
    assert not window.sync_bar.attention.isVisible()


def test_sign_out_stops_sync(qtbot, open_window, fhir, staffed):
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    qtbot.waitUntil(lambda: not window.sync.state.running)
    window.sign_out()
    assert not window.sync.active and not window.sync.timer.isActive()
    before = fhir.stats()["requests"]
    with staffed.begin() as conn:
        patients.register(conn, Patient(family="After", given="Signout"), SYSTEM)
    window.session.changed.notify()
    qtbot.wait(1500)
    assert fhir.stats()["requests"] == before and len(fhir.search_all("Patient")) == 3


def test_offline_when_the_server_cannot_be_reached(qtbot, open_window):
    window = open_window(**{"server.url": "http://127.0.0.1:9/"})  # nothing listens there
    qtbot.waitUntil(lambda: texts(window) == ("● Offline", "6 changes waiting",
                                              "Last sync never"), timeout=WAIT)
    assert "cannot reach" in window.sync_bar.toolTip()


def test_a_round_stopped_before_the_server_says_not_connected_and_why(qtbot, open_window,
                                                                     monkeypatch):
    def key_store_down(account: str) -> str | None:  # a fake: the key store fails
        raise keys.KeyStoreUnavailable("The system key store is not available.")

    monkeypatch.setattr(keys, "load_secret", key_store_down)
    # client credentials: the secret is needed before the server can be asked anything
    window = open_window(**{"server.url": "http://127.0.0.1:9/", "server.client_id": "desk",
                            "server.token_url": "http://127.0.0.1:9/token"})
    qtbot.waitUntil(lambda: texts(window)[0] == "● Not connected", timeout=WAIT)
    assert window.sync_bar.toolTip() == "The system key store is not available."


def test_without_a_key_store_a_server_that_needs_no_token_is_still_synced(
        qtbot, open_window, fhir, monkeypatch):
    def key_store_down(account: str) -> str | None:  # a fake: the key store fails
        raise keys.KeyStoreUnavailable("The system key store is not available.")

    monkeypatch.setattr(keys, "load_secret", key_store_down)
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window)[:2] == ("● Online", "All changes sent"),
                    timeout=WAIT)
    assert len(fhir.search_all("Patient")) == 3


def test_offline_when_the_server_stops_and_back_online(qtbot, open_window, fhir, staffed):
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    qtbot.waitUntil(lambda: not window.sync.state.running)
    fhir.stop()
    with staffed.begin() as conn:
        patients.register(conn, Patient(family="While", given="Offline"), SYSTEM)
    window.session.changed.notify()
    qtbot.waitUntil(lambda: texts(window)[:2] == ("● Offline", "1 change waiting"),
                    timeout=WAIT)
    assert texts(window)[2] == "Last sync just now"  # the last success stays shown
    fhir.start()
    window.show_screen("Sync")
    screen = sync_screen(window)
    assert screen.isVisible() and screen.summary.text() == "1 change waiting."
    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(window)[:2] == ("● Online", "All changes sent"),
                    timeout=WAIT)


def test_a_clash_is_settled_field_by_field_on_the_sync_screen(qtbot, open_window, fhir,
                                                            staffed):
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    qtbot.waitUntil(lambda: not window.sync.state.running)
    import httpx

    [res] = [r for r in fhir.search_all("Patient") if r["name"][0]["family"] == "Durand"]
    res["name"][0]["family"] = "Durand-Server"
    res["telecom"] = [{"system": "phone", "value": "555-0199"}]
    httpx.put(f"{fhir.base_url}Patient/{res['id']}", json=res, timeout=10).raise_for_status()
    with staffed.begin() as conn:
        p = patients.get(conn, record_id_of(res))
        p.family, p.phone = "Durand-Here", "555-0123"
        patients.update(conn, p, SYSTEM)
    window.session.changed.notify()
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.attention.isVisible(), timeout=WAIT)
    assert bar.attention.text() == "1 record needs attention"
    qtbot.mouseClick(bar.attention, Qt.MouseButton.LeftButton)
    screen = sync_screen(window)
    assert screen.isVisible()
    qtbot.waitUntil(lambda: len(screen.cards) == 1)
    card = screen.cards[0]
    assert card.record.label.startswith("Patient DURAND-HERE, Élise")
    assert [(c.label, c.base, c.local, c.server) for c in card.record.clashes] == [
        ("Family name", "Durand", "Durand-Here", "Durand-Server"),
        ("Phone", "(empty)", "555-0123", "555-0199")]
    assert not card.save.isEnabled()
    card.choose("family", "server")
    assert not card.save.isEnabled()  # every field needs a choice
    card.choose("phone", "local")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)

    def on_server() -> tuple[str, str]:
        [srv] = [r for r in fhir.search_all("Patient") if record_id_of(r) == p.id]
        return srv["name"][0]["family"], srv["telecom"][0]["value"]

    qtbot.waitUntil(lambda: on_server() == ("Durand-Server", "555-0123"), timeout=WAIT)
    with staffed.read() as conn:
        local = patients.get(conn, p.id)
    assert (local.family, local.phone) == ("Durand-Server", "555-0123")
    qtbot.waitUntil(lambda: not bar.attention.isVisible() and not screen.cards, timeout=WAIT)
    assert "None" in screen.conflicts_help.text()


def test_a_choice_on_a_record_changed_since_is_refused_and_shown_again(qtbot, open_window,
                                                                      fhir, staffed):
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    qtbot.waitUntil(lambda: not window.sync.state.running)
    import httpx

    [res] = [r for r in fhir.search_all("Patient") if r["name"][0]["family"] == "Durand"]
    res["name"][0]["family"] = "Durand-Server"
    httpx.put(f"{fhir.base_url}Patient/{res['id']}", json=res, timeout=10).raise_for_status()
    with staffed.begin() as conn:
        p = patients.get(conn, record_id_of(res))
        p.family = "Durand-Here"
        patients.update(conn, p, SYSTEM)
    window.session.changed.notify()
    qtbot.waitUntil(lambda: window.sync_bar.attention.isVisible(), timeout=WAIT)
    window.show_screen("Sync")
    screen = sync_screen(window)
    qtbot.waitUntil(lambda: len(screen.cards) == 1)
    with staffed.begin() as conn:  # changed again here, the card still showing the first
        p.family = "Durand-Again"
        patients.update(conn, p, SYSTEM)
    card = screen.cards[0]
    card.choose("family", "server")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed again" in screen.banner.label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: len(screen.cards) == 1 and screen.cards[0] is not card)
    assert [(c.local, c.server) for c in screen.cards[0].record.clashes] == [
        ("Durand-Again", "Durand-Server")]
    with staffed.read() as conn:
        assert patients.get(conn, p.id).family == "Durand-Again"


def test_a_refused_record_is_on_the_attention_list_until_retried(qtbot, open_window, fhir,
                                                                staffed):
    fhir.configure(reject_marker="Refuse-Me")
    with staffed.begin() as conn:
        bad = patients.register(conn, Patient(family="Refuse-Me", given="Test"), SYSTEM)
    window = open_window(**server_url(fhir))
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.attention.text() == "1 record needs attention", timeout=WAIT)
    assert len(fhir.search_all("Patient")) == 3  # the others went through
    window.show_screen("Sync")
    screen = sync_screen(window)
    qtbot.waitUntil(lambda: screen.refused.rowCount() == 1)
    row = screen.refused.row_at(0)
    assert row.label.startswith("Patient REFUSE-ME, Test")
    assert "refused" in row.problem and "Resource failed validation" in row.problem
    fhir.configure(reject_marker="")
    retry = screen.table.indexWidget(screen.refused.index(0, 2))
    assert isinstance(retry, QPushButton) and retry.text() == "Retry"
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bad.id in [record_id_of(r) for r in fhir.search_all("Patient")],
                    timeout=WAIT)
    qtbot.waitUntil(lambda: screen.refused.rowCount() == 0 and not bar.attention.isVisible(),
                    timeout=WAIT)


def test_a_refused_token_asks_an_administrator_for_a_new_one(qtbot, open_window, fhir):
    fhir.configure(required_token="new-token")
    window = open_window("admin", **server_url(fhir))
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.sign_in.isVisible(), timeout=WAIT)
    assert texts(window)[:2] == ("● Sign-in refused", "6 changes waiting")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServerSignInDialog)
        dialog.secret.setText("new-token")
        dialog.accept()

    QTimer.singleShot(100, fill_in)
    qtbot.mouseClick(bar.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(window)[:2] == ("● Online", "All changes sent"),
                    timeout=WAIT)
    assert not bar.sign_in.isVisible()
    assert keys.load_secret(f"server-token:{fhir.base_url}") == "new-token"
    fhir.configure(required_token="")
    assert len(fhir.search_all("Patient")) == 3


def test_front_desk_staff_are_told_to_ask_an_administrator(qtbot, open_window, fhir):
    fhir.configure(required_token="new-token")
    window = open_window("remi", **server_url(fhir))
    qtbot.waitUntil(lambda: window.sync_bar.sign_in.isVisible(), timeout=WAIT)
    qtbot.mouseClick(window.sync_bar.sign_in, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None
    assert "Ask an administrator" in window.statusBar().currentMessage()


def test_sync_is_plainly_off_without_a_server(qtbot, open_window):
    window = open_window()
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.online.text() == "Sync off: no server is set")
    assert not bar.waiting.isVisible() and not bar.attention.isVisible()
    assert window.sync._executor is None  # nothing runs
    window.show_screen("Sync")
    assert sync_screen(window).summary.text() == "Sync is off: no server is set."
    assert not sync_screen(window).sync_button.isEnabled()


def test_the_ui_stays_responsive_while_sync_runs(qtbot, open_window, fhir, staffed):
    fhir.configure(update_create=False)  # conditional creates: a slow round
    with staffed.begin() as conn:
        for i in range(400):
            patients.register(conn, Patient(family=f"Bulk{i}", given="Pat"), SYSTEM)
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: window.sync.state.running, timeout=WAIT)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(interval=20)
    ticker.timeout.connect(tick)
    ticker.start()
    board = board_of(window)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    check_in = board.table.indexWidget(board.model.index(1, len(COLUMNS) - 1))
    qtbot.mouseClick(check_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.model.row_at(1).appointment.state == "arrived")
    assert window.sync.state.running  # the check-in went through while sync ran
    qtbot.waitUntil(lambda: "Sending changes" in texts(window)[1], timeout=WAIT)
    qtbot.waitUntil(lambda: not window.sync.state.running, timeout=120_000)
    ticker.stop()
    assert len(gaps) > 50 and max(gaps) < 1.0, max(gaps)
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    assert len(fhir.search_all("Patient")) == 403


def test_last_success_in_plain_words():
    from datetime import UTC, timedelta

    now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    assert ago(now - timedelta(seconds=20), now) == "just now"
    assert ago(now - timedelta(minutes=5, seconds=30), now) == "5 min ago"
    assert ago(now - timedelta(hours=3), now) == "3 h ago"
    long_ago = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)
    assert ago(long_ago, now) == date_time_text(long_ago.astimezone())  # as the locale writes


def test_an_open_chart_brings_the_patients_history_from_the_server(qtbot, open_window, fhir,
                                                                   staffed):
    from desk.ui.patients_screen import PatientsScreen

    with staffed.begin() as conn:
        walk_in = patients.register(conn, Patient(family="Ishikawa", given="Ren"), SYSTEM)
    window = open_window(**server_url(fhir))
    qtbot.waitUntil(lambda: texts(window)[1] == "All changes sent", timeout=WAIT)
    server_id = next(p["id"] for p in fhir.search_all("Patient")
                     if record_id_of(p) == walk_in.id)
    import httpx
    httpx.post(fhir.base_url + "Condition", json={
        "resourceType": "Condition", "subject": {"reference": f"Patient/{server_id}"},
        "code": {"text": "Asthma"}, "onsetDateTime": "2015-04-01"}, timeout=10
    ).raise_for_status()
    window.show_screen("Patients")
    screen = window.work.findChild(PatientsScreen)
    screen.open_chart(walk_in.id)  # not on the schedule: only the open chart asks for it
    chart = screen.chart
    qtbot.waitUntil(lambda: any(item.title == "Asthma" for item in chart.timeline.rows),
                    timeout=WAIT)


def test_a_round_s_step_shows_in_the_core_s_words(qtbot, staffed):
    """The status bar's "Sending changes 3/10" is desk.sync.status.step_text's, in the
    staff's language: the screen keeps no copy of the steps."""
    service = SyncService(signed_in_session(staffed))
    service._progress = Progress(3, 10, SENDING)
    translation.set_language("fr")
    try:
        service._show_progress()
        assert service.state.progress == "Envoi des modifications 3/10"
        words.set_lookup(lambda context, text, n: "Envoi" if context == "SyncProgress" else None)
        service._show_progress()
        assert service.state.progress == "Envoi 3/10"
    finally:
        words.set_lookup(None)
        translation.set_language("en")
