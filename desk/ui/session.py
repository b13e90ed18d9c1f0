"""What every screen needs: the open workspace, settings, task runner and signed-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk.storage.settings import Settings
from desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.storage.accounts import StaffUser


@dataclass
class Session:
    """``workspace`` is None while it is still being opened (start-up shows the window first)."""

    workspace: Workspace | None
    settings: Settings
    runner: TaskRunner = field(default_factory=TaskRunner)
    user: StaffUser | None = None
    listeners: list[Callable[[], None]] = field(default_factory=list)

    @property
    def day_first(self) -> bool:
        """Whether dates typed as 03/04/1980 mean the 3rd of April (``ui.date_order``)."""
        return self.settings.ui.date_order != "MDY"

    @property
    def ws(self) -> Workspace:
        """The open workspace; working screens exist only once it is open."""
        assert self.workspace is not None, "the workspace is not open yet"
        return self.workspace

    def on_changed(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after any screen saved a change (a bound method of a widget is
        dropped once the widget is deleted)."""
        self.listeners.append(listener)

    def notify_changed(self) -> None:
        """A screen saved a change: screens showing the same records reload."""
        self.listeners = [f for f in self.listeners if _alive(f)]
        for listener in list(self.listeners):
            listener()


def _alive(listener: Callable[[], None]) -> bool:
    import shiboken6

    owner = getattr(listener, "__self__", None)
    return not isinstance(owner, shiboken6.Object) or shiboken6.isValid(owner)
