"""PHI on disk: a scripted front-desk session with canary patient data, then every byte
desk could have written searched for it.

The session (``tests/support/scripted_session.py``) runs in processes of its own, on a
machine of its own (HOME, TMPDIR and the XDG folders under one temporary folder): it
registers a patient whose every field is a canary, books, sends forms to the kiosk and
fills them in (a canary answer, a signed consent), makes their PDFs, searches, prints the
label and wristband, imports a disc of the patient's images and decodes one, syncs with
the FHIR test server, shows the board, and provokes errors whose raw messages would quote
the data. Then a second process edits the patient until it is killed (SIGKILL), a third
opens the workspace again and checks it, and IT makes a support bundle (``desk doctor
--bundle``), unpacked beside it. Every file under that machine folder is then searched, as
text, UTF-16 and base64. Goal: no hit.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from bench.report import emit, parser
from tests.fhirserver.fixture import FhirTestServer, ensure_installed
from tests.support.canary import machine as machine_env
from tests.support.canary import scan
from tests.support.scripted_session import ANSWER_CANARY, CANARIES

ROOT = Path(__file__).resolve().parents[1]
SESSION = [sys.executable, "-m", "tests.support.scripted_session"]


def _run(args: list[str], env: dict[str, str], says: str) -> None:
    done = subprocess.run([*SESSION, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    if done.returncode != 0 or says not in done.stdout:
        sys.exit(f"bench.canary: {' '.join(args[:1])} failed:\n{done.stderr[-2000:]}")


def _crash(workspace: Path, env: dict[str, str], rng: random.Random) -> int:
    """Edit the patient in a process killed after a few saves; the saves it reported."""
    child = subprocess.Popen([*SESSION, "--crash", str(workspace)], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    wanted, saved = rng.randint(3, 40), 0
    for line in child.stdout:
        saved += line.startswith("saved")
        if saved >= wanted:
            time.sleep(rng.random() / 50)  # somewhere inside the next transaction
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    return saved


def _bundle(machine: Path, workspace: Path, env: dict[str, str]) -> None:
    """IT's support bundle of the workspace, unpacked under ``machine`` to be scanned."""
    bundle = machine / "support.zip"
    subprocess.run([sys.executable, "-m", "desk", "--workspace", str(workspace), "doctor",
                    "--bundle", str(bundle)], env=env, cwd=ROOT, capture_output=True,
                   timeout=300)  # doctor's own verdict does not matter here, its file does
    if not bundle.is_file():
        sys.exit("bench.canary: desk doctor --bundle wrote no bundle")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(machine / "support-bundle")


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=7,
                   help="where the kill falls (the whole session runs at any size: --smoke "
                        "is the same run)")
    args = p.parse_args()
    ensure_installed()
    server = FhirTestServer().start()
    try:
        with tempfile.TemporaryDirectory(prefix="desk-canary-") as tmp:
            machine = Path(tmp) / "machine"
            env = machine_env(machine)
            workspace = machine / "workspace"
            t0 = time.perf_counter()
            _run([str(workspace), server.base_url], env, "session done")
            synced = len(server.search_all("Patient"))
            saves = _crash(workspace, env, random.Random(args.seed))
            _run(["--restart", str(workspace)], env, "restart done")
            _bundle(machine, workspace, env)
            files, size, hits = scan(machine, [*CANARIES.values(), ANSWER_CANARY])
            seconds = time.perf_counter() - t0
    finally:
        server.stop()
    rows = [("files scanned", files), ("MB scanned", round(size / 1e6, 1)),
            ("patients on the server after sync", synced), ("saves before the kill", saves),
            ("canary hits (goal 0)", len(hits))]
    figures = {"files": files, "bytes": size, "hits": len(hits), "seconds": seconds}
    emit("Canary scan of a scripted session (plain, UTF-16, base64)", rows, figures,
         as_json=args.json, header=("measure", "figure"))
    for where, needle in hits:
        print(f"  found {needle!r} in {where}")
    if hits or synced != 1:
        sys.exit(1)


if __name__ == "__main__":
    main()
