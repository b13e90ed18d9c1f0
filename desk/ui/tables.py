"""A table model over a plain Python list of rows, and the read-only table the screens show
it in.

A model's column titles are English keys its code compares against; each is marked for
translation with ``QT_TRANSLATE_NOOP("<the model's class name>", "Title")`` where it is
defined, and the header shows it in the staff's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
T = TypeVar("T")


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` under fixed column titles; subclasses say what each cell shows.

    The header shows each title translated under the subclass's name."""

    columns: Sequence[str] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self.columns[section]
            # marked where the subclass defines it, under the subclass's name
            return QCoreApplication.translate(type(self).__name__, title) if title else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        return self.decoration(row, column, role)

    def text(self, row: T, column: str) -> str:
        raise NotImplementedError

    def decoration(self, row: T, column: str, role: int) -> Any:
        """Other roles (colour, font); none by default."""
        return None


Selection = QAbstractItemView.SelectionMode


def record_table(model: ListTableModel[Any], name: str, *, stretch: str, row_height: int = 34,
                 selection: Selection = Selection.SingleSelection) -> QTableView:
    """A read-only table of whole rows: columns sized to their contents except ``stretch``,
    which takes the spare width; alternating rows, no grid; ``name`` for screen readers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    stretched = list(model.columns).index(stretch)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    # the stretched column gives way to the others, down to its title's width (then the
    # table scrolls sideways rather than cut the title)
    title = model.headerData(stretched, Qt.Orientation.Horizontal)
    margin = header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin, None,
                                        header)
    header.setMinimumSectionSize(max(header.minimumSectionSize(),
                                     header.fontMetrics().horizontalAdvance(title or "")
                                     + 2 * margin + 4))
    return table


def on_row_keys(table: QTableView, name: str, keys: Sequence[Qt.Key | str],
                act: Callable[[QModelIndex], None]) -> None:
    """``keys`` pressed in the table do ``act`` on its current row (none: nothing)."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(name, table)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def on_current() -> None:
        if table.currentIndex().isValid():
            act(table.currentIndex())

    action.triggered.connect(on_current)
    table.addAction(action)


def menu_by_keyboard(table: QTableView, show_menu: Callable[[QPoint], None]) -> None:
    """The Menu key and Shift+F10 open the table's context menu on its current row, as
    the right mouse button does on the row under it (``show_menu`` takes a point in the
    table's viewport)."""
    on_row_keys(table, QCoreApplication.translate("RecordTable", "Actions for this row"),
                [Qt.Key.Key_Menu, "Shift+F10"],
                lambda index: show_menu(table.visualRect(index).center()))
