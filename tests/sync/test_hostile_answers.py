"""A server's answer of the wrong shape is refused with FhirError or MappingError, never a
traceback (each case found by ``python -m bench.fuzz --target fhir``; the files are in
``bench/fuzz/found/fhir/``)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from desk.errors import DeskError
from desk.sync.client import FhirClient
from desk.sync.errors import FhirError, RetryPolicy
from desk.sync.mapping import MappingError
from desk.sync.mapping_appointments import appointment_from_fhir
from desk.sync.mapping_patients import patient_from_fhir

FOUND = Path(__file__).resolve().parents[2] / "bench" / "fuzz" / "found" / "fhir"
PATIENT = {"resourceType": "Patient", "id": "p1"}
APPOINTMENT = {"resourceType": "Appointment", "id": "a1", "status": "booked",
               "start": "2024-01-02T10:00:00+01:00",
               "participant": [{"actor": {"reference": "Patient/p1"}}]}


def _client(status: int, body: bytes, headers: dict[str, str] | None = None) -> FhirClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers or {}, content=body)

    return FhirClient("https://fhir.example.org/fhir/", transport=httpx.MockTransport(answer),
                      retry=RetryPolicy(attempts=1))


def _answer_file(name: str) -> tuple[int, dict[str, str], bytes]:
    head, _, body = (FOUND / name).read_bytes().partition(b"\n\n")
    lines = head.decode("latin-1").split("\n")
    headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
    status = int(lines[0]) if lines[0].isdigit() else 200
    return status, {k.strip(): v.strip() for k, v in headers.items()}, body


def _bundle(*resources: dict, **extra: object) -> bytes:
    return json.dumps({"resourceType": "Bundle", "type": "searchset",
                       "entry": [{"resource": r} for r in resources], **extra}).encode()


def test_an_empty_answer_to_a_search_or_a_read_is_unreadable_not_a_crash() -> None:
    assert (FOUND / "empty-answer.txt").read_bytes() == b""
    with _client(200, b"") as client:
        for call in (client.capabilities, lambda: list(client.search("Patient")),
                     lambda: client.read("Patient", "p1"),
                     lambda: client.transaction({"resourceType": "Bundle", "entry": []})):
            with pytest.raises(FhirError, match="cannot read"):
                call()
    outcome = json.dumps({"resourceType": "OperationOutcome", "issue": []}).encode()
    with _client(201, outcome) as client, pytest.raises(FhirError, match="cannot read"):
        client.capabilities()


@pytest.mark.parametrize("body", [
    _bundle(entry=5),
    json.dumps({"resourceType": "Bundle", "entry": [{"resource": PATIENT, "search": "x"}]}
               ).encode(),
    _bundle(PATIENT, link=3),
], ids=["entries-a-number", "search-as-text", "links-a-number"])
def test_a_search_page_of_the_wrong_shape_is_unreadable(body: bytes) -> None:
    with _client(200, body) as client, pytest.raises(FhirError, match="cannot read"):
        list(client.search("Patient"))


def test_a_next_link_that_is_no_address_is_unreadable() -> None:
    status, headers, body = _answer_file("next-link-not-an-address.txt")
    with _client(status, body, headers) as client, pytest.raises(FhirError):
        list(client.search("Patient"))


@pytest.mark.parametrize("rest", [5, 1.5, [{"resource": 5}], "server"])
def test_a_capability_statement_of_the_wrong_shape_promises_nothing(rest: object) -> None:
    body = json.dumps({"resourceType": "CapabilityStatement", "rest": rest}).encode()
    with _client(200, body) as client:
        assert client.update_create_allowed("Patient") is False


@pytest.mark.parametrize("issue", [5, [{"details": "x", "diagnostics": "bad name"}],
                                   [{"diagnostics": "bad name", "expression": 5}]])
def test_a_refusal_with_an_odd_outcome_still_says_the_server_refused(issue: object) -> None:
    body = json.dumps({"resourceType": "OperationOutcome", "issue": issue}).encode()
    with _client(400, body) as client, pytest.raises(FhirError, match="refused") as caught:
        client.read("Patient", "p1")
    assert caught.value.status == 400


def test_an_outcome_whose_expression_is_a_number_is_still_a_busy_server() -> None:
    status, headers, body = _answer_file("outcome-expression-a-number.txt")
    with _client(status, body, headers) as client, pytest.raises(FhirError, match="busy"):
        client.read("Patient", "p1")


def test_a_patient_born_in_a_year_too_large_is_malformed() -> None:
    _status, _headers, body = _answer_file("birth-date-a-huge-number.txt")
    patient = json.loads(body)["entry"][0]["resource"]
    with pytest.raises(MappingError, match="malformed"):
        patient_from_fhir(patient)


@pytest.mark.parametrize("participant", [["x"], 3, [{"actor": "Patient/p1"}]])
def test_an_appointment_with_odd_participants_names_no_patient(participant: object) -> None:
    with pytest.raises(MappingError, match="names no patient"):
        appointment_from_fhir({**APPOINTMENT, "participant": participant},
                              patient_id_for=lambda _ref: "p1")


@pytest.mark.parametrize("changes", [{"minutesDuration": 10**30},
                                     {"reasonCode": [{"coding": []}]}])
def test_an_appointment_with_odd_values_is_read_or_refused_plainly(changes: dict) -> None:
    try:
        appointment_from_fhir({**APPOINTMENT, **changes}, patient_id_for=lambda _ref: "p1")
    except DeskError as error:
        assert isinstance(error, MappingError)
