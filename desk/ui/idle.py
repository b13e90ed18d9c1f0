"""The idle lock's watch: no keyboard, mouse or touch input for a while."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class IdleWatcher(QObject):
    """Emits ``sig_idle`` after ``minutes`` without keyboard, mouse or touch input.

    It watches the application's events only from the first :meth:`start` (a sign-in), so
    the sign-in window shows without paying for Qt's event-type enum.
    """

    sig_idle = Signal()
    """No input arrived for the whole idle period."""

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.sig_idle)
        self.input_events: set[QEvent.Type] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.timer.isActive() and self.input_events is not None \
                and event.type() in self.input_events:
            self.timer.start()
        return False

    def start(self) -> None:
        if self.input_events is None:
            from PySide6.QtCore import QEvent

            kinds = QEvent.Type
            self.input_events = {kinds.KeyPress, kinds.MouseButtonPress, kinds.MouseMove,
                                 kinds.Wheel, kinds.TouchBegin, kinds.TouchUpdate}
            app = QApplication.instance()
            assert app is not None, "create the QApplication first"
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
