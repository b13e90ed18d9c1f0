"""Importing a patient's disc into their chart: choose the folder, check whose images they
are, keep them in the encrypted store.

The disc is read once, on a worker: each image is sealed in the encrypted store as it is
read, and indexed in the chart only when staff confirm. Before that, staff see what was
found and whom the images name; when that is not the chart's patient, the import waits for
an explicit "these are this patient's images". Cancel removes the sealed files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.model import Patient
from desk.ui.files import choose_folder
from desk.ui.search import date_text
from desk.ui.session import Session
from desk.ui.widgets import dialog_buttons, heading, muted
from desk.viewer.library import DiscPatient, Imported, Scan

LISTED = 12
"""How many of the files left out the dialog names."""


class ImportImagesDialog(QDialog):
    """What the disc holds and whose it is; Import stores it."""

    def __init__(self, found: Scan, patient: Patient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import images"))
        self.setMinimumWidth(520)
        self.found = found
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Images for {name}").format(name=patient.display_name), 2))
        summary = QLabel(self.summary())
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if found.refused:
            left_out = muted(self.left_out())
            left_out.setObjectName("left_out")
            left_out.setWordWrap(True)
            left_out.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(left_out)
        others = [o for o in found.owners
                  if not o.matches(patient.family, patient.given, patient.birth_date)]
        for owner in found.owners:
            mark = "⚠" if owner in others else "✓"
            line = QLabel(f"{mark} {self.named(owner)}")
            line.setObjectName("bad" if owner in others else "")
            line.setWordWrap(True)
            layout.addWidget(line)
        self.confirm = QCheckBox(self.tr("These are {name}’s images").format(
            name=patient.display_name))
        self.confirm.setVisible(bool(others) and bool(found.images))
        layout.addWidget(self.confirm)
        if others:
            warning = muted(self.tr("The name or birth date on the disc differs from this "
                                    "chart. Import only if you are sure."))
            warning.setWordWrap(True)
            layout.addWidget(warning)
        buttons, self.import_button = dialog_buttons(self, self.tr("Import"))
        self.import_button.setEnabled(bool(found.images) and not others)
        self.confirm.toggled.connect(self.import_button.setEnabled)
        layout.addLayout(buttons)

    def named(self, owner: DiscPatient) -> str:
        """Whom the images name: name, birth date and the disc's patient ID when known."""
        born = date_text(owner.birth_date) if owner.birth_date else ""
        if born and owner.patient_id:
            text = self.tr("The images name {name}, born {date} (ID {id}).")
        elif born:
            text = self.tr("The images name {name}, born {date}.")
        elif owner.patient_id:
            text = self.tr("The images name {name} (ID {id}).")
        else:
            text = self.tr("The images name {name}.")
        return text.format(name=owner.display_name, date=born, id=owner.patient_id)

    def summary(self) -> str:
        found = self.found
        if not found.images:
            text = self.tr("No images were found there. Choose the disc itself or the folder "
                           "that holds the DICOM files.")
        else:
            text = self.tr("Found %n image(s)", "", len(found.images)) + " " + \
                self.tr("in %n study(ies).", "", found.study_count)
        if found.damaged:
            text += " " + self.tr("%n file(s) cannot be imported and will be left out:", "",
                                  found.damaged)
        return text

    def left_out(self) -> str:
        """Each file left out, by its place on the disc, with the reason (the first few)."""
        lines = [self.tr("• {file}: {reason}.").format(
            file=r.name, reason=QCoreApplication.translate("DiscReason", r.reason))
            for r in self.found.refused[:LISTED]]
        more = len(self.found.refused) - LISTED
        if more > 0:
            lines.append(self.tr("… and %n more file(s).", "", more))
        return "\n".join(lines)


def import_images(session: Session, patient: Patient, owner: QWidget,
                  on_done: Callable[[Imported], None],
                  on_error: Callable[[BaseException], None],
                  on_reading: Callable[[], None]) -> None:
    """Ask for the folder, read it, confirm with staff, store; reports through the callbacks."""
    folder = choose_folder(owner, QCoreApplication.translate(
        "ImportImagesDialog", "Choose the disc or the folder with the images"))
    if not folder:
        return
    from desk.viewer import library

    on_reading()

    def confirm(found: Scan) -> None:
        dialog = ImportImagesDialog(found, patient, owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: store(found))
        dialog.rejected.connect(lambda: session.runner.submit(
            lambda: library.forget(session.ws.blobs, found), on_error=on_error))
        dialog.open()

    def store(found: Scan) -> None:
        user, workspace = session.user, session.ws
        assert user is not None

        def work() -> Imported:
            with workspace.begin() as conn:
                return library.store(conn, workspace.blobs, patient.id, found, user.actor)

        session.runner.submit(work, on_done, on_error, owner=owner)

    session.runner.submit(lambda: library.scan(Path(folder), session.ws.blobs), confirm,
                          on_error,
                          executor=session.runner.net, owner=owner)
