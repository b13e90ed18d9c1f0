"""A workspace holding canary patients (every field a string searched for afterwards),
for the operations tests: backup, restore, recovery, the support bundle."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM, Workspace
from tests.support.scripted_session import CANARIES

RECOVERY = "a recovery phrase for IT"


def canary_patient(n: int) -> Patient:
    return Patient(birth_date=date(1961, 2, 3), **{**CANARIES, "given": f"{CANARIES['given']}{n}"})


def seed(path: Path, count: int = 3, *, passphrase: str | None = None) -> list[str]:
    """Create a workspace at ``path`` with ``count`` canary patients, one with a stored file;
    returns the patients' ids."""
    with Workspace.create(path, passphrase=passphrase) as ws, ws.begin() as conn:
        ids = [patients.register(conn, canary_patient(n), SYSTEM).id for n in range(count)]
        ws.blobs.put(conn, "Patient", ids[0], CANARIES["family"].encode() * 10, "text/plain")
    return ids


def patient_ids(path: Path, passphrase: str | None = None) -> set[str]:
    with Workspace.open(path, passphrase=passphrase) as ws, ws.read() as conn:
        return {p.id for p in patients.all_patients(conn)}


def typed(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    """What the operator types, one line each, read by a command given ``--stdin``."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
