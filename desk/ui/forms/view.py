"""The form renderer: a form's pages one at a time, then a review page and Submit.

:class:`FormWidget` takes a :class:`~desk.forms.Form` and shows it. It subscribes to the
form's change events and updates only the widgets of the nodes that changed; the engine
holds every answer, so switching language or adding an entry rebuilds widgets and loses
nothing. Pages come from :func:`desk.forms.pages.paginate`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.forms import Form, FormChange, Node, NodeKey
from desk.forms.pages import page_of, paginate, problems, progress, visible_pages, wrong_answers
from desk.ui.forms.editors import touch
from desk.ui.forms.items import Hooks, ItemView, ItemWidget, build_items
from desk.ui.forms.review import ReviewWidget
from desk.ui.translation import current_language
from desk.ui.widgets import MessageBanner, heading

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "de": "Deutsch",
                  "nl": "Nederlands", "nb": "Norsk bokmål", "it": "Italiano", "pt": "Português"}


# point sizes of the style sheet's text in the form (resources/styles/desk.qss), by selector
TEXT_SIZES = {"*": 10, "QLabel#question, QLabel#calculated, QLabel#display-text": 12,
              "QLabel#h1": 17, "QLabel#h2": 13,
              "QRadioButton, QCheckBox, QLineEdit, QComboBox, QAbstractSpinBox, "
              "QPlainTextEdit": 11}
LARGE_TEXT = 1.5
# a scroll bar a finger can hold: wide, with a handle at least a touch target long
SCROLL_BAR = ("QScrollBar:vertical { width: 16px; background: #e6ebf1; border: none; "
              "border-radius: 8px; margin: 0; }"
              "QScrollBar::handle:vertical { background: #8596aa; border-radius: 8px; "
              "min-height: 44px; }"
              "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
              "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical "
              "{ background: none; }")


def text_sheet(scale: float) -> str:
    """A style sheet that scales the form's text by ``scale`` (empty for 1)."""
    if scale == 1:
        return ""
    return "\n".join(f"{selector} {{ font-size: {round(size * scale)}pt; }}"
                     for selector, size in TEXT_SIZES.items())


class FormWidget(QWidget):
    """A form being filled in, one page at a time, ending with review and Submit.

    ``strict_pages`` False (the default) lets the patient go on past a question they
    leave unanswered (the review page links back to it; Submit waits for it); True also
    keeps Next on the page until its required questions are answered. Next never leaves
    a page holding an answer that does not fit.

    ``read_only`` True shows the answers without letting them change (a completed
    response opened by staff): editors are disabled, entries cannot be added or removed,
    and there are only Back and Next page, which never stops, to a summary of the answers
    with no Submit and nothing to answer.
    """

    sig_submitted = Signal()
    """The patient pressed Submit and every required answer is there and valid."""

    sig_changed = Signal()
    """An answer or the form's entries changed (the moment to save a draft)."""

    sig_page_changed = Signal(int)
    """Another page is shown: its index in ``pages``, or ``len(pages)`` for the review."""

    sig_language_changed = Signal(str)
    """The form is now shown in another language (the code, e.g. "fr")."""

    def __init__(self, form: Form, *, strict_pages: bool = False, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-view")
        self.form = form
        self.strict_pages = strict_pages
        self.read_only = read_only
        self.large_text = False
        self.pages = paginate(form)
        self.review_index = len(self.pages)
        self.index = -1
        self._views: dict[Node, ItemView] = {}
        self._built: dict[int, QScrollArea] = {}
        self._touched: set[NodeKey] = set()
        self.hooks = Hooks(answer=self._answer, add=self._add, remove=self._remove,
                           register=self._register)
        self._layout()
        unsubscribe = form.subscribe(self._changed)
        self.destroyed.connect(lambda *_: unsubscribe())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        visible = visible_pages(form, self.pages)
        self.show_page(visible[0] if visible else self.review_index)

    # ---- public API -------------------------------------------------------------------

    @property
    def on_review(self) -> bool:
        return self.index == self.review_index

    def show_page(self, index: int) -> None:
        """Show page ``index`` (``len(pages)`` is the review page)."""
        self.banner.hide()
        if index == self.review_index:
            self.review.refresh()
            self.stack.setCurrentWidget(self.review_area)
        else:
            self.stack.setCurrentWidget(self._page(index))
        self.index = index
        self._chain_tabs()
        self._update_nav()
        self.sig_page_changed.emit(index)

    def next_page(self) -> bool:
        """Go on to the next page (or the review) unless this page needs correcting first."""
        if self.on_review:
            return False
        nodes = self.pages[self.index].questions(self.form)
        self.flush()
        for node in [] if self.read_only else nodes:
            self._touch(node)
        blocking = [] if self.read_only else [
            n for n in nodes if wrong_answers(n) or self.strict_pages and problems(n)]
        if blocking:
            self.banner.show_message(self.tr("Please look at the answers marked on this page "
                                             "before going on."))
            self.focus_item(blocking[0])
            return False
        later = [i for i in visible_pages(self.form, self.pages) if i > self.index]
        self.show_page(later[0] if later else self.review_index)
        return True

    def back(self) -> None:
        """Go back to the page before this one."""
        self.flush()
        earlier = [i for i in visible_pages(self.form, self.pages) if i < self.index]
        if earlier:
            self.show_page(earlier[-1])

    def submit(self) -> bool:
        """Emit :attr:`sig_submitted` if the form is complete; else show what is missing."""
        if self.read_only:
            return False  # nothing is submitted from a response opened to be read
        self.flush()
        if not self.on_review:
            self.show_page(self.review_index)
        self.review.refresh()
        if self.review.missing() or not self.form.is_complete():
            self.banner.show_message(self.tr("Some answers are still needed."))
            self._update_nav()
            return False
        self.sig_submitted.emit()
        return True

    def focus_item(self, node: Node) -> None:
        """Show the page of ``node``, scroll to it and put the keyboard focus on it."""
        index = page_of(self.pages, node)
        if index != self.index:
            self.show_page(index)
        view = self._views.get(node)
        if view is None:
            return
        self._touch(node)
        if isinstance(view, QWidget):
            self._built[index].ensureWidgetVisible(view)
        view.focus()

    def set_language(self, language: str) -> None:
        """Show the form in ``language``; every answer is kept (the engine holds them)."""
        self.flush()
        if language != self.form.language:
            self.form.set_language(language)

    def set_large_text(self, on: bool) -> None:
        """Show the form's text half as large again (True) or at its usual size (False)."""
        self.large_text = on
        self.setStyleSheet(text_sheet(LARGE_TEXT if on else 1))

    def flush(self) -> None:
        """Commit text still being typed on the page shown."""
        if self.on_review or self.index < 0:
            return
        for node in self.pages[self.index].questions(self.form):
            view = self._views.get(node)
            if view is not None:
                view.flush()

    def item_widget(self, link_id: str, index: int = 0) -> ItemView | None:
        """The widget of the ``index``-th instance of ``link_id``, if its page was built."""
        found = self.form.find(link_id)
        return self._views.get(found[index]) if index < len(found) else None

    # ---- building ---------------------------------------------------------------------

    def _layout(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top)  # first, so that no control is shown before it is in the view
        self.title = heading(self.form.title or self.tr("Form"))
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.language = QComboBox(self)  # in the view at once: shown alone it is a window
        touch(self.language, 160)
        self._fill_languages()
        self.language.activated.connect(
            lambda i: self.set_language(str(self.language.itemData(i))))
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        self.text_size = touch(QPushButton(), 120)
        self.text_size.setCheckable(True)
        self.text_size.setObjectName("secondary")
        self.text_size.toggled.connect(self.set_large_text)
        top.addWidget(self.text_size, 0, Qt.AlignmentFlag.AlignTop)
        self.progress = QLabel()
        self.progress.setObjectName("muted")
        outer.addWidget(self.progress)
        self.banner = MessageBanner()
        outer.addWidget(self.banner)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.review = ReviewWidget(self.form, self.pages, read_only=self.read_only)
        self.review.sig_jump.connect(self.focus_item)
        self.review_area = self._scroll(self.review)
        self.stack.addWidget(self.review_area)
        outer.addLayout(self._footer())

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = touch(QPushButton(), 120)
        self.next_button = touch(QPushButton(), 160)
        self.submit_button = touch(QPushButton(), 160)
        # reading a response, Next only turns the page: it does not look like a step to take
        self.next_button.setObjectName("secondary" if self.read_only else "primary")
        self.submit_button.setObjectName("primary")
        self._name_controls()
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_page)
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.submit_button)
        return row

    def _name_controls(self) -> None:
        """The words of the header and the footer, in the language of the app's translator."""
        self.words = current_language()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("Shows the form in another language"))
        for button, text, description in (
                (self.text_size, self.tr("Larger text"),
                 self.tr("Makes the text of the form larger")),
                (self.back_button, self.tr("Back"), self.tr("Goes to the page before")),
                (self.next_button, self.tr("Next page") if self.read_only else self.tr("Next"),
                 self.tr("Goes to the next page")),
                (self.submit_button, self.tr("Submit"), self.tr("Sends your answers"))):
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)

    def _fill_languages(self) -> None:
        self.language.clear()
        for code in self.form.languages:
            self.language.addItem(LANGUAGE_NAMES.get(code.split("-")[0], code), code)
        current = self.language.findData(self.form.language)
        self.language.setCurrentIndex(max(current, 0))
        self.language.setVisible(self.language.count() > 1)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("page")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(inner)
        area.verticalScrollBar().setStyleSheet(SCROLL_BAR)
        # a finger drags the page; the mouse still draws on a signature pad
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        return area

    def _page(self, index: int) -> QScrollArea:
        area = self._built.get(index)
        if area is not None:
            return area
        inner = QWidget()
        area = self._built[index] = self._scroll(inner)
        self.stack.addWidget(area)  # before it is filled: moving a full page costs a walk
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 12, 4)
        title = self.pages[index].title(self.form)
        first = self.pages[index].items[0]
        if title and title != self.form.title and not first.repeats:  # instances say it
            layout.addWidget(heading(title, 2))
        build_items(self.pages[index].nodes(self.form), layout, self.hooks)
        layout.addStretch(1)
        for button in inner.findChildren(QAbstractButton):
            if self.read_only and button.property("repeat"):
                button.hide()
        if self.read_only:
            for item in inner.findChildren(ItemWidget):
                item.read_only = True
        return area

    def _rebuild(self) -> None:
        """Drop every page's widgets and build the page shown again (answers stay)."""
        for area in self._built.values():
            self.stack.removeWidget(area)
            area.deleteLater()
        self._built = {}
        self._views = {}
        self.title.setText(self.form.title or self.tr("Form"))
        self._fill_languages()
        visible = visible_pages(self.form, self.pages)
        if not self.on_review and self.index not in visible:
            self.index = min((i for i in visible if i > self.index), default=self.review_index)
        self.show_page(self.index)

    def _chain_tabs(self) -> None:
        """Tab goes through the header, the page shown in reading order, then the footer."""
        page = self.stack.currentWidget()
        if page is None:
            return
        window = self.window()  # not the pop-up lists of drop-downs, windows of their own
        inside = [w for w in page.findChildren(QWidget)
                  if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                  and w.window() is window]
        chain = [self.language, self.text_size, *inside, self.back_button, self.next_button,
                 self.submit_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _register(self, node: Node, view: ItemView) -> None:
        self._views[node] = view
        if node.key in self._touched:
            view.touch()

    # ---- events -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self.words != current_language():
            self._name_controls()
            self._rebuild()
        super().changeEvent(event)

    def _answer(self, node: Node, values: list[Any]) -> None:
        self.form.set_answers(node, values)

    def _add(self, node: Node) -> None:
        self.flush()
        fresh = self.form.add_instance(node)
        view = self._views.get(fresh)
        if view is not None:
            view.focus()

    def _remove(self, node: Node) -> None:
        self.flush()
        self.form.remove_instance(node)

    def _changed(self, change: FormChange) -> None:
        if change.language or change.structure:
            self._rebuild()
            if change.language:
                self.sig_language_changed.emit(self.form.language or "")
        else:
            for node in change.nodes:
                view = self._views.get(node)
                if view is not None:
                    view.refresh()
            if self.on_review:
                self.review.refresh()
                self._chain_tabs()
        self._update_nav()
        self.sig_changed.emit()

    def _touch(self, node: Node) -> None:
        self._touched.add(node.key)
        view = self._views.get(node)
        if view is not None:
            view.touch()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or not self.isAncestorOf(old):
            return
        item: QWidget | None = old
        while item is not None and not isinstance(item, ItemWidget):
            item = item.parentWidget()
        if item is None or (new is not None and item.isAncestorOf(new)):
            return
        if self._views.get(item.node) is item:
            self._touch(item.node)

    def _update_nav(self) -> None:
        visible = visible_pages(self.form, self.pages)
        if self.on_review:
            self.progress.setText(self.tr("Summary of the answers") if self.read_only
                                  else self.tr("Review your answers"))
        else:
            position, count = progress(self.form, self.pages, self.index)
            self.progress.setText(self.tr("Page {0} of {1}").format(position, count))
        self.progress.setAccessibleName(self.progress.text())
        self.back_button.setEnabled(any(i < self.index for i in visible))
        self.next_button.setVisible(not self.on_review)
        self.submit_button.setVisible(self.on_review and not self.read_only)
        self.submit_button.setEnabled(not self.read_only and not self.review.missing())
