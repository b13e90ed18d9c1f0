"""What every screen needs: the open workspace, settings, task runner and signed-in user."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.storage import Workspace
from desk.storage.accounts import StaffUser
from desk.storage.settings import Settings
from desk.ui.tasks import TaskRunner


@dataclass
class Session:
    workspace: Workspace
    settings: Settings
    runner: TaskRunner = field(default_factory=TaskRunner)
    user: StaffUser | None = None
