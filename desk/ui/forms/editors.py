"""Editors for one item's answer: text, numbers, sliders, dates and times, files, yes/no.

An :class:`Editor` shows the answers of one :class:`~desk.forms.Node` and hands what the
patient entered to ``commit`` as a list of values the engine takes (``Form.set_answers``).
Typed text is committed when the field is left or Enter is pressed, and by :meth:`flush`
(the form calls it before Next and Submit). Editors never write to the form themselves.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSize, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk.forms import Node, attachment
from desk.forms.pages import slider_step
from desk.ui.files import choose_file, choosers_open
from desk.ui.forms import dates

TOUCH = 44  # the smallest target a finger can hit reliably, in pixels
Commit = Callable[[list[Any]], None]


def tr(text: str) -> str:
    # lupdate files a module function's tr("...") under no context: looked up there
    return QCoreApplication.translate("", text)


W = TypeVar("W", bound=QWidget)


class EnterClicks(QObject):
    """Enter and Return press the focused button, as Space does (keyboard users expect both)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton) \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched.isEnabled():
            watched.click()
            return True
        return False


def enter_clicks() -> EnterClicks:
    """The application's one EnterClicks filter."""
    app = QCoreApplication.instance()
    found = app.findChild(EnterClicks, "desk-enter-clicks") if app is not None else None
    if found is None:
        found = EnterClicks(app)
        found.setObjectName("desk-enter-clicks")
    return found


_HINTS = {
    # the virtual keyboard opens its number pad for these (with / - . and space); ImhDate and
    # ImhTime alone would open the letters
    "date": Qt.InputMethodHint.ImhDate | Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "time": Qt.InputMethodHint.ImhTime | Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "dateTime": Qt.InputMethodHint.ImhDate | Qt.InputMethodHint.ImhTime
    | Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "url": Qt.InputMethodHint.ImhUrlCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase,
    # typed into the fields of a repeating number question (a single one has a spinner)
    "integer": Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "decimal": Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "quantity": Qt.InputMethodHint.ImhFormattedNumbersOnly,
}


def keyboard_hints(kind: str) -> Qt.InputMethodHint:
    """The input-method hints of a one-line field for an item of type ``kind``: they choose
    the virtual keyboard's layout on a kiosk."""
    return _HINTS.get(kind, Qt.InputMethodHint.ImhNone)


def touch(widget: W, width: int = TOUCH) -> W:
    """Make ``widget`` at least a finger's size; a button also takes Enter as a press."""
    widget.setMinimumSize(QSize(max(width, widget.minimumWidth()), TOUCH))
    if isinstance(widget, QAbstractButton):
        widget.installEventFilter(enter_clicks())
    return widget


def focus_first(widget: QWidget) -> None:
    """Put the keyboard focus on the first control inside ``widget`` that takes it."""
    target = next((w for w in widget.findChildren(QWidget)
                   if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(widget)
                   and w.isEnabled()), None)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class Editor(QWidget):
    """Shows and edits the answers of one node."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node = node
        self.commit = commit
        self.options_shown = list(node.options)  # the choices this editor was made for
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def show_answers(self) -> None:
        """Show the node's answers as they are in the engine now."""

    def flush(self) -> None:
        """Commit text still being typed."""

    def focus(self) -> None:
        """Put the keyboard focus on this editor's first control."""
        focus_first(self)


class TextEditor(Editor):
    """One line of text (string, url, reference; a choice with no list to pick from)."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.field = touch(QLineEdit(), 200)
        self.field.setInputMethodHints(keyboard_hints(node.type))
        if node.entry_format:
            self.field.setPlaceholderText(node.entry_format)
        if node.definition.max_length:
            self.field.setMaxLength(node.definition.max_length)
        self.field.editingFinished.connect(self.flush)
        self.row.addWidget(self.field, 1)
        self.show_answers()

    def text_of(self, answers: list[str]) -> str:
        return answers[0] if answers else ""

    def show_answers(self) -> None:
        if self.node.input_error is not None:
            return  # keep what the patient typed, so they can correct it
        text = self.text_of(self.node.answer_texts())
        if self.field.text() != text:
            self.field.setText(text)

    def value(self) -> Any:
        return self.field.text()

    def flush(self) -> None:
        if self.field.text() == self.text_of(self.node.answer_texts()) \
                and self.node.input_error is None:
            return
        value = self.value()
        self.commit([] if value in (None, "") else [value])


class MultiLineEditor(Editor):
    """Several lines of text; Tab leaves the field (keyboard users must get out).

    The text is committed when the patient leaves the item (the form view calls
    :meth:`flush` then) and before Next.
    """

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.field = QPlainTextEdit()
        self.field.setTabChangesFocus(True)
        self.field.setMinimumHeight(3 * TOUCH)
        self.row.addWidget(self.field, 1)
        self.show_answers()

    def show_answers(self) -> None:
        text = self.node.answer if isinstance(self.node.answer, str) else ""
        if self.field.toPlainText() != text:
            self.field.setPlainText(text)

    def flush(self) -> None:
        text = self.field.toPlainText()
        if text != (self.node.answer or ""):
            self.commit([text] if text.strip() else [])


class NumberEditor(Editor):
    """A spinner for integer, decimal and quantity items, with its unit beside it.

    The lowest step of the spinner stands for "no answer" and shows as an empty field.
    """

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        item = node.definition
        whole = item.type == "integer"
        self.spin: QSpinBox | QDoubleSpinBox = QSpinBox() if whole else QDoubleSpinBox()
        low, high = _bound(item.min_value, -999_999), _bound(item.max_value, 999_999)
        if isinstance(self.spin, QDoubleSpinBox):
            places = item.max_decimal_places
            self.spin.setDecimals(places if isinstance(places, int) else 2)
        self.empty = low - 1
        if isinstance(self.spin, QSpinBox):
            self.spin.setRange(int(self.empty), int(high))
        else:
            self.spin.setRange(self.empty, high)
        self.spin.setSpecialValueText(" ")
        self.spin.setKeyboardTracking(False)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        touch(self.spin, 160)
        # the virtual keyboard's number pad; a sign or a decimal point needs its fuller one
        self.spin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly if whole and low >= 0
                                      else Qt.InputMethodHint.ImhFormattedNumbersOnly)
        # big − and + beside the field instead of the spinner's tiny arrows (the keyboard's
        # Up and Down still step)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin.editingFinished.connect(self.flush)
        self.row.addWidget(self.spin)
        for sign, steps, what in (("−", -1, tr("Decrease")), ("+", 1, tr("Increase"))):
            step = touch(QPushButton(sign))
            step.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            step.setAccessibleName(f"{what}: {node.text}")
            step.setAccessibleDescription(tr("Changes the number by one step"))
            step.clicked.connect(lambda _=False, n=steps: self._step(n))
            self.row.addWidget(step)
        if node.unit:
            self.row.addWidget(QLabel(node.unit))
        self.row.addStretch(1)
        self.show_answers()

    def current(self) -> float | None:
        answer = self.node.answer
        number = answer.get("value") if isinstance(answer, dict) else answer
        return float(number) if isinstance(number, int | float) else None

    def show_answers(self) -> None:
        number = self.current()
        self.spin.blockSignals(True)
        shown = self.empty if number is None else number
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(shown))
        else:
            self.spin.setValue(shown)
        self.spin.blockSignals(False)

    def _step(self, steps: int) -> None:
        if self.spin.value() <= self.empty and steps > 0:
            self.spin.setValue(max(0, self.spin.minimum() + 1))  # type: ignore[arg-type]
        else:
            self.spin.stepBy(steps)
        self.flush()

    def flush(self) -> None:
        value = self.spin.value()
        number = None if value <= self.empty else value
        if number != self.current():
            self.commit([] if number is None else [number])


class SliderEditor(Editor):
    """A slider (itemControl ``slider``) with the chosen value shown beside it."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        item = node.definition
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(int(_bound(item.min_value, 0)), int(_bound(item.max_value, 10)))
        self.slider.setSingleStep(slider_step(item))
        self.slider.setPageStep(slider_step(item))
        touch(self.slider, 240)
        self.shown = QLabel()
        self.shown.setMinimumWidth(TOUCH)
        self.slider.valueChanged.connect(self._moved)
        self.row.addWidget(self.slider, 1)
        self.row.addWidget(self.shown)
        self.show_answers()

    def show_answers(self) -> None:
        value = self.node.answer
        number = value.get("value") if isinstance(value, dict) else value
        self.slider.blockSignals(True)
        if isinstance(number, int | float):
            self.slider.setValue(int(number))
        self.slider.blockSignals(False)
        self.shown.setText("—" if number is None else str(self.slider.value()))

    def _moved(self, value: int) -> None:
        self.commit([value])


class BooleanEditor(Editor):
    """Yes and No as two radio buttons (unanswered until one is chosen)."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[bool, QRadioButton] = {}
        for value, text in ((True, tr("Yes")), (False, tr("No"))):
            button = QRadioButton(text)
            touch(button, 96)
            button.setAccessibleName(text)
            button.setAccessibleDescription(node.text)
            self.group.addButton(button)
            self.buttons[value] = button
            button.toggled.connect(lambda on, v=value: self._chosen(v) if on else None)
            self.row.addWidget(button)
        self.row.addStretch(1)
        self.show_answers()

    def show_answers(self) -> None:
        answer = self.node.answer
        self.group.setExclusive(False)
        for value, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(answer is value)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def _chosen(self, value: bool) -> None:
        if self.node.answer is not value:
            self.commit([value])


class PickerEditor(TextEditor):
    """A date, time or dateTime field: type it, or pick it from a calendar or clock.

    It shows the answer in the form language's locale (``01/04/2009`` in French) and reads
    what is typed in that format or in ISO (:mod:`desk.ui.forms.dates`).
    """

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.field.setPlaceholderText(self._placeholder())
        self.field.setMaximumWidth(360)
        self.row.setStretchFactor(self.field, 0)
        self.pick = touch(QPushButton(tr("Pick…")), 88)
        self.pick.setAccessibleName(tr("Pick {0}").format(node.text or node.type))
        self.pick.setAccessibleDescription(tr("Opens a calendar or clock to choose from"))
        self.pick.clicked.connect(self._open_picker)
        self.row.addWidget(self.pick)
        self.row.addStretch(1)

    def _placeholder(self) -> str:
        """The form's entryFormat, unless it is ISO's (``YYYY-MM-DD``, ``AAAA-MM-JJ``): the
        field shows the locale's format instead, and reads ISO as well."""
        asked = self.node.entry_format
        if asked and not (self.node.type != "time" and re.match(r"^\w{4}-\w{2}", asked)):
            return asked
        return dates.placeholder(self.node.type, self.node.form.language)

    def text_of(self, answers: list[str]) -> str:
        value = self.node.answer
        if not isinstance(value, str):
            return ""
        return dates.shown(self.node.type, value, self.node.form.language)

    def value(self) -> Any:
        return dates.parsed(self.node.type, self.field.text(), self.node.form.language)

    def _open_picker(self) -> None:
        current = self.value()
        dialog = PickerDialog(self.node.type, current if isinstance(current, str) else "",
                              self, locale=dates.locale_of(self.node.form.language))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.field.setText(dialog.text())
            self.flush()
        self.field.setFocus()


class PickerDialog(QDialog):
    """A calendar and/or a time field to choose a value from."""

    def __init__(self, kind: str, current: str, parent: QWidget | None = None, *,
                 locale: QLocale | None = None) -> None:
        """``current`` is the value in ISO (``2009-04-01``, ``09:30:00``, or both with T);
        the calendar's month names and first day of the week are ``locale``'s (the
        form's language), or ``QLocale()``'s."""
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(tr("Choose"))
        layout = QVBoxLayout(self)
        self.calendar: QCalendarWidget | None = None
        self.clock: QTimeEdit | None = None
        if kind in ("date", "dateTime"):
            self.calendar = QCalendarWidget()
            self.calendar.setAccessibleName(tr("Calendar"))
            self.calendar.setLocale(locale or QLocale())
            self.calendar.setFirstDayOfWeek(self.calendar.locale().firstDayOfWeek())
            day = QDate.fromString(current[:10], "yyyy-MM-dd")
            if day.isValid():
                self.calendar.setSelectedDate(day)
            layout.addWidget(self.calendar)
        if kind in ("time", "dateTime"):
            self.clock = QTimeEdit()
            self.clock.setDisplayFormat("HH:mm")
            self.clock.setAccessibleName(tr("Time"))
            touch(self.clock, 120)
            clock = QTime.fromString(current.partition("T")[2][:5] if kind == "dateTime"
                                     else current[:5], "HH:mm")
            if clock.isValid():
                self.clock.setTime(clock)
            layout.addWidget(self.clock)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            touch(button, 96)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The value chosen, in ISO (the field reads ISO as well as the locale's format)."""
        parts = []
        if self.calendar is not None:
            parts.append(self.calendar.selectedDate().toString("yyyy-MM-dd"))
        if self.clock is not None:
            parts.append(self.clock.time().toString("HH:mm:ss"))
        return "T".join(parts)


class FileEditor(Editor):
    """An attachment chosen from a file, with its name shown and a way to remove it."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.choose = touch(QPushButton(tr("Choose a file…")), 140)
        self.choose.setAccessibleName(tr("Choose a file for {0}").format(node.text))
        self.choose.clicked.connect(self._choose)
        self.name = QLabel()
        self.remove = touch(QPushButton(tr("Remove")), 96)
        self.remove.setAccessibleName(tr("Remove the file of {0}").format(node.text))
        self.remove.clicked.connect(lambda: self.commit([]))
        for widget in (self.choose, self.name, self.remove):
            self.row.addWidget(widget)
        self.row.addStretch(1)
        self.choose.setVisible(choosers_open())  # a kiosk shows no file chooser
        self.show_answers()

    def show_answers(self) -> None:
        texts = self.node.answer_texts()
        none = tr("No file chosen") if choosers_open() else tr("The front desk can add this "
                                                                  "file for you.")
        self.name.setText(texts[0] if texts else none)
        self.remove.setVisible(bool(texts))

    def _choose(self) -> None:
        path = choose_file(self, tr("Choose a file"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Attach the file at ``path`` as this item's answer."""
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.commit([attachment(path.read_bytes(), content_type=kind, title=path.name)])


def _bound(limit: tuple[str, Any] | None, default: float) -> float:
    if limit is None:
        return default
    value = limit[1].get("value") if isinstance(limit[1], dict) else limit[1]
    return float(value) if isinstance(value, int | float) else default
