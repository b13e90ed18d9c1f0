"""desk's PACS clients against a real Orthanc: find by identifier, retrieve, open offline."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from pydicom import dcmread

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM
from desk.storage import settings as settings_mod
from desk.storage.schema import audit, blob, image_instance
from desk.viewer import library
from desk.viewer.pacs import connect, retrieve, send
from desk.viewer.pacs.dicomweb import DicomWebClient
from desk.viewer.pacs.dimse import DimseClient
from desk.viewer.pacs.studies import PatientKey, Study
from desk.viewer.series import SeriesView
from tests.pacs import orthanc as orthanc_mod
from tests.pacs.makers import ISSUER, ct_study

pytestmark = pytest.mark.pacs

PROTOCOLS = ["dicomweb", "c-get", "c-move"]


def _client(server: orthanc_mod.Orthanc, protocol: str) -> DicomWebClient | DimseClient:
    if protocol == "dicomweb":
        return DicomWebClient(server.dicomweb_url,
                              auth=httpx.BasicAuth(orthanc_mod.USER, orthanc_mod.PASSWORD))
    return DimseClient("127.0.0.1", server.dicom_port, called=orthanc_mod.AE_TITLE,
                       calling=orthanc_mod.DESK_AE_TITLE,
                       move_port=server.desk_port if protocol == "c-move" else None)


def _patient(ws, mrn: str = "MRN-1") -> Patient:
    with ws.begin() as conn:
        return patients.register(conn, Patient(family="Doe", given="Archibald", mrn=mrn,
                                               birth_date=date(1950, 1, 1)), SYSTEM)


def _kept(ws) -> tuple[int, int]:
    with ws.read() as conn:
        return (conn.execute(sa.select(sa.func.count()).select_from(image_instance)).scalar_one(),
                conn.execute(sa.select(sa.func.count()).select_from(blob)).scalar_one())


@pytest.mark.parametrize("protocol", ["dicomweb", "c-get"])
def test_a_patient_s_studies_are_found_by_identifier_and_not_a_namesake_s(pacs, protocol) -> None:
    mine, files = ct_study("MRN-1", slices=2)
    pacs.upload(files)
    pacs.upload(ct_study("MRN-2", slices=1)[1])  # the same name, another patient
    pacs.upload(ct_study("MRN-1", issuer="urn:oid:1.2.3.4", slices=1)[1])  # another clinic's
    client = _client(pacs, protocol)
    found = client.studies(PatientKey("MRN-1", ISSUER))
    assert [s.uid for s in found] == [mine]
    assert (found[0].description, found[0].modalities, found[0].instance_count) == \
        ("CT HEAD", ("CT",), 2)
    [series] = client.series(mine)
    assert [i.number for i in client.instances(mine)] == [1, 2]
    assert [i.series_uid for i in client.instances(mine, series.uid)] == [series.uid] * 2
    assert client.studies(PatientKey("MRN-3", ISSUER)) == []


def test_retrieved_studies_open_from_the_store_with_the_pacs_stopped(workspace,
                                                                    tmp_path: Path) -> None:
    server = orthanc_mod.start(tmp_path / "orthanc")
    doe = _patient(workspace)
    key = PatientKey("MRN-1", ISSUER)
    uids = []
    try:
        for n in range(len(PROTOCOLS)):
            uid, files = ct_study("MRN-1", slices=3, description=f"CT {n}")
            server.upload(files)
            uids.append(uid)
        seen: list[tuple[int, int]] = []
        for protocol, uid in zip(PROTOCOLS, uids, strict=True):
            client = _client(server, protocol)
            [study] = [s for s in client.studies(key) if s.uid == uid]
            got = retrieve.retrieve(workspace, client, study, key, doe.id, SYSTEM,
                                    progress=lambda done, total: seen.append((done, total)))
            assert got == retrieve.Retrieved(3, 0), protocol
        again = retrieve.retrieve(workspace, _client(server, "dicomweb"), study, key, doe.id,
                                  SYSTEM)
        assert again == retrieve.Retrieved(0, 3)
        assert _files(workspace) == 9  # each image sealed once: none sealed again
        assert seen[:3] == [(1, 3), (2, 3), (3, 3)]
    finally:
        server.stop()
    for uid in uids:
        with workspace.begin() as conn:
            [series] = library.load_study(conn, workspace.blobs, uid, SYSTEM)
        view = SeriesView(series)
        assert len(view) == 3
        assert view.frame(2, view.default_window(2)).shape == (128, 128)
    with workspace.read() as conn:
        actions = conn.execute(sa.select(audit.c.action)).scalars().all()
        sources = conn.execute(sa.select(image_instance.c.source)).scalars().all()
    assert actions.count("images.retrieve") == 3
    assert sources == ["pacs"] * 9  # may be dropped by a cache limit: fetched again later


def _files(workspace) -> int:
    """How many sealed files the workspace's blob folder holds."""
    return sum(p.is_file() for p in (workspace.path / "blobs").rglob("*"))


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_cancelled_retrieve_keeps_nothing(pacs, workspace, protocol) -> None:
    uid, files = ct_study("MRN-1", slices=4)
    pacs.upload(files)
    doe = _patient(workspace)
    key = PatientKey("MRN-1", ISSUER)
    client = _client(pacs, protocol)
    [study] = client.studies(key)
    stop = threading.Event()

    def cancel_at_two(done: int, _total: int) -> None:
        if done == 2:
            stop.set()

    with pytest.raises(retrieve.Cancelled):
        retrieve.retrieve(workspace, client, study, key, doe.id, SYSTEM,
                          progress=cancel_at_two, cancel=stop)
    assert _kept(workspace) == (0, 0)
    assert _files(workspace) == 0
    # the PACS is still usable afterwards: the next retrieve keeps the whole study
    assert retrieve.retrieve(workspace, client, study, key, doe.id, SYSTEM).images == 4


def test_a_study_of_another_patient_s_identifier_is_not_kept(pacs, workspace) -> None:
    uid, files = ct_study("MRN-2", slices=2)
    pacs.upload(files)
    doe = _patient(workspace)
    client = _client(pacs, "dicomweb")
    [study] = client.studies(PatientKey("MRN-2", ISSUER))
    with pytest.raises(DeskError, match="another patient"):
        retrieve.retrieve(workspace, client, study, PatientKey("MRN-1", ISSUER), doe.id,
                          SYSTEM)
    assert _kept(workspace) == (0, 0)


def test_the_settings_reach_the_pacs_with_the_password_from_the_key_store(pacs) -> None:
    uid, files = ct_study("MRN-1", slices=1)
    pacs.upload(files)
    config = settings_mod.load(overrides=[f"pacs.dicomweb_url={pacs.dicomweb_url}",
                                          f"pacs.username={orthanc_mod.USER}"])
    with pytest.raises(DeskError, match="no password"):
        connect.client_from_settings(config)
    connect.store_password(config, orthanc_mod.PASSWORD)
    client = connect.client_from_settings(config)
    config.pacs.issuer = "urn:oid:1.2.3.4"  # another clinic's numbers
    assert client.studies(connect.patient_key("MRN-1", config)) == []
    config.pacs.issuer = ISSUER
    assert [s.uid for s in client.studies(connect.patient_key("MRN-1", config))] == [uid]
    dimse = connect.client_from_settings(settings_mod.load(overrides=[
        "pacs.protocol=c-get", "pacs.host=127.0.0.1", f"pacs.port={pacs.dicom_port}",
        f"pacs.ae_title={orthanc_mod.AE_TITLE}"]))
    assert [s.uid for s in dimse.studies(PatientKey("MRN-1", ISSUER))] == [uid]


def test_a_wrong_password_or_ae_title_says_what_to_check(pacs) -> None:
    wrong = DicomWebClient(pacs.dicomweb_url, auth=httpx.BasicAuth(orthanc_mod.USER, "wrong"))
    with pytest.raises(DeskError, match="refused desk's sign-in") as err:
        wrong.studies(PatientKey("MRN-1"))
    assert err.value.kind == "auth"
    stranger = DimseClient("127.0.0.1", pacs.dicom_port, called=orthanc_mod.AE_TITLE,
                           calling="STRANGER")
    with pytest.raises(DeskError, match="AE titles") as err:
        stranger.studies(PatientKey("MRN-1"))
    assert err.value.kind == "network"


def test_an_ae_title_too_long_is_refused_in_the_settings() -> None:
    with pytest.raises(DeskError, match="pacs.own_ae_title .*AE title"):
        settings_mod.load(overrides=["pacs.own_ae_title=A_VERY_LONG_AE_TITLE"])


def _garbled_pacs(body: bytes, content_type: str) -> DicomWebClient:
    """A fake PACS answering every request with ``body`` (Orthanc never garbles)."""
    transport = httpx.MockTransport(
        lambda _request: httpx.Response(200, content=body,
                                        headers={"Content-Type": content_type}))
    return DicomWebClient("http://127.0.0.1:1/dicom-web", transport=transport)


@pytest.mark.parametrize("body", [b"<html>proxy error</html>", b'{"not": "a list"}',
                                  b'[{"0020000D": {"vr": "UI", "Value": ["not a uid"]},'
                                  b' "00100020": {"vr": "LO", "Value": ["MRN-1"]}}]',
                                  b'[{"00100020": {"vr": "LO", "Value": ["MRN-1"]}}]'])
def test_a_garbled_qido_answer_gives_a_clear_error(body: bytes) -> None:
    with pytest.raises(DeskError, match="answer desk cannot read") as err:
        _garbled_pacs(body, "application/dicom+json").studies(PatientKey("MRN-1"))
    assert err.value.kind == "server"


@pytest.mark.parametrize(("body", "content_type"), [
    (b"--b\r\nContent-Type: application/dicom\r\n\r\nDICM", 'multipart/related; boundary=b'),
    (b"--b\r\nContent-Type: text/html\r\n\r\n<p>\r\n--b--", 'multipart/related; boundary=b'),
    (b"DICM", "application/dicom")])
def test_a_garbled_retrieve_keeps_nothing(workspace, body: bytes, content_type: str) -> None:
    doe = _patient(workspace)
    study = Study("1.2.3", "", "", (), "", 1, 1)
    with pytest.raises(DeskError, match="answer desk cannot read"):
        retrieve.retrieve(workspace, _garbled_pacs(body, content_type), study,
                          PatientKey("MRN-1"), doe.id, SYSTEM)
    assert _kept(workspace) == (0, 0)


def test_metadata_and_one_frame_come_without_the_whole_study(pacs) -> None:
    uid, files = ct_study("MRN-1", slices=2)
    pacs.upload(files)
    client = _client(pacs, "dicomweb")
    metadata = client.metadata(uid)
    assert sorted(int(ds.InstanceNumber) for ds in metadata) == [1, 2]
    assert all("PixelData" not in ds or not ds.PixelData for ds in metadata)
    first = client.instances(uid)[0]
    pixels = client.frame(uid, first.series_uid, first.uid)
    assert pixels == dcmread(io.BytesIO(files[0])).PixelData


@pytest.mark.parametrize("protocol", ["dicomweb", "c-get"])
def test_a_disc_s_study_is_sent_and_found_under_the_clinic_s_number(pacs, workspace, tmp_path,
                                                                   protocol) -> None:
    from tests.viewer.discs import archibald_disc

    doe = _patient(workspace, mrn="MRN-7")
    found = library.scan(archibald_disc(tmp_path / "disc"))
    with workspace.begin() as conn:
        library.store(conn, workspace.blobs, doe.id, found, SYSTEM)
    [ct] = {i.meta["study_uid"] for i in found.images if i.meta["modality"] == "CT"}
    count = sum(1 for i in found.images if i.meta["study_uid"] == ct)
    disc_id = next(i.owner.patient_id for i in found.images if i.meta["study_uid"] == ct)
    client = _client(pacs, protocol)
    seen: list[tuple[int, int]] = []
    key = PatientKey("MRN-7", ISSUER)
    assert send.send_study(workspace, client, ct, key, SYSTEM,
                           progress=lambda done, total: seen.append((done, total))) == count
    assert seen[-1] == (count, count)
    assert [s.uid for s in client.studies(key)] == [ct]
    sent = [dcmread(io.BytesIO(data)) for data in _client(pacs, "dicomweb").retrieve(ct)]
    assert {ds.PatientID for ds in sent} == {"MRN-7"}
    assert {ds.OtherPatientIDsSequence[0].PatientID for ds in sent} == {disc_id}
    with workspace.read() as conn:
        assert "images.send" in conn.execute(sa.select(audit.c.action)).scalars().all()


def test_a_stopped_send_says_how_far_it_got(pacs, workspace) -> None:
    uid, files = ct_study("MRN-1", slices=2)
    pacs.upload(files)
    doe = _patient(workspace)
    key = PatientKey("MRN-1", ISSUER)
    client = _client(pacs, "dicomweb")
    retrieve.retrieve(workspace, client, client.studies(key)[0], key, doe.id, SYSTEM)
    pacs.empty()
    stop = threading.Event()
    stop.set()
    with pytest.raises(send.SendStopped, match="0 of 2 images"):
        send.send_study(workspace, client, uid, key, SYSTEM, cancel=stop)
    assert client.studies(key) == []


def test_a_study_too_large_to_hold_is_refused_and_nothing_kept(pacs, workspace,
                                                               monkeypatch) -> None:
    uid, files = ct_study("MRN-1", slices=3)
    pacs.upload(files)
    monkeypatch.setattr(retrieve, "MAX_BYTES", 2 * len(files[0]))  # as if 2 GB were this
    doe = _patient(workspace)
    key = PatientKey("MRN-1", ISSUER)
    client = _client(pacs, "c-get")
    with pytest.raises(DeskError, match="too large"):
        retrieve.retrieve(workspace, client, client.studies(key)[0], key, doe.id, SYSTEM)
    assert _kept(workspace) == (0, 0)
    assert _files(workspace) == 0  # what was sealed as it arrived is removed


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_log_of_a_query_and_retrieve_holds_no_patient_data(pacs, workspace, configured,
                                                               protocol) -> None:
    uid, files = ct_study("MRN-31337", family="Canaryname", slices=2)
    pacs.upload(files)
    doe = _patient(workspace, mrn="MRN-31337")
    key = PatientKey("MRN-31337", "urn:oid:9.31337")  # the PACS has no study under it
    client = _client(pacs, protocol)
    assert client.studies(key) == []
    [study] = client.studies(PatientKey("MRN-31337", ISSUER))
    with pytest.raises(DeskError, match="another patient"):
        retrieve.retrieve(workspace, client, study, key, doe.id, SYSTEM)
    logged = configured.read_text()  # desk's log, set up as the app does
    assert "another study or patient" in logged
    assert "31337" not in logged and "Canaryname" not in logged


def test_tls_is_checked_against_the_clinic_s_ca(tls_server) -> None:
    # an HTTPS stand-in (Orthanc 1.10's HTTPS server crashes on the first request here);
    # it answers every GET with a FHIR resource, which QIDO-RS then finds garbled
    url, ca = tls_server
    with pytest.raises(DeskError, match="does not trust") as err:
        DicomWebClient(url).studies(PatientKey("MRN-1"))
    assert err.value.kind == "network"
    with pytest.raises(DeskError, match="answer desk cannot read"):
        DicomWebClient(url, ca_bundle=str(ca)).studies(PatientKey("MRN-1"))
    config = settings_mod.load(overrides=[f"pacs.dicomweb_url={url}",
                                          f"server.ca_bundle={ca}"])
    with pytest.raises(DeskError, match="answer desk cannot read"):
        connect.client_from_settings(config).studies(PatientKey("MRN-1"))


def test_a_study_sent_short_of_its_listed_images_keeps_nothing(pacs, workspace) -> None:
    from dataclasses import replace

    uid, files = ct_study("MRN-1", slices=2)
    pacs.upload(files)
    doe = _patient(workspace)
    key = PatientKey("MRN-1", ISSUER)
    client = _client(pacs, "dicomweb")
    [study] = client.studies(key)
    listed_more = replace(study, instance_count=3)  # one deleted at the PACS since the query
    with pytest.raises(DeskError, match="did not send every image"):
        retrieve.retrieve(workspace, client, listed_more, key, doe.id, SYSTEM)
    assert _kept(workspace) == (0, 0)
    assert _files(workspace) == 0


def test_dimse_over_tls_trusts_the_clinic_s_ca_only(workspace, tmp_path: Path,
                                                    tls_server) -> None:
    certs = tls_server[1].parent  # a clinic CA, and a certificate it signed for 127.0.0.1
    server = orthanc_mod.start(tmp_path / "orthanc", dicom_tls=certs)
    try:
        uid, files = ct_study("MRN-1", slices=2)
        server.upload(files)
        settings = ["pacs.protocol=c-get", "pacs.host=127.0.0.1",
                    f"pacs.port={server.dicom_port}", f"pacs.ae_title={orthanc_mod.AE_TITLE}",
                    "pacs.dimse_tls=true"]
        untrusting = connect.client_from_settings(settings_mod.load(overrides=settings))
        with pytest.raises(DeskError, match="TLS"):
            untrusting.studies(PatientKey("MRN-1", ISSUER))
        client = connect.client_from_settings(settings_mod.load(
            overrides=[*settings, f"server.ca_bundle={certs / 'ca.pem'}"]))
        [study] = client.studies(PatientKey("MRN-1", ISSUER))
        doe = _patient(workspace)
        got = retrieve.retrieve(workspace, client, study, PatientKey("MRN-1", ISSUER), doe.id,
                                SYSTEM)
        assert got.images == 2
    finally:
        server.stop()


@pytest.mark.parametrize("protocol", ["c-get", "c-move"])
def test_dimse_brings_images_as_the_pacs_keeps_them(pacs, protocol) -> None:
    # a lossy JPEG stays one: not decompressed (four times the bytes) by the PACS for desk
    from pydicom.data import get_testdata_file

    jpeg = Path(get_testdata_file("SC_rgb_jpeg_dcmtk.dcm")).read_bytes()
    pacs.upload([jpeg])
    study_uid = str(dcmread(io.BytesIO(jpeg)).StudyInstanceUID)
    [got] = list(_client(pacs, protocol).retrieve(study_uid))
    assert dcmread(io.BytesIO(got)).file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.4.50"


@pytest.mark.parametrize("protocol", ["c-get", "c-move"])
def test_a_retrieved_file_is_the_image_the_pacs_holds_with_its_file_meta(pacs, protocol) -> None:
    uid, files = ct_study("MRN-1", slices=2)
    pacs.upload(files)
    got = sorted(_client(pacs, protocol).retrieve(uid),
                 key=lambda data: dcmread(io.BytesIO(data)).InstanceNumber)
    for sent, kept in zip(files, got, strict=True):
        ds, original = dcmread(io.BytesIO(kept)), dcmread(io.BytesIO(sent))
        del original[0xFFFCFFFC]  # CT_small's trailing padding, which the PACS drops
        assert ds == original  # every element of the data set, pixels included
        assert (ds.file_meta.MediaStorageSOPClassUID, ds.file_meta.MediaStorageSOPInstanceUID,
                ds.file_meta.TransferSyntaxUID) == (original.SOPClassUID,
                                                    original.SOPInstanceUID,
                                                    original.file_meta.TransferSyntaxUID)


@pytest.mark.parametrize("instance", ["1.2.3.4", "1.2.3.45", "1.2.826.0.1.3680043.8.498." + "7" * 37])
def test_the_file_meta_desk_writes_is_pynetdicom_s_byte_for_byte(instance: str) -> None:
    from pydicom.uid import UID
    from pynetdicom.dsutils import create_file_meta, encode_file_meta

    from desk.viewer.pacs.dimse import file_meta

    for syntax in ("1.2.840.10008.1.2", "1.2.840.10008.1.2.4.90"):
        theirs = encode_file_meta(create_file_meta(
            sop_class_uid=UID("1.2.840.10008.5.1.4.1.1.2"), sop_instance_uid=UID(instance),
            transfer_syntax=UID(syntax)))
        assert file_meta("1.2.840.10008.5.1.4.1.1.2", instance, syntax) == theirs


def test_a_move_port_in_use_says_so(pacs) -> None:
    import socket

    uid, files = ct_study("MRN-1", slices=1)
    pacs.upload(files)
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # after earlier moves
        taken.bind(("", pacs.desk_port))
        taken.listen()
        with pytest.raises(DeskError, match="pacs.move_port"):
            list(_client(pacs, "c-move").retrieve(uid))
