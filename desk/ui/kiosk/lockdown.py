"""Keeping the patient inside the kiosk, and wiping it when they walk away.

:class:`Lockdown` swallows what would leave or reach around the form: Alt+F4, Ctrl+Q,
Ctrl+W, Escape, context menus and any window's close. What only the operating system can
block (switching sessions, the system's own gestures) is in docs/kiosk.md.
:class:`IdleTimer` warns before the idle wipe and fires it; any touch, click or key starts
it over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desk.ui.files import close_choosers

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_BLOCKED_KEYS = {(Qt.Key.Key_F4, _ALT), (Qt.Key.Key_Q, _CTRL), (Qt.Key.Key_W, _CTRL),
                 (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)}
_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
          QEvent.Type.TabletPress, QEvent.Type.Wheel}


def _blocked(event: QKeyEvent) -> bool:
    mods = event.modifiers() & (_CTRL | _ALT)
    if (Qt.Key(event.key()), mods) in _BLOCKED_KEYS:
        return True
    return event.matches(QKeySequence.StandardKey.Quit) or \
        event.matches(QKeySequence.StandardKey.Close)


def _app() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None, "the kiosk runs inside the application"
    return app


def _a_window(watched: QObject) -> bool:
    """A window the patient could close (a drop-down's popup closes as usual)."""
    return isinstance(watched, QWidget) and watched.isWindow() and \
        watched.windowType() != Qt.WindowType.Popup


class Lockdown(QObject):
    """An application-wide filter that keeps the kiosk's window in front of the patient.

    ``release()`` lets windows close again (the staff PIN was given).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False

    def engage(self) -> None:
        if not self.active:
            _app().installEventFilter(self)
            close_choosers(True)
            self.active = True

    def release(self) -> None:
        if self.active:
            _app().removeEventFilter(self)
            close_choosers(False)
            self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut) \
                and isinstance(event, QKeyEvent) and _blocked(event):
            event.accept()
            return True
        if kind == QEvent.Type.ContextMenu or (kind == QEvent.Type.Close and _a_window(watched)):
            event.ignore()
            return True
        return False


class IdleTimer(QObject):
    """Counts the seconds since the patient last touched the kiosk.

    ``sig_warning`` comes ``warning_s`` before the end, ``sig_expired`` at the end; input
    after the warning starts the count over (and ``sig_resumed`` says so).
    """

    sig_warning = Signal(int)
    """The kiosk will be wiped in this many seconds unless the patient touches it."""

    sig_resumed = Signal()
    """The patient touched the kiosk after the warning."""

    sig_expired = Signal()
    """Nobody touched the kiosk for the whole idle time."""

    def __init__(self, idle_s: int, warning_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warning_s = max(0, min(warning_s, idle_s))
        self.warned = False
        self._warn = QTimer(self, singleShot=True, interval=(idle_s - self.warning_s) * 1000)
        self._warn.timeout.connect(self._warning)
        self._end = QTimer(self, singleShot=True, interval=self.warning_s * 1000)
        self._end.timeout.connect(self._expired)

    def start(self) -> None:
        _app().installEventFilter(self)
        self.restart()

    def stop(self) -> None:
        _app().removeEventFilter(self)
        self._warn.stop()
        self._end.stop()

    def restart(self) -> None:
        self._end.stop()
        self._warn.start()
        if self.warned:
            self.warned = False
            self.sig_resumed.emit()

    @property
    def running(self) -> bool:
        return self._warn.isActive() or self._end.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT and self.running:
            self.restart()
        return False

    def _warning(self) -> None:
        self.warned = True
        self._end.start()
        self.sig_warning.emit(self.warning_s)

    def _expired(self) -> None:
        self.warned = False
        self.sig_expired.emit()
