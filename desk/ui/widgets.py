"""Small shared widgets: the inline message banner, headings, form rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.frontdesk.model import sex_label

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

_TONES = {"error": "banner-error", "warning": "banner-warning", "info": "banner-info"}


def message_for(error: BaseException) -> str:
    """Words for a receptionist; unexpected errors get a generic sentence, never internals."""
    if isinstance(error, DeskError):
        return error.message
    return QCoreApplication.translate(
        "MessageBanner", "Something went wrong and the action was not completed. Nothing "
        "already saved was lost. If it happens again, tell IT (details are in the log).")


class MessageBanner(QFrame):
    """An inline message above a screen's content; hidden until there is something to say.

    It is on the sign-in screen, so it stays clear of the ``Qt`` namespace until a message
    is shown: creating that namespace's enums costs more than the rest of the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QPushButton("✕")
        close.setObjectName("banner-close")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setFlat(True)
        close.clicked.connect(self.hide)
        top = QVBoxLayout()
        top.addWidget(close)
        top.addStretch(1)
        layout.addWidget(self.label, 1)
        layout.addLayout(top)
        self.hide()

    def show_message(self, text: str, tone: str = "error") -> None:
        from PySide6.QtCore import Qt

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setProperty("tone", _TONES.get(tone, "banner-info"))
        restyle(self)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def show_error(self, error: BaseException) -> None:
        self.show_message(message_for(error), "error")


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName(f"h{level}")
    label.setAccessibleName(text)
    return label


def muted(text: str) -> QLabel:
    """A quiet label: a hint, a caption or a small heading."""
    label = QLabel(text)
    label.setObjectName("muted")
    return label


def sex_text(sex: str) -> str:
    """How a patient's sex reads in a table cell ("—" when not stated)."""
    return "—" if sex == "unknown" else sex_label(sex)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property or name its rules select on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def retry_button(label: str, retry: Callable[[], None]) -> QPushButton:
    """The Retry of one row of a list of refused things (``label`` names the row)."""
    button = QPushButton(QCoreApplication.translate("RetryButton", "Retry"))
    button.setObjectName("secondary")
    button.setAccessibleName(QCoreApplication.translate("RetryButton", "Retry {row}")
                             .format(row=label))
    button.clicked.connect(lambda _=False: retry())
    return button


def dialog_buttons(dialog: QDialog, action: str) -> tuple[QHBoxLayout, QPushButton]:
    """Cancel and the primary ``action`` (which accepts) at a dialog's bottom right."""
    primary = QPushButton(action)
    primary.setObjectName("primary")
    primary.clicked.connect(dialog.accept)
    cancel = QPushButton(QCoreApplication.translate("DialogButtons", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(primary)
    return row, primary


class ElidedLabel(QLabel):
    """One line of muted text shortened in the middle (…) when it has less room than it
    needs (large text, a long folder path); the whole text is its tooltip and its name."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("muted")
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(min(80, super().minimumSizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics, room = self.fontMetrics(), self.contentsRect().width()
        if metrics.horizontalAdvance(self.full_text) <= room:
            self.setText(self.full_text)
            return
        from PySide6.QtCore import Qt  # only when shortening: the namespace is slow to make

        # the text's box is a little wider than its advance (its glyphs' bearings)
        room -= metrics.averageCharWidth()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, room))


def mnemonic(text: str) -> str:
    """The letter ``&`` underlines in ``text`` (lower case), or "" (``&&`` is a plain &)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def give_mnemonics(menu: QMenu) -> None:
    """Underline a letter in each action of ``menu`` that has none, no two alike: the
    first letter of a word where one is free, else any free letter. In the open menu that
    letter alone chooses the action."""
    actions = [a for a in menu.actions() if a.text() and not a.isSeparator()]
    used = {mnemonic(a.text()) for a in actions} - {""}
    for action in actions:
        text = action.text()
        if mnemonic(text):
            continue
        starts = [n for n, c in enumerate(text) if c.isalnum() and (n == 0 or text[n - 1] == " ")]
        free = next((n for n in [*starts, *range(len(text))]
                     if text[n].isalnum() and text[n].lower() not in used), None)
        if free is not None:
            used.add(text[free].lower())
            action.setText(text[:free] + "&" + text[free:])


def focus_first_field(dialog: QWidget) -> None:
    """Put the keyboard focus on the first control in tab order inside ``dialog`` (its
    first field), so it opens ready to type; else on a scroll area in it, which the arrows
    scroll. Call it once the controls are laid out."""
    from PySide6.QtCore import Qt

    fields: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        if dialog.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.isEnabled() and widget.isVisibleTo(dialog):
            fields.append(widget)
        widget = widget.nextInFocusChain()
    first = next((w for w in fields if not isinstance(w, QScrollArea)), None) or next(
        iter(fields), None)
    if first is not None:
        first.setFocus()


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order (as they read on screen)."""
    for one, then in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(one, then)
