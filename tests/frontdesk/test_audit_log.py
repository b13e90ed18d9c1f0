"""The audit log as administrators read it: whose record each entry concerns, and filters."""

from __future__ import annotations

from datetime import datetime

from desk.frontdesk import audit_log, intake, patients, schedule
from desk.frontdesk.model import Appointment, Patient
from desk.storage import Workspace
from desk.storage.audit import Actor


def test_entries_name_the_patient_and_filter_by_name(tmp_path) -> None:
    remi = Actor("u1", "remi")
    with Workspace.create(tmp_path / "ws") as ws, ws.begin() as conn:
        durand = patients.register(conn, Patient(family="Durand", given="Élise"), remi)
        other = patients.register(conn, Patient(family="Okafor", given="Chidi"), remi)
        appt = schedule.book(conn, Appointment(patient_id=durand.id,
                                               start=datetime(2026, 11, 23, 9)), remi)
        schedule.check_in(conn, appt.id, remi, at=datetime(2026, 11, 23, 9, 5))
        intake.send_forms(conn, appt.id, ["gad-7"], remi)
        patients.get(conn, other.id, remi)
        found = audit_log.entries(conn, text="durand")
        assert [(e.action, e.patient) for e in found] == [
            ("intake.send", "DURAND, Élise"),
            ("appointment.arrived", "DURAND, Élise"), ("appointment.create", "DURAND, Élise"),
            ("patient.create", "DURAND, Élise")]
        assert [e.patient for e in audit_log.entries(conn, action="patient.view")] == [
            "OKAFOR, Chidi"]
        assert {e.username for e in audit_log.entries(conn, text="remi")} == {"remi"}
