"""Screenshots of form pages, to look at the renderer: PNGs at 1280x800 and 800x1280.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/form_screenshots.py OUT [FORM ...]

FORM is a bundled form's name (phq-9) or a Questionnaire JSON path; without any, every
bundled form. Each page, the review page with nothing answered, and the consent form
signed, are written as OUT/<form>-<size>-<page>.png, with the whole page
unscrolled beside each as <...>-whole.png.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

SIZES = ((1280, 800), (800, 1280))


def sign_empty_pads(widget: Any) -> None:
    """A stroke of the mouse across every empty signature pad shown in ``widget``."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from desk.ui.forms import SignaturePad

    for pad in widget.findChildren(SignaturePad):
        if pad.isVisible() and pad.is_empty():
            QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 100))
            for x in range(40, 300, 20):
                QTest.mouseMove(pad, QPoint(x, 100 + (x % 60) - 30))
            QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 90))


def shoot(out: Path, name: str, source: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from desk.forms import Form
    from desk.ui.forms import FormWidget

    written = []
    for width, height in SIZES:
        view = FormWidget(Form.load(source))
        view.resize(width, height)
        view.show()
        page = 1
        while True:
            QApplication.processEvents()
            sign_empty_pads(view)
            label = "review" if view.on_review else str(page)
            path = out / f"{name}-{width}x{height}-{label}.png"
            view.grab().save(str(path))
            whole = path.with_name(path.stem + "-whole.png")  # the page unscrolled
            view.stack.currentWidget().widget().grab().save(str(whole))
            written += [path, whole]
            if view.on_review or page > 30:
                break
            before = view.index
            view.next_page()
            if view.index == before:
                view.show_page(view.index + 1)
            page += 1
        view.close()
        view.deleteLater()
    return written


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    from desk.forms import bundled_forms
    from desk.ui.app import make_app

    make_app()
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    bundled = bundled_forms()
    chosen = argv[1:] or list(bundled)
    for each in chosen:
        source = bundled.get(each) or Path(each)
        for path in shoot(out, Path(each).stem, source):
            print(path)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
