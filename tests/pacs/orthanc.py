"""The test PACS: a real Orthanc (Debian ``orthanc``, ``orthanc-dicomweb``, ``orthanc-gdcm``).

``orthanc`` (session) writes a configuration into the session's temporary folder (its own
storage, free ports, no remote access, a test user, the DICOMweb plugin, and desk's storage
SCP as the modality ``DESK``), starts ``Orthanc config.json`` and stops it at the end.
Orthanc has no bind-address setting, so it listens on every interface: the clients are
pointed at 127.0.0.1 only, and ``RemoteAccessAllowed`` keeps its REST API to this machine.
``pacs`` (per test) is the session's Orthanc emptied. :func:`start` runs one more for a test
that stops its PACS (shutdown takes Orthanc 4 to 5 seconds).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

PLUGINS = Path("/usr/share/orthanc/plugins")
USER = "desk-test"
PASSWORD = "orthanc-test-password"
AE_TITLE = "TESTPACS"
DESK_AE_TITLE = "DESK"


@dataclass
class Orthanc:
    """One running Orthanc and how to reach it from this machine."""

    process: subprocess.Popen[bytes]
    http_port: int
    dicom_port: int
    desk_port: int  # where Orthanc sends a C-MOVE for the modality DESK
    folder: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def dicomweb_url(self) -> str:
        return f"{self.url}/dicom-web"

    def rest(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, auth=(USER, PASSWORD), timeout=30)

    def upload(self, files: list[bytes]) -> None:
        """Store DICOM files through Orthanc's REST API."""
        with self.rest() as client:
            for data in files:
                client.post("/instances", content=data,
                            headers={"Content-Type": "application/dicom"}).raise_for_status()

    def empty(self) -> None:
        with self.rest() as client:
            for patient in client.get("/patients").json():
                client.delete(f"/patients/{patient}").raise_for_status()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(folder: Path, *, dicom_tls: Path | None = None) -> Orthanc:
    """A new Orthanc with its storage under ``folder``, running once it answers. With
    ``dicom_tls`` (a folder of ``cert.pem``, ``key.pem`` and ``ca.pem``) its DICOM port
    speaks TLS only. (Its HTTPS server crashes on the first request: not used.)"""
    http_port, dicom_port, desk_port = free_port(), free_port(), free_port()
    folder.mkdir(parents=True, exist_ok=True)
    config = {
        "Name": "desk-test-pacs",
        "StorageDirectory": str(folder / "storage"),
        "IndexDirectory": str(folder / "storage"),
        "HttpPort": http_port,
        "DicomPort": dicom_port,
        "DicomAet": AE_TITLE,
        "RemoteAccessAllowed": False,
        "AuthenticationEnabled": True,
        "RegisteredUsers": {USER: PASSWORD},
        "Plugins": [str(PLUGINS / "libOrthancDicomWeb.so"), str(PLUGINS / "libOrthancGdcm.so")],
        "DicomWeb": {"Enable": True, "Root": "/dicom-web/"},
        "DicomModalities": {"desk": [DESK_AE_TITLE, "127.0.0.1", desk_port]},
        "DicomAlwaysAllowEcho": False,
        "HttpDescribeErrors": False,
    }
    if dicom_tls is not None:
        config |= {"DicomTlsEnabled": True,
                   "DicomTlsCertificate": str(dicom_tls / "cert.pem"),
                   "DicomTlsPrivateKey": str(dicom_tls / "key.pem"),
                   "DicomTlsTrustedCertificates": str(dicom_tls / "ca.pem"),
                   "DicomTlsRemoteCertificateRequired": False}
    path = folder / "config.json"
    path.write_text(json.dumps(config, indent=2))
    log = (folder / "orthanc.log").open("wb")
    process = subprocess.Popen([shutil.which("Orthanc") or "Orthanc", str(path)],
                               stdout=log, stderr=subprocess.STDOUT, cwd=folder,
                               # DCMTK, under Orthanc's DICOM server, turns Nagle off
                               # only when asked: else each C-FIND on an open association
                               # takes 45 ms rather than 3 (a clinic's PACS is set up by IT)
                               env=os.environ | {"TCP_NODELAY": "1"})
    server = Orthanc(process, http_port, dicom_port, desk_port, folder)
    _wait(server)
    return server


def _wait(server: Orthanc) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"Orthanc exited; see {server.folder / 'orthanc.log'}")
        try:
            with server.rest() as client:
                if client.get("/system").status_code == 200:
                    return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    server.stop()
    raise RuntimeError("Orthanc did not answer within 30 s")


@pytest.fixture(scope="session")
def orthanc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Orthanc]:
    """The session's running Orthanc."""
    if shutil.which("Orthanc") is None:
        pytest.fail("Orthanc is not installed: run scripts/setup.sh (TEST_PACKAGES)")
    server = start(tmp_path_factory.mktemp("orthanc"))
    yield server
    server.stop()


@pytest.fixture
def pacs(orthanc: Orthanc) -> Orthanc:
    """The session's Orthanc, emptied."""
    orthanc.empty()
    return orthanc
