"""``desk dicom``: import a folder of DICOM images for a patient, export a stored study (as
stored, or anonymised under DICOM PS3.15's Basic Application Level Confidentiality Profile).
For IT; the output names files, counts and reasons, never a patient's name or birth date."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desk.errors import DeskError
from desk.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    import sqlalchemy as sa

    from desk.viewer.library import DiscPatient



def not_theirs(folder: Path, mrn: str) -> str:
    """Why a folder of someone else's images was not imported."""
    return translate("DeskError", "The images in {folder} are of someone else (their name or "
                                  "birth date differs from the patient's with the record "
                                  "number {mrn}); nothing was imported.").format(
        folder=folder, mrn=mrn)


def register(subparsers: argparse._SubParsersAction) -> None:
    dicom = subparsers.add_parser("dicom", help=translate("Cli", "import or export DICOM images"))
    actions = dicom.add_subparsers(dest="dicom_action", metavar="ACTION", required=True)
    into = actions.add_parser("import", help=translate("Cli", "import a disc or folder of "
                                                              "images for a patient"))
    into.add_argument("path", metavar="PATH", help=translate("Cli", "the disc or folder to read"))
    into.add_argument("--patient", metavar="MRN", required=True,
                      help=translate("Cli", "the patient's record number"))
    into.add_argument("--stdin", action="store_true",
                      help=translate("Cli", "read the workspace passphrase from standard input"))
    into.set_defaults(handler=run_import)
    out = actions.add_parser("export", help=translate("Cli", "write a stored study's images "
                                                             "into a folder"))
    out.add_argument("study", metavar="STUDY_UID",
                     help=translate("Cli", "the study's Study Instance UID"))
    out.add_argument("out", metavar="OUT", help=translate("Cli", "a new or empty folder"))
    out.add_argument("--anonymise", action="store_true",
                     help=translate("Cli", "write copies without the patient's identity (DICOM "
                                           "PS3.15 Basic Application Level Confidentiality "
                                           "Profile, no options)"))
    out.add_argument("--stdin", action="store_true",
                     help=translate("Cli", "read the workspace passphrase from standard input"))
    out.set_defaults(handler=run_export)


ACTOR_NAME = "desk dicom (command line)"


def run_import(args: argparse.Namespace) -> int:
    from desk.storage import Actor, Workspace
    from desk.viewer import library
    from desk.workspace_commands import _where, _with_passphrase

    folder = Path(args.path)
    if not folder.is_dir():
        raise DeskError(translate("DeskError", "{folder} is not a folder; give the disc or the "
                                               "folder of images.").format(folder=folder),
                        kind="input")

    def keep(passphrase: str | None) -> list[library.Outcome]:
        with Workspace.open(_where(args), passphrase=passphrase) as ws, ws.begin() as conn:
            patient_id, check = _patient_of(conn, args.patient, folder)
            return library.import_folder(conn, ws.blobs, patient_id, folder,
                                         Actor(None, ACTOR_NAME), check)

    outcomes = _with_passphrase(keep, args)
    statuses = {"imported": translate("Cli", "imported"),
                "already there": translate("Cli", "already there"),
                "refused": translate("Cli", "refused")}
    for outcome in outcomes:
        reason = f": {translate('DiscReason', outcome.reason)}" if outcome.reason else ""
        print(f"{statuses.get(outcome.status, outcome.status)}: {outcome.name}{reason}")
    counts = {s: sum(o.status == s for o in outcomes) for s in statuses}
    print(translate("Cli", "desk: {imported}, {there}, {refused}.").format(
        imported=translate("Cli", "%n imported", "", counts["imported"]),
        there=translate("Cli", "%n already there", "", counts["already there"]),
        refused=translate("Cli", "%n refused", "", counts["refused"])))
    return 1 if counts["refused"] else 0


def _patient_of(conn: sa.Connection, mrn: str, folder: Path
                ) -> tuple[str, Callable[[DiscPatient], None]]:
    """The patient's id, and the check that an image's owner is that patient."""
    import sqlalchemy as sa

    from desk.storage.schema import patient

    row = conn.execute(sa.select(patient.c.id, patient.c.family, patient.c.given,
                                 patient.c.birth_date).where(patient.c.mrn == mrn)).one_or_none()
    if row is None:
        raise DeskError(translate("DeskError", "No patient has the record number {mrn}; "
                                               "nothing was imported.").format(mrn=mrn),
                        kind="input")

    def check(owner: DiscPatient) -> None:
        if not owner.matches(row.family, row.given, row.birth_date):
            raise DeskError(not_theirs(folder, mrn), kind="input")

    return str(row.id), check


def run_export(args: argparse.Namespace) -> int:
    from desk.storage import Actor, Workspace
    from desk.viewer import export
    from desk.workspace_commands import _where, _with_passphrase

    out = Path(args.out)

    def write(passphrase: str | None) -> export.Exported:
        with Workspace.open(_where(args), passphrase=passphrase) as ws, ws.begin() as conn:
            return export.export_study(conn, ws.blobs, args.study, out,
                                       Actor(None, ACTOR_NAME), anonymise=args.anonymise)

    done = _with_passphrase(write, args)
    if done.anonymised:
        print(translate("Cli", "desk: %n images written anonymised (DICOM PS3.15 Basic Profile, "
                               "no options) to {folder}.", "", done.files).format(folder=out))
    else:
        print(translate("Cli", "desk: %n images written to {folder}.", "", done.files)
              .format(folder=out))
    return 0
