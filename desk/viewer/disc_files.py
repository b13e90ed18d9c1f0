"""The files of a disc folder that are safe to read, each read alone.

A disc is untrusted: besides images it may hold a named pipe (reading one waits forever), a
device, a socket, a symbolic link to a file elsewhere on the computer, or a file far larger
than any image. :func:`walk` lists the names under the chosen folder; :func:`read` reads one
regular file that lies inside it, or says why it will not (:class:`Refused`, or
:class:`NotAFile` for what is no file at all).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from desk.errors import DeskError
from desk.words import QT_TRANSLATE_NOOP, translate

MAX_FILES = 50_000
"""More files than any disc of one patient holds; a folder with more was chosen by mistake."""

MAX_FILE_BYTES = 1 << 30
"""Larger than any one image desk keeps (1 GiB); a larger file is left out unread."""

# why a file was left out: shown translated (context "DiscReason")
OUTSIDE = QT_TRANSLATE_NOOP("DiscReason", "it is a link to a file outside the chosen folder, "
                            "so it was not opened")
TOO_LARGE = QT_TRANSLATE_NOOP("DiscReason", "it is larger than 1 GB, more than an image desk "
                              "can keep")
UNREADABLE = QT_TRANSLATE_NOOP("DiscReason", "it could not be read from the disc")
NO_MEMORY = QT_TRANSLATE_NOOP("DiscReason", "it is too large to read on this computer")


class Refused(Exception):
    """A file left out, with the reason staff are shown."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotAFile(Exception):
    """A named pipe, device or socket: not a file, passed over unopened."""


def walk(folder: Path) -> Iterator[Path]:
    """Every name under ``folder`` in a stable order; links to folders are not followed."""
    if not folder.is_dir():
        raise DeskError(translate("DeskError", "That folder cannot be opened. Check that the "
                                               "disc is in the drive."),
                        kind="input")
    count = 0
    for root, dirs, names in os.walk(folder, onerror=_unreadable):
        dirs.sort()
        for name in sorted(names):
            count += 1
            if count > MAX_FILES:
                raise DeskError(translate("DeskError", "That folder holds more than "
                                                       "{max_files:,} files; choose the disc or "
                                                       "the folder with the patient's images.")
                                .format(max_files=MAX_FILES), kind="input")
            yield Path(root) / name


def read(path: Path, folder: Path) -> bytes:
    """The bytes of ``path``, a regular file inside ``folder`` (through links inside it)."""
    real = os.path.realpath(path)
    if not Path(real).is_relative_to(os.path.realpath(folder)):
        raise Refused(OUTSIDE)
    try:
        if not stat.S_ISREG(os.stat(real).st_mode):
            raise NotAFile
        # O_NONBLOCK: should the file become a pipe after the check, opening it still returns
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        raise Refused(UNREADABLE) from None
    with os.fdopen(fd, "rb") as f:
        status = os.fstat(f.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile
        if status.st_size > MAX_FILE_BYTES:
            raise Refused(TOO_LARGE)
        try:
            return f.read()
        except MemoryError:
            raise Refused(NO_MEMORY) from None
        except OSError:
            raise Refused(UNREADABLE) from None


def _unreadable(err: OSError) -> None:
    raise DeskError(translate("DeskError", "Part of the disc cannot be read. Clean the disc or "
                                           "try another drive."),
                    kind="input") from err
