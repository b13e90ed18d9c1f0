"""The Medplum FHIR test server as pytest fixtures.

``tests/sync/conftest.py`` (or any conftest) imports the fixtures from here::

    from tests.fhirserver.fixture import fhir_server, fhir  # noqa: F401

``fhir_server`` (session) installs the npm packages when ``package-lock.json`` changed
(``npm ci``, remembered by a stamp in ``node_modules``), starts ``node server.mjs 0`` on
127.0.0.1, waits until ``/metadata`` answers and stops it at the end. ``fhir`` (function)
is the same server, emptied and with no faults armed.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

HERE = Path(__file__).resolve().parent
LOCK_FILE = HERE / "package-lock.json"
STAMP = HERE / "node_modules" / ".desk-lock-sha256"
MIN_NODE = 20


class ServerSetupError(RuntimeError):
    """The test server could not be installed or started."""


def node_major(node: str = "node") -> int:
    """The major version of ``node``; raises ServerSetupError with a clear message."""
    exe = shutil.which(node)
    if exe is None:
        raise ServerSetupError(
            f"Node.js {MIN_NODE} or newer is needed for the FHIR test server, "
            "but 'node' is not on PATH."
        )
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False).stdout
    match = re.match(r"v(\d+)\.", out.strip())
    if not match:
        raise ServerSetupError(f"Could not read the Node.js version from {out.strip()!r}.")
    major = int(match.group(1))
    if major < MIN_NODE:
        raise ServerSetupError(
            f"Node.js {MIN_NODE} or newer is needed for the FHIR test server; found {out.strip()}."
        )
    return major


def ensure_installed() -> None:
    """Run ``npm ci`` in tests/fhirserver unless the installed tree matches the lock file."""
    node_major()
    wanted = hashlib.sha256(LOCK_FILE.read_bytes()).hexdigest()
    with open(HERE / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel sessions install once
        if STAMP.exists() and STAMP.read_text().strip() == wanted:
            return
        npm = shutil.which("npm")
        if npm is None:
            raise ServerSetupError("npm is needed to install the FHIR test server.")
        done = subprocess.run(
            [npm, "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0:
            raise ServerSetupError(f"npm ci failed:\n{done.stdout}\n{done.stderr}")
        STAMP.write_text(wanted)


class FhirTestServer:
    """One running ``server.mjs``: its base URL and the test hooks."""

    def __init__(self, port: int = 0) -> None:
        self._wanted_port = port
        self.proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self._log: list[str] = []

    def start(self, timeout: float = 30.0) -> FhirTestServer:
        self.proc = subprocess.Popen(
            ["node", "server.mjs", str(self._wanted_port)], cwd=HERE,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        match = re.search(r"listening (http://127\.0\.0\.1:(\d+)/)", first)
        if not match:
            rest = self.proc.stdout.read() if self.proc.poll() is not None else ""
            self.stop()
            raise ServerSetupError(f"FHIR test server did not start: {first}{rest}")
        self.base_url = match.group(1)
        self._wanted_port = int(match.group(2))
        threading.Thread(target=self._drain, daemon=True).start()
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(self.base_url + "metadata", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise ServerSetupError("FHIR test server did not answer /metadata in time.")
            time.sleep(0.05)

    def _drain(self) -> None:
        proc = self.proc
        if proc is not None and proc.stdout is not None:
            for line in proc.stdout:
                self._log.append(line)

    @property
    def port(self) -> int:
        return self._wanted_port

    def stop(self) -> None:
        """Stop the server (its data is lost); ``start()`` brings it back on the same port."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def _hook(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        r = httpx.request(method, self.base_url + "$test/" + path, json=body, timeout=10)
        r.raise_for_status()
        return r.json()

    def reset(self) -> None:
        """Delete all data, faults, counters and configuration."""
        self._hook("POST", "reset")

    def faults(self, kind: str, *, count: int = 1, every: int = 1, retry_after: float = 0,
               body: str = "text", methods: list[str] | None = None,
               delay: float = 0) -> None:
        """Arm a fault; see server.mjs for the kinds. ``count=-1`` never runs out."""
        self._hook("POST", "faults", {"kind": kind, "count": count, "every": every,
                                      "retry_after": retry_after, "body": body,
                                      "methods": methods, "delay": delay})

    def clear_faults(self) -> None:
        self._hook("DELETE", "faults")

    def configure(self, *, update_create: bool | None = None, page_size: int | None = None,
                  reject_marker: str | None = None, required_token: str | None = None) -> None:
        body: dict[str, Any] = {}
        if reject_marker is not None:
            body["reject_marker"] = reject_marker
        if required_token is not None:
            body["required_token"] = required_token
        if update_create is not None:
            body["update_create"] = update_create
        if page_size is not None:
            body["page_size"] = page_size
        self._hook("POST", "config", body)

    def stats(self) -> dict[str, Any]:
        return dict(self._hook("GET", "stats"))

    def search_all(self, resource_type: str, query: str = "") -> list[dict[str, Any]]:
        """Every resource of a type, read directly through all pages (for assertions)."""
        sep = "&" if query else ""
        url: str | None = f"{self.base_url}{resource_type}?{query}{sep}_count=1000"
        out: list[dict[str, Any]] = []
        while url:
            r = httpx.get(url, timeout=60)
            r.raise_for_status()
            bundle = json.loads(r.text)
            out += [e["resource"] for e in bundle.get("entry", [])]
            url = next((link["url"] for link in bundle.get("link", [])
                        if link.get("relation") == "next"), None)
        return out


@pytest.fixture(scope="session")
def fhir_server() -> Iterator[FhirTestServer]:
    """A running FHIR test server for the whole session."""
    try:
        ensure_installed()
    except ServerSetupError as exc:
        pytest.fail(str(exc), pytrace=False)
    server = FhirTestServer(int(os.environ.get("DESK_FHIR_TEST_PORT", "0"))).start()
    try:
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop()


@pytest.fixture
def fhir(fhir_server: FhirTestServer) -> Iterator[FhirTestServer]:
    """The session's server, emptied, with no faults armed."""
    if fhir_server.proc is None:
        fhir_server.start()
    fhir_server.reset()
    yield fhir_server
    if fhir_server.proc is None:
        fhir_server.start()
    fhir_server.clear_faults()
