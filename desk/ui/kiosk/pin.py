"""The staff PIN that leaves the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.frontdesk.kiosk import pin_matches


class KioskPinDialog(QDialog):
    """Asks for the staff PIN; accepted only when it matches ``pin_hash``."""

    def __init__(self, pin_hash: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin_hash = pin_hash
        self.setWindowTitle(self.tr("Staff PIN"))
        self.setAccessibleName(self.tr("Staff PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Staff only: type the kiosk PIN to leave the kiosk.")
                                if pin_hash else
                                self.tr("No kiosk PIN is set. An administrator sets it with "
                                        "'desk kiosk-pin'; until then the kiosk cannot be left "
                                        "from here.")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setAccessibleDescription(self.tr("The staff PIN, 4 to 8 digits"))
        self.pin.setMinimumHeight(48)
        self.pin.returnPressed.connect(self.check)
        layout.addWidget(self.pin)
        self.message = QLabel()
        self.message.setObjectName("kiosk-message")
        layout.addWidget(self.message)
        ok = QPushButton(self.tr("Leave the kiosk"))
        ok.setAccessibleName(self.tr("Leave the kiosk"))
        ok.setAccessibleDescription(self.tr("Check the PIN and leave"))
        ok.setMinimumSize(160, 48)
        ok.clicked.connect(self.check)
        cancel = QPushButton(self.tr("Back to the kiosk"))
        cancel.setAccessibleName(self.tr("Back to the kiosk"))
        cancel.setAccessibleDescription(self.tr("Close this and stay in the kiosk"))
        cancel.setMinimumSize(160, 48)
        cancel.clicked.connect(self.reject)
        layout.addWidget(ok)
        layout.addWidget(cancel)

    def check(self) -> None:
        pin = self.pin.text()
        self.pin.setText("")
        if pin_matches(pin, self.pin_hash):
            self.accept()
        else:
            self.message.setText(self.tr("That PIN is not right."))
