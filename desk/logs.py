"""Logging set-up for the desk process: a rotating file, and nothing that names a patient.

Core modules log record ids only. As a second guard, tracebacks are written with the
exception's type and stack but not its message, since messages of third-party exceptions
can quote data (a failed SQL statement, a parse error).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs

from desk.errors import DeskError

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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


class RotatingFile(logging.Handler):
    """``desk.log`` rotating at 2 MB with five old files kept. The file is opened at the
    first record, so start-up does not pay for importing ``logging.handlers``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None:
            import logging.handlers

            self.target = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desk.log"
    handler = RotatingFile(path)
    handler.setFormatter(RedactingFormatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(RedactingFormatter(FORMAT))
        root.addHandler(stream)
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
