"""The kiosk's welcome screen: the patient opens their forms with the code on their slip,
or with their name and birth date. It never shows anyone's name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.normalize import parse_date
from desk.ui.widgets import heading, muted

PAPER = QColor("#f4f6f9")  # the pages' colour in the style sheet (QStackedWidget > QWidget)


def paper(widget: QWidget) -> None:
    """Paint ``widget`` in the pages' colour (a QWidget subclass paints no style sheet
    background of its own)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, PAPER)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def large(label: QLabel, points: int = 13) -> QLabel:
    """``label`` in text large enough to read at arm's length on a tablet (a style sheet
    of its own: the application's sets every widget's size, over any font given)."""
    label.setStyleSheet(f"font-size: {points}pt;")
    return label


class KioskWelcomeWidget(QWidget):
    """Code entry, and name and birth date entry, for the patient at the kiosk."""

    sig_code_entered = Signal(str)
    """The patient typed a check-in code and asked for their forms."""

    sig_name_entered = Signal(str, str, object)
    """The patient typed family name, given name and birth date (a ``date``)."""

    def __init__(self, *, day_first: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-welcome")
        self.day_first = day_first
        paper(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # it scrolls: with the on-screen keyboard up, half the screen is left to it
        self.area = QScrollArea()
        self.area.setObjectName("page")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.area)
        page = QWidget()
        self.area.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Welcome")))
        layout.addWidget(large(muted(self.tr("Type the code printed on your check-in slip."))))
        self.code = self._field(self.tr("Check-in code"), self.tr("For example KT4 7XA"))
        self.code.setMaxLength(9)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase
                                      | Qt.InputMethodHint.ImhNoPredictiveText)
        self.code.returnPressed.connect(self._code_entered)
        layout.addWidget(self.code)
        self.open_code = self._button(self.tr("Open my forms"), self._code_entered)
        layout.addWidget(self.open_code)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(large(muted(self.tr("No slip? Type your name and date of birth."))))
        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.family = self._field(self.tr("Family name"))
        self.given = self._field(self.tr("Given name"))
        self.birth = self._field(self.tr("Date of birth"),
                                 self.tr("DD/MM/YYYY") if day_first else self.tr("MM/DD/YYYY"))
        self.birth.setInputMethodHints(Qt.InputMethodHint.ImhDate
                                       | Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.birth.returnPressed.connect(self._name_entered)
        for label, field in ((self.tr("Family name"), self.family),
                             (self.tr("Given name"), self.given),
                             (self.tr("Date of birth"), self.birth)):
            form.addRow(self._label(label, field), field)
        layout.addLayout(form)
        self.open_name = self._button(self.tr("Find my forms"), self._name_entered)
        layout.addWidget(self.open_name)
        self.message = QLabel()
        self.message.setObjectName("kiosk-message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _field(self, name: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        # no suggestions: the virtual keyboard must not learn one patient's name for the next
        field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        field.setAccessibleName(name)
        field.setAccessibleDescription(placeholder or name)
        field.setPlaceholderText(placeholder)
        field.setMinimumHeight(48)
        return field

    def _label(self, text: str, field: QLineEdit) -> QLabel:
        """A field's name, as large as the patient's fingers need and level with it."""
        label = large(QLabel(text), 12)
        label.setMinimumHeight(field.minimumHeight())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(field)
        return label

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("primary")
        button.setAccessibleName(text)
        button.setAccessibleDescription(text)
        button.setMinimumSize(200, 56)
        button.clicked.connect(slot)
        return button

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def set_enabled(self, on: bool) -> None:
        """Codes and names are refused for a while after repeated wrong codes."""
        for widget in (self.code, self.open_code, self.family, self.given, self.birth,
                       self.open_name):
            widget.setEnabled(on)

    def clear(self) -> None:
        """Empty every field (setText also forgets each field's undo history)."""
        for field in (self.code, self.family, self.given, self.birth):
            field.setText("")
        self.message.setText("")

    def _code_entered(self) -> None:
        if self.code.text().strip():
            self.sig_code_entered.emit(self.code.text())

    def _name_entered(self) -> None:
        born = parse_date(self.birth.text(), day_first=self.day_first)
        if not (self.family.text().strip() and self.given.text().strip()):
            self.show_message(self.tr("Please type your family name and your given name."))
        elif born is None or born > date.today():
            self.show_message(self.tr("Please type your date of birth, for example 17/05/1980.")
                              if self.day_first else
                              self.tr("Please type your date of birth, for example 05/17/1980."))
        else:
            self.sig_name_entered.emit(self.family.text(), self.given.text(), born)
