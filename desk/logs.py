"""Logging set-up for the desk process: a rotating file, and nothing that names a patient.

Core modules log record ids only. As a second guard, tracebacks are written with the
exception's type and stack but not its message, since messages of third-party exceptions
can quote data (a failed SQL statement, a parse error). Other libraries' log messages and
warnings are withheld the same way: pydicom's quote the header values they find invalid,
and old discs are full of them. The log files are readable by their owner only.
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs

from desk.errors import DeskError

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: ``desk.log`` is renamed ``desk.log.1`` (the older ones shifting up) when it reaches this
#: size, and the oldest beyond :data:`OLD_FILES` is removed: at most 12 MB of logs.
MAX_BYTES = 2_000_000
OLD_FILES = 5


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("desk", appauthor=False))


class RedactingFormatter(logging.Formatter):
    """Formats exceptions as type and stack only (DeskError messages are safe and kept)."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        exc_type, exc, tb = ei
        if exc_type is None:
            return ""
        message = exc.message if isinstance(exc, DeskError) else "<message withheld>"
        stack = "".join(traceback.format_tb(tb))
        return f"Traceback (most recent call last):\n{stack}{exc_type.__name__}: {message}"


class WithholdOthers(logging.Filter):
    """Keeps desk's own messages (written to name no patient) and withholds other libraries'
    (a warning keeps its category and where it was raised)."""

    _WARNING = re.compile(r"^(?P<where>.*?:\d+): (?P<category>\w+): ")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name != "desk" and not record.name.startswith("desk."):
            warning = self._WARNING.match(str(record.msg)) if record.name == "py.warnings" else None
            record.msg = ("<message withheld>" if warning is None else
                          f"{warning['category']} at {warning['where']} (message withheld)")
            record.args = None
        return True


class _Stderr(logging.StreamHandler):
    """stderr as it is when a record comes (a test or a caller may have replaced it)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def guard() -> None:
    """What any desk command does first: warnings go to logging, and, until
    :func:`configure` sends logging to the file, a record reaches stderr only through the
    same withholding."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not root.handlers:  # no one set logging up (pytest, an embedding program would)
        root.addHandler(_handler(_Stderr()))


def _handler(handler: logging.Handler) -> logging.Handler:
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.addFilter(WithholdOthers())
    return handler


def _private_file(path: Path) -> logging.Handler:
    import logging.handlers

    class Private(logging.handlers.RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # an older desk made its log readable by everyone
            return open(fd, "a", encoding=self.encoding, errors=self.errors)

    return Private(path, maxBytes=MAX_BYTES, backupCount=OLD_FILES, encoding="utf-8")


class RotatingFile(logging.Handler):
    """``desk.log`` rotating at 2 MB with five old files kept. The file is opened at the
    first record, so start-up does not pay for importing ``logging.handlers``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None:
            self.target = _private_file(self.path)
            self.target.setFormatter(self.formatter)
        self.target.emit(record)

    def flush(self) -> None:
        if self.target is not None:
            self.target.flush()

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def configure(level: str = "INFO", *, folder: Path | None = None,
              console: bool = False) -> Path:
    """Send desk's logs to ``desk.log`` (rotating, 5 x 2 MB); returns the file's path."""
    folder = folder or log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / "desk.log"
    logging.captureWarnings(True)
    root = logging.getLogger()
    root.handlers[:] = [_handler(RotatingFile(path))]
    if console:
        root.addHandler(_handler(_Stderr()))
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore", "alembic", "sqlalchemy", "fhirpathpy", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def install_excepthooks(report: Callable[[BaseException], None] | None = None) -> None:
    """Log uncaught exceptions (main and worker threads); ``report(exc)`` may tell the user."""

    def handle(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        logging.getLogger("desk").error("uncaught exception", exc_info=(exc_type, exc, tb))
        if report is not None:
            report(exc)

    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value or Exception(),
                                               args.exc_traceback)
