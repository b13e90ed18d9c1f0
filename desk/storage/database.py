"""Opening the SQLCipher database and turning its failures into clear errors."""

from __future__ import annotations

import contextlib
import json
import logging
import operator
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import event, exc, pool

from desk import words
from desk.errors import DeskError
from desk.storage.unlock import is_encrypted, key_with

log = logging.getLogger(__name__)

BATCH = 500  # items per slice (see batches)

T = TypeVar("T")


def batches(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    """``items`` in slices of ``size`` (requests to the server, writes in steps)."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def among(column: sa.ColumnElement[Any], values: Iterable[Any]) -> sa.ColumnElement[bool]:
    """``column IN (values)``, the values passed as one JSON array: the statement is the
    same for any number of them (compiled once, then cached) and has no limit on how many
    there are."""
    each = sa.func.json_each(sa.bindparam("among", json.dumps(list(values)), unique=True,
                                          type_=sa.Text)).table_valued("value")
    return column.in_(sa.select(each.c.value))


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]],
                *, replace: bool = False) -> None:
    """``INSERT`` (or ``INSERT OR REPLACE``) rows that all give the same columns, straight
    to the driver, each value converted by its column's type. For the bulk writes (a page
    of pulled records, their audit entries), where SQLAlchemy's per-row parameter handling
    costs more than SQLite's own insert."""
    if not rows:
        return
    names = list(rows[0])
    convert = [(i, to) for i, name in enumerate(names)
               if (to := table.c[name].type.bind_processor(conn.dialect)) is not None]
    values = operator.itemgetter(*names)  # a tuple, unless of one name
    params = [values(row) for row in rows] if len(names) > 1 else [(values(row),)
                                                                   for row in rows]
    if convert:
        params = [_converted(row, convert) for row in params]
    columns = ", ".join(f'"{name}"' for name in names)
    conn.exec_driver_sql(
        f"INSERT{' OR REPLACE' if replace else ''} INTO {table.name} ({columns})"
        f" VALUES ({', '.join('?' * len(names))})", params)


def _converted(row: tuple[Any, ...], convert: list[tuple[int, Any]]) -> tuple[Any, ...]:
    out = list(row)
    for i, to in convert:
        out[i] = to(out[i])
    return tuple(out)


def _url(path: Path, key: bytes) -> sa.URL:
    # SQLCipher takes a raw 256-bit key as x'hex' and then skips its own key derivation.
    return sa.URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def open_database(path: Path, key: bytes) -> sa.Engine:
    """Open (or create) the encrypted database at ``path`` and prove the key opens it."""
    path = Path(path)
    if path.exists() and not is_encrypted(path):
        raise DeskError(words.translate("DeskError", "The workspace database is not encrypted; "
                                                     "desk will not open it."),
                        kind="storage")
    # hide_parameters: a failing statement must never put patient values into a log line.
    # QueuePool, not the pysqlcipher dialect's default SingletonThreadPool: that one keeps a
    # connection per thread and, past five threads (the UI's workers, sync's), closes the
    # oldest threads' connections even while they are in use ("Cannot operate on a closed
    # database", or a crash in the driver).
    engine = sa.create_engine(_url(path, key), hide_parameters=True, poolclass=pool.QueuePool,
                              connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except exc.DBAPIError as err:
        engine.dispose()
        if _no_space(path.parent):  # SQLite says only "disk I/O error" (its WAL index)
            log.warning("database error at open: the disk is full")
            raise DeskError(words.translate("DeskError", "The disk holding the workspace is "
                                                         "full, so desk cannot open it. Free "
                                                         "some space on it ({parent}) and start "
                                                         "desk again; nothing was lost.")
                            .format(parent=path.parent), kind="disk") from None
        raise translate(err) from None
    return engine


def _no_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _configure(dbapi_conn: object, _record: object) -> None:
    # The driver's own BEGIN comes only before the first write, so what a transaction read
    # before it could change under it (a lost update); desk says BEGIN itself (_begin).
    dbapi_conn.isolation_level = None  # type: ignore[attr-defined]
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA temp_store=MEMORY")  # never spill (plaintext) temp tables to disk
    cursor.close()


def _begin(conn: sa.Connection) -> None:
    """A transaction starts at its first statement: a write transaction takes the write
    lock at once (``BEGIN IMMEDIATE``, waiting its turn up to the busy timeout), so nothing
    another connection commits can change what it read before writing; a read sees one
    snapshot throughout. ``desk_begin=""`` runs without a transaction (a checkpoint)."""
    begin = conn.get_execution_options().get("desk_begin", "BEGIN")
    if begin:
        conn.exec_driver_sql(begin)


def checkpoint(engine: sa.Engine) -> None:
    """Fold the write-ahead log into the database file and empty it."""
    with engine.connect() as conn:
        conn.execution_options(desk_begin="").exec_driver_sql(
            "PRAGMA wal_checkpoint(TRUNCATE)")


def intact(engine: sa.Engine) -> bool:
    """Whether SQLite finds every page of the database whole (``PRAGMA quick_check``). It
    reads them all, about a second for 100 MB here: run it off the UI thread."""
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
    except exc.DBAPIError as err:  # a page SQLCipher cannot authenticate
        log.warning("database check failed: %s", type(err.orig).__name__)
        return False


def translate(err: Exception) -> DeskError:
    """A receptionist-readable error for a database failure; the detail goes to the log."""
    orig = getattr(err, "orig", err)
    text = str(orig).lower()
    if type(orig).__name__ in ("ProgrammingError", "InterfaceError"):
        # desk's own mistake, not the data's: the driver's text names no value (parameters
        # are hidden), only what was misused, and is what finds the mistake.
        log.warning("database error: %s: %s", type(orig).__name__, str(orig)[:200])
    else:
        log.warning("database error: %s", type(orig).__name__)
    if "not a database" in text or "encrypted" in text:
        return DeskError(words.translate("DeskError", "The workspace database could not be "
                                                      "opened: the key does not match or the "
                                                      "file is damaged. Nothing "
                                                      "was changed."), kind="key")
    if "disk is full" in text or "disk full" in text:
        return DeskError(words.translate("DeskError", "The disk is full, so the change was not "
                                                      "saved. Free some space and try again; "
                                                      "nothing already saved was "
                                                      "lost."), kind="disk")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DeskError(words.translate("DeskError", "desk cannot write to the workspace "
                                                      "folder. Ask IT to check its permissions; "
                                                      "nothing was changed."), kind="storage")
    if "malformed" in text or "corrupt" in text:
        return DeskError(words.translate("DeskError", "The workspace database is damaged, so "
                                                      "nothing was changed. Ask IT to restore "
                                                      "it before more work is "
                                                      "done here."), kind="storage")
    if "locked" in text or "busy" in text:
        return DeskError(words.translate("DeskError", "The workspace is busy; try again in a "
                                                      "moment."), kind="storage")
    return DeskError(words.translate("DeskError", "The change could not be saved. Nothing was "
                                                  "changed."), kind="storage")


@contextlib.contextmanager
def _translated(opening: Callable[[], contextlib.AbstractContextManager[sa.Connection]]
                ) -> Iterator[sa.Connection]:
    try:
        with opening() as conn:  # opened here: a connection that fails to open is translated
            yield conn
    except exc.DBAPIError as err:
        raise translate(err) from None


def transaction(engine: sa.Engine) -> contextlib.AbstractContextManager[sa.Connection]:
    """A write transaction (see :func:`_begin`) whose database failures arrive as
    :class:`DeskError`."""
    return _translated(lambda: _writing(engine))


@contextlib.contextmanager
def _writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    with engine.connect() as conn:
        conn.execution_options(desk_begin="BEGIN IMMEDIATE")
        with conn.begin():
            yield conn


def reading(engine: sa.Engine) -> contextlib.AbstractContextManager[sa.Connection]:
    """A read-only use of a connection, with failures as :class:`DeskError`."""
    return _translated(engine.connect)


def online_copy(engine: sa.Engine, key: bytes, target: Path) -> None:
    """Copy the database behind ``engine`` to ``target`` with the backup API, keyed with
    ``key``, in one step (a reader's snapshot: writers go on), then check the copy."""
    import sqlcipher3

    copy = sqlcipher3.connect(str(target))
    try:
        key_with(copy, key)
        source = engine.raw_connection()
        try:
            source.driver_connection.backup(copy)  # type: ignore[union-attr]
        finally:
            source.close()
    except sqlcipher3.Error as err:  # the type only: a driver's message may quote data
        log.warning("the database copy failed: %s", type(err).__name__)
        raise DeskError(words.translate("DeskError", "desk could not copy the database to "
                                                     "{parent} (is the disk full?). Nothing was "
                                                     "changed.")
                        .format(parent=target.parent), kind="storage") from None
    finally:
        copy.close()
    check_copy(target, key)


def check_copy(path: Path, key: bytes) -> None:
    """Raise unless the database at ``path`` is encrypted, opens with ``key`` and is whole."""
    import sqlcipher3

    if not is_encrypted(path):
        raise DeskError(words.translate("DeskError", "{path} is not encrypted; desk will not "
                                                     "use it.")
                        .format(path=path), kind="storage")
    conn = sqlcipher3.connect(str(path))
    try:
        key_with(conn, key)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlcipher3.DatabaseError:
        ok = False
    finally:
        conn.close()
    if not ok:
        raise DeskError(words.translate("DeskError", "The backup's database does not open with "
                                                     "the workspace key, or is damaged. Nothing "
                                                     "was changed."), kind="key")
