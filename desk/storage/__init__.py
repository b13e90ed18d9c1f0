"""Encrypted storage: the SQLCipher database, keys, blobs, audit log, outbox, settings."""

from desk.storage.audit import SYSTEM, Actor
from desk.storage.database import reading, transaction
from desk.storage.workspace import NeedPassphrase, Workspace

__all__ = ["SYSTEM", "Actor", "NeedPassphrase", "Workspace", "reading", "transaction"]
