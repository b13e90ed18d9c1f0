"""Registering a patient: the demographics form, and a duplicate check before anything is saved.

While staff type, the details are compared on the database worker with the patients already
in the workspace (Fellegi-Sunter weights over name, birth date, sex, phone and address). Likely
matches are listed with the reasons; staff open one instead, or confirm that the person is new.
Saving checks once more in the same transaction, so a record that appeared meanwhile (another
desk, a sync) is not missed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.frontdesk import model, patients
from desk.frontdesk.board import age_on
from desk.frontdesk.matching import DuplicateCandidate, find_duplicates
from desk.frontdesk.model import LANGUAGES, SEXES, Patient, sex_label
from desk.frontdesk.normalize import parse_date
from desk.ui.locale_text import date_text, long_date_text
from desk.ui.session import Session
from desk.ui.widgets import MessageBanner, heading, muted

TEXT_FIELDS = ("family", "given", "phone", "email", "address", "city", "postal_code", "state")
REQUIRED = ("family", "given")
CHECK_PAUSE_MS = 300
"""Milliseconds of quiet typing before the duplicate check runs."""


def field_label(name: str) -> str:
    """A patient field's name in the staff's language ("Family name", "Nom de famille"), and
    ``"name"``: the whole name, as the merge dialog compares it."""
    if name == "name":
        return QCoreApplication.translate("Patient", "Name")
    return model.field_label(name)


class PatientForm(QWidget):
    """The demographics of one patient, with the birth date read in the clinic's date order."""

    sig_edited = Signal()
    """Staff changed a field."""

    def __init__(self, *, day_first: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_first = day_first
        self.fields: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # a caption too long to sit beside its field (a longer language) goes above it
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in TEXT_FIELDS[:2]:
            layout.addRow(self._caption(name), self._line(name))
        self.birth = QLineEdit()
        self.birth.setAccessibleName(field_label("birth_date"))
        self.birth.setPlaceholderText("17/05/1980" if day_first else "05/17/1980")
        self.birth.textChanged.connect(self._birth_changed)
        self.birth_hint = muted("")
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth, 1)
        birth_row.addWidget(self.birth_hint, 1)
        layout.addRow(field_label("birth_date"), birth_row)
        self.sex = self._combo({sex: sex_label(sex) for sex in SEXES}, field_label("sex"))
        self.sex.setCurrentIndex(self.sex.findData("unknown"))
        layout.addRow(field_label("sex"), self.sex)
        for name in TEXT_FIELDS[2:]:
            layout.addRow(self._caption(name), self._line(name))
        self.language = self._combo(LANGUAGES, field_label("language"))
        layout.addRow(field_label("language"), self.language)

    def _caption(self, name: str) -> str:
        """The field's name, with a star when it must be filled in."""
        label = field_label(name)
        return self.tr("{label} *").format(label=label) if name in REQUIRED else label

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(field_label(name))
        edit.textChanged.connect(self.sig_edited)
        self.fields[name] = edit
        return edit

    def _combo(self, choices: dict[str, str], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value, label in choices.items():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.sig_edited)
        return combo

    def _birth_changed(self, text: str) -> None:
        self.birth_hint.setText(self._birth_words(text))
        self.sig_edited.emit()

    def _birth_words(self, text: str) -> str:
        if not text.strip():
            return ""
        born = parse_date(text, day_first=self.day_first)
        if born is None or born > date.today():
            return self.tr("Not a birth date desk can read")
        return self.tr("{date} · %n years", "", age_on(born, date.today()) or 0).format(
            date=long_date_text(born))

    def birth_date(self) -> date | None:
        """The birth date typed; raises DeskError if something unreadable was typed."""
        text = self.birth.text().strip()
        if not text:
            return None
        born = parse_date(text, day_first=self.day_first)
        if born is None or born > date.today():
            raise DeskError(self.tr("“{text}” is not a birth date desk can read. Type it as "
                                    "{example}.").format(text=text,
                                                         example=self.birth.placeholderText()),
                            kind="input")
        return born

    def patient(self, base: Patient | None = None) -> Patient:
        """The form's contents as a Patient (keeping ``base``'s id and MRN)."""
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        return replace(base or Patient(family="", given=""), **values,
                       birth_date=self.birth_date(), sex=self.sex.currentData(),
                       language=self.language.currentData())

    def draft(self) -> Patient | None:
        """What is typed so far, or None while the birth date is unreadable."""
        try:
            return self.patient()
        except DeskError:
            return None

    def set_patient(self, p: Patient) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(p, name))
        self.birth.setText(p.birth_date.strftime("%d/%m/%Y" if self.day_first else "%m/%d/%Y")
                           if p.birth_date else "")
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.language.setCurrentIndex(max(0, self.language.findData(p.language)))

    def prefill(self, text: str) -> None:
        """Start from what was typed in the search box: name words, a birth date, a phone."""
        names: list[str] = []
        for word in re.split(r"\s+", text.strip()):
            if not word:
                continue
            if re.fullmatch(r"[\d/.\-]{6,10}", word) and parse_date(word, day_first=self.day_first):
                self.birth.setText(word)
            elif sum(c.isdigit() for c in word) >= 6:
                self.fields["phone"].setText(word)
            else:
                names.append(word)
        if names:
            comma = names[0].endswith(",")
            family = names[0].rstrip(",")
            self.fields["family"].setText(_capital(family))
            self.fields["given"].setText(" ".join(_capital(n) for n in names[1:]))
            if not comma and len(names) == 1:
                self.fields["given"].setFocus()


def _capital(word: str) -> str:
    return word if any(c.isupper() for c in word) else word.title()


class DuplicateList(QFrame):
    """The likely duplicates of what is being typed, each with why, and a way to open it."""

    sig_open = Signal(str)
    """Staff chose to open this existing patient (id) instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.rows = QVBoxLayout()
        self.confirm = QCheckBox(self.tr("None of these is the patient: register a new record"))
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("Is this one of these patients?"), 2)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addWidget(self.confirm)
        self.ids: tuple[str, ...] = ()
        self.hide()

    def show_candidates(self, found: list[tuple[DuplicateCandidate, Patient]]) -> None:
        ids = tuple(c.patient_id for c, _ in found)
        if ids != self.ids:
            self.confirm.setChecked(False)
        self.ids = ids
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for candidate, p in found:
            self.rows.addWidget(self._row(candidate, p))
        self.setVisible(bool(found))

    def _row(self, candidate: DuplicateCandidate, p: Patient) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        born = (self.tr("born {date}").format(date=date_text(p.birth_date)) if p.birth_date
                else self.tr("no birth date"))
        text = QLabel(f"<b>{escape(p.display_name)}</b> · {escape(born)} · {escape(p.mrn)}"
                      f"<br><span style='color:#5b6b7f'>{escape(candidate.explanation)}</span>")
        text.setAccessibleName(self.tr("{name}, {born}: {reasons}").format(
            name=p.display_name, born=born, reasons=candidate.explanation))
        button = QPushButton(self.tr("Open this patient"))
        button.setObjectName("secondary")
        button.setAccessibleName(self.tr("Open {name}").format(name=p.display_name))
        button.clicked.connect(lambda: self.sig_open.emit(p.id))
        line.addWidget(text, 1)
        line.addWidget(button)
        return row

    @property
    def settled(self) -> bool:
        """Nothing to confirm, or staff confirmed the person is new."""
        return not self.ids or self.confirm.isChecked()


def likely_duplicates(conn, draft: Patient, *, day_first: bool = True  # noqa: ANN001
                      ) -> list[tuple[DuplicateCandidate, Patient]]:
    """The duplicate candidates of ``draft`` with their records (runs on the worker)."""
    found = find_duplicates(patients.index(conn, day_first=day_first), draft)[:5]
    people = patients.get_many(conn, [c.patient_id for c in found])
    return [(c, people[c.patient_id]) for c in found if c.patient_id in people]


class RegisterDialog(QDialog):
    """New patient: the form, the live duplicate check, and Save."""

    sig_registered = Signal(str)
    """A new patient (id) was saved."""

    sig_open_existing = Signal(str)
    """Staff chose an existing patient (id) instead of registering."""

    def __init__(self, session: Session, prefill: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New patient"))
        self.setMinimumWidth(620)
        self.form = PatientForm(day_first=session.day_first)
        self.form.prefill(prefill)
        self.banner = MessageBanner()
        self.duplicates = DuplicateList()
        self.duplicates.sig_open.connect(self._open_existing)
        self.duplicates.confirm.toggled.connect(lambda _: self._update_save())
        self.form.sig_edited.connect(self._edited)
        self.checking = 0
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(CHECK_PAUSE_MS)
        self.pause.timeout.connect(self._check)
        self.save = QPushButton(self.tr("Save patient"))
        self.save.setObjectName("primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("New patient")))
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.duplicates)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.form.fields["family"].setFocus()  # the dialog opens on its first field
        self._edited()

    def _ready(self) -> Patient | None:
        """What is typed, once both names are there and any birth date can be read."""
        draft = self.form.draft()
        return draft if draft is not None and draft.family and draft.given else None

    def _edited(self) -> None:
        self._update_save()
        if self._ready() is not None:
            self.pause.start()

    def _update_save(self) -> None:
        self.save.setEnabled(self._ready() is not None and self.duplicates.settled)

    def _check(self) -> None:
        draft = self._ready()
        if draft is None:
            return
        self.checking += 1
        generation, workspace, day_first = self.checking, self.session.ws, self.session.day_first

        def work() -> list[tuple[DuplicateCandidate, Patient]]:
            with workspace.read() as conn:
                return likely_duplicates(conn, draft, day_first=day_first)

        self.session.runner.submit(work, lambda found: self._checked(found, generation),
                                   self.banner.show_error)

    def _checked(self, found: list[tuple[DuplicateCandidate, Patient]], generation: int) -> None:
        if generation == self.checking:
            self.duplicates.show_candidates(found)
            self._update_save()

    def _save(self) -> None:
        try:
            new = self.form.patient()
        except DeskError as error:
            self.banner.show_error(error)
            return
        user = self.session.user
        assert user is not None
        known, workspace, day_first = set(self.duplicates.ids), self.session.ws, \
            self.session.day_first

        def work() -> str | list[tuple[DuplicateCandidate, Patient]]:
            with workspace.begin() as conn:
                found = likely_duplicates(conn, new, day_first=day_first)
                if any(c.patient_id not in known for c, _ in found):
                    return found
                return patients.register(conn, new, user.actor).id

        self.save.setEnabled(False)
        self.session.runner.submit(work, self._saved, self._save_failed)

    def _saved(self, result: str | list[tuple[DuplicateCandidate, Patient]]) -> None:
        if isinstance(result, list):
            self.checking += 1
            self.duplicates.show_candidates(result)
            self.banner.show_message(self.tr("A possible match was found just now. Check the "
                                             "list below before saving."), "warning")
            self._update_save()
            return
        self.session.changed.notify()
        self.sig_registered.emit(result)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self._update_save()

    def _open_existing(self, patient_id: str) -> None:
        self.sig_open_existing.emit(patient_id)
        self.accept()
