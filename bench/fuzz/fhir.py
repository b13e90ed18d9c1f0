"""The FHIR response parser: what the sync client makes of a server's answer, and what the
mapping makes of each resource in it.

An input is one HTTP answer written as text: the status on the first line (200 when it is
not a number), header lines, a blank line, then the body. Every request of a round is
answered with it: the CapabilityStatement, a Patient and an Appointment search (each
resource mapped by ``patient_from_fhir`` and ``appointment_from_fhir``, as a pull does), a
read and a transaction. Refusal: ``DeskError`` (``FhirError`` from the client,
``MappingError`` from the mapping).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from desk.errors import DeskError

REFUSED = (DeskError,)
INSTRUMENT = ("httpx", "orjson")
BASE = "https://fhir.example.org/fhir/"


def split(data: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
    """The status, headers and body an input stands for."""
    head, _, body = data.partition(b"\n\n")
    lines = head.decode("latin-1").split("\n")
    status = int(lines[0]) if re.fullmatch(r"[0-9]{3}", lines[0]) else 200
    headers = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep and name.strip():
            headers.append((name.strip(), value.strip()))
    return max(100, min(status, 599)), headers, body


def mutator() -> Callable[[bytes, int, int], bytes]:
    from bench.fuzz.mutate import json_mutator

    return json_mutator(b"\n\n")


def prepare() -> Callable[[bytes], None]:
    import httpx

    from desk.sync import FhirClient, RetryPolicy, appointment_from_fhir, patient_from_fhir

    def one(data: bytes) -> None:
        status, headers, body = split(data)
        try:
            response_headers = httpx.Headers(headers)
        except (UnicodeError, ValueError):
            return  # not an answer any HTTP library would hand over

        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(status, headers=response_headers, content=body)

        client = FhirClient(BASE, transport=httpx.MockTransport(answer),
                            retry=RetryPolicy(attempts=2), sleep=lambda _seconds: None)
        with client:
            for step in (
                lambda: client.update_create_allowed("Patient"),
                lambda: [patient_from_fhir(r) for r in client.search("Patient")],
                lambda: [appointment_from_fhir(r, patient_id_for=lambda _ref: "p1")
                         for r in client.search("Appointment", {"date": "2024-01-02"})],
                lambda: client.read("Patient", "1"),
                lambda: client.transaction({"resourceType": "Bundle", "type": "transaction",
                                            "entry": []}),
            ):
                with contextlib.suppress(DeskError):  # each refused alone; the next still runs
                    step()

    return one


def _answer(resource: Mapping[str, Any], status: int = 200, headers: str = "") -> bytes:
    head = f"{status}\nContent-Type: application/fhir+json\n{headers}".rstrip("\n")
    return (head + "\n\n").encode() + json.dumps(resource, separators=(",", ":")).encode()


def seeds() -> dict[str, bytes]:
    patient = {"resourceType": "Patient", "id": "p1", "meta": {"versionId": "3",
               "lastUpdated": "2024-01-02T10:00:00.000Z"},
               "identifier": [{"system": "urn:ietf:rfc:3986",
                               "value": "urn:uuid:0b5b6a1e-2a5c-4d8e-9f00-000000000001"},
                              {"system": "urn:oid:2.16.840.1.113883.4.999", "value": "MRN-1"}],
               "name": [{"use": "official", "family": "Fuzz", "given": ["Test", "M"]}],
               "gender": "female", "birthDate": "1980-02",
               "telecom": [{"system": "phone", "value": "0412 345 678"},
                           {"system": "email", "value": "t@example.org"}],
               "address": [{"line": ["1 Main St"], "city": "Town", "postalCode": "2000"}],
               "communication": [{"language": {"coding": [{"code": "fr"}]},
                                  "preferred": True}],
               "active": False, "link": [{"type": "replaced-by",
                                          "other": {"reference": "Patient/p2"}}]}
    appointment = {"resourceType": "Appointment", "id": "a1", "status": "booked",
                   "start": "2024-01-02T10:00:00+01:00", "end": "2024-01-02T10:20:00+01:00",
                   "participant": [{"actor": {"reference": "Patient/p1"}},
                                   {"actor": {"display": "Dr Who"}}],
                   "reasonCode": [{"coding": [{"display": "Follow-up"}]}],
                   "appointmentType": {"coding": [{
                       "system": "http://terminology.hl7.org/CodeSystem/v2-0276",
                       "code": "WALKIN"}]},
                   "extension": [{"url": "https://desk.example/arrived-at",
                                  "valueDateTime": "2024-01-02T09:55:00+01:00"}]}

    def bundle(*resources: Mapping[str, Any], link: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"resourceType": "Bundle", "type": "searchset",
                                  "entry": [{"resource": r, "search": {"mode": "match"}}
                                            for r in resources]}
        if link:
            out["link"] = [{"relation": "next", "url": link}]
        return out

    outcome = {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "conflict", "diagnostics": "version conflict",
         "expression": ["Patient.name"]}]}
    capabilities = {"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1",
                    "rest": [{"mode": "server", "resource": [
                        {"type": "Patient", "updateCreate": True}]}]}
    return {
        "patients.txt": _answer(bundle(patient, patient)),
        "appointments.txt": _answer(bundle(appointment)),
        "next-page.txt": _answer(bundle(patient, link=BASE + "Patient?page=2")),
        "capabilities.txt": _answer(capabilities),
        "patient.txt": _answer(patient, headers='ETag: W/"4"\nLocation: ' + BASE + "Patient/p1"),
        "conflict.txt": _answer(outcome, 412),
        "busy.txt": _answer(outcome, 503, "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT"),
        "created-outcome.txt": _answer(outcome, 201),
        "transaction.txt": _answer({"resourceType": "Bundle", "type": "transaction-response",
                                    "entry": [{"response": {"status": "201 Created"}}]}),
        "empty.txt": b"204\n\n",
        "not-json.txt": b"200\nContent-Type: text/html\n\n<html>proxy error</html>",
    }
