"""The staff PIN that leaves the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from desk.frontdesk.kiosk import pin_matches
from desk.ui.kiosk.keyboard import keyboard_top


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
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                     | Qt.InputMethodHint.ImhSensitiveData
                                     | Qt.InputMethodHint.ImhNoPredictiveText)
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
        keyboard = QGuiApplication.inputMethod()  # Qt Virtual Keyboard on a kiosk
        keyboard.visibleChanged.connect(self._keyboard_moved)
        keyboard.keyboardRectangleChanged.connect(self._keyboard_moved)

    def _keyboard_moved(self) -> None:
        """Move up out of the on-screen keyboard's way, the PIN field and buttons in sight."""
        if not (Shiboken.isValid(self) and self.isVisible()):
            return
        top = keyboard_top(self)
        overlap = self.frameGeometry().bottom() - top if top is not None else 0
        if overlap > 0:
            self.move(self.x(), max(self.screen().geometry().top(), self.y() - overlap - 16))

    def check(self) -> None:
        pin = self.pin.text()
        self.pin.setText("")
        if pin_matches(pin, self.pin_hash):
            self.accept()
        else:
            self.message.setText(self.tr("That PIN is not right."))
