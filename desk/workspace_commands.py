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

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:
    workspace = subparsers.add_parser("workspace", help="back up, restore, recover or delete "
                                                        "the workspace")
    actions = workspace.add_subparsers(dest="workspace_action", metavar="ACTION", required=True)
    backup = _action(actions, "backup", "write an encrypted backup of the workspace (safe "
                                        "while desk runs)", run_backup)
    backup.add_argument("out", metavar="OUT", help="the backup file to write (a new file)")
    restore = _action(actions, "restore", "put a backup in place of the workspace (asks "
                                          "first)", run_restore)
    restore.add_argument("archive", metavar="IN", help="a file written by desk workspace backup")
    restore.add_argument("--yes", action="store_true", help="do not ask (scripts)")
    recovery = actions.add_parser("recovery", help="the recovery passphrase")
    what = recovery.add_subparsers(dest="recovery_action", metavar="ACTION", required=True)
    _action(what, "set", "set (or change) the recovery passphrase (asks twice)", run_set)
    _action(actions, "recover", "put the workspace key back after the key store lost it",
            run_recover)
    delete = _action(actions, "delete", "delete the workspace: its database, files and key (asks "
                                        "for its id)", run_delete)
    delete.add_argument("--yes", action="store_true", help="do not ask (scripts)")


def _action(actions: argparse._SubParsersAction, name: str, text: str,
            handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=text)
    parser.add_argument("--stdin", action="store_true",
                        help="read passphrases and answers from standard input, one a line")
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
        raise DeskError("Standard input ended before the passphrase; nothing was changed.",
                        kind="input")
    return line.rstrip("\n")


def _new_secret(what: str, args: argparse.Namespace) -> str:
    from desk.storage import keys

    first = _secret(f"New {what}: ", args)
    keys.check_passphrase(first)
    if _secret(f"The same {what} again: ", args) != first:
        raise DeskError(f"The two {what}s are not the same; nothing was changed.",
                        kind="input")
    return first


def _confirm(question: str, answer: str, args: argparse.Namespace) -> None:
    if getattr(args, "yes", False):
        return
    print(question, end="", flush=True)
    given = sys.stdin.readline().strip()
    if given != answer:
        raise DeskError("Not confirmed; nothing was changed.", kind="input")


def _with_passphrase(run: Callable[[str | None], T], args: argparse.Namespace) -> T:
    """``run(None)``; once more with the workspace passphrase if it needs one."""
    from desk.storage import NeedPassphrase

    try:
        return run(None)
    except NeedPassphrase:
        return run(_secret("Workspace passphrase: ", args))


def run_backup(args: argparse.Namespace) -> int:
    from desk.storage import Workspace, backup

    path, out = _where(args), Path(args.out)

    def write(passphrase: str | None) -> backup.About:
        with Workspace.open(path, passphrase=passphrase) as ws:
            return backup.write(ws, out)

    about = _with_passphrase(write, args)
    print(f"desk: backup of workspace {about.workspace_id} written to {out} "
          f"({out.stat().st_size / 1e6:.1f} MB, {about.files} stored files).")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desk.storage import backup, unlock

    path, archive = _where(args), Path(args.archive)
    about = backup.read_about(archive)
    _confirm(f"Restore the backup of workspace {about.workspace_id} made {about.made} into "
             f"{path}? Close desk on this computer first. The workspace there now is moved "
             "aside, not deleted. Type yes to go on: ", "yes", args)
    recovery: str | None = None
    new: str | None = None
    while True:
        try:
            done = backup.restore(archive, path, recovery_passphrase=recovery,
                                  new_passphrase=new)
            break
        except backup.NeedRecovery:
            recovery = _secret("Recovery passphrase: ", args)
        except unlock.NeedPassphrase as err:
            print(f"desk: {err.message}", file=sys.stderr)
            new = _new_secret("workspace passphrase", args)
    aside = f" The workspace that was there is in {done.set_aside}." if done.set_aside else ""
    print(f"desk: workspace {about.workspace_id} restored in {path} from the backup made "
          f"{about.made}.{aside}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from desk.storage import Workspace

    path = _where(args)
    passphrase = _new_secret("recovery passphrase", args)

    def keep(workspace_passphrase: str | None) -> Path:
        with Workspace.open(path, passphrase=workspace_passphrase) as ws:
            return ws.keep_recovery(passphrase)

    written = _with_passphrase(keep, args)
    print(f"desk: the recovery passphrase is set ({written}). Keep it apart from the "
          "computer, for instance sealed in the clinic's safe.")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from desk.storage import Workspace, unlock

    path = _where(args)
    passphrase = _secret("Recovery passphrase: ", args)
    try:
        manifest = Workspace.recover(path, passphrase)
    except unlock.NeedPassphrase as err:
        print(f"desk: {err.message}", file=sys.stderr)
        manifest = Workspace.recover(path, passphrase,
                                     new_passphrase=_new_secret("workspace passphrase", args))
    where = "this computer's key store" if manifest.key_source == "keyring" else \
        "workspace.toml, wrapped by the new workspace passphrase"
    print(f"desk: the key of workspace {manifest.id} is back in {where}.")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from desk.storage import Workspace, unlock

    path = _where(args)
    manifest = unlock.read_manifest(path)
    _confirm(f"Delete the workspace {manifest.id} in {path}: its database, files, backups "
             "and its key in the key store? This cannot be undone. Type the workspace id to "
             "go on: ", manifest.id, args)
    Workspace.delete(path)
    print(f"desk: workspace {manifest.id} deleted from {path}.")
    return 0
