"""desk doctor's facts for IT (versions, paths, log, PACS, the server CA's expiry, sync) and
its support bundle, which holds no patient data: checked against a workspace of canary
patients whose session also tried to log them."""

from __future__ import annotations

import logging
import stat
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desk import logs
from desk.cli import main
from desk.frontdesk import patients
from desk.storage import Workspace
from desk.storage.clock import now
from tests.support.canary import needles
from tests.support.scripted_session import ANSWER_CANARY, CANARIES, _provoke_errors
from tests.support.seeded import seed

PLANTED = [*CANARIES.values(), ANSWER_CANARY]


@pytest.fixture(autouse=True)
def offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def _ca(path: Path, days_left: int) -> Path:
    """A self-signed CA certificate ending ``days_left`` days from now (desk's clock)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Clinic Test CA")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now() - timedelta(days=400))
            .not_valid_after(now() + timedelta(days=days_left, hours=1))
            .sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_doctor_tells_versions_paths_the_log_pacs_and_sync(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    seed(ws, 2)
    assert main(["--workspace", str(ws), "doctor"]) == 0
    out = capsys.readouterr().out
    lines = dict(line.split(None, 1) for line in out.splitlines()
                 if line and not line.startswith(("machine", "user", "Qt", "free", "key", "audit")))
    assert lines["versions"].startswith("desk 0.1.0, Python 3.")
    for part in ("Qt (PySide6) 6.", "SQLCipher 4.", "pydicom "):
        assert part in lines["versions"], part
    assert lines["workspace"] == str(ws)
    assert lines["log"].startswith(f"{logs.log_dir() / 'desk.log'} (rotates at 2 MB")
    assert lines["PACS"] == "not configured"
    assert lines["sync"].startswith("last success never; 2 records waiting")
    assert "no recovery passphrase" in lines["recovery"]
    assert not [n for n in needles(PLANTED) if n.decode("utf-8", "ignore") in out]


@pytest.mark.parametrize(("days", "status", "says"), [
    (400, 0, "ok    1 certificate; the first to expire, CN=Clinic Test CA"),
    (10, 0, "renew it within 10 days"),
    (-3, 1, "FAIL  CN=Clinic Test CA expired on"),
])
def test_doctor_tells_when_the_server_ca_expires(tmp_path: Path, capsys, monkeypatch,
                                                 days: int, status: int, says: str) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    monkeypatch.setenv("DESK_SERVER_CA_BUNDLE", str(_ca(tmp_path / "ca.pem", days)))
    assert main(["--workspace", str(ws), "doctor"]) == status
    assert says in capsys.readouterr().out


def test_an_unreadable_ca_bundle_fails(tmp_path: Path, capsys, monkeypatch) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    (tmp_path / "ca.pem").write_text("not a certificate")
    monkeypatch.setenv("DESK_SERVER_CA_BUNDLE", str(tmp_path / "ca.pem"))
    assert main(["--workspace", str(ws), "doctor"]) == 1
    assert "cannot be read as PEM certificates" in capsys.readouterr().out


@pytest.fixture
def logged_session(tmp_path: Path):
    """A canary workspace whose making was logged to desk.log as the app logs, errors
    quoting the canaries included; the process's logging is put back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    logs.configure("DEBUG")
    try:
        ws = tmp_path / "ws"
        seed(ws, 3)
        with Workspace.open(ws) as opened:
            with opened.read() as conn:
                first = patients.all_patients(conn)[0]
            _provoke_errors(opened, first, logging.getLogger("desk.session"))
        logging.getLogger("some.library").warning("bad value %s", CANARIES["family"])
        for handler in root.handlers:
            handler.flush()
        yield ws
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:], root.level = handlers, level


def test_the_support_bundle_holds_settings_logs_and_counts_but_no_patient_data(
        logged_session: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DESK_KIOSK_PIN_HASH", "scrypt$16384$8$1$00$11")
    out = tmp_path / "support.zip"
    main(["--workspace", str(logged_session), "doctor", "--bundle", str(out)])
    assert "support bundle written" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    assert {"doctor.txt", "versions.json", "settings.txt", "database-rows.txt",
            "logs/desk.log"} <= set(members)
    assert b"kiosk.pin_hash = (set, hidden)" in members["settings.txt"]
    assert b"scrypt$16384" not in members["settings.txt"]
    assert b"\npatient  3\n" in members["database-rows.txt"]
    assert b"integrity ok" in members["doctor.txt"]
    log = members["logs/desk.log"]
    assert b"duplicate MRN refused" in log and b"<message withheld>" in log
    for name, data in members.items():
        assert not [n for n in needles(PLANTED) if n in data], name


def test_the_bundle_does_not_overwrite_a_file(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    (tmp_path / "kept.zip").write_text("mine")
    assert main(["--workspace", str(ws), "doctor", "--bundle", str(tmp_path / "kept.zip")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "kept.zip").read_text() == "mine"


def test_the_bundle_is_its_owners_alone(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    main(["--workspace", str(ws), "doctor", "--bundle", str(tmp_path / "b.zip")])
    assert stat.S_IMODE((tmp_path / "b.zip").stat().st_mode) == 0o600


def test_doctor_shows_the_pacs_settings_that_are_set(tmp_path: Path, capsys,
                                                     monkeypatch) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    monkeypatch.setenv("DESK_PACS_PROTOCOL", "c-get")
    monkeypatch.setenv("DESK_PACS_HOST", "pacs.clinic.example")
    main(["--workspace", str(ws), "doctor"])
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("PACS"))
    assert line.split(None, 1)[1] == 'pacs.protocol = "c-get"; pacs.host = "pacs.clinic.example"'
