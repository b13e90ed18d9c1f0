from __future__ import annotations

from datetime import date

import pytest

from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM, Workspace


def _hit_ids(ws: Workspace, query: str) -> list[str]:
    with ws.read() as conn:
        return [hit.patient_id for hit in patients.index(conn).search(query, limit=5)]


def test_registered_and_changed_patients_are_found(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Lefèvre", given="Hélène",
                                            birth_date=date(1984, 3, 9)), SYSTEM)
    assert _hit_ids(workspace, "helene lefevre")[:1] == [p.id]
    assert _hit_ids(workspace, "09/03/1984")[:1] == [p.id]
    p.family = "Dumoulin"
    with workspace.begin() as conn:
        patients.update(conn, p, SYSTEM)
    assert _hit_ids(workspace, "dumoulin")[:1] == [p.id]
    assert p.id not in _hit_ids(workspace, "lefevre")


def test_index_rolls_back_with_a_failed_registration(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError), workspace.begin() as conn:
        patients.register(conn, Patient(family="Okonkwo", given="Ada"), SYSTEM)
        raise RuntimeError("power cut")
    assert _hit_ids(workspace, "okonkwo") == []
