"""Intake screens' speed: first page shown, click to dependent items updated, idle wipe.

``python -m bench.intake`` (``--json`` for one JSON object, ``--smoke`` for a tiny run),
under ``QT_QPA_PLATFORM=offscreen`` (set here unless already set).

For the bundled registration form, the largest questionnaire of the tests' corpus and the
PHQ-9 (whose total score is a calculated item):

* first page: choosing the form to its first page on screen (``Form.load``, a
  ``FormWidget`` built, shown and the events processed); peer: ``Form.load`` alone;
* click: a click on an answer (a radio button of a question that enableWhen or a
  calculation reads) to the dependent items updated on screen; peer: the engine's
  ``set_answer`` of the same answers, with no widget. The largest form's driving
  questions take their options from a terminology server, so offline its row
  (``click_own``) clicks its other choices, whose update is their own item;
* wipe: ``KioskWidget.wipe`` on a kiosk holding the form, opened by its check-in code in
  a throwaway encrypted workspace (the bundled forms: a corpus form cannot be handed to a
  kiosk offline); peer: dropping an engine-only form and collecting garbage, as the wipe
  does.

Median and p95 over repeated runs, with the goals beside them.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from bench.report import emit, median, parser, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOALS = {"first_page": 150.0, "click": 16.0, "wipe": 100.0}
PASSWORD = "bench-kiosk-pw"


def corpus_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "tests" / "data" / "questionnaires"


def forms() -> dict[str, Path]:
    """name -> Questionnaire file: registration, the largest corpus form (most items), PHQ-9."""
    from desk.forms import bundled_forms
    from desk.forms.loading import load_questionnaire

    largest = max(sorted(corpus_dir().glob("*.json")),
                  key=lambda p: len(load_questionnaire(p).walk()))
    bundled = bundled_forms()
    return {"registration": bundled["new-patient-registration"], "largest": largest,
            "phq9": bundled["phq-9"]}


# the bundled name of each form the kiosk can be handed offline (the corpus form is not one)
KIOSK_NAMES = {"registration": "new-patient-registration", "phq9": "phq-9"}


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _drivers(form: Any, *, dependents: bool = True) -> list[str]:
    """linkIds of the choice and boolean questions that enableWhen or an expression reads
    (with ``dependents`` False: every choice and boolean question)."""
    items = form.definition.walk()
    if not dependents:
        return [i.link_id for i in items if (i.type == "boolean" or i.options)
                and not i.read_only and not i.calculated]
    read: set[str] = {c.question for item in items for c in item.enable_when}
    for expr in [*form.definition.variables, *(e for i in items for e in i.expressions())]:
        read |= expr.link_ids
        if expr.reads_items:  # reaches items without naming them: any may count
            read |= {i.link_id for i in items}
    return [i.link_id for i in form.definition.walk() if i.link_id in read
            and (i.type == "boolean" or i.options) and not i.read_only and not i.calculated]


# ---- first page ---------------------------------------------------------------------------

def first_page(app: Any, source: Path, runs: int) -> tuple[list[float], list[float]]:
    """(desk, peer) ms: the form loaded and its first page shown; the form loaded alone."""
    from shiboken6 import Shiboken

    from desk.forms import Form
    from desk.ui.forms import FormWidget

    desk, peer = [], []
    for _ in range(runs):
        start = time.perf_counter()
        Form.load(source)
        peer.append(_ms(start))
        start = time.perf_counter()
        view = FormWidget(Form.load(source))
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        desk.append(_ms(start))
        view.close()
        Shiboken.delete(view)
        app.processEvents()
    return desk, peer


# ---- click to update ----------------------------------------------------------------------

def clicks(app: Any, source: Path, count: int, *, dependents: bool = True
           ) -> tuple[list[float], list[float]]:
    """(desk, peer) ms: a radio button clicked until the items it drives are shown again;
    the engine given the same answers. With ``dependents`` False, any choice is clicked
    (a form whose driving questions take answers from a server's ValueSet, not offline)."""
    from shiboken6 import Shiboken

    from desk.forms import Form
    from desk.forms.pages import page_of
    from desk.ui.forms import FormWidget

    form = Form.load(source)
    view = FormWidget(form)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    drivers = _drivers(form, dependents=dependents)
    desk: list[float] = []
    given: list[tuple[str, list[Any]]] = []
    while drivers and len(desk) < count:
        for link_id in drivers:
            node = form.node(link_id)
            if not node.visible:
                continue
            view.show_page(page_of(view.pages, node))
            app.processEvents()
            click = _next_click(view.item_widget(link_id), len(desk))
            if click is None:
                continue
            start = time.perf_counter()
            click()
            app.processEvents()
            desk.append(_ms(start))
            given.append((link_id, list(node.answers)))
    view.close()
    Shiboken.delete(view)
    app.processEvents()
    engine = Form.load(source)
    peer = []
    for link_id, answers in given:
        start = time.perf_counter()
        engine.set_answers(link_id, answers)
        peer.append(_ms(start))
    return desk, peer


def _next_click(item: Any, turn: int) -> Callable[[], None] | None:
    """What a finger does to change the answer of ``item``: an unchecked radio button or
    box clicked, or another entry picked from its drop-down; None if it has neither."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    buttons = [b for b in item.findChildren(QAbstractButton)
               if b.isCheckable() and b.isVisible() and not b.isChecked()]
    if buttons:
        return buttons[turn % len(buttons)].click
    combos = [c for c in item.findChildren(QComboBox) if c.isVisible() and c.count() > 1]
    if not combos:
        return None
    combo = combos[0]
    index = 1 + (combo.currentIndex() + turn) % (combo.count() - 1)

    def pick() -> None:
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    return pick


# ---- idle wipe ----------------------------------------------------------------------------

@contextmanager
def kiosk_session(app: Any, folder: Path, form_name: str) -> Iterator[tuple[Any, str]]:
    """A kiosk widget on a throwaway encrypted workspace, and the check-in code of a
    hand-off of the bundled form ``form_name``."""
    from desk.frontdesk import intake, patients, schedule
    from desk.frontdesk.model import Appointment, Patient
    from desk.storage import SYSTEM, Workspace, accounts
    from desk.storage import settings as settings_mod
    from desk.ui.kiosk import KioskWidget
    from desk.ui.session import Session

    os.environ["DESK_MACHINE_CONFIG"] = str(folder / "machine.toml")  # no real configuration
    os.environ["DESK_USER_CONFIG"] = str(folder / "user.toml")
    with Workspace.create(folder / "ws", passphrase="bench passphrase") as ws:
        with ws.begin() as conn:
            accounts.create_user(conn, "tablet", "Waiting room", "kiosk", PASSWORD)
            patient = patients.register(conn, Patient(family="Durand", given="Élise",
                                                      birth_date=date(1980, 5, 17)), SYSTEM)
            appointment = schedule.book(conn, Appointment(
                patient_id=patient.id, reason="Follow-up",
                start=datetime.combine(date.today(), clock(9))), SYSTEM)
            handoff = intake.send_forms(conn, appointment.id, [form_name], SYSTEM,
                                        language="en")
        assert handoff.code is not None
        session = Session(ws, settings_mod.load(overrides=[]))
        session.user = accounts.sign_in(ws.engine, "tablet", PASSWORD)
        flow = KioskWidget(session, session.user.actor)
        flow.resize(1280, 800)
        flow.show()
        app.processEvents()
        try:
            yield flow, handoff.code
        finally:
            flow.stop()
            flow.close()
            session.runner.shutdown()


def wipes(app: Any, form_name: str, runs: int, folder: Path) -> tuple[list[float], list[float]]:
    """(desk, peer) ms: the kiosk's wipe with the form opened by its code and partly
    answered; an engine form dropped and the garbage collected, as the wipe does."""
    from desk.forms import Form, bundled_forms

    desk: list[float] = []
    with kiosk_session(app, folder, form_name) as (flow, code):
        for _ in range(runs):
            flow.welcome.code.setText(code)
            flow.welcome.open_code.click()
            _wait(app, lambda: flow.view is not None)
            _answer_some(flow.form)
            app.processEvents()
            start = time.perf_counter()
            flow.wipe()
            app.processEvents()
            desk.append(_ms(start))
    peer = []
    for _ in range(runs):
        form: Any = Form.load(bundled_forms()[form_name])
        _answer_some(form)
        start = time.perf_counter()
        del form
        gc.collect()
        peer.append(_ms(start))
    return desk, peer


def _wait(app: Any, done: Callable[[], bool], seconds: float = 20) -> None:
    """Turn the event loop until ``done()`` (the kiosk reads the form on its worker)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise RuntimeError("the kiosk did not open the form")
        app.processEvents()
        time.sleep(0.002)


def _answer_some(form: Any) -> None:
    for link_id in _drivers(form):
        node = form.node(link_id)
        if node.visible:
            form.set_answer(node, node.options[0] if node.options else True)


# ---- output -------------------------------------------------------------------------------

def measure(smoke: bool) -> tuple[list[list[object]], dict[str, float]]:
    from desk.ui.app import make_app

    app = make_app()
    runs, count = (2, 3) if smoke else (25, 80)
    rows: list[list[object]] = []
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        for name, source in forms().items():
            steps: dict[str, Callable[[], tuple[list[float], list[float]]]] = {
                "first_page": lambda s=source: first_page(app, s, runs),
                "click": lambda s=source: clicks(app, s, count),
                "click_own": lambda s=source: clicks(app, s, count, dependents=False),
                "wipe": lambda n=name: wipes(app, KIOSK_NAMES[n], runs, Path(tmp) / n)}
            for step, run in steps.items():
                if step == "click_own" and f"{name}_click_ms" in figures \
                        or step == "wipe" and name not in KIOSK_NAMES:
                    continue
                desk, peer = run()
                if desk:
                    _add(rows, figures, f"{name}_{step}", desk, peer,
                         GOALS[step.removesuffix("_own")])
    return rows, figures


def _add(rows: list[list[object]], figures: dict[str, float], key: str, desk: list[float],
         peer: list[float], goal: float) -> None:
    mid, p95, peer_mid = median(desk), percentile(desk, 95), median(peer)
    figures.update({f"{key}_ms": mid, f"{key}_p95_ms": p95, f"peer_{key}_ms": peer_mid,
                    f"ratio_{key}": mid / max(peer_mid, 1e-6)})
    met = "yes" if p95 <= goal else "NO"
    rows.append([key, mid, p95, peer_mid, mid / max(peer_mid, 1e-6), f"<= {goal:g}", met,
                 len(desk)])


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    import desk.ui.forms
    import desk.ui.kiosk  # noqa: F401  (loaded first, as in the app before it settles)
    from desk.process import settle

    settle()  # as desk's app does once its window is up: both sides run in this process
    rows, figures = measure(args.smoke)
    emit("intake screens (ms; peer: the engine alone, no widgets)", rows, figures,
         as_json=args.json, header=("measure", "desk median", "desk p95", "peer median",
                                    "ratio", "goal", "met (p95)", "n"))


if __name__ == "__main__":
    main()
