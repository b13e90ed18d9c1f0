"""A study from the PACS: desk's retrieve by DICOMweb, C-GET and C-MOVE against Orthanc's
own REST download of the same study, from one real Orthanc on 127.0.0.1.

Each desk figure is the whole retrieve as the chart will run it: the files fetched, each
checked (a readable image of this patient and study) and sealed in a fresh encrypted
workspace in one transaction. The bare transfer (the files only) is printed beside it.
The peer is Orthanc's REST API: the study's files one by one (``/instances/{id}/file``)
and as one ZIP (``/studies/{id}/archive``), asked for uncompressed: Orthanc gzips an answer
for a client that accepts it, as httpx does unless told, and the peer then spends most of
its time compressing and decompressing. Each slice is 512 x 512 pixels, as a clinic's CT
has (``--tiles 1``: pydicom's 128 x 128 CT_small). Runs alternate; medians are printed.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.report import emit, median, parser
from tests.pacs import orthanc as orthanc_mod
from tests.pacs.makers import ISSUER, ct_study

PASSPHRASE = "bench passphrase, not a secret"


def main() -> None:
    p = parser("retrieving a study from Orthanc: desk's DICOMweb and DIMSE against Orthanc REST")
    p.add_argument("--instances", type=int, default=30)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--tiles", type=int, default=4,
                   help="each slice made of N x N of CT_small's 128 x 128 pixels")
    args = p.parse_args()
    if args.smoke:
        args.instances, args.runs, args.tiles = 3, 1, 1
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        server = orthanc_mod.start(Path(tmp) / "orthanc")
        try:
            figures = measure(server, Path(tmp), args.instances, args.runs, args.tiles)
        finally:
            server.stop()
    rest = figures["peer_rest_files_ms"]
    rows = [(f"{name} (median ms)", figures[f"{key}_ms"], rest, figures[f"{key}_ms"] / rest)
            for name, key in (("DICOMweb retrieve, sealed", "dicomweb"),
                              ("C-GET retrieve, sealed", "cget"),
                              ("C-MOVE retrieve, sealed", "cmove"),
                              ("DICOMweb transfer only", "dicomweb_transfer"),
                              ("C-GET transfer only", "cget_transfer"),
                              ("C-MOVE transfer only", "cmove_transfer"))]
    rows.append(("peer: Orthanc REST study ZIP (median ms)", figures["peer_rest_zip_ms"], rest,
                 figures["peer_rest_zip_ms"] / rest))
    for key in ("dicomweb", "cget", "cmove"):
        figures[f"ratio_{key}"] = figures[f"{key}_ms"] / rest
    side = 128 * args.tiles
    emit(f"A {args.instances}-instance CT study ({side} x {side} slices) from Orthanc on "
         f"127.0.0.1, {args.runs} runs "
         "(peer: Orthanc REST, the study's files one by one)", rows, figures, as_json=args.json)


def measure(server: orthanc_mod.Orthanc, tmp: Path, instances: int, runs: int, tiles: int
            ) -> dict[str, float]:
    from desk.frontdesk import patients
    from desk.frontdesk.model import Patient
    from desk.storage import SYSTEM, Workspace
    from desk.viewer.pacs import retrieve
    from desk.viewer.pacs.dicomweb import DicomWebClient
    from desk.viewer.pacs.dimse import DimseClient
    from desk.viewer.pacs.studies import PatientKey

    uid, files = ct_study("MRN-BENCH", slices=instances, tiles=tiles)
    server.upload(files)
    key = PatientKey("MRN-BENCH", ISSUER)
    clients = {
        "dicomweb": DicomWebClient(server.dicomweb_url, auth=httpx.BasicAuth(
            orthanc_mod.USER, orthanc_mod.PASSWORD)),
        "cget": DimseClient("127.0.0.1", server.dicom_port, called=orthanc_mod.AE_TITLE),
        "cmove": DimseClient("127.0.0.1", server.dicom_port, called=orthanc_mod.AE_TITLE,
                             move_port=server.desk_port)}
    [study] = clients["dicomweb"].studies(key)
    rest = server.rest()
    rest.headers["Accept-Encoding"] = "identity"
    [orthanc_id] = [r["ID"] for r in rest.post("/tools/lookup", content=uid).json()]
    ids = [i["ID"] for i in rest.get(f"/studies/{orthanc_id}/instances").json()]
    times: dict[str, list[float]] = {}
    for run in range(runs):
        ws = Workspace.create(tmp / f"ws{run}", passphrase=PASSPHRASE)
        with ws.begin() as conn:
            doe = patients.register(conn, Patient(family="Bench", given="B", mrn="MRN-BENCH"),
                                    SYSTEM)
        steps: dict[str, Callable[[], object]] = {
            "peer_rest_files": lambda: [rest.get(f"/instances/{i}/file").content for i in ids],
            "peer_rest_zip": lambda: rest.get(f"/studies/{orthanc_id}/archive").content}
        for name, client in clients.items():
            steps[f"{name}_transfer"] = lambda c=client: list(c.retrieve(uid))
        for name, client in clients.items():  # each stores the study anew (_forget after it)
            steps[name] = lambda c=client, w=ws, p=doe.id: _retrieve(w, c, study, key, p,
                                                                     retrieve)
        for name, step in steps.items():
            start = time.perf_counter()
            step()
            times.setdefault(name, []).append((time.perf_counter() - start) * 1000)
            _forget(ws)
        ws.close()
    return {f"{name}_ms": median(values) for name, values in times.items()}


def _retrieve(ws, client, study, key, patient_id, retrieve) -> None:
    """One retrieve into the store, every image newly kept."""
    from desk.storage import SYSTEM

    got = retrieve.retrieve(ws, client, study, key, patient_id, SYSTEM)
    assert got.images == study.instance_count, got


def _forget(ws) -> None:
    """The images forgotten (untimed), so that the next retrieve stores them anew."""
    import sqlalchemy as sa

    from desk.storage.schema import image_instance

    with ws.begin() as conn:
        blob_ids = conn.execute(sa.select(image_instance.c.blob_id)).scalars().all()
        conn.execute(image_instance.delete())
        for blob_id in blob_ids:
            ws.blobs.delete(conn, blob_id)


if __name__ == "__main__":
    main()
