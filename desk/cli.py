"""The ``desk`` command line.

``desk`` with no sub-command starts the application. Each package that offers commands
has a ``commands`` module with ``register(subparsers)``; those modules import nothing
heavy at module level so that start-up stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desk import __version__, logs, process
from desk.errors import DeskError

COMMAND_MODULES = (
    "desk.app_commands",
    "desk.config_commands",
    "desk.dicom_commands",
    "desk.doctor_commands",
    "desk.forms.commands",
    "desk.sync.commands",
    "desk.workspace_commands",
)


#: Top-level options that take a value (the token after them is not a command).
_VALUED = ("--workspace", "--config", "--set")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` leaves the sub-commands out (a plain start
    does not pay for building every sub-command's parser)."""
    parser = argparse.ArgumentParser(prog="desk", description="Front-desk software for clinics.")
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument("--workspace", metavar="DIR", help="workspace folder (overrides settings)")
    parser.add_argument("--config", metavar="FILE",
                        help="extra settings file (highest file precedence)")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                        help="override one setting, e.g. --set security.idle_lock_minutes=10")
    parser.add_argument("--kiosk", action="store_true",
                        help="run as the waiting-room kiosk (as --set kiosk.enabled=true)")
    if commands:
        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(subparsers)
    return parser


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds a sub-command or asks for help (anything but a plain start)."""
    after_option = False
    for token in argv:
        if token in ("-h", "--help") or (not token.startswith("-") and not after_option):
            return True
        after_option = token in _VALUED
    return False


def main(argv: Sequence[str] | None = None) -> int:
    process.starting()
    logs.guard()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=names_a_command(argv))
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from desk.app_commands import run_app

        handler = run_app  # settles once the window is up
    else:
        process.forbid_core_dumps()  # the app does once its window shows (3 ms of start)
        process.settle()
    try:
        return int(handler(args) or 0)
    except DeskError as err:  # bad settings, a refused command: a sentence, not a traceback
        print(f"desk: {err.message}", file=sys.stderr)
        return 2 if err.kind == "input" else 1


if __name__ == "__main__":
    sys.exit(main())
