"""The ``desk`` command line.

``desk`` with no sub-command starts the application. Each package that offers commands
has a ``commands`` module with ``register(subparsers)``; those modules import nothing
heavy at module level so that start-up stays fast.

A command's messages (and its ``--help``) are in the language of the machine file's
``ui.language``, else of the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``) when that is
French or Spanish, else in English (:func:`cli_language`). What scripts read is never
translated: JSON, setting names, file names, doctor's ``ok``/``FAIL`` marks.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Mapping, Sequence

from desk import __version__, logs, process, words
from desk.errors import DeskError
from desk.words import translate

COMMAND_MODULES = (
    "desk.app_commands",
    "desk.config_commands",
    "desk.dicom_commands",
    "desk.doctor_commands",
    "desk.forms.commands",
    "desk.sync.commands",
    "desk.workspace_commands",
)


# Top-level options that take a value (the token after them is not a command).
_VALUED = ("--workspace", "--config", "--set")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` leaves the sub-commands out (a plain start
    does not pay for building every sub-command's parser)."""
    parser = argparse.ArgumentParser(
        prog="desk", description=translate("Cli", "Front-desk software for clinics."),
        epilog=translate("Cli", "Messages are in the language of the machine file's "
                                "ui.language, else of LC_ALL, LC_MESSAGES or LANG when that "
                                "is French or Spanish, else in English."))
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument("--workspace", metavar="DIR",
                        help=translate("Cli", "workspace folder (overrides settings)"))
    parser.add_argument("--config", metavar="FILE",
                        help=translate("Cli", "extra settings file (highest file precedence)"))
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                        help=translate("Cli", "override one setting, e.g. --set "
                                              "security.idle_lock_minutes=10"))
    parser.add_argument("--kiosk", action="store_true",
                        help=translate("Cli", "run as the waiting-room kiosk (as --set "
                                              "kiosk.enabled=true)"))
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


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of a command's messages: the machine file's ``ui.language``, else the
    environment's (``LC_ALL``, ``LC_MESSAGES``, then ``LANG``) when it is French or
    Spanish, else English. A machine file that cannot be read leaves the choice to the
    environment (the command itself reports the file)."""
    from desk.storage.settings_files import flatten, machine_file, read_file

    environ = os.environ if environ is None else environ
    try:
        chosen = flatten(read_file(machine_file()))
    except DeskError:
        chosen = {}
    language = chosen.get("ui.language")
    if isinstance(language, str) and language.strip():
        return words.base_language(language)
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    found = words.base_language(locale)
    return found if found in ("fr", "es") else words.SOURCE_LANGUAGE


def main(argv: Sequence[str] | None = None) -> int:
    process.starting()
    logs.guard()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not names_a_command(argv):  # the app: its window sets the staff's language
        return _run(build_parser(commands=False), argv)
    before = words.current_language()
    words.set_language(cli_language())
    try:
        return _run(build_parser(), argv)
    finally:
        words.set_language(before)  # a command run in-process (tests) leaves no language behind


def _run(parser: argparse.ArgumentParser, argv: list[str]) -> int:
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
