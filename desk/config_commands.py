"""``desk config``: the settings in force and where each came from; checking a machine file
before IT deploys it."""

from __future__ import annotations

import argparse
import os

from desk.storage import machine_file, settings_text
from desk.storage import settings as settings_mod
from desk.words import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    config = subparsers.add_parser("config", help=translate("Cli", "the settings: show them, "
                                                                   "check a file"))
    actions = config.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help=translate("Cli", "print every setting in force and "
                                                            "where it came from (secrets hidden)"))
    show.set_defaults(handler=show_settings)
    check = actions.add_parser("check", help=translate("Cli", "check a machine file before "
                                                              "deploying it: exit status 0 when "
                                                              "it has no problems"))
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=check_settings)
    sample = actions.add_parser("sample", help=translate("Cli", "print a machine file with "
                                                                "every setting commented out, "
                                                                "with its default"))
    sample.set_defaults(handler=print_sample)


def show_settings(args: argparse.Namespace) -> int:
    from desk.app_commands import resolve_settings

    resolved = resolve_settings(args)
    print(translate("Cli", "Settings files, each overriding the one before:"))
    # the files keep the names the "# where from" column gives them (settings.resolve)
    width = max(len(what) for what, _ in resolved.files)
    none = translate("Cli", "(none)")
    for what, path in resolved.files:
        print(f"  {what.ljust(width)}  {path}{'' if path.is_file() else '  ' + none}")
    print(translate("Cli", "then DESK_* variables, then --set, --kiosk and --workspace."))
    print()
    values = {name: settings_mod.value_of(resolved.settings, name)
              for name in settings_mod.specs()}
    lines = [(f"{name} = {settings_text.shown(name, value)}", resolved.sources[name])
             for name, value in values.items()]
    width = min(60, max(len(line) for line, _ in lines))
    for line, source in lines:
        print(f"{line.ljust(width)}  # {source}")
    for var, meant in settings_mod.near_variables(os.environ).items():
        print("\n" + translate("Cli", "{variable} is set but is not a desk setting: did you "
                                      "mean {meant}?").format(variable=var, meant=meant))
    return 0


def check_settings(args: argparse.Namespace) -> int:
    """Each problem as ``FILE:LINE: what is wrong``; 0 when there is none, 1 otherwise."""
    report = machine_file.check_file(args.file)
    for problem in report.problems:
        print(f"{args.file}:{problem.line}: {problem.message}" if problem.line
              else f"{args.file}: {problem.message}")
    if report.problems:
        print(f"{args.file}: " + translate(
            "Cli", "%n problem(s); correct them and check again before deploying the file.", "",
            len(report.problems)))
        return 1
    print(f"{args.file}: " + translate("Cli", "no problems (%n settings set).", "",
                                       report.settings_set))
    return 0


def print_sample(args: argparse.Namespace) -> int:
    print(machine_file.sample_file(), end="")
    return 0
