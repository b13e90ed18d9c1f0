"""Screenshots of the kiosk as a patient meets it, to look at them: PNGs at 1280x800 and
800x1280.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/kiosk_screenshots.py OUT [LANG ...]

(or under Xvfb with a real window: ``xvfb-run -a .venv/bin/python scripts/...``). LANG is
en, fr or es (all three without any). A throwaway workspace holds one synthetic patient with
the five bundled forms waiting under one check-in code in that language. The script writes,
as OUT/<lang>/<nn>-<screen>-<size>.png: the welcome screen, a refused code, every page of
every form inside the kiosk (answered as it goes, the consent signed with mouse strokes),
each form's review page, the idle warning, the thank-you page and the staff PIN prompt.
With ``--keyboard``, under Xvfb, it also shows Qt Virtual Keyboard, as ``desk --kiosk``
does, and writes the screen with the keyboard open for the birth date, a form's date field
and the PIN (for fr and es: in en the script stalls as the keyboard opens, not yet
understood; tests/ui/kiosk/test_keyboard.py opens it in English under Xvfb) as
<nn>-keyboard-<field>-<screen size>.png (the keyboard is a window of its own, so these are
taken at the screen's size: ``xvfb-run -a -s "-screen 0 1280x800x24" ...``, or 800x1280).
The form renderer alone: scripts/form_screenshots.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

SIZES = ((1280, 800), (800, 1280))
LANGUAGES = ("en", "fr", "es")
FORMS = ("new-patient-registration", "medical-history", "phq-9", "gad-7", "consent")
SAMPLE = {"string": "Lorem", "text": "Lorem ipsum dolor sit amet", "date": "2019-04-01",
          "dateTime": "2019-04-01T09:30:00", "time": "09:30:00", "integer": 2,
          "decimal": 1.5, "boolean": True, "url": "https://example.org"}
BY_ITEM = {"phone": "+33 1 42 68 53 00", "emergency-phone": "+33 6 12 34 56 78",
           "email": "elise.durand@example.org", "member-id": "MG-449102"}


def _settle(app: Any, until: Callable[[], bool] = lambda: False, seconds: float = 5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return
        time.sleep(0.02)


class Shooter:
    """Writes the kiosk widget at each size, numbered in the order they were taken."""

    def __init__(self, app: Any, widget: Any, out: Path) -> None:
        self.app, self.widget, self.out, self.count = app, widget, out, 0
        self.taken: set[str] = set()

    def keyboard(self, name: str, flow: Any, field: Any) -> None:
        """The whole screen with the on-screen keyboard open for ``field``."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        screen = flow.screen().geometry()
        flow.setGeometry(screen)
        flow.window().activateWindow()
        _settle(self.app, flow.isActiveWindow, 2)
        field.window().activateWindow()
        _settle(self.app, lambda: field.window().isActiveWindow(), 2)
        field.setFocus(Qt.FocusReason.MouseFocusReason)  # as a touch on the field does
        keys = QGuiApplication.inputMethod()
        keys.show()
        _settle(self.app, lambda: keys.isVisible() and keys.keyboardRectangle().height() > 0)
        _settle(self.app, seconds=0.8)  # the keyboard slides in
        self.count += 1
        self.taken.add(f"keyboard-{name}")
        path = self.out / (f"{self.count:02d}-keyboard-{name}-"
                           f"{screen.width()}x{screen.height()}.png")
        flow.screen().grabWindow(0).toImage().save(str(path))
        print(path)
        keys.hide()
        field.clearFocus()
        _settle(self.app, lambda: not keys.isVisible(), 2)

    def __call__(self, name: str) -> None:
        self.count += 1
        for width, height in SIZES:
            self.widget.resize(width, height)
            _settle(self.app, seconds=0.15)
            path = self.out / f"{self.count:02d}-{name}-{width}x{height}.png"
            self.widget.grab().save(str(path))
            print(path)


def _answer_page(view: Any) -> None:
    """Answer every open question of the page shown, and sign any signature pad."""
    from scripts.form_screenshots import sign_empty_pads

    form = view.form
    while True:  # an answer may open more questions
        fresh = [n for n in view.pages[view.index].questions(form)
                 if n.enabled and not n.read_only and not n.answers
                 and n.type not in ("group", "display", "attachment")]
        answered = [n for n in fresh if _answer(n)]
        if not answered:
            break
    sign_empty_pads(view)


def _answer(node: Any) -> bool:
    value = node.options[0] if node.options else BY_ITEM.get(node.link_id,
                                                              SAMPLE.get(node.type))
    return value is not None and node.form.set_answer(node, value)


def shoot_language(app: Any, out: Path, language: str, *, keyboard: bool = False) -> None:
    from desk.frontdesk import intake, kiosk, patients, schedule
    from desk.frontdesk.model import Appointment, Patient
    from desk.storage import SYSTEM, Workspace
    from desk.storage import settings as settings_mod
    from desk.ui.kiosk import KioskPinDialog, KioskWidget
    from desk.ui.session import Session

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="desk-shots-") as tmp:
        ws = Workspace.create(Path(tmp) / "ws", passphrase="screenshots")
        with ws.begin() as conn:
            p = patients.register(conn, Patient(family="Durand", given="Élise",
                                                birth_date=date(1980, 5, 17)), SYSTEM)
            appt = schedule.book(conn, Appointment(
                patient_id=p.id, start=datetime.combine(date.today(), clock(9))), SYSTEM)
            code = intake.send_forms(conn, appt.id, list(FORMS), SYSTEM,
                                     language=language).code
        session = Session(ws, settings_mod.load(overrides=[f"ui.language={language}"]))
        flow = KioskWidget(session, SYSTEM)
        flow.show()
        shoot = Shooter(app, flow, out)
        shoot("welcome")
        if keyboard:
            shoot.keyboard("birth", flow, flow.welcome.birth)
        _type_code(flow, "AAAAAA", app)
        shoot("refused")
        flow.welcome.clear()
        _type_code(flow, code, app)
        done: list[str] = []
        while flow.view is not None and flow.current is not None:
            view, name = flow.view, flow.current.questionnaire
            page = 1
            while not view.on_review and page < 30:
                _settle(app, seconds=0.1)
                shoot(f"{name}-{page}")
                dated: list[Any] = [view.item_widget(n.link_id)
                                    for n in view.pages[view.index].questions(view.form)
                                    if n.type == "date" and n.enabled]
                dated = [w for w in dated if w is not None]
                if keyboard and dated and "keyboard-date" not in shoot.taken:
                    shoot.keyboard("date", flow, dated[0].editor.field)
                _answer_page(view)
                if page == 1 and not done:  # the idle warning, over the first form
                    flow._warn(20)
                    shoot(f"{name}-warning")
                    flow.warning.hide()
                if not view.next_page():
                    view.show_page(view.index + 1)
                page += 1
            shoot(f"{name}-review")
            done.append(name)
            if not view.submit():
                missing = [e.node.link_id for e in view.review.missing()]
                raise SystemExit(f"{name} could not be submitted: {missing} unanswered")
            _settle(app, lambda v=view: flow.view is not v and (  # type: ignore[misc]
                flow.view is not None or flow.stack.currentWidget() is flow.thanks))
        shoot("thanks")
        flow.back_to_welcome.stop()
        pin = KioskPinDialog(kiosk.hash_pin("2468"), flow)  # a PIN is set: the usual prompt
        pin.show()
        _settle(app, seconds=0.2)
        path = out / f"{shoot.count + 1:02d}-pin.png"
        pin.grab().save(str(path))
        print(path)
        if keyboard:
            shoot.keyboard("pin", flow, pin.pin)
        pin.close()
        flow.stop()
        flow.close()
        session.runner.shutdown()
        ws.close()
        unreached = sorted(set(FORMS) - set(done))
        if unreached:
            raise SystemExit(f"forms not reached at the kiosk: {unreached}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    from desk.ui.kiosk.keyboard import use_virtual_keyboard

    # the kiosk's on-screen keyboard, as desk --kiosk has it: offscreen Qt cannot show it
    asked = "--keyboard" in argv
    argv = [a for a in argv if a != "--keyboard"]
    keyboard = asked and os.environ.get("QT_QPA_PLATFORM") != "offscreen" \
        and use_virtual_keyboard()
    from desk.ui.app import make_app

    app = make_app()
    out = Path(argv[0])
    for language in argv[1:] or LANGUAGES:
        shoot_language(app, out / language, language, keyboard=keyboard)
    sys.stdout.flush()
    if keyboard:  # the keyboard's QML engine aborts when torn down after the application
        os._exit(0)
    return 0


def _type_code(flow: Any, code: str, app: Any) -> None:
    flow.welcome.code.setText(code)
    flow.welcome._code_entered()
    _settle(app, lambda: flow.view is not None or bool(flow.welcome.message.text()))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
