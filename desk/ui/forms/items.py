"""One widget per item: a question with its editor and messages, a display text, a group.

:func:`build_items` lays out a list of sibling nodes. It picks the widget for each
(:class:`ItemWidget` for questions and display items, :class:`GroupWidget` for groups,
:class:`TableGroupWidget` for a ``gtable`` group) and puts Add and Remove buttons after
a repeating group's instances. Every widget registers itself with the form view through
:class:`Hooks`, so a change in the engine updates only the widgets of changed nodes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.forms import Node
from desk.forms.pages import help_text, is_help, is_signature, problems, xhtml
from desk.forms.richtext import plain_text, sanitize
from desk.ui.forms.choices import ButtonsEditor, ComboEditor, choice_mode
from desk.ui.forms.editors import (
    BooleanEditor,
    Commit,
    Editor,
    FileEditor,
    MultiLineEditor,
    NumberEditor,
    PickerEditor,
    SliderEditor,
    TextEditor,
    focus_first,
    keyboard_hints,
    touch,
)
from desk.ui.forms.signature import SignatureEditor
from desk.ui.widgets import muted


def tr(text: str) -> str:
    # lupdate files a module function's tr("...") under no context: looked up there
    return QCoreApplication.translate("", text)


@dataclass
class Hooks:
    """What item widgets ask of the form view."""

    answer: Callable[[Node, list[Any]], None]
    add: Callable[[Node], None]
    remove: Callable[[Node], None]
    register: Callable[[Node, ItemView], None]


class ItemView(Protocol):
    """What the form view calls on the widget of one node."""

    node: Node

    def refresh(self) -> None: ...
    def touch(self) -> None: ...
    def flush(self) -> None: ...
    def focus(self) -> None: ...


def item_text(node: Node) -> str:
    """The item's words with its prefix ("1. How often…"), as plain text."""
    markup = xhtml(node.definition, node.form.language)
    text = plain_text(markup) if markup else node.text
    return " ".join(filter(None, (node.prefix, text)))


def text_label(node: Node, *, name: str = "question") -> QLabel:
    """A label for the item's text: sanitized rich text when the form gives xhtml."""
    markup = xhtml(node.definition, node.form.language)
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if markup:
        label.setTextFormat(Qt.TextFormat.RichText)
        prefix = f"{node.prefix} " if node.prefix else ""
        label.setText(prefix + sanitize(markup))
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(item_text(node))
    label.setAccessibleName(item_text(node))
    return label


def make_editor(node: Node, commit: Commit) -> Editor:
    """The editor that fits the node's type and itemControl."""
    kind, control = node.type, node.item_control
    if kind in ("choice", "open-choice") and node.options:
        mode = choice_mode(node)
        if mode in ("check", "radio"):
            return ButtonsEditor(node, commit)
        return ComboEditor(node, commit)
    if kind == "boolean":
        return BooleanEditor(node, commit)
    if kind == "attachment":
        return SignatureEditor(node, commit) if is_signature(node.definition) \
            else FileEditor(node, commit)
    if node.repeats:
        return ListEditor(node, commit)
    if kind in ("integer", "decimal", "quantity"):
        return SliderEditor(node, commit) if control == "slider" else NumberEditor(node, commit)
    if kind in ("date", "time", "dateTime"):
        return PickerEditor(node, commit)
    if kind == "text":
        return MultiLineEditor(node, commit)
    return TextEditor(node, commit)


class ListEditor(Editor):
    """Several typed answers of a repeating question: one field each, plus Add."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        self.column = QVBoxLayout()
        self.row.addLayout(self.column, 1)
        self.fields: list[QLineEdit] = []
        self.more = touch(QPushButton(tr("Add another answer")), 160)
        self.more.setAccessibleName(tr("Add another answer to: {0}").format(node.text))
        self.more.clicked.connect(self._add_field)
        self.row.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        self.show_answers()

    def _add_field(self, text: str = "") -> QLineEdit:
        field = QLineEdit(text if isinstance(text, str) else "")
        touch(field, 200)
        field.setInputMethodHints(keyboard_hints(self.node.type))
        field.setAccessibleName(tr("{0}, answer {1}").format(self.node.text,
                                                              len(self.fields) + 1))
        field.editingFinished.connect(self.flush)
        self.column.addWidget(field)
        if self.fields:  # Tab goes from the last answer to this one, then to Add
            QWidget.setTabOrder(self.fields[-1], field)
            QWidget.setTabOrder(field, self.more)
        self.fields.append(field)
        if not text:
            field.show()  # a hidden field cannot take the focus
            field.setFocus()
        return field

    def show_answers(self) -> None:
        texts = [str(v) for _, v in self.node.answers]
        if self.fields and [f.text() for f in self.fields if f.text()] == texts:
            return
        for field in self.fields:
            field.deleteLater()
        self.fields = []
        for text in texts or [""]:
            self._add_field(text).clearFocus()

    def flush(self) -> None:
        values = [f.text().strip() for f in self.fields if f.text().strip()]
        if values != [str(v) for _, v in self.node.answers]:
            self.commit(values)


class ItemWidget(QFrame):
    """A question (text, help, editor, messages) or a display item, with nested items."""

    def __init__(self, node: Node, hooks: Hooks, *, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node = node
        self.hooks = hooks
        self.touched = False
        self._read_only = False
        self.editor: Editor | None = None
        self.value: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        self.layout_ = layout
        if node.type == "display":
            self.label = text_label(node, name=_display_style(node))
            layout.addWidget(self.label)
        else:
            self._question(compact)
        if node.children:
            inner = QVBoxLayout()
            inner.setContentsMargins(24, 0, 0, 0)
            layout.addLayout(inner)  # first, so that the children are made inside this item
            build_items([c for c in node.children if not is_help(c)], inner, hooks)
        hooks.register(node, self)
        self.refresh()

    def _question(self, compact: bool) -> None:
        node = self.node
        header = QHBoxLayout()
        self.label = text_label(node)
        if node.required:
            self.label.setText(self.label.text() + " *")
        if compact:  # hide only: showing a label not yet in a window makes it one
            self.label.hide()
        header.addWidget(self.label, 1)
        self.help = QLabel(help_text(node))
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)
        self.help.hide()
        if self.help.text():
            toggle = touch(QPushButton("?"))
            toggle.setObjectName("secondary")
            toggle.setCheckable(True)
            toggle.setAccessibleName(tr("Help for: {0}").format(item_text(node)))
            toggle.setAccessibleDescription(tr("Shows or hides an explanation"))
            toggle.toggled.connect(self.help.setVisible)
            header.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.help)
        if node.read_only:
            self.value = QLabel()
            self.value.setObjectName("calculated")
            self.value.setAccessibleName(item_text(node))
            self.layout_.addWidget(self.value)
        else:
            self.editor = make_editor(node, self._commit)
            self.layout_.addWidget(self.editor)
            self._describe()
        self.message = QLabel()
        self.message.setObjectName("bad")
        self.message.setWordWrap(True)
        self.message.hide()
        self.layout_.addWidget(self.message)

    def _describe(self) -> None:
        """Name every control of the editor after the question, and say what it needs."""
        assert self.editor is not None
        node = self.node
        hints = [tr("Required") if node.required else "", node.entry_format or "",
                 node.unit or "", help_text(node)]
        description = ". ".join(h for h in hints if h)
        for control in [self.editor, *self.editor.findChildren(QWidget)]:
            if control.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if not control.accessibleName():
                control.setAccessibleName(item_text(node))
            if not control.accessibleDescription():
                control.setAccessibleDescription(description or item_text(node))
        focusable = [w for w in self.editor.findChildren(QWidget)
                     if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        if focusable:
            self.label.setBuddy(focusable[0])

    @property
    def read_only(self) -> bool:
        """Whether the answers are shown only (the editor stays disabled, also when it is
        made again for other options)."""
        return self._read_only

    @read_only.setter
    def read_only(self, on: bool) -> None:
        self._read_only = on
        if self.editor is not None:
            self.editor.setEnabled(not on)

    def _commit(self, values: list[Any]) -> None:
        if not self._read_only:
            self.hooks.answer(self.node, values)

    def refresh(self) -> None:
        """Show the node as the engine has it now: visibility, answers, messages."""
        show_if(self, self.node.visible)
        if self.node.type == "display":
            return
        if self.value is not None:
            texts = self.node.answer_texts()
            self.value.setText(", ".join(texts) if texts else "—")
        if self.editor is not None and self.editor.options_shown != list(self.node.options):
            self._replace_editor()  # answerExpression gave other options
        elif self.editor is not None:
            self.editor.show_answers()
        self.show_problems()

    def _replace_editor(self) -> None:
        assert self.editor is not None
        old = self.editor
        self.editor = make_editor(self.node, self._commit)
        self.layout_.replaceWidget(old, self.editor)
        self.editor.setEnabled(not self._read_only)
        self.editor.show()
        old.hide()
        old.deleteLater()
        self._describe()

    def touch(self) -> None:
        """The patient left this item (or pressed Next): show its messages from now on."""
        if self.editor is not None:
            self.editor.flush()
        self.touched = True
        self.show_problems()

    def show_problems(self) -> None:
        if self.node.type == "display":
            return
        # a signature the answers outgrew asks at once to sign again
        found = problems(self.node) if self.touched or self.node.signature_stale else []
        self.message.setText("\n".join(found))
        self.message.setVisible(bool(found))
        self.setAccessibleDescription("\n".join(found))

    def flush(self) -> None:
        if self.editor is not None:
            self.editor.flush()

    def focus(self) -> None:
        if self.editor is not None:
            self.editor.focus()


class GroupWidget(QFrame):
    """A group (one instance of it) with its heading and items; Remove for a repeat."""

    def __init__(self, node: Node, hooks: Hooks, *, heading: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node = node
        self.hooks = hooks
        self.touched = False
        self.setObjectName("card" if node.parent is not None else "")
        layout = QVBoxLayout(self)
        margin = 12 if node.parent is not None else 0
        layout.setContentsMargins(margin, margin, margin, margin)
        top = QHBoxLayout()
        title = item_text(node)
        if node.repeats and len(node.instances()) > 1:
            title = tr("{0} ({1})").format(title, node.index + 1) if title else ""
        if heading and title:
            label = text_label(node, name="h2")
            label.setText(title)
            top.addWidget(label, 1)
        if node.repeats and len(node.instances()) > 1:
            remove = touch(QPushButton(tr("Remove")), 96)
            remove.setProperty("repeat", True)
            remove.setAccessibleName(tr("Remove {0}").format(title or tr("this entry")))
            remove.setAccessibleDescription(tr("Removes this entry and its answers"))
            remove.clicked.connect(lambda: hooks.remove(node))
            top.addStretch(1)
            top.addWidget(remove)
        layout.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("bad")
        self.message.hide()
        layout.addWidget(self.message)
        build_items([c for c in node.children if not is_help(c)], layout, hooks)
        hooks.register(node, self)
        self.refresh()

    def refresh(self) -> None:
        show_if(self, self.node.visible)
        self.show_problems()

    def touch(self) -> None:
        self.touched = True
        self.show_problems()

    def show_problems(self) -> None:
        found = problems(self.node) if self.touched else []
        self.message.setText("\n".join(found))
        self.message.setVisible(bool(found))

    def flush(self) -> None:
        """Nothing is typed into a group itself."""

    def focus(self) -> None:
        """Focus the group's first question (not its Remove button)."""
        first = next((w for w in self.findChildren(ItemWidget) if w.editor is not None
                      and w.node.visible), None)
        if first is not None:
            first.focus()
        else:
            focus_first(self)


class TableGroupWidget(QFrame):
    """A ``gtable`` group: one row per instance, one column per question."""

    def __init__(self, instances: list[Node], hooks: Hooks,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first = instances[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if first.parent is not None and item_text(first):
            layout.addWidget(text_label(first, name="h2"))
        grid = QGridLayout()
        layout.addLayout(grid)  # first: a cell made parentless would flash up as a window
        columns = [c for c in first.children if not is_help(c)]
        for column, child in enumerate(columns):
            grid.addWidget(muted(item_text(child)), 0, column)
        for row, instance in enumerate(instances, start=1):
            cells = [c for c in instance.children if not is_help(c)]
            for column, child in enumerate(cells):
                cell = ItemWidget(child, hooks, compact=True, parent=self)
                grid.addWidget(cell, row, column)
            if first.repeats:
                remove = touch(QPushButton(tr("Remove")), 96)
                remove.setProperty("repeat", True)
                remove.setAccessibleName(tr("Remove row {0}").format(row))
                remove.clicked.connect(lambda _=False, n=instance: hooks.remove(n))
                grid.addWidget(remove, row, len(columns))
        for instance in instances:
            hooks.register(instance, _Row(instance, self))
        if first.repeats:
            layout.addWidget(_add_button(instances[-1], hooks), 0, Qt.AlignmentFlag.AlignLeft)


class _Row:
    """A table row as the form view sees it: it shows or hides the whole table."""

    def __init__(self, node: Node, table: TableGroupWidget) -> None:
        self.node = node
        self.table = table

    def refresh(self) -> None:
        self.table.setVisible(self.node.visible)

    def touch(self) -> None:
        """Each cell shows its own messages."""

    def flush(self) -> None:
        """Each cell commits its own text."""

    def focus(self) -> None:
        focus_first(self.table)


def _display_style(node: Node) -> str:
    return "muted" if node.display_category in ("instructions", "help", "security") \
        else "display-text"


def _add_button(last: Node, hooks: Hooks) -> QPushButton:
    title = item_text(last) or tr("entry")
    button = touch(QPushButton(tr("Add another: {0}").format(title)), 160)
    button.setProperty("repeat", True)
    button.setObjectName("secondary")
    button.setAccessibleName(tr("Add another: {0}").format(title))
    button.setAccessibleDescription(tr("Adds an empty entry to fill in"))
    button.clicked.connect(lambda: hooks.add(last))
    limit = last.definition.max_occurs
    button.setEnabled(limit is None or len(last.instances()) < limit)
    return button


def show_if(widget: QWidget, visible: bool) -> None:
    """Show or hide ``widget`` only if that changes anything: setVisible polishes the
    widget and its children under the style sheet even when it changes nothing."""
    parent = widget.parentWidget()
    if parent is None or widget.isVisibleTo(parent) != visible:
        widget.setVisible(visible)


def build_items(nodes: list[Node], layout: QVBoxLayout, hooks: Hooks) -> None:
    """Add the widgets of sibling ``nodes`` to ``layout``, repeat buttons included.

    Each is made inside the layout's widget: under the application's style sheet, moving
    a finished widget into another costs a walk over all its children."""
    owner = layout.parentWidget()
    done: set[int] = set()
    for node in nodes:
        if id(node) in done:
            continue
        if node.type == "group" and node.item_control == "gtable":
            instances = [n for n in node.instances() if n in nodes]
            done.update(id(n) for n in instances)
            layout.addWidget(TableGroupWidget(instances, hooks, owner))
            continue
        if node.type == "group":
            layout.addWidget(GroupWidget(node, hooks, heading=node.parent is not None
                                         or node.repeats, parent=owner))
        else:
            layout.addWidget(ItemWidget(node, hooks, parent=owner))
        if node.repeats and node.type == "group" and node is node.instances()[-1]:
            layout.addWidget(_add_button(node, hooks), 0, Qt.AlignmentFlag.AlignLeft)
