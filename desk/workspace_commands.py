"""``desk workspace``: back up and restore a workspace, its recovery passphrase, putting its
key back after the key store lost it, and deleting it. For IT; nothing here prints patient
data (only ids, paths and counts)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desk.errors import DeskError
from desk.words import translate

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:
    workspace = subparsers.add_parser("workspace", help=translate(
        "Cli", "back up, restore, recover or delete the workspace"))
    actions = workspace.add_subparsers(dest="workspace_action", metavar="ACTION", required=True)
    backup = _action(actions, "backup", translate("Cli", "write an encrypted backup of the "
                                                         "workspace (safe while desk runs)"),
                     run_backup)
    backup.add_argument("out", metavar="OUT",
                        help=translate("Cli", "the backup file to write (a new file)"))
    restore = _action(actions, "restore", translate("Cli", "put a backup in place of the "
                                                           "workspace (asks first)"), run_restore)
    restore.add_argument("archive", metavar="IN",
                         help=translate("Cli", "a file written by desk workspace backup"))
    restore.add_argument("--yes", action="store_true",
                         help=translate("Cli", "do not ask (scripts)"))
    recovery = actions.add_parser("recovery", help=translate("Cli", "the recovery passphrase"))
    what = recovery.add_subparsers(dest="recovery_action", metavar="ACTION", required=True)
    _action(what, "set", translate("Cli", "set (or change) the recovery passphrase (asks twice)"),
            run_set)
    _action(actions, "recover", translate("Cli", "put the workspace key back after the key "
                                                 "store lost it"), run_recover)
    delete = _action(actions, "delete", translate("Cli", "delete the workspace: its database, "
                                                         "files and key (asks for its id)"),
                     run_delete)
    delete.add_argument("--yes", action="store_true",
                        help=translate("Cli", "do not ask (scripts)"))


def _action(actions: argparse._SubParsersAction, name: str, text: str,
            handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=text)
    parser.add_argument("--stdin", action="store_true",
                        help=translate("Cli", "read passphrases and answers from standard "
                                              "input, one a line"))
    parser.set_defaults(handler=handler)
    return parser


def _where(args: argparse.Namespace) -> Path:
    from desk.app_commands import load_settings

    return load_settings(args).workspace_path


def _secret(prompt: str, args: argparse.Namespace) -> str:
    if not args.stdin:
        from getpass import getpass

        return getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise DeskError(translate("DeskError", "Standard input ended before the passphrase; "
                                               "nothing was changed."), kind="input")
    return line.rstrip("\n")


def _new_secret(which: str, args: argparse.Namespace) -> str:
    """A new passphrase, typed twice; ``which`` is ``"workspace"`` or ``"recovery"``."""
    from desk.storage import keys

    if which == "recovery":
        prompts = (translate("Cli", "New recovery passphrase: "),
                   translate("Cli", "The same recovery passphrase again: "))
        differ = translate("DeskError", "The two recovery passphrases are not the same; "
                                        "nothing was changed.")
    else:
        prompts = (translate("Cli", "New workspace passphrase: "),
                   translate("Cli", "The same workspace passphrase again: "))
        differ = translate("DeskError", "The two workspace passphrases are not the same; "
                                        "nothing was changed.")
    first = _secret(prompts[0], args)
    keys.check_passphrase(first)
    if _secret(prompts[1], args) != first:
        raise DeskError(differ, kind="input")
    return first


def _confirm(question: str, answer: str, args: argparse.Namespace) -> None:
    if getattr(args, "yes", False):
        return
    print(question, end="", flush=True)
    given = sys.stdin.readline().strip()
    if given != answer:
        raise DeskError(translate("DeskError", "Not confirmed; nothing was changed."),
                        kind="input")


def _with_passphrase(run: Callable[[str | None], T], args: argparse.Namespace) -> T:
    """``run(None)``; once more with the workspace passphrase if it needs one."""
    from desk.storage import NeedPassphrase

    try:
        return run(None)
    except NeedPassphrase:
        return run(_secret(translate("Cli", "Workspace passphrase: "), args))


def run_backup(args: argparse.Namespace) -> int:
    from desk.storage import Workspace, backup

    path, out = _where(args), Path(args.out)

    def write(passphrase: str | None) -> backup.About:
        with Workspace.open(path, passphrase=passphrase) as ws:
            return backup.write(ws, out)

    about = _with_passphrase(write, args)
    print(translate("Cli", "desk: backup of workspace {id} written to {file} ({size} MB, %n "
                           "stored files).", "", about.files).format(
        id=about.workspace_id, file=out, size=f"{out.stat().st_size / 1e6:.1f}"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desk.storage import backup, unlock

    path, archive = _where(args), Path(args.archive)
    about = backup.read_about(archive)
    _confirm(translate("Cli", "Restore the backup of workspace {id} made {made} into {folder}? "
                              "Close desk on this computer first. The workspace there now is "
                              "moved aside, not deleted. Type yes to go on: ").format(
        id=about.workspace_id, made=about.made, folder=path), "yes", args)
    recovery: str | None = None
    new: str | None = None
    while True:
        try:
            done = backup.restore(archive, path, recovery_passphrase=recovery,
                                  new_passphrase=new)
            break
        except backup.NeedRecovery:
            recovery = _secret(translate("Cli", "Recovery passphrase: "), args)
        except unlock.NeedPassphrase as err:
            print(f"desk: {err.message}", file=sys.stderr)
            new = _new_secret("workspace", args)
    print(translate("Cli", "desk: workspace {id} restored in {folder} from the backup made "
                           "{made}.").format(id=about.workspace_id, folder=path, made=about.made))
    if done.set_aside:
        print(translate("Cli", "The workspace that was there is in {folder}.")
              .format(folder=done.set_aside))
    return 0


def run_set(args: argparse.Namespace) -> int:
    from desk.storage import Workspace

    path = _where(args)
    passphrase = _new_secret("recovery", args)

    def keep(workspace_passphrase: str | None) -> Path:
        with Workspace.open(path, passphrase=workspace_passphrase) as ws:
            return ws.keep_recovery(passphrase)

    written = _with_passphrase(keep, args)
    print(translate("Cli", "desk: the recovery passphrase is set ({file}). Keep it apart from "
                           "the computer, for instance sealed in the clinic's safe.")
          .format(file=written))
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from desk.storage import Workspace, unlock

    path = _where(args)
    passphrase = _secret(translate("Cli", "Recovery passphrase: "), args)
    try:
        manifest = Workspace.recover(path, passphrase)
    except unlock.NeedPassphrase as err:
        print(f"desk: {err.message}", file=sys.stderr)
        manifest = Workspace.recover(path, passphrase,
                                     new_passphrase=_new_secret("workspace", args))
    if manifest.key_source == "keyring":
        print(translate("Cli", "desk: the key of workspace {id} is back in this computer's key "
                               "store.").format(id=manifest.id))
    else:
        print(translate("Cli", "desk: the key of workspace {id} is back in workspace.toml, "
                               "wrapped by the new workspace passphrase.").format(id=manifest.id))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from desk.storage import Workspace, unlock

    path = _where(args)
    manifest = unlock.read_manifest(path)
    _confirm(translate("Cli", "Delete the workspace {id} in {folder}: its database, files, "
                              "backups and its key in the key store? This cannot be undone. "
                              "Type the workspace id to go on: ").format(
        id=manifest.id, folder=path), manifest.id, args)
    Workspace.delete(path)
    print(translate("Cli", "desk: workspace {id} deleted from {folder}.")
          .format(id=manifest.id, folder=path))
    return 0
