"""The review page: every answer before submitting, and a link to each missing one."""

from __future__ import annotations

import base64

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.forms import Form, Node
from desk.forms.pages import Page, ReviewEntry, review
from desk.ui.forms import dates
from desk.ui.forms.editors import touch
from desk.ui.widgets import muted


def tr(text: str) -> str:
    # lupdate files a module function's tr("...") under no context: looked up there
    return QCoreApplication.translate("", text)


class ReviewWidget(QWidget):
    """Lists the answers page by page; a button jumps to each item still to answer.

    ``read_only`` True (a completed response opened by staff) lists the answers only: no
    word of submitting and no button to answer or correct anything.
    """

    sig_jump = Signal(object)
    """The patient asked to go to a question (the Node) to answer or correct it."""

    def __init__(self, form: Form, pages: list[Page], *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.pages = pages
        self.read_only = read_only
        self.entries: list[ReviewEntry] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 12, 4)  # as the pages: clear of the scroll bar
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.body: QFrame | None = None
        self.layout_.addStretch(1)

    def missing(self) -> list[ReviewEntry]:
        return [e for e in self.entries if e.needs_answer]

    def refresh(self) -> None:
        """Read the answers again and rebuild the list."""
        self.entries = review(self.form, self.pages)
        if self.body is not None:
            self.body.hide()
            self.layout_.removeWidget(self.body)
            self.body.setParent(None)
            self.body.deleteLater()
        self.body = QFrame()
        self.body.setObjectName("card")
        grid = QGridLayout(self.body)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        row, page = 0, -1
        for entry in self.entries:
            if entry.page != page:
                page = entry.page
                title = self.pages[page].title(self.form)
                heading = QLabel(title)
                heading.setObjectName("h2")
                grid.addWidget(heading, row, 0, 1, 3)
                row += 1
            self._entry(grid, row, entry)
            row += 1
        self.layout_.insertWidget(1, self.body)
        missing = self.missing()
        if self.read_only:
            self.summary.setObjectName("muted")
            self.summary.setText(tr("The answers as they were given. They cannot be changed "
                                    "here."))
        elif missing:
            self.summary.setObjectName("bad")
            self.summary.setText(tr("{0} answers are still needed before you can submit. "
                                    "Use the buttons below to go to them.").format(len(missing))
                                 if len(missing) > 1 else
                                 tr("One answer is still needed before you can submit. "
                                    "Use the button below to go to it."))
        else:
            self.summary.setObjectName("ok")
            self.summary.setText(tr("Everything is answered. Check your answers, then press "
                                    "Submit."))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _entry(self, grid: QGridLayout, row: int, entry: ReviewEntry) -> None:
        question = QLabel(entry.question)
        question.setWordWrap(True)
        grid.addWidget(question, row, 0)
        grid.addWidget(self._answer(entry), row, 1)
        if entry.needs_answer and not self.read_only:
            verb = tr("Answer") if not entry.answers else tr("Correct")
            button = touch(QPushButton(verb), 120)
            button.setObjectName("secondary")
            button.setAccessibleName(tr("{0}: {1}").format(verb, entry.question))
            button.setAccessibleDescription("\n".join(entry.problems))
            button.clicked.connect(lambda _=False, n=entry.node: self._jump(n))
            grid.addWidget(button, row, 2)

    def _answer(self, entry: ReviewEntry) -> QLabel:
        value = entry.node.answer
        if isinstance(value, dict) and value.get("contentType") == "image/png" \
                and isinstance(value.get("data"), str):
            label = QLabel()
            picture = QPixmap()
            picture.loadFromData(base64.b64decode(value["data"]), "PNG")
            label.setPixmap(picture.scaledToHeight(80, Qt.TransformationMode.SmoothTransformation))
            label.setAccessibleName(tr("Signed"))
            return label
        if entry.answers:
            label = QLabel(", ".join(self._texts(entry)))
            label.setWordWrap(True)
            return label
        if entry.needs_answer and not self.read_only:
            return muted("\n".join(entry.problems))
        return muted("—" if entry.node.read_only else tr("Not answered"))

    def _texts(self, entry: ReviewEntry) -> list[str]:
        """The answers as the reader writes them: dates and times in the locale."""
        node = entry.node
        if node.type not in ("date", "time", "dateTime"):
            return list(entry.answers)
        values = [v for _, v in node.answers]
        if len(values) != len(entry.answers) or not all(isinstance(v, str) for v in values):
            return list(entry.answers)
        return [dates.shown(node.type, v, self.form.language) for v in values]

    def _jump(self, node: Node) -> None:
        self.sig_jump.emit(node)
