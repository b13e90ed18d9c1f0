"""Start-up commands: run the app, make a demo workspace, set the kiosk PIN."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desk import logs, process
from desk.errors import DeskError
from desk.storage import settings as settings_mod
from desk.storage import settings_text
from desk.words import translate

DEMO_USERS = (("admin", "Ada Admin", "administrator"),
              ("reception", "Rémi Reception", "front desk"),
              ("kiosk", "Waiting-room kiosk", "kiosk"))
DEMO_PASSWORD = "demo1234"


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help=translate("Cli", "create a demo workspace (no GUI)"))
    demo.add_argument("--workspace", dest="demo_workspace", metavar="DIR", required=True)
    demo.add_argument("--patients", type=int, default=300, metavar="N")
    demo.set_defaults(handler=make_demo)
    pin = subparsers.add_parser("kiosk-pin", help=translate("Cli", "set the staff PIN that "
                                                                   "leaves the kiosk"))
    pin.add_argument("--machine", action="store_true",
                     help=translate("Cli", "write it to the machine's settings file (IT), "
                                           "not the user's"))
    pin.add_argument("--stdin", action="store_true",
                     help=translate("Cli", "read the PIN from standard input (silent "
                                           "installs)"))
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
        pin = getpass(translate("Cli", "New kiosk PIN: "))
        again = getpass(translate("Cli", "The same PIN again: "))
    if pin != again:
        raise DeskError(translate("DeskError", "The two PINs are not the same; nothing was "
                                               "changed."), kind="input")
    path = settings_mod.machine_file() if args.machine else None
    written = settings_text.save_user({"kiosk.pin_hash": hash_pin(pin)}, path)
    print(translate("Cli", "desk: the kiosk PIN is set ({file})").format(file=written))
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
        print(translate("Cli", "desk demo: --patients must be at least 1"), file=sys.stderr)
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
    print(translate("Cli", "Demo workspace ready in {folder} with %n patients.", "", args.patients)
          .format(folder=path))
    print(translate("Cli", "Sign in as 'admin' or 'reception' with the password "
                           "'{password}'.").format(password=DEMO_PASSWORD))
    return 0
