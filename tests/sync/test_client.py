"""The FHIR client against the real Medplum test server (and a few focused fakes)."""

from __future__ import annotations

import json
import threading
import time
import uuid

import httpx
import pytest

from desk.errors import DeskError
from desk.sync.auth import BearerToken, ClientCredentials
from desk.sync.client import FhirClient
from desk.sync.errors import FhirError, RetryPolicy, parse_retry_after
from desk.sync.mapping import identifier_search, uuid_identifier

pytestmark = pytest.mark.server


def _patient(rid: str, family: str = "Test") -> dict:
    return {"resourceType": "Patient", "identifier": [uuid_identifier(rid)],
            "name": [{"family": family}]}


@pytest.fixture
def client(fhir):
    with FhirClient(fhir.base_url, retry=RetryPolicy(attempts=4, base_delay=0.01)) as c:
        yield c


def test_conditional_create_twice_makes_one_resource(fhir, client):
    rid = str(uuid.uuid4())
    first = client.create(_patient(rid), if_none_exist=identifier_search(rid))
    second = client.create(_patient(rid), if_none_exist=identifier_search(rid))
    assert first.created and not second.created
    assert first.resource["id"] == second.resource["id"]
    assert first.version and first.version == second.version
    assert len(fhir.search_all("Patient")) == 1


def test_503_with_retry_after_is_waited_out(fhir, client):
    fhir.faults("unavailable", count=2, retry_after=1)
    t0 = time.monotonic()
    answer = client.create(_patient(str(uuid.uuid4())),
                           if_none_exist=identifier_search(str(uuid.uuid4())))
    assert answer.created
    assert time.monotonic() - t0 >= 2.0  # two Retry-After: 1 honoured
    assert fhir.stats()["faultsInjected"] == 2


def test_retry_after_beyond_the_limit_fails_fast(fhir):
    fhir.faults("unavailable", count=1, retry_after=3600)
    with FhirClient(fhir.base_url, retry=RetryPolicy(max_retry_after=5)) as c:
        t0 = time.monotonic()
        with pytest.raises(FhirError) as info:
            c.read("Patient", "nope")
    assert info.value.kind == "server" and time.monotonic() - t0 < 2


def test_lost_answer_to_conditional_create_makes_no_duplicate(fhir, client):
    rid = str(uuid.uuid4())
    fhir.faults("drop_after", count=1)
    answer = client.create(_patient(rid), if_none_exist=identifier_search(rid))
    assert answer.status == 200  # the retry found the copy the first try made
    assert len(fhir.search_all("Patient")) == 1
    assert fhir.stats()["byMethod"]["POST"] == 2


def test_plain_post_is_never_retried(fhir, client):
    fhir.faults("drop_after", count=1)
    with pytest.raises(FhirError) as info:
        client.create(_patient(str(uuid.uuid4())))
    assert info.value.kind == "network"
    assert fhir.stats()["byMethod"]["POST"] == 1
    assert len(fhir.search_all("Patient")) == 1  # the work was done once, never twice


def test_dropped_connection_before_work_is_retried(fhir, client):
    fhir.faults("drop_before", count=2)
    rid = str(uuid.uuid4())
    assert client.create(_patient(rid), if_none_exist=identifier_search(rid)).created
    assert len(fhir.search_all("Patient")) == 1


def test_update_with_if_match(fhir, client):
    rid = str(uuid.uuid4())
    created = client.create(_patient(rid), if_none_exist=identifier_search(rid))
    res = dict(created.resource, name=[{"family": "Changed"}])
    updated = client.update(res, if_match=created.version)
    assert updated.version != created.version
    with pytest.raises(FhirError) as info:
        client.update(res, if_match=created.version)
    assert info.value.kind == "conflict" and info.value.status == 412


def test_capabilities_tell_update_create(fhir, client):
    assert client.update_create_allowed("Patient")
    fhir.configure(update_create=False)
    with FhirClient(fhir.base_url) as c:
        assert not c.update_create_allowed("Patient")


def _put_patients(client, count: int) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(count)]
    for start in range(0, count, 50):
        bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [
            {"resource": dict(_patient(i), id=i), "request": {"method": "PUT",
                                                              "url": f"Patient/{i}"}}
            for i in ids[start:start + 50]]}
        client.transaction(bundle)
    return ids


def test_paging_over_250_resources(fhir, client):
    ids = _put_patients(client, 250)
    pages = list(client.search_pages("Patient", {"_count": "40"}))
    assert len(pages) == 7
    got = [r["id"] for r in client.search("Patient", {"_count": "40"})]
    assert sorted(got) == sorted(ids)


def _wait_for_requests(fhir, count: int) -> None:
    deadline = time.monotonic() + 10
    while fhir.stats()["requests"] < count and time.monotonic() < deadline:
        time.sleep(0.01)


def test_pages_fetched_ahead_come_in_order_and_stop_when_the_search_is_closed(fhir, client):
    ids = _put_patients(client, 400)
    params = {"_count": "20", "_sort": "_lastUpdated"}

    def ids_of(pages):
        return [e["resource"]["id"] for page in pages for e in page["entry"]]

    everything = ids_of(client.search_pages("Patient", params))
    assert sorted(everything) == sorted(ids)
    with client.search_ahead("Patient", params) as pages:
        assert ids_of(pages) == everything

    before = fhir.stats()["requests"]
    with client.search_ahead("Patient", params) as pages:
        first = next(pages)
        _wait_for_requests(fhir, before + 6)  # one in hand, four waiting, one held back
        time.sleep(0.2)  # time enough for more, were nothing holding them back
        assert fhir.stats()["requests"] - before == 6
        one = pages.arrived(most=1)
        waiting = pages.arrived()
        assert (len(one), len(waiting)) == (1, 3)
        assert ids_of([first, *one, *waiting, *pages]) == everything
    assert not [t for t in threading.enumerate() if t.name.startswith("desk-sync-page")]


def test_pages_that_arrived_include_the_last_and_then_the_search_ends(fhir, client):
    _put_patients(client, 60)
    with client.search_ahead("Patient", {"_count": "40"}) as pages:
        next(pages)
        deadline = time.monotonic() + 10
        while not (arrived := pages.arrived()) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(arrived) == 1
        assert pages.arrived() == []
        assert list(pages) == []


@pytest.mark.parametrize("body", ["text", "wrong_type", "truncated", "html"])
def test_garbage_answers_become_desk_errors(fhir, client, body):
    fhir.faults("garbage", count=-1, body=body)
    with pytest.raises(DeskError) as info:
        client.read("Patient", "x")
    assert info.value.kind in ("server", "network")
    with pytest.raises(DeskError):
        list(client.search("Patient"))
    with pytest.raises(DeskError):
        client.transaction({"resourceType": "Bundle", "type": "transaction", "entry": []})


def test_operation_outcome_becomes_receptionist_message(fhir, client):
    with pytest.raises(FhirError) as info:
        # the repository does not validate, but the router checks the id matches the URL
        client.request("PUT", "Patient/a", body={"resourceType": "Patient", "id": "b"})
    err = info.value
    assert err.kind == "input" and err.status == 400
    assert "refused" in err.message
    assert "Incorrect resource ID" in err.details  # the server's words, for staff


def test_server_down_is_a_network_error():
    with FhirClient("http://127.0.0.1:9/", retry=RetryPolicy(attempts=2, base_delay=0.01)
                    ) as c, pytest.raises(FhirError) as info:
        c.read("Patient", "x")
    assert info.value.kind == "network"


def test_next_link_to_another_host_is_refused(fhir, client):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset",
                                         "link": [{"relation": "next",
                                                   "url": "http://evil.example/Patient"}]})
    with FhirClient("http://fhir.test/", transport=httpx.MockTransport(handler)) as c, \
            pytest.raises(FhirError):
        list(c.search("Patient"))


def test_retry_after_as_http_date():
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=lambda: 1445412470) == 10
    assert parse_retry_after("5") == 5 and parse_retry_after("soon") is None


def test_client_credentials_fetch_and_refresh():
    tokens = iter(["t1", "t2"])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            assert b"grant_type=client_credentials" in request.content
            assert request.headers["Authorization"].startswith("Basic ")
            return httpx.Response(200, json={"access_token": next(tokens), "expires_in": 3600})
        seen.append(request.headers["Authorization"])
        if request.headers["Authorization"] == "Bearer t1" and len(seen) > 1:
            return httpx.Response(401, json={"resourceType": "OperationOutcome", "issue": []})
        return httpx.Response(200, json={"resourceType": "Patient", "id": "p"})

    auth = ClientCredentials("http://auth.test/token", "desk", "secret")
    with FhirClient("http://fhir.test/", auth=auth, transport=httpx.MockTransport(handler)
                    ) as c:
        c.read("Patient", "p")
        c.read("Patient", "p")  # 401 with t1: refreshed to t2 and repeated
    assert seen == ["Bearer t1", "Bearer t1", "Bearer t2"]


def test_bearer_token_is_sent():
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer abc"
        return httpx.Response(200, content=json.dumps({"resourceType": "Patient", "id": "p"}))
    with FhirClient("http://fhir.test/", auth=BearerToken("abc"),
                    transport=httpx.MockTransport(handler)) as c:
        assert c.read("Patient", "p").resource["id"] == "p"


def test_refused_sign_in_is_an_auth_error():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"resourceType": "OperationOutcome", "issue": [
            {"severity": "error", "code": "login", "details": {"text": "Invalid token"}}]})
    with FhirClient("http://fhir.test/", auth=BearerToken("expired"),
                    transport=httpx.MockTransport(handler)) as c, \
            pytest.raises(FhirError) as info:
        c.read("Patient", "p")
    assert info.value.kind == "auth" and info.value.details == "Invalid token"


def test_429_is_retried_after_the_delay_it_asks_for():
    answers = iter([httpx.Response(429, headers={"Retry-After": "2"}),
                    httpx.Response(200, json={"resourceType": "Patient", "id": "p"})])
    waits: list[float] = []
    with FhirClient("http://fhir.test/", transport=httpx.MockTransport(lambda r: next(answers)),
                    sleep=waits.append) as c:
        assert c.read("Patient", "p").resource["id"] == "p"
    assert waits == [2.0]
