"""What every screen needs: the open workspace, settings, task runner and signed-in user."""

from __future__ import annotations

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

    @property
    def ws(self) -> Workspace:
        """The open workspace; working screens exist only once it is open."""
        assert self.workspace is not None, "the workspace is not open yet"
        return self.workspace
