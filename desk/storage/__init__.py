"""Encrypted storage: the SQLCipher database, keys, blobs, audit log, outbox, settings.

Names are loaded on first use (PEP 562), so that importing ``desk.storage.settings`` at
start-up does not pull in SQLAlchemy before the first window is on screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.storage.audit import SYSTEM, Actor
    from desk.storage.database import reading, transaction
    from desk.storage.unlock import NeedPassphrase
    from desk.storage.workspace import Workspace

_HOMES = {"SYSTEM": "audit", "Actor": "audit", "reading": "database", "transaction": "database",
          "NeedPassphrase": "unlock", "Workspace": "workspace"}

__all__ = ["SYSTEM", "Actor", "NeedPassphrase", "Workspace", "reading", "transaction"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"desk.storage.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'desk.storage' has no attribute {name!r}")
