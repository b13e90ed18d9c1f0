"""Reviewing what a patient changed in their details on the registration form: one tick box
per field, none ticked; the ticked ones are saved to the record, the rest declined."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from desk.frontdesk.model import LANGUAGES, sex_label
from desk.frontdesk.proposals import Proposal
from desk.ui.locale_text import date_text
from desk.ui.widgets import MessageBanner, focus_first_field, muted


def value_text(field: str, value: str) -> str:
    """A proposed or recorded value as staff read it: a birth date in the locale's order, a
    sex or language in words; other values as they are."""
    if field == "birth_date":
        try:
            return date_text(date.fromisoformat(value))
        except ValueError:
            return value
    if field == "sex":
        return sex_label(value)
    if field == "language":
        return LANGUAGES.get(value, value)
    return value


class ProposalsDialog(QDialog):
    """The proposed changes, each to accept (ticked) or decline (left unticked)."""

    def __init__(self, changes: Sequence[Proposal], *, patient_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes to {name}'s details").format(name=patient_name))
        layout = QVBoxLayout(self)
        intro = muted(self.tr("The patient answered these differently from the record. Tick "
                              "the changes to save; the others are declined and the record "
                              "keeps what it has."))
        intro.setWordWrap(True)
        # the intro reads on a few lines; a longer change or button widens the dialog
        intro.setMinimumWidth(480)
        layout.addWidget(intro)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.boxes: dict[str, QCheckBox] = {}
        for change in changes:
            was = value_text(change.field, change.current) or self.tr("not recorded")
            box = QCheckBox(self.tr("{label}: {was} → {now}").format(
                label=change.label, was=was, now=value_text(change.field, change.proposed)))
            box.setAccessibleName(box.text())
            self.boxes[change.field] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save ticked, decline the rest"))
        self.save_button.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        focus_first_field(self)

    def accepted_fields(self) -> list[str]:
        """The record's fields whose change was ticked."""
        return [name for name, box in self.boxes.items() if box.isChecked()]
