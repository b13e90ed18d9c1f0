"""Every benchmark runs at its smoke size and prints desk's figures beside its peer's.

Not a timed test: a smoke run's figures mean nothing. It only keeps a benchmark from breaking
unnoticed (``python -m bench.<name> --smoke``).
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Measures with no peer: checks that print their own figures.
CHECKS = ["canary", "crash", "faults", "load", "reliability"]  # reliability: the page of them all
#: Smoke-run elsewhere: bench.package measures a built .deb, so packaging/test-deb.sh runs it
#: on the package it has just built (a build takes minutes).
ELSEWHERE = {"package": "packaging/test-deb.sh"}
BENCHES = sorted(p.stem for p in (ROOT / "bench").glob("*.py")
                 if p.stem not in ("__init__", "report", "febrl", *CHECKS, *ELSEWHERE))


def test_the_list_is_every_benchmark() -> None:
    assert BENCHES == ["dedupe", "forms", "imaging", "intake", "search", "startup", "sync",
                       "viewer"]


def test_the_package_benchmark_smoke_runs_on_the_deb_test_deb_builds() -> None:
    script = (ROOT / ELSEWHERE["package"]).read_text(encoding="utf-8")
    assert re.search(r'-m bench\.package --smoke --json --deb "[^"]*\$deb"', script), script
    assert (ROOT / "bench" / "package.py").is_file()


@pytest.mark.server
def test_the_canary_scan_of_a_whole_session_finds_nothing() -> None:
    run = subprocess.run([sys.executable, "-m", "bench.canary", "--smoke", "--json"], cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                         text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["hits"] == 0 and figures["files"] > 5 and figures["bytes"] > 100_000


@pytest.mark.server
def test_twenty_kills_lose_double_and_corrupt_nothing() -> None:
    run = subprocess.run([sys.executable, "-m", "bench.crash", "--trials", "20", "--json"],
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["trials"] == 20 and figures["reported"] > 40
    assert (figures["lost"], figures["duplicated"], figures["corrupt"]) == (0, 0, 0)


NEEDS = {"sync": pytest.mark.server, "imaging": pytest.mark.pacs, "viewer": pytest.mark.pacs}


@pytest.mark.parametrize("name", [pytest.param(n, marks=NEEDS[n]) if n in NEEDS else n
                                  for n in BENCHES])
def test_the_benchmark_runs_and_prints_both_sides(name: str, tmp_path: Path) -> None:
    command = [sys.executable, "-m", f"bench.{name}", "--smoke", "--json"]
    if name == "search":
        command += ["--cache", str(tmp_path)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    peers = [k for k in figures if k.startswith("peer_")]
    ratios = [k for k in figures if k.startswith("ratio")]
    own = [k for k in figures if k not in peers and k not in ratios]
    assert peers and ratios and own, figures
    assert all(isinstance(v, int | float) and math.isfinite(v) for v in figures.values())
    assert all(figures[k] > 0 for k in ratios), figures


@pytest.mark.server
def test_through_server_faults_every_record_arrives_once() -> None:
    run = subprocess.run([sys.executable, "-m", "bench.faults", "--smoke", "--json"],
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert (figures["lost"], figures["duplicated"]) == (0, 0), figures


@pytest.mark.server
def test_three_desks_and_two_kiosks_at_once_converge_and_lose_nothing_unseen() -> None:
    run = subprocess.run([sys.executable, "-m", "bench.load", "--smoke", "--json"],
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["edits"] > 50 and figures["conflicts_shown"] > 0, figures
    assert (figures["diverged"], figures["lost_unseen"], figures["duplicated"],
            figures["waiting"]) == (0, 0, 0, 0), figures
    assert figures["filed"] == figures["forms_completed"] > 0, figures


def test_every_fuzz_target_runs_its_bounded_smoke_without_a_finding() -> None:
    # a fixed seed over the corpus and the inputs that once found a defect, so a fixed
    # tree passes every time; a finding (crash, hang, memory) fails it with the traceback
    pytest.importorskip("atheris")  # the test extra has it wherever it has wheels
    from bench.fuzz import TARGETS
    from bench.fuzz.__main__ import SMOKE_RUNS

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "bench.fuzz", "--smoke"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-4000:]
    reports = [json.loads(line.removeprefix("fuzz ")) for line in run.stdout.splitlines()
               if line.startswith("fuzz ")]
    assert [r["target"] for r in reports] == list(TARGETS)
    assert all(r["ok"] and r["executions"] == SMOKE_RUNS for r in reports), reports
