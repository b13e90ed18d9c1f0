"""The kiosk shell: the waiting-room tablet where patients fill in their own forms.

:class:`KioskWidget` is the patient's side (welcome, their forms, thank you, idle wipe);
:class:`Lockdown` keeps them in it; :class:`KioskPinDialog` lets staff out. The window
(:class:`desk.ui.shell.MainWindow`) shows the kiosk for a kiosk account, or for anyone
when ``kiosk.enabled`` is set (``desk --kiosk``), full screen and without a frame.
"""

from __future__ import annotations

from desk.ui.kiosk.flow import KioskWidget
from desk.ui.kiosk.lockdown import IdleTimer, Lockdown
from desk.ui.kiosk.pin import KioskPinDialog

__all__ = ["IdleTimer", "KioskPinDialog", "KioskWidget", "Lockdown"]
