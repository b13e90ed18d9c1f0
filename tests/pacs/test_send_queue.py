"""A disc's study queued for the clinic's PACS and sent by the drain, against a real Orthanc:
sent once under the clinic's number, never doubled, kept waiting while the PACS cannot be
reached, refused with the reason when it cannot be sent at all."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage.schema import audit, image_instance
from desk.viewer import library
from desk.viewer.pacs import queue
from desk.viewer.pacs.dicomweb import DicomWebClient
from desk.viewer.pacs.studies import PatientKey
from tests.pacs import orthanc as orthanc_mod
from tests.pacs.makers import ISSUER
from tests.pacs.orthanc import free_port

pytestmark = pytest.mark.pacs


def _client(url: str) -> DicomWebClient:
    return DicomWebClient(url, auth=httpx.BasicAuth(orthanc_mod.USER, orthanc_mod.PASSWORD))


def _disc_study(workspace, tmp_path, mrn: str = "MRN-7") -> tuple[Patient, str, int]:
    from tests.viewer.discs import archibald_disc

    with workspace.begin() as conn:
        doe = patients.register(conn, Patient(family="Doe", given="Archibald",
                                              birth_date=date(1950, 1, 1)), SYSTEM)
        conn.execute(sa.text("UPDATE patient SET mrn = :mrn WHERE id = :id"),
                     {"mrn": mrn, "id": doe.id})  # one pulled from the server may have none
    found = library.scan(archibald_disc(tmp_path / "disc"))
    with workspace.begin() as conn:
        library.store(conn, workspace.blobs, doe.id, found, SYSTEM)
    [ct] = {i.meta["study_uid"] for i in found.images if i.meta["modality"] == "CT"}
    return doe, ct, sum(1 for i in found.images if i.meta["study_uid"] == ct)


def _on_pacs(pacs) -> int:
    with pacs.rest() as rest:
        return len(rest.get("/instances").json())


def test_a_queued_study_goes_once_and_asking_again_sends_nothing_more(pacs, workspace,
                                                                      tmp_path) -> None:
    doe, ct, count = _disc_study(workspace, tmp_path)
    with workspace.begin() as conn:
        assert queue.queue(conn, ct, doe.id, SYSTEM)
        [entry] = queue.listing(conn)
    assert (entry.state, entry.patient_id, entry.description) == ("waiting", doe.id,
                                                                  "CT, HEAD/BRAIN WO CONTRAST")
    client = _client(pacs.dicomweb_url)
    assert queue.drain(workspace, client, ISSUER, SYSTEM) == queue.Drained(sent=1)
    assert [s.uid for s in client.studies(PatientKey("MRN-7", ISSUER))] == [ct]
    with workspace.begin() as conn:
        assert queue.listing(conn) == []
        assert not queue.queue(conn, ct, doe.id, SYSTEM)  # it went: no second entry
        actions = conn.execute(sa.select(audit.c.action)).scalars().all()
    assert queue.drain(workspace, client, ISSUER, SYSTEM) == queue.Drained()
    assert _on_pacs(pacs) == count
    assert actions.count("images.send.queued") == 1 and "images.send" in actions


def test_an_unreachable_pacs_leaves_the_study_waiting_with_the_reason(pacs, workspace,
                                                                      tmp_path) -> None:
    doe, ct, count = _disc_study(workspace, tmp_path)
    with workspace.begin() as conn:
        queue.queue(conn, ct, doe.id, SYSTEM)
    nowhere = _client(f"http://127.0.0.1:{free_port()}/dicom-web")
    assert queue.drain(workspace, nowhere, ISSUER, SYSTEM) == queue.Drained(waiting=1)
    with workspace.read() as conn:
        [entry] = queue.listing(conn)
    assert entry.state == "waiting" and entry.attempts == 1
    assert "cannot reach the image archive" in (entry.last_error or "")
    assert queue.drain(workspace, _client(pacs.dicomweb_url), ISSUER,
                       SYSTEM) == queue.Drained(sent=1)
    assert _on_pacs(pacs) == count


def test_a_study_that_cannot_be_filed_is_refused_until_retried(pacs, workspace,
                                                               tmp_path) -> None:
    doe, ct, count = _disc_study(workspace, tmp_path, mrn="")
    with workspace.begin() as conn:
        queue.queue(conn, ct, doe.id, SYSTEM)
    client = _client(pacs.dicomweb_url)
    assert queue.drain(workspace, client, ISSUER, SYSTEM) == queue.Drained(refused=1)
    with workspace.begin() as conn:
        [entry] = queue.listing(conn)
        assert entry.state == "refused" and "no record number" in (entry.last_error or "")
        assert queue.drain(workspace, client, ISSUER, SYSTEM) == queue.Drained()  # held
        conn.execute(sa.text("UPDATE patient SET mrn = 'MRN-7' WHERE id = :id"),
                     {"id": doe.id})
        queue.retry(conn, entry.id)
    assert queue.drain(workspace, client, ISSUER, SYSTEM) == queue.Drained(sent=1)
    assert _on_pacs(pacs) == count


def test_only_the_chart_s_own_disc_images_can_be_queued(workspace, tmp_path) -> None:
    doe, ct, _ = _disc_study(workspace, tmp_path)
    with workspace.begin() as conn:
        other = patients.register(conn, Patient(family="Roe", given="Richard"), SYSTEM)
    with pytest.raises(DeskError, match="not in this patient's chart"), \
            workspace.begin() as conn:
        queue.queue(conn, ct, other.id, SYSTEM)
    with workspace.begin() as conn:  # as if retrieved from the PACS
        conn.execute(image_instance.update().values(source="pacs"))
    with pytest.raises(DeskError, match="there already"), workspace.begin() as conn:
        queue.queue(conn, ct, doe.id, SYSTEM)
    with workspace.read() as conn:
        assert queue.listing(conn) == []


class DroppingLink:
    """A real TCP relay to the PACS that drops every connection once ``cut`` bytes have gone
    through it towards the PACS, and takes no new ones until ``restore()``: the network
    failing in the middle of a send."""

    def __init__(self, port: int, cut: int) -> None:
        import socket
        import threading

        self.upstream, self.cut, self.sent = port, cut, 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.sent >= self.cut:
                client.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream))
            for src, dst, counted in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pump, args=(src, dst, counted, (client, upstream)),
                                 daemon=True).start()

    def _pump(self, src, dst, counted: bool, both) -> None:
        try:
            while data := src.recv(65536):
                if counted:
                    with self.lock:
                        self.sent += len(data)
                    if self.sent >= self.cut:
                        break
                dst.sendall(data)
        except OSError:
            pass
        for sock in both:
            sock.close()

    def close(self) -> None:
        self.server.close()


def test_a_send_cut_off_half_way_and_sent_again_leaves_each_image_once(
        pacs, workspace, tmp_path, monkeypatch) -> None:
    from desk.viewer.pacs import send

    monkeypatch.setattr(send, "BATCH", 1)  # one image a request: the cut falls between them
    doe, ct, count = _disc_study(workspace, tmp_path)
    with workspace.begin() as conn:
        queue.queue(conn, ct, doe.id, SYSTEM)
        first = conn.execute(sa.select(image_instance.c.blob_id)
                             .where(image_instance.c.study_uid == ct)).scalars().first()
        size = len(workspace.blobs.get(conn, first))
    link = DroppingLink(pacs.http_port, cut=int(size * 2.5))
    try:
        dropped = queue.drain(workspace, _client(f"http://127.0.0.1:{link.port}/dicom-web"),
                              ISSUER, SYSTEM)
    finally:
        link.close()
    assert dropped == queue.Drained(waiting=1)
    assert 0 < _on_pacs(pacs) < count  # some went before the link dropped
    assert queue.drain(workspace, _client(pacs.dicomweb_url), ISSUER,
                       SYSTEM) == queue.Drained(sent=1)
    assert _on_pacs(pacs) == count
