"""What every screen needs: the open workspace, settings, task runner and signed-in user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from desk.storage.settings import Settings
from desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from desk.storage import Workspace
    from desk.storage.accounts import StaffUser


class Notice:
    """A plain-Python notice on the main thread: listeners subscribe, ``notify`` calls them."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self) -> None:
        """Call every listener; those whose widget was deleted meanwhile are dropped."""
        self._listeners = [f for f in self._listeners if _alive(f)]
        for listener in list(self._listeners):
            listener()


class BackgroundSync(Protocol):
    """What screens use of the window's background sync
    (:class:`desk.ui.sync_status.SyncService`, which imports this module, not the other
    way round)."""

    sig_state: SignalInstance
    sig_round_done: SignalInstance
    state: Any  # a desk.ui.sync_status.SyncState

    def sync_now(self) -> None: ...

    def sign_in(self, secret: str) -> None: ...


@dataclass
class Session:
    """``workspace`` is None while it is still being opened (start-up shows the window first).

    ``changed`` is notified by a screen after it wrote a record that goes to the server
    (background sync wakes on it); ``sync`` is the window's background sync, once made,
    and ``pacs_send`` its sending of the studies queued for the PACS
    (:class:`desk.ui.pacs_send.PacsSender`).
    """

    workspace: Workspace | None
    settings: Settings
    runner: TaskRunner = field(default_factory=TaskRunner)
    user: StaffUser | None = None
    changed: Notice = field(default_factory=Notice)
    sync: BackgroundSync | None = None
    pacs_send: Any = None

    @property
    def day_first(self) -> bool:
        """Whether dates typed as 03/04/1980 mean the 3rd of April first (``ui.date_order``:
        by default as the locale writes dates, :func:`desk.ui.locale_text.day_first`)."""
        order = self.settings.ui.date_order
        if order == "locale":
            from desk.ui.locale_text import day_first

            return day_first()
        return order == "DMY"

    @property
    def staff_language(self) -> str:
        """The staff screens' language now: the signed-in account's own, else this
        computer's default (``ui.language``, also the sign-in screen's)."""
        if self.user is not None and self.user.language:
            return self.user.language
        return self.settings.ui.language

    @property
    def ws(self) -> Workspace:
        """The open workspace; working screens exist only once it is open."""
        assert self.workspace is not None, "the workspace is not open yet"
        return self.workspace


def _alive(listener: Callable[[], None]) -> bool:
    import shiboken6

    owner = getattr(listener, "__self__", None)
    return not isinstance(owner, shiboken6.Object) or shiboken6.isValid(owner)
