"""No patient data anywhere on disk outside the encrypted store (DESIGN.md, Storage)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.canary import machine, needles, scan
from tests.support.scripted_session import ANSWER_CANARY, CANARIES

PLANTED = [*CANARIES.values(), ANSWER_CANARY]

ROOT = Path(__file__).resolve().parents[1]


def test_a_full_session_leaves_no_canary_on_disk(tmp_path: Path) -> None:
    root = tmp_path / "machine"
    env = machine(root)
    done = subprocess.run([sys.executable, "-m", "tests.support.scripted_session",
                           str(root / "workspace")], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "session done" in done.stdout
    files = [f for f in root.rglob("*") if f.is_file()]
    log_files = [f for f in files if f.name.startswith("desk.log")]
    assert log_files and log_files[0].stat().st_size > 0, "the session should have logged"
    assert any(f.name == "desk.db" for f in files)
    assert scan(root, PLANTED)[2] == []
    logged = log_files[0].read_text()
    assert "duplicate MRN refused for patient" in logged and "<message withheld>" in logged
    for stream in (done.stdout, done.stderr):
        assert not any(n.decode("utf-8", "ignore") in stream for n in needles(PLANTED))
