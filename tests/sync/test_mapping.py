"""Records to FHIR and back."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.frontdesk.model import APPOINTMENT_STATES, SEXES, Appointment, Patient
from desk.sync.mapping import MappingError, MappingOptions, record_id_of
from desk.sync.mapping_appointments import (
    STATUS_TO_FHIR,
    appointment_from_fhir,
    appointment_to_fhir,
)
from desk.sync.mapping_patients import patient_from_fhir, patient_to_fhir

text = st.text(alphabet=string.ascii_letters + " -'éøß", max_size=20).map(str.strip)
word = st.text(alphabet=string.ascii_letters + "éøß", min_size=1, max_size=12)

patients = st.builds(
    Patient,
    family=text,
    given=st.lists(word, max_size=3).map(" ".join),
    birth_date=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2030, 1, 1))),
    sex=st.sampled_from(SEXES),
    phone=st.text(alphabet="0123456789 +", max_size=12).map(str.strip),
    email=st.emails() | st.just(""),
    address=st.lists(word, max_size=2).map("\n".join),
    city=text, postal_code=st.text(alphabet="0123456789", max_size=6), state=text,
    language=st.sampled_from(["en", "fr", "es"]),
    mrn=st.text(alphabet="0123456789ABC", max_size=8),
)

zones = st.sampled_from([UTC, timezone(timedelta(hours=-5)),
                         timezone(timedelta(hours=5, minutes=30))])
# FHIR instants are sent to the millisecond
instants = st.builds(lambda d, z: d.replace(tzinfo=z, microsecond=d.microsecond // 1000 * 1000),
                     st.datetimes(datetime(2000, 1, 1), datetime(2040, 1, 1)), zones)
appointments = st.builds(
    Appointment, patient_id=st.uuids().map(str), start=instants,
    minutes=st.integers(1, 240), reason=text, practitioner=text,
    state=st.sampled_from(APPOINTMENT_STATES),
    arrived_at=st.one_of(st.none(), instants), walk_in=st.booleans(),
)

pytestmark = pytest.mark.clock


@settings(max_examples=200)
@given(patients)
def test_patient_round_trip(patient):
    options = MappingOptions(mrn_system="urn:oid:1.2.3.4")
    back = patient_from_fhir(patient_to_fhir(patient, options=options), options=options)
    assert back == patient


@settings(max_examples=200)
@given(appointments)
def test_appointment_round_trip(appt):
    res = appointment_to_fhir(appt, patient_reference="Patient/srv-1")
    back = appointment_from_fhir(res, patient_id_for={"Patient/srv-1": appt.patient_id}.get)
    assert back == appt


def test_patient_identifiers_and_fields():
    p = Patient(family="Doe", given="Jane Ann", mrn="M1", birth_date=date(1980, 2, 3),
                sex="female", phone="555", email="j@x.org", language="fr")
    res = patient_to_fhir(p, server_id="s1")
    assert res["id"] == "s1"
    assert res["identifier"][0] == {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{p.id}"}
    assert res["identifier"][1]["system"] == "urn:oid:2.16.840.1.113883.4.999"
    assert res["identifier"][1]["value"] == "M1"
    assert res["name"] == [{"use": "official", "family": "Doe", "given": ["Jane", "Ann"]}]
    assert res["birthDate"] == "1980-02-03" and res["gender"] == "female"
    assert record_id_of(res) == p.id


def test_update_keeps_what_desk_does_not_manage():
    p = Patient(family="Doe", given="Jane")
    server = patient_to_fhir(p, server_id="s1")
    server["identifier"].append({"system": "urn:other", "value": "42"})
    server["extension"] = [{"url": "urn:x", "valueString": "kept"}]
    server["meta"] = {"versionId": "3"}
    p.family = "Smith"
    res = patient_to_fhir(p, server_id="s1", onto=server)
    assert res["extension"] == [{"url": "urn:x", "valueString": "kept"}]
    assert {"system": "urn:other", "value": "42"} in res["identifier"]
    assert res["name"][0]["family"] == "Smith" and "meta" not in res


@pytest.mark.parametrize(("state", "status"), list(STATUS_TO_FHIR.items()))
def test_appointment_status_mapping(state, status):
    a = Appointment(patient_id="p", start=datetime(2026, 1, 1, 9, tzinfo=UTC),
                    state=state)
    res = appointment_to_fhir(a, patient_reference="Patient/1")
    assert res["status"] == status
    assert res["participant"][0]["actor"] == {"reference": "Patient/1"}


def test_foreign_resources_get_stable_ids_and_bad_ones_raise():
    res = {"resourceType": "Patient", "id": "abc", "name": [{"family": "X"}]}
    assert record_id_of(res) == record_id_of(dict(res))
    assert patient_from_fhir(res).family == "X"
    with pytest.raises(MappingError):
        patient_from_fhir({"resourceType": "Observation", "id": "1"})
    with pytest.raises(MappingError):
        patient_from_fhir({"resourceType": "Patient", "id": "1", "birthDate": "garbage"})
    with pytest.raises(MappingError):
        appointment_from_fhir({"resourceType": "Appointment", "id": "1", "status": "booked",
                               "participant": [{"actor": {"reference": "Patient/9"}}]},
                              patient_id_for=lambda ref: None)
