"""An image's DICOM header as a tree, read as staff open it.

A sequence shows how many items it holds; its items are made when it is opened, a page at a
time (a header may hold a million), and an item's fields when that item is opened, so the
dialog opens at once whatever the header holds.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.ui.locale_text import number_text

if TYPE_CHECKING:
    from pydicom import Dataset
    from pydicom.sequence import Sequence

PAGE = 200
"""How many items of a sequence one opening (or one "Show more") adds."""

OPEN_AT_START = 20
"""A top-level sequence with no more items than this is shown open."""

_LATER = Qt.ItemDataRole.UserRole  # on a node: what to add when it is opened


class TagsDialog(QDialog):
    """The DICOM header of one image as a tree, with a filter over its top-level fields."""

    def __init__(self, ds: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image tags"))
        self.resize(760, 640)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, tag or value"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels((self.tr("Tag"), self.tr("Name"), self.tr("Value")))
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 240)
        # what each closed node will add once opened, by a number kept on the node (Qt would
        # copy a Python list put on it, a million items too)
        self._later: dict[int, tuple[str, Any, int]] = {}
        self._keys = itertools.count(1)
        self.tree.itemExpanded.connect(self._fill)
        self.tree.itemActivated.connect(self._more)
        self._add_elements(self.tree.invisibleRootItem(), ds)
        for n in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(n)
            what = self._later.get(node.data(0, _LATER))
            if what is not None and 0 < len(what[1]) <= OPEN_AT_START:
                node.setExpanded(True)
        self.filter.textChanged.connect(self._apply_filter)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            line = " ".join(item.text(c) for c in range(3)).lower()
            item.setHidden(not all(w in line for w in words))

    def _add_elements(self, parent: QTreeWidgetItem, ds: Dataset) -> None:
        for element in ds:
            if element.tag.group == 0x7FE0:  # the pixels themselves
                continue
            if element.VR == "SQ":
                node = QTreeWidgetItem(parent, (str(element.tag), element.name,
                                                self.tr("%n item(s)", "", len(element.value))))
                self._keep(node, ("items", element.value, 0))
                continue
            value = element.repval if element.VR in ("OB", "OW", "OF", "UN") \
                else str(element.value)
            QTreeWidgetItem(parent, (str(element.tag), element.name, value[:300]))

    def _keep(self, node: QTreeWidgetItem, what: tuple[str, Any, int]) -> None:
        """What ``node`` will add when it is opened (or, for "Show more", activated)."""
        key = next(self._keys)
        self._later[key] = what
        node.setData(0, _LATER, key)
        if what[0] != "more":
            node.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def _fill(self, node: QTreeWidgetItem) -> None:
        """Add what an opened node holds: a sequence's first items, or an item's fields."""
        what = self._later.pop(node.data(0, _LATER) or 0, None)
        if what is None or what[0] == "more":
            return
        node.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
        if what[0] == "items":
            self._add_items(node, what[1], what[2])
        else:
            self._add_elements(node, what[1])

    def _add_items(self, node: QTreeWidgetItem, sequence: Sequence, start: int) -> None:
        end = min(start + PAGE, len(sequence))
        for n in range(start, end):
            child = QTreeWidgetItem(node, ("", self.tr("Item {number}").format(number=n + 1), ""))
            self._keep(child, ("fields", sequence[n], 0))
        if end < len(sequence):
            more = QTreeWidgetItem(node, (
                "", self.tr("Show %n more…", "", min(PAGE, len(sequence) - end)),
                self.tr("{shown} of {total} item(s) shown", "", len(sequence)).format(
                    shown=number_text(end), total=number_text(len(sequence)))))
            self._keep(more, ("more", sequence, end))

    def _more(self, item: QTreeWidgetItem, _column: int) -> None:
        """A "Show more" row, activated (double click or Enter): the next page in its place."""
        key = item.data(0, _LATER) or 0
        what, node = self._later.get(key), item.parent()
        if what is None or what[0] != "more" or node is None:
            return
        del self._later[key]
        node.removeChild(item)
        self._add_items(node, what[1], what[2])
