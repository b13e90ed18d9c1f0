"""Screenshots of the kiosk's own screens, to look at them: PNGs at 1280x800 and 800x1280.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/kiosk_screenshots.py OUT

(or under Xvfb with a real window: ``xvfb-run -a .venv/bin/python scripts/...``). A throwaway
workspace holds one synthetic patient with forms waiting; the script writes the welcome
screen, a refused code, the first form page inside the kiosk, the idle warning, the
thank-you page and the staff PIN dialog as OUT/kiosk-<screen>-<size>.png. The form pages
themselves: scripts/form_screenshots.py.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

SIZES = ((1280, 800), (800, 1280))


def _settle(app: object, until: Callable[[], bool] = lambda: False, seconds: float = 5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        if until():
            return
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    from desk.frontdesk import intake, patients, schedule
    from desk.frontdesk.model import Appointment, Patient
    from desk.storage import SYSTEM, Workspace
    from desk.storage import settings as settings_mod
    from desk.ui.app import make_app
    from desk.ui.kiosk import KioskPinDialog, KioskWidget
    from desk.ui.session import Session

    app = make_app()
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="desk-shots-") as tmp:
        ws = Workspace.create(Path(tmp) / "ws", passphrase="screenshots")
        with ws.begin() as conn:
            p = patients.register(conn, Patient(family="Durand", given="Élise",
                                                birth_date=date(1980, 5, 17)), SYSTEM)
            appt = schedule.book(conn, Appointment(
                patient_id=p.id, start=datetime.combine(date.today(), clock(9))), SYSTEM)
            code = intake.send_forms(conn, appt.id, ["medical-history", "consent"], SYSTEM,
                                     language="fr").code
        session = Session(ws, settings_mod.load())
        flow = KioskWidget(session, SYSTEM)
        shots: list[tuple[str, Callable[[], None]]] = [
            ("welcome", lambda: None),
            ("refused", lambda: _type_code(flow, "AAAAAA", app)),
            ("form", lambda: _type_code(flow, code, app)),
            ("warning", lambda: flow._warn(20)),
            ("thanks", lambda: (flow.warning.hide(),
                                flow.stack.setCurrentWidget(flow.thanks))),
        ]
        for name, step in shots:
            step()
            for width, height in SIZES:
                flow.resize(width, height)
                flow.show()
                _settle(app, seconds=0.3)
                path = out / f"kiosk-{name}-{width}x{height}.png"
                flow.grab().save(str(path))
                print(path)
        pin = KioskPinDialog("")
        pin.show()
        _settle(app, seconds=0.3)
        pin.grab().save(str(out / "kiosk-pin.png"))
        print(out / "kiosk-pin.png")
        flow.stop()
        session.runner.shutdown()
        ws.close()
    return 0


def _type_code(flow: object, code: str, app: object) -> None:
    flow.welcome.code.setText(code)  # type: ignore[attr-defined]
    flow.welcome._code_entered()  # type: ignore[attr-defined]
    _settle(app, lambda: flow.view is not None or bool(  # type: ignore[attr-defined]
        flow.welcome.message.text()))  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
