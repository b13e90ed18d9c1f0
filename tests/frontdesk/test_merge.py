"""Merging two records of one patient, in a real SQLCipher workspace."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import audit_log, merge, patients, schedule
from desk.frontdesk.matching import find_duplicates
from desk.frontdesk.model import Appointment, Patient
from desk.storage import SYSTEM, Actor, Workspace
from desk.storage.clock import stamp
from desk.storage.schema import draft, history_resource, intake, outbox

CLERK = Actor("u-remi", "remi")


def _history(conn, p: Patient, *, visits: int, tag: str) -> None:
    """Appointments (``visits`` of them attended), a kiosk form, a draft, pulled history."""
    for n in range(visits + 1):
        a = schedule.book(conn, Appointment(patient_id=p.id, start=datetime(2026, 3, 2 + n, 9),
                                            reason="Check-up"), SYSTEM)
        if n < visits:
            schedule.check_in(conn, a.id, SYSTEM, at=datetime(2026, 3, 2 + n, 9, 5))
    conn.execute(intake.insert().values(id=f"intake-{tag}", patient_id=p.id,
                                        questionnaire="phq-9", sent_at=stamp(),
                                        updated_at=stamp()))
    conn.execute(draft.insert().values(id=f"draft-{tag}", patient_id=p.id,
                                       questionnaire="phq-9", data=b"{}", updated_at=stamp()))
    conn.execute(history_resource.insert().values(
        resource_type="Condition", server_id=f"cond-{tag}", patient_id=p.id, version="1",
        resource_json="{}", pulled_at=stamp()))


@pytest.fixture
def pair(workspace: Workspace) -> tuple[Patient, Patient]:
    """The same woman registered twice: once fully, once in a hurry with a phone number."""
    with workspace.begin() as conn:
        first = patients.register(conn, Patient(family="Lefèvre", given="Hélène",
                                                birth_date=date(1984, 3, 9), sex="female",
                                                email="h.lefevre@example.org"), SYSTEM)
        second = patients.register(conn, Patient(family="Lefevre", given="Helene",
                                                 phone="06 12 34 56 78", city="Lyon"), SYSTEM)
        _history(conn, first, visits=2, tag="a")
        _history(conn, second, visits=1, tag="b")
        workspace.blobs.put(conn, "Patient", second.id, b"%PDF scanned ID card", "application/pdf")
    return first, second


def _counts(workspace: Workspace, patient_id: str) -> dict[str, int]:
    with workspace.read() as conn:
        return merge.counts(conn, patient_id)


def _merge(workspace: Workspace, survivor: str, retired: str, **kw) -> merge.Merged:
    with workspace.begin() as conn:
        done = merge.merge(conn, workspace.blobs, survivor, retired, CLERK, **kw)
    workspace.blobs.discard(done.stale_files)
    return done


def test_the_survivor_keeps_every_linked_record_of_both(workspace, pair) -> None:
    first, second = pair
    a, b = _counts(workspace, first.id), _counts(workspace, second.id)
    assert a == {"appointments": 3, "forms": 1, "drafts": 1, "history": 1, "images": 0,
                 "files": 0, "visits": 2}
    done = _merge(workspace, first.id, second.id)
    after = _counts(workspace, first.id)
    assert after == {k: a[k] + b[k] for k in a}
    assert set(_counts(workspace, second.id).values()) == {0}
    assert done.moved == {"appointments": 2, "forms": 1, "drafts": 1, "history": 1, "images": 0,
                          "files": 1}
    with workspace.read() as conn:
        [(blob_id, media)] = conn.execute(sa.text(
            "SELECT id, media_type FROM blob WHERE record_id = :p"), {"p": first.id}).all()
        assert workspace.blobs.get(conn, blob_id) == b"%PDF scanned ID card"
        assert media == "application/pdf"
        assert len(schedule.for_patient(conn, first.id)) == 5


def test_the_merged_record_leaves_search_and_duplicates_and_opens_as_the_survivor(
        workspace, pair) -> None:
    first, second = pair
    _merge(workspace, first.id, second.id)
    with workspace.read() as conn:
        found = patients.index(conn)
        hits = [h.patient_id for h in found.search("helene lefevre")]
        assert hits == [first.id]
        assert [h.patient_id for h in found.search("06 12 34 56 78")] == []  # not taken
        newcomer = Patient(family="Lefevre", given="Hélène", birth_date=date(1984, 3, 9))
        assert [d.patient_id for d in find_duplicates(found, newcomer)] == [first.id]
        assert patients.get(conn, second.id).id == first.id
        assert patients.count(conn) == 1


def test_empty_fields_are_filled_only_when_chosen(workspace, pair) -> None:
    first, second = pair
    with workspace.read() as conn:
        keep, other = merge.sides(conn, first.id, second.id)
    assert merge.fillable(keep.patient, other.patient) == ["phone", "city"]
    done = _merge(workspace, first.id, second.id, take=["phone"])
    with workspace.read() as conn:
        survivor = patients.get(conn, first.id)
        assert [h.patient_id for h in patients.index(conn).search("0612345678")] == [first.id]
    assert (survivor.phone, survivor.city, survivor.email) == (
        "06 12 34 56 78", "", "h.lefevre@example.org")
    assert done.survivor.phone == survivor.phone


def test_a_filled_field_that_the_survivor_already_has_is_refused(workspace, pair) -> None:
    first, second = pair
    with pytest.raises(DeskError, match="Only details missing from the record you keep"):
        _merge(workspace, second.id, first.id, take=["phone"])  # second has a phone
    assert _counts(workspace, first.id)["appointments"] == 3  # nothing moved


def test_the_merge_is_in_the_audit_log_by_both_ids_without_data(workspace, pair) -> None:
    first, second = pair
    _merge(workspace, first.id, second.id)
    with workspace.read() as conn:
        entries = audit_log.entries(conn, action="patient.merge")
    assert {(e.record_id, e.outcome, e.username) for e in entries} == {
        (first.id, "kept", "remi"), (second.id, "retired", "remi")}
    assert not any("Lef" in str(value) or "example.org" in str(value)
                   for e in entries for value in astuple(e))


def test_the_outbox_gets_both_records_and_every_moved_appointment(workspace, pair) -> None:
    first, second = pair
    with workspace.begin() as conn:
        conn.execute(outbox.delete())
        moved = [a.id for a in schedule.for_patient(conn, second.id)]
    _merge(workspace, first.id, second.id)
    with workspace.read() as conn:
        queued = conn.execute(sa.select(outbox.c.record_type, outbox.c.record_id)
                              .order_by(outbox.c.seq)).all()
    assert queued[:2] == [("Patient", first.id), ("Patient", second.id)]
    assert sorted(queued[2:]) == sorted(("Appointment", a) for a in moved)


@pytest.mark.parametrize("which", ["itself", "retired-survivor", "retired-other"])
def test_impossible_merges_are_refused_in_plain_words(workspace, pair, which) -> None:
    first, second = pair
    with workspace.begin() as conn:
        third = patients.register(conn, Patient(family="Lefèvre", given="H."), SYSTEM)
    if which == "itself":
        survivor, retired, message = first.id, first.id, "cannot be merged with itself"
    else:
        _merge(workspace, first.id, second.id)
        survivor, retired = ((second.id, third.id) if which == "retired-survivor"
                             else (third.id, second.id))
        message = "already merged into another record"
    with pytest.raises(DeskError, match=message) as info:
        _merge(workspace, survivor, retired)
    assert info.value.kind == "input"
    assert _counts(workspace, third.id)["appointments"] == 0
    with workspace.read() as conn:
        assert patients.current_id(conn, third.id) == third.id


def test_a_failed_transaction_leaves_both_records_and_their_files_as_they_were(
        workspace, pair) -> None:
    first, second = pair
    before = (_counts(workspace, first.id), _counts(workspace, second.id))
    with pytest.raises(RuntimeError), workspace.begin() as conn:
        merge.merge(conn, workspace.blobs, first.id, second.id, CLERK)
        raise RuntimeError("power cut")
    assert (_counts(workspace, first.id), _counts(workspace, second.id)) == before
    with workspace.read() as conn:
        [blob_id] = conn.execute(sa.text("SELECT id FROM blob WHERE record_id = :p"),
                                 {"p": second.id}).scalars()
        assert workspace.blobs.get(conn, blob_id) == b"%PDF scanned ID card"
        assert [h.patient_id for h in patients.index(conn).search("06 12 34 56 78")] == [
            second.id]


def test_a_record_merged_earlier_follows_its_survivor_into_a_later_merge(workspace,
                                                                          pair) -> None:
    first, second = pair
    with workspace.begin() as conn:
        third = patients.register(conn, Patient(family="Lefèvre", given="Hélène M."), SYSTEM)
    _merge(workspace, second.id, third.id)
    _merge(workspace, first.id, second.id)
    with workspace.read() as conn:
        assert patients.get(conn, third.id).id == first.id
        links = merge.links(conn, [first.id, third.id])
    assert sorted(links[first.id]) == sorted([(second.id, "replaces"), (third.id, "replaces")])
    assert links[third.id] == [(first.id, "replaced-by")]
