"""Start-up commands: run the app, make a demo workspace, check the machine (doctor)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk import logs, process
from desk.errors import DeskError
from desk.storage import settings as settings_mod
from desk.storage import settings_text

DEMO_USERS = (("admin", "Ada Admin", "administrator"),
              ("reception", "Rémi Reception", "front desk"),
              ("kiosk", "Waiting-room kiosk", "kiosk"))
DEMO_PASSWORD = "demo1234"
MIN_FREE_BYTES = 500 * 1024 * 1024


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="create a demo workspace (no GUI)")
    demo.add_argument("--workspace", dest="demo_workspace", metavar="DIR", required=True)
    demo.add_argument("--patients", type=int, default=300, metavar="N")
    demo.set_defaults(handler=make_demo)
    doctor = subparsers.add_parser("doctor", help="check this machine and print a table")
    doctor.set_defaults(handler=run_doctor)
    pin = subparsers.add_parser("kiosk-pin", help="set the staff PIN that leaves the kiosk")
    pin.add_argument("--machine", action="store_true",
                     help="write it to the machine's settings file (IT), not the user's")
    pin.add_argument("--stdin", action="store_true",
                     help="read the PIN from standard input (silent installs)")
    pin.set_defaults(handler=set_kiosk_pin)


def load_settings(args: argparse.Namespace) -> settings_mod.Settings:
    return resolve_settings(args).settings


def resolve_settings(args: argparse.Namespace) -> settings_mod.Resolved:
    """The settings the top-level options ask for, with where each came from."""
    kiosk = ["kiosk.enabled=true"] if getattr(args, "kiosk", False) else []
    resolved = settings_mod.resolve(extra_file=args.config, overrides=[*args.overrides, *kiosk],
                                    workspace=args.workspace)
    if kiosk:
        resolved.sources["kiosk.enabled"] = "--kiosk"
    return resolved


def set_kiosk_pin(args: argparse.Namespace) -> int:
    """Keep the scrypt hash of a new staff PIN in ``kiosk.pin_hash`` (never the PIN)."""
    from getpass import getpass

    from desk.frontdesk.kiosk import hash_pin

    if args.stdin:
        pin = again = sys.stdin.readline().strip()
    else:
        pin, again = getpass("New kiosk PIN: "), getpass("The same PIN again: ")
    if pin != again:
        raise DeskError("The two PINs are not the same; nothing was changed.", kind="input")
    path = settings_mod.machine_file() if args.machine else None
    written = settings_text.save_user({"kiosk.pin_hash": hash_pin(pin)}, path)
    print(f"desk: the kiosk PIN is set ({written})")
    return 0


def run_app(args: argparse.Namespace) -> int:
    config = load_settings(args)
    logs.configure(config.log.level)
    process.forbid_core_dumps()  # before the workspace key is in memory
    from desk.storage.key_ahead import KeyAhead

    key_ahead = KeyAhead(config.workspace_path)  # while Qt starts
    from desk.ui.app import run

    return run(config, key_ahead)


def make_demo(args: argparse.Namespace) -> int:
    from desk.frontdesk import demo
    from desk.storage import Workspace, accounts
    from desk.viewer import demo as demo_images

    path = Path(args.demo_workspace)
    if args.patients < 1:
        print("desk demo: --patients must be at least 1", file=sys.stderr)
        return 2
    try:
        with Workspace.create(path, demo=True) as ws, ws.begin() as conn:
            for username, name, role in DEMO_USERS:
                accounts.create_user(conn, username, name, role, DEMO_PASSWORD)
            demo.fill(conn, ws.blobs, patient_count=args.patients, today=date.today())
            demo_images.add(conn, ws.blobs, date.today())
    except DeskError as err:
        print(f"desk demo: {err.message}", file=sys.stderr)
        return 1
    print(f"Demo workspace ready in {path} with {args.patients} patients.")
    print(f"Sign in as 'admin' or 'reception' with the password '{DEMO_PASSWORD}'.")
    return 0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_doctor(args: argparse.Namespace) -> int:
    config = load_settings(args)
    checks = [_check_keyring(), *_check_workspace(config.workspace_path), _check_qt(),
              _check_disk(config.workspace_path), _check_server(config)]
    width = max(len(c.name) for c in checks)
    for c in checks:
        print(f"{c.name.ljust(width)}  {'ok  ' if c.ok else 'FAIL'}  {c.detail}")
    return 0 if all(c.ok for c in checks) else 1


def _check_keyring() -> Check:
    from desk.storage import keys

    if keys.keyring_usable():
        return Check("key store", True, "the system key store keeps secrets")
    return Check("key store", True,
                 "no usable system key store: workspaces are opened with a passphrase")


def _check_workspace(path: Path) -> list[Check]:
    """The database whole, and the audit log as it was written (chain and kept end)."""
    from desk.storage import NeedPassphrase, Workspace

    if not Workspace.exists(path):
        return [Check("database", False, f"no workspace in {path}")]
    try:
        with Workspace.open(path) as ws:
            damage = ws.damage()
            chain = ws.audit_check()
    except NeedPassphrase:
        return [Check("database", True, f"{path} (locked by passphrase; not opened)")]
    except DeskError as err:
        return [Check("database", False, err.message)]
    audit = Check("audit log", True, f"{chain.entries} entries, chain and end verified") \
        if chain.ok else Check("audit log", False, f"altered at entry {chain.first_bad_seq}")
    return [Check("database", damage is None, damage or f"{path}: integrity ok"), audit]


def _check_qt() -> Check:
    import subprocess

    platform = os.environ.get("QT_QPA_PLATFORM", "default")
    code = ("from PySide6.QtWidgets import QApplication; import sys; "
            "app = QApplication(sys.argv); print(app.platformName())")
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=30)
    except subprocess.TimeoutExpired:
        return Check("Qt platform", False, f"{platform}: timed out")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["unknown error"])[-1]
        return Check("Qt platform", False, f"{platform}: {last[:120]}")
    return Check("Qt platform", True, done.stdout.strip())


def _check_disk(path: Path) -> Check:
    import shutil

    probe = path if path.exists() else next((p for p in path.parents if p.exists()), Path("/"))
    free = shutil.disk_usage(probe).free
    detail = f"{free / 1024**3:.1f} GiB free at {probe}"
    return Check("free disk", free >= MIN_FREE_BYTES, detail)


def _check_server(config: settings_mod.Settings) -> Check:
    if not config.server.url:
        return Check("server", True, "no server configured (server.url): working offline")
    import httpx

    verify: str | bool = config.server.ca_bundle or True
    try:
        reply = httpx.get(config.server.url.rstrip("/") + "/metadata", timeout=5, verify=verify,
                          headers={"Accept": "application/fhir+json"})
        kind = reply.json().get("resourceType") if reply.status_code == 200 else None
    except (httpx.HTTPError, ValueError) as err:
        return Check("server", False, f"{config.server.url}: {type(err).__name__}")
    if kind != "CapabilityStatement":
        return Check("server", False, f"{config.server.url}: HTTP {reply.status_code}, not FHIR")
    return Check("server", True, f"{config.server.url}: FHIR server answers")
