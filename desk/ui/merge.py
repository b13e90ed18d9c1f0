"""The merge dialog: two records of one patient side by side, staff choose which one stays."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk import merge
from desk.frontdesk.model import LANGUAGES, Patient
from desk.ui.locale_text import date_text, number_text
from desk.ui.register import field_label
from desk.ui.session import Session
from desk.ui.widgets import MessageBanner, heading, muted, sex_text, tab_order

FIELDS = ("name", "birth_date", "sex", "phone", "email", "address", "city", "postal_code",
          "state", "language", "mrn")
"""The fields compared, in order (their titles: :func:`desk.ui.register.field_label`)."""
COUNTS = ((QT_TRANSLATE_NOOP("MergeDialog", "Visits"), "visits"),
          (QT_TRANSLATE_NOOP("MergeDialog", "Appointments"), "appointments"),
          (QT_TRANSLATE_NOOP("MergeDialog", "Kiosk forms"), "forms"),
          (QT_TRANSLATE_NOOP("MergeDialog", "Drafts"), "drafts"),
          (QT_TRANSLATE_NOOP("MergeDialog", "Files"), "files"),
          (QT_TRANSLATE_NOOP("MergeDialog", "History entries"), "history"),
          (QT_TRANSLATE_NOOP("MergeDialog", "Images"), "images"))
STYLE = """
QLabel[differs="true"] { background: #fff4e0; border-radius: 4px; }
QLabel#cell { padding: 3px 6px; }
"""


def field_text(p: Patient, name: str) -> str:
    """How a field reads in the comparison ("—" when empty)."""
    if name == "name":
        return p.display_name
    value = getattr(p, name)
    if name == "birth_date":
        return date_text(value) if value else "—"
    if name == "sex":
        return sex_text(value)
    if name == "language":
        return LANGUAGES.get(value, value)
    return str(value).replace("\n", ", ") if value else "—"


class MergeDialog(QDialog):
    """Compare two records, choose the one to keep and the details to copy, then merge."""

    sig_merged = Signal(str)
    """The two records were merged; carries the id of the record kept."""

    def __init__(self, session: Session, first_id: str, second_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ids = (first_id, second_id)
        self.sides: tuple[merge.Side, merge.Side] | None = None
        self.copy_boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(self.tr("Merge patient records"))
        self.setStyleSheet(STYLE)
        self.banner = MessageBanner()
        intro = QLabel(self.tr("Check that both records are the same person. Everything from "
                               "the record you do not keep (appointments, kiosk forms, files "
                               "and history) moves to the one you keep; the other record "
                               "stays, marked as merged."))
        intro.setWordWrap(True)
        self.keep = QButtonGroup(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        card = QFrame()
        card.setObjectName("card")
        card.setLayout(self.grid)
        # two long records must not push the buttons off the screen
        self.records_area = scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The two records"))
        scroll.setWidget(card)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.confirm = QCheckBox(self.tr("I have checked: these two records are the same "
                                         "person."))
        self.merge_button = QPushButton(self.tr("Merge records"))
        self.merge_button.setObjectName("primary")
        self.merge_button.setEnabled(False)
        self.cancel = cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.confirm.toggled.connect(self._update_button)
        self.merge_button.clicked.connect(self.run_merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Merge patient records")))
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.session.runner.submit(self._load, self._show, self._failed)

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> tuple[merge.Side, merge.Side]:
        """Runs on the database worker."""
        with self.session.ws.read() as conn:
            return merge.sides(conn, *self.ids)

    def _show(self, sides: tuple[merge.Side, merge.Side]) -> None:
        self.sides = sides
        for column, side in enumerate(sides, start=1):
            choice = QRadioButton(self.tr("Keep this record"))
            choice.setAccessibleName(self.tr("Keep {name} {mrn}").format(
                name=side.patient.display_name, mrn=side.patient.mrn))
            self.keep.addButton(choice, column - 1)
            self.grid.addWidget(choice, 0, column)
        self.copy_heading = muted(self.tr("Copy to the kept record"))
        self.grid.addWidget(self.copy_heading, 0, 3)
        for row, name in enumerate(FIELDS, start=1):
            title = field_label(name)
            self._add_row(row, title, [field_text(s.patient, name) for s in sides], mark=True)
            if name in merge.FILLABLE:
                box = QCheckBox()
                box.setAccessibleName(self.tr("Copy {field}").format(field=title.lower()))
                self.copy_boxes[name] = box
                self.grid.addWidget(box, row, 3, Qt.AlignmentFlag.AlignCenter)
        first = len(FIELDS) + 1
        self.grid.addWidget(_rule(), first, 0, 1, 4)
        for row, (count, name) in enumerate(COUNTS, start=first + 1):
            self._add_row(row, QCoreApplication.translate("MergeDialog", str(count)),
                          [number_text(s.counts[name]) for s in sides])
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.keep.idToggled.connect(lambda _id, on: on and self._survivor_changed())
        self.keep.button(0).setChecked(True)
        tab_order(*self.keep.buttons(), *self.copy_boxes.values(), self.confirm, self.cancel,
                  self.merge_button)
        # the choice to make first, once it shows (on the next turn, with the records)
        QTimer.singleShot(0, self.keep.button(0).setFocus)
        # the dialog opened before the records arrived; they show on the next turn of the
        # event loop, and only then do they have a size
        QTimer.singleShot(0, self._fit_screen)

    def _fit_screen(self) -> None:
        """As big as the records need, but never taller or wider than the screen."""
        screen = self.screen().availableGeometry()
        card, around = self.records_area.widget().sizeHint(), self.records_area.sizeHint()
        width = self.sizeHint().width() - around.width() + card.width() + 24
        height = self.sizeHint().height() - around.height() + card.height() + 8
        self.resize(min(width, 960, screen.width() - 40), min(height, screen.height() - 40))
        self.move(screen.center() - self.rect().center())

    def _add_row(self, row: int, title: str, texts: list[str], *, mark: bool = False) -> None:
        """One compared line; with ``mark``, cells that differ are highlighted."""
        self.grid.addWidget(muted(title), row, 0)
        for column, text in enumerate(texts, start=1):
            cell = QLabel(text)
            cell.setObjectName("cell")
            cell.setWordWrap(True)
            cell.setProperty("differs", mark and texts[0] != texts[1])
            cell.setAccessibleName(self.tr("{label}: {value}").format(label=title, value=text))
            self.grid.addWidget(cell, row, column)

    def _failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self.confirm.setEnabled(False)
        self._update_button()

    # -- choosing -------------------------------------------------------------------------

    def survivor(self) -> merge.Side | None:
        """The side chosen to stay (None until both records are loaded)."""
        chosen = self.keep.checkedId()
        return self.sides[chosen] if self.sides is not None and chosen >= 0 else None

    def other(self) -> merge.Side | None:
        chosen = self.keep.checkedId()
        return self.sides[1 - chosen] if self.sides is not None and chosen >= 0 else None

    def _survivor_changed(self) -> None:
        keep, other = self.survivor(), self.other()
        assert keep is not None and other is not None
        offered = set(merge.fillable(keep.patient, other.patient))
        # only details the kept record lacks and the other has can be copied
        for name, box in self.copy_boxes.items():
            box.setVisible(name in offered)
            box.setChecked(name in offered)
        self.copy_heading.setVisible(bool(offered))
        self._update_button()

    def taken(self) -> list[str]:
        """The fields to copy to the kept record."""
        return [name for name, box in self.copy_boxes.items()
                if box.isVisibleTo(self) and box.isChecked()]

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.survivor() is not None and self.confirm.isEnabled()
                                     and self.confirm.isChecked())

    # -- merging --------------------------------------------------------------------------

    def run_merge(self) -> None:
        """Merge on the database worker; the dialog closes once it is saved."""
        keep, other, user = self.survivor(), self.other(), self.session.user
        if keep is None or other is None or user is None:
            return
        survivor_id, retired_id, take = keep.patient.id, other.patient.id, self.taken()
        ws = self.session.ws

        def work() -> str:
            with ws.begin() as conn:
                done = merge.merge(conn, ws.blobs, survivor_id, retired_id, user.actor,
                                   take=take)
            ws.blobs.discard(done.stale_files)
            return survivor_id

        self.merge_button.setEnabled(False)
        self.banner.hide()
        self.session.runner.submit(work, self._merged, self._merge_failed)

    def _merged(self, survivor_id: str) -> None:
        self.sig_merged.emit(survivor_id)
        self.accept()

    def _merge_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self._update_button()


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d9e0e8;")
    return line
