"""Every staff screen and dialog under a pseudo-locale (tests/ui/pseudo.py: each translated
text wrapped in ``[!! … !!]`` and 40 % longer), then in French and in Spanish.

Under the pseudo-locale a visible text that is not wrapped never went through a
translation (a word a translator cannot reach), unless it is the workspace's own data. In
every language a text wider than the widget showing it is cut: a label without word wrap
narrower than its text, a button narrower than its text needs, a header section the user
cannot widen narrower than its title, a placeholder wider than its empty field.

The walk is tests/ui/walk.py's (shared with test_access_names.py), on conftest's workspace
with a demo imaging study, the window at its default 1280x800.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desk.paths import resource
from desk.ui import translation
from tests.ui import walk
from tests.ui.pseudo import CLOSE, FILLED_CLOSE, FILLED_OPEN, OPEN, pseudo_locale

CLINIC = "Cabinet Lumière"  # the clinic's name: data, and not an English word
WIDTH = 1280  # the main window's default width (shell.MainWindow), a laptop's screen
ROWS_READ = 40  # the rows of a table or list looked at: its first screenful and more
# Texts that are the same in every language by design: each language named in its own
# words in the Language menu (a user who cannot read the screens' language finds theirs).
ENDONYMS = frozenset({"English", "Français", "Español"})
# Record ids, audit hashes and DICOM UIDs: data, though made of letters and digits.
IDENTIFIER = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
                        r"|\b[0-9a-f]{16,}\b|\b\d+(\.\d+){3,}\b", re.IGNORECASE)
WRAPPED = re.compile(re.escape(OPEN) + r"(?:(?!" + re.escape(OPEN) + r").)*?"
                     + re.escape(CLOSE), re.DOTALL)
FILLED = re.compile(re.escape(FILLED_OPEN) + r"([^" + FILLED_OPEN + FILLED_CLOSE + r"]*)"
                    + re.escape(FILLED_CLOSE))
TAG = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;")


@dataclass(frozen=True)
class Finding:
    screen: str
    kind: str  # "not translated" or "cut"
    widget: str
    text: str

    def __str__(self) -> str:
        return f"{self.screen}: {self.kind}: {self.widget}: {self.text!r}"


def where(widget: QWidget) -> str:
    """The widget's class, its object name, and the classes of its parents up to its window."""
    names = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            name += f"#{current.objectName()}"
        names.append(name)
        if current.isWindow():
            break
        current = current.parentWidget()
    return " < ".join(names)


# --- what a user reads -------------------------------------------------------------------

def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def header_texts(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    for logical in range(header.count()):
        if not header.isSectionHidden(logical):
            text = model.headerData(logical, header.orientation())
            if isinstance(text, str):
                yield text


def cell_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    hidden = getattr(view, "isColumnHidden", lambda column: False)
    root = view.rootIndex()
    columns = model.columnCount(root) if not isinstance(view, QListView) else 1
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in range(columns):
            if not hidden(column):
                text = model.index(row, column, root).data()
                if isinstance(text, str):
                    yield text


def texts_of(widget: QWidget) -> Iterator[str]:
    """The texts ``widget`` shows of its own (not its children's)."""
    from desk.ui.widgets import ElidedLabel

    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, ElidedLabel):
        yield widget.full_text
    elif isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
        menu = widget.menu() if isinstance(widget, QPushButton | QToolButton) else None
        if menu is not None:
            yield from menu_texts(menu)
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(n) for n in range(widget.count()) if widget.isTabVisible(n))
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(n) for n in range(widget.count()))
    elif isinstance(widget, QHeaderView):
        yield from header_texts(widget)
    elif isinstance(widget, QAbstractItemView):
        yield from cell_texts(widget)
    elif isinstance(widget, QMenu):
        yield from menu_texts(widget)


def shown(root: QWidget) -> Iterator[QWidget]:
    yield from (w for w in (root, *root.findChildren(QWidget)) if w.isVisible())


# --- not translated ----------------------------------------------------------------------

def record_values(workspace, settings) -> set[str]:
    """What the workspace holds and a screen shows as it is: patients' names, numbers and
    details, the visits' reasons, staff names and user names, the audit log's entries as the
    chain holds them (who by user name, the action's and the record type's code names),
    the clinic's name, the workspace's folder, the bundled forms' own content (translated
    by the form engine, not by Qt), a form's date pattern and the demo study's
    descriptions."""
    import sqlalchemy as sa

    from desk.frontdesk import patients, schedule
    from desk.storage import accounts
    from desk.storage.schema import audit
    from desk.ui.forms.dates import placeholder
    from desk.viewer.demo import STUDIES

    values = {CLINIC, settings.clinic.name, str(workspace.path), str(Path(workspace.path).name)}
    with workspace.read() as conn:
        for p in patients.all_patients(conn):
            values |= {p.family, p.given, p.display_name, p.mrn, p.phone, p.email, p.address,
                       p.city, p.postal_code}
        values |= {v for a in schedule.day(conn, date.today()) for v in (a.reason, a.practitioner)}
        for user in accounts.list_users(conn):
            values |= {user.username, user.display_name}
        for column in (audit.c.username, audit.c.action, audit.c.record_type):
            values |= set(conn.execute(sa.select(column).distinct()).scalars())
    for modality, title, series in STUDIES:
        values |= {modality, title, *(label for label, _ in series)}
    # how to type a date in a form's date field (M/D/YYYY): put together from a translated
    # set of five letters, "DMYHM", which a wrapped text cannot stand for
    values |= {placeholder(kind, language) for kind in ("date", "time", "dateTime")
               for language in (None, "en")}
    for path in Path(resource("questionnaires")).glob("*.json"):
        values |= set(_strings(json.loads(path.read_text(encoding="utf-8"))))
    return {v.casefold() for v in values if v and v.strip()}


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def locale_words() -> set[str]:
    """The words QLocale writes dates and times with (month and day names, AM/PM)."""
    locale = QLocale()
    words = {locale.amText(), locale.pmText()}
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words |= {locale.monthName(m, form) for m in range(1, 13)}
        words |= {locale.standaloneMonthName(m, form) for m in range(1, 13)}
        words |= {locale.dayName(d, form) for d in range(1, 8)}
    return {w.casefold() for w in words if w}


def untranslated_part(text: str, data: set[str]) -> str:
    """What is left of ``text`` once its translated parts, the data in it and the marks
    between them are taken out; empty when nothing in it was missed by a translation. What
    the code filled into a translated sentence (marked ``⟦…⟧``) is looked at on its own."""
    pieces = []
    while FILLED_OPEN in text:
        shorter = FILLED.sub(lambda m: pieces.append(m.group(1)) or " ", text)
        if shorter == text:
            break
        text = shorter
    return " ".join(w for w in (_left(p, data) for p in (text, *pieces)) if w)


def _left(text: str, data: set[str]) -> str:
    rest = re.sub(r"&(?=\S)", "", TAG.sub(" ", text).replace("&&", "\0"))  # a mnemonic's &
    while True:
        shorter = WRAPPED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    rest = IDENTIFIER.sub(" ", rest).casefold()
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    words = re.findall(r"[^\W\d_]+", rest)
    return " ".join(w for w in words if w not in data)


def not_translated(screen: str, root: QWidget, data: set[str]) -> list[Finding]:
    found = []
    for widget in shown(root):
        for text in texts_of(widget):
            left = untranslated_part(text, data) if text and text.strip() else ""
            if left:
                found.append(Finding(screen, "not translated", where(widget), text))
    return found


# --- cut ---------------------------------------------------------------------------------

def without_mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def text_width(widget: QWidget, text: str, *, rich: bool) -> int:
    if rich:
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth() + 0.999)
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def label_cut(label: QLabel) -> bool:
    text = label.text()
    if not text.strip() or label.wordWrap():
        return False
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
    if not rich and label.buddy() is not None:
        text = without_mnemonic(text)
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    return text_width(label, text, rich=rich) > room + 1


def button_cut(button: QAbstractButton) -> bool:
    if not button.text().strip():
        return False
    if isinstance(button, QToolButton) and button.toolButtonStyle() \
            == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
        return False
    if isinstance(button, QCheckBox | QRadioButton | QPushButton | QToolButton):
        return button.width() < button.sizeHint().width()
    return False


def header_cut(header: QHeaderView) -> list[str]:
    """The titles of the sections staff cannot widen (fixed, fitted or stretched) that are
    narrower than their title."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    cut = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionResizeMode(logical) \
                == QHeaderView.ResizeMode.Interactive and not (
                    header.stretchLastSection() and logical == _last_shown(header)):
            continue
        text = header.model().headerData(logical, Qt.Orientation.Horizontal)
        if isinstance(text, str) and text and \
                metrics.horizontalAdvance(text) + 2 * margin > header.sectionSize(logical):
            cut.append(text)
    return cut


def _last_shown(header: QHeaderView) -> int:
    for visual in range(header.count() - 1, -1, -1):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            return logical
    return -1


def placeholder_cut(field: QLineEdit) -> bool:
    text = field.placeholderText()
    if not text or field.text():
        return False
    frame = field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
    margins = field.textMargins()
    room = field.width() - 2 * frame - 4 - margins.left() - margins.right()
    return field.fontMetrics().horizontalAdvance(text) > room


def too_wide(root: QWidget) -> list[QWidget]:
    """The shown widgets that make their window grow past 1280 px (off a laptop's screen),
    each the innermost one: its own row of words is what does not fit."""
    def wide(widget: QWidget) -> bool:
        return widget.isVisible() and widget.minimumSizeHint().width() > WIDTH

    # a stack is as wide as its widest page, shown or not: the page is blamed when shown
    return [w for w in shown(root) if wide(w) and not isinstance(w, QStackedWidget)
            and not any(wide(c) for c in w.findChildren(QWidget))]


def cut(screen: str, root: QWidget) -> list[Finding]:
    from desk.ui.widgets import ElidedLabel

    found = []
    found += [Finding(screen, "wider than the window", where(w),
                      f"needs {w.minimumSizeHint().width()} px") for w in too_wide(root)]
    for widget in shown(root):
        if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel):
            if label_cut(widget):
                found.append(Finding(screen, "cut", where(widget), widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.parentWidget() is not None \
                and not isinstance(widget.parentWidget(), QTabBar):
            if button_cut(widget):
                found.append(Finding(screen, "cut", where(widget), widget.text()))
        elif isinstance(widget, QHeaderView):
            found += [Finding(screen, "cut", where(widget), t) for t in header_cut(widget)]
        elif isinstance(widget, QLineEdit) and placeholder_cut(widget):
            found.append(Finding(screen, "cut", where(widget), widget.placeholderText()))
    return found


# --- the walk ----------------------------------------------------------------------------

@pytest.fixture
def imaged(staffed):
    """conftest's workspace with a demo imaging study for patients booked today."""
    from desk.viewer import demo as demo_images

    with staffed.begin() as conn:
        demo_images.add(conn, staffed.blobs, date.today())
    return staffed


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)  # layouts that wait for the event loop, a resize after a worker's rows
    QApplication.processEvents()


def walk_everything(qtbot, make_window, look) -> None:
    """Open every staff screen and dialog and ``look(name, widget)`` at each."""
    window = make_window(**{"clinic.name": CLINIC, "pacs.dicomweb_url": nowhere()})
    settle(qtbot)
    look("sign in", window)
    board = walk.to_the_board(qtbot, window)
    for title, shown_window in walk.screens(window):
        settle(qtbot)
        look(title, shown_window)
        if title == "Today":
            display = next(b for b in window.work.findChildren(QToolButton)
                           if b.menu() is not None)
            look("the Display menu", display)
    window.nav["Today"].trigger()
    settle(qtbot)

    def check(name: str, dialog) -> None:
        qtbot.waitUntil(dialog.isVisible)
        settle(qtbot)
        look(name, dialog)

    walk.dialogs(qtbot, window, board, check)
    chart = _chart(qtbot, window)
    settle(qtbot)
    look("chart", window)
    qtbot.mouseClick(chart.edit, Qt.MouseButton.LeftButton)  # the details, editable
    settle(qtbot)
    look("chart, editing the details", window)
    _chart_dialogs(qtbot, chart, check)
    check("the damaged-workspace message", _damaged_message(window))


def _damaged_message(window):
    """The message a damaged workspace gets at open, with the core's own words for it."""
    from desk.ui.app import WorkspaceOpener

    workspace = window.session.workspace
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("desk.storage.workspace.intact", lambda engine: False)
        problem = workspace.damage()
    opener = WorkspaceOpener(window, workspace.path)
    opener._checked([problem])
    return opener.damaged


def nowhere() -> str:
    """A PACS address nothing listens at: the chart's archive panel says it is unreachable."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/dicom-web"


def _chart(qtbot, window):
    from desk.ui.patients_screen import PatientsScreen

    window.nav["Patients"].trigger()
    screen = window.work.findChild(PatientsScreen)
    screen.search.box.clear()
    qtbot.keyClicks(screen.search.box, "Durand")
    qtbot.waitUntil(lambda: screen.search.model.rowCount() == 1)
    qtbot.keyClick(screen.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.chart is not None and screen.chart.isVisible())
    chart = screen.chart
    qtbot.waitUntil(lambda: chart.timeline.rowCount() > 0)
    assert chart.pacs is not None, "the chart has its archive panel"
    qtbot.waitUntil(lambda: chart.pacs.message.text() != "", timeout=15000)
    return chart


def _chart_dialogs(qtbot, chart, check) -> None:
    rows = [chart.timeline.row_at(n) for n in range(chart.timeline.rowCount())]
    study = next((r for r in rows if r.source == "images"), None)
    visit = next((r for r in rows if r.source not in ("images", "intake")), None)
    if visit is not None:
        chart.open_item(visit)
        qtbot.waitUntil(lambda: getattr(chart, "opened", None) is not None)
        check("a visit's details", chart.opened)
        chart.opened.reject()
        chart.opened = None
    assert study is not None, "the demo study is in the chart"
    chart.open_item(study)
    from desk.ui.image_view import ImageViewerDialog

    qtbot.waitUntil(lambda: isinstance(getattr(chart, "opened", None), ImageViewerDialog))
    check("image viewer", chart.opened)
    chart.opened.reject()
    chart.table.selectRow(rows.index(study))
    chart.send_selected_study()
    qtbot.waitUntil(lambda: getattr(chart, "send_dialog", None) is not None)
    check("send a study to the PACS", chart.send_dialog)
    chart.send_dialog.reject()


def test_every_staff_text_is_translated_and_has_room_in_the_pseudo_locale(
        qtbot, imaged, make_window) -> None:
    findings: list[Finding] = []
    with pseudo_locale():
        def look(name: str, root: QWidget) -> None:
            data = record_values(imaged, settings_of(root)) | locale_words() \
                | {w.casefold() for w in ENDONYMS}
            findings.extend(not_translated(name, root, data))
            findings.extend(cut(name, root))

        walk_everything(qtbot, make_window, look)
    unique = once(findings)
    assert unique == [], f"{len(unique)} found:\n" + "\n".join(map(str, unique))


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_staff_text_has_room_in_french_and_spanish(
        qtbot, imaged, make_window, language) -> None:
    translation.set_language(language)
    findings: list[Finding] = []
    try:
        def look(name: str, root: QWidget) -> None:
            findings.extend(cut(name, root))

        walk_everything(qtbot, lambda **o: make_window(**o, **{"ui.language": language}),
                        look)
    finally:
        translation.set_language("en")
        QApplication.processEvents()
    unique = once(findings)
    assert unique == [], f"{len(unique)} found:\n" + "\n".join(map(str, unique))


def once(findings: list[Finding]) -> list[Finding]:
    """Each finding once, on the first screen it was seen on (the Display menu is on all)."""
    seen: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        seen.setdefault((finding.kind, finding.widget, finding.text), finding)
    return list(seen.values())


def settings_of(root: QWidget):
    window = root.window()
    session = getattr(window, "session", None) or getattr(window.parentWidget(), "session", None)
    assert session is not None, "the walk starts on the main window"
    return session.settings


def test_the_first_administrator_form_is_translated_and_has_room_in_the_pseudo_locale(
        qtbot, tmp_path) -> None:
    from desk.storage import Workspace
    from desk.storage import settings as settings_mod
    from desk.ui.app import make_app, screens
    from desk.ui.session import Session
    from desk.ui.shell import MainWindow

    make_app()
    ws = Workspace.create(tmp_path / "new")
    try:
        with pseudo_locale():
            window = MainWindow(Session(ws, settings_mod.load()), screens())
            qtbot.addWidget(window)
            window.show()
            settle(qtbot)
            data = record_values(ws, window.session.settings) | locale_words()
            found = once(not_translated("first administrator", window, data)
                         + cut("first administrator", window))
    finally:
        ws.close()
    assert found == [], f"{len(found)} found:\n" + "\n".join(map(str, found))
