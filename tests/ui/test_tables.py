"""desk's tables repaint all day (the board, the search, the Sync screen): the Qt binding
must not lose a reference on each call into the model. PySide6 6.12.0 did, and the
interpreter aborted ("none_dealloc") after a few thousand repaints."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtWidgets import QTableView

from desk.ui import translation
from desk.ui.tables import ListTableModel


@dataclass
class Row:
    name: str


class RowsModel(ListTableModel[Row]):
    columns = ("Name", "Born", "Sex", "MRN", "Found by")

    def text(self, row: Row, column: str) -> str:
        return row.name if column == "Name" else ""


def test_a_table_repainted_thousands_of_times_keeps_every_reference(qtbot) -> None:
    translation.set_language("fr")
    try:
        model = RowsModel()
        model.set_rows([Row(f"Patient {n}") for n in range(30)])
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(600, 800)
        view.show()
        before = sys.getrefcount(None)
        for _ in range(1500):
            view.viewport().repaint()
        assert sys.getrefcount(None) >= before - 50  # 6.12.0: about 1,300 fewer
    finally:
        translation.set_language("en")
