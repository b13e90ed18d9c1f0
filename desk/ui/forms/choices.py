"""Editors for choice and open-choice items: buttons, a drop-down, or a searchable list.

Which one an item gets (:func:`choice_mode`): check boxes when it repeats, a drop-down
for the ``drop-down`` itemControl, a searchable list (QCompleter) for ``autocomplete``
or a long list, radio buttons otherwise. An open-choice item adds "Other…" with a text
field for an answer that is not in the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.forms import Node, Option
from desk.forms.pages import LONG_LIST, orientation
from desk.ui.forms.editors import Commit, Editor, touch


def tr(text: str) -> str:
    # lupdate files a module function's tr("...") under no context: looked up there
    return QCoreApplication.translate("", text)


def choice_mode(node: Node) -> str:
    """"check", "radio", "drop-down" or "autocomplete"."""
    control = node.item_control
    if node.repeats:
        return "check"
    if control == "drop-down":
        return "drop-down"
    if control == "autocomplete" or (control is None and len(node.options) > LONG_LIST):
        return "autocomplete"
    return "radio"


def option_text(option: Option, language: str | None) -> str:
    """An option's label with its prefix ("a) Never")."""
    label = option.label.get(language) or ""
    return f"{option.prefix} {label}" if option.prefix else label


def _chosen(node: Node) -> tuple[list[Option], list[Any]]:
    """The node's answers split into the listed options and the other ones (free text)."""
    picked, other = [], []
    for key, value in node.answers:
        match = next((o for o in node.options if o.matches(key, value)), None)
        if match is not None:
            picked.append(match)
        else:
            other.append(value.get("display") or value.get("code") if isinstance(value, dict)
                         else value)
    return picked, other


class ButtonsEditor(Editor):
    """Radio buttons (one answer) or check boxes (several), in a row or a column."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.multiple = choice_mode(node) == "check"
        self.options = list(node.options)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.row.addLayout(column, 1)
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight
                             if orientation(node.definition) == "horizontal"
                             else QBoxLayout.Direction.TopToBottom)
        buttons.setSpacing(0)
        column.addLayout(buttons)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: list[QAbstractButton] = []
        for option in self.options:
            self.buttons.append(self._button(option_text(option, node.form.language), buttons))
        self.other: QAbstractButton | None = None
        self.other_text: QLineEdit | None = None
        if node.type == "open-choice":
            self.other = self._button(tr("Other…"), buttons)
            other_text = touch(QLineEdit(), 240)
            other_text.setAccessibleName(tr("Other answer to: {0}").format(node.text))
            other_text.setAccessibleDescription(tr("Type your answer if it is not listed"))
            other_text.editingFinished.connect(self._changed)
            other_text.setMaximumWidth(480)
            other_text.hide()  # until "Other…" is chosen
            column.addWidget(other_text)
            self.other_text = other_text
        if orientation(node.definition) == "horizontal":
            buttons.addStretch(1)
        self.show_answers()

    def _button(self, text: str, layout: QBoxLayout) -> QAbstractButton:
        button: QAbstractButton = QCheckBox(text) if self.multiple else QRadioButton(text)
        touch(button, 96)
        button.setAccessibleName(text)
        button.setAccessibleDescription(self.node.text)
        self.group.addButton(button)
        button.toggled.connect(self._changed)
        layout.addWidget(button)
        return button

    def show_answers(self) -> None:
        picked, other = _chosen(self.node)
        self.group.setExclusive(False)
        for option, button in zip(self.options, self.buttons, strict=True):
            button.blockSignals(True)
            button.setChecked(option in picked)
            button.blockSignals(False)
        if self.other is not None and self.other_text is not None:
            self.other.blockSignals(True)
            self.other.setChecked(bool(other) or self.other.isChecked() and not picked)
            self.other.blockSignals(False)
            if other and self.other_text.text() != str(other[0]):
                self.other_text.setText(str(other[0]))
            self.other_text.setVisible(self.other.isChecked())
        self.group.setExclusive(not self.multiple)

    def values(self) -> list[Any]:
        found: list[Any] = [o for o, b in zip(self.options, self.buttons, strict=True)
                            if b.isChecked()]
        if self.other is not None and self.other.isChecked() and self.other_text is not None:
            self.other_text.show()
            text = self.other_text.text().strip()
            if text:
                found.append(text)
        elif self.other_text is not None:
            self.other_text.hide()
        return found

    def _changed(self) -> None:
        values = self.values()
        if self.other is not None and self.other.isChecked() and self.other_text is not None \
                and not self.other_text.text().strip():
            self.other_text.setFocus()  # "Other…" picked: type it next
            if not values:
                return
        self.commit(values)

    def flush(self) -> None:
        if self.other_text is not None and self.other_text.hasFocus():
            self._changed()


class ComboEditor(Editor):
    """A drop-down list; searchable (type to filter) for ``autocomplete`` and long lists."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.options = list(node.options)
        self.open = node.type == "open-choice"
        self.combo = QComboBox()
        touch(self.combo, 280)
        self.combo.addItem("", None)
        for option in self.options:
            self.combo.addItem(option_text(option, node.form.language), option)
        self.searchable = choice_mode(node) == "autocomplete"
        if self.searchable or self.open:
            self.combo.setEditable(True)
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter([self.combo.itemText(i) for i in range(1, self.combo.count())],
                                   self.combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.combo.setCompleter(completer)
            line = self.combo.lineEdit()
            assert line is not None
            line.setPlaceholderText(tr("Type to search, or type your own answer") if self.open
                                    else tr("Type to search"))
            line.setAccessibleName(node.text)
            line.editingFinished.connect(self.flush)
        self.combo.activated.connect(lambda _index: self.flush())
        self.row.addWidget(self.combo, 1)
        self.show_answers()

    def show_answers(self) -> None:
        picked, other = _chosen(self.node)
        self.combo.blockSignals(True)
        if picked:
            self.combo.setCurrentIndex(self.options.index(picked[0]) + 1)
        elif other and self.combo.isEditable():
            self.combo.setEditText(str(other[0]))
        elif self.node.input_error is None:
            self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        for i in range(1, self.combo.count()):
            if self.combo.itemText(i).casefold() == text.casefold():
                return self.combo.itemData(i)
        return text  # not in the list: free text (open-choice) or the engine's message

    def flush(self) -> None:
        value = self.value()
        picked, other = _chosen(self.node)
        before = picked[0] if picked else (other[0] if other else None)
        if value != before or self.node.input_error is not None:
            self.commit([] if value is None else [value])
