"""The preload that lets the clock tests run under libfaketime (scripts/test.sh) keeps a
threaded Python alive while the environment changes, and the clock faked."""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def libfaketime() -> str:
    listing = subprocess.run(["dpkg", "-L", "libfaketime"], capture_output=True, text=True,
                             check=True).stdout.split()
    return next(path for path in listing if path.endswith("/libfaketimeMT.so.1"))


def test_threads_survive_environment_changes_at_a_faked_moment(tmp_path):
    shim = tmp_path / "faketime_shim.so"
    subprocess.run([shutil.which("gcc") or "gcc", "-shared", "-fPIC", "-O2", "-o", str(shim),
                    str(HERE / "faketime_shim.c"), "-ldl"], check=True)
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Paris", "FAKETIME": "@2027-03-28 01:58:00",
           "FAKETIME_DONT_FAKE_MONOTONIC": "1", "LD_PRELOAD": f"{shim}:{libfaketime()}"}
    run = subprocess.run([sys.executable, str(HERE / "environment_race.py"), "3"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    year, rounds = run.stdout.split()
    assert year == "2027"
    assert int(rounds) > 100
