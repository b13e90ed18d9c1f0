"""The one exception family the core raises.

Each error carries a ``kind`` that the UI maps to a message and an action
(``auth`` -> sign in again, ``disk`` -> free space, ...). Messages are written for a
receptionist and never contain patient data; details go to the log as record ids.
"""

from __future__ import annotations

KINDS = frozenset(
    {"error", "input", "auth", "locked", "storage", "key", "disk", "network", "server", "conflict"}
)


class DeskError(Exception):
    """Base of every error desk raises on purpose."""

    kind = "error"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            if kind not in KINDS:
                raise ValueError(f"unknown error kind {kind!r}")
            self.kind = kind

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""
