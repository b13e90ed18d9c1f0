"""Every bundled form and every questionnaire of the corpus renders through all its pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.forms import bundled_forms
from tests.forms.helpers import corpus_files

FORMS = list(bundled_forms().values()) + corpus_files()


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_every_form_renders_page_by_page_to_the_review(qtbot, show, qt_warnings,
                                                       path: Path) -> None:
    view = show(path)
    seen = 0
    while not view.on_review:
        assert view.progress.text() == f"Page {seen + 1} of {len(_visible(view))}"
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        seen += 1
        assert seen <= len(view.pages), "Next did not move on"
    assert view.progress.text() == "Review your answers"
    assert view.submit_button.isVisible() and not view.next_button.isVisible()
    texts = [label.text() for label in view.review.findChildren(QLabel) if label.isVisible()]
    assert view.review.entries and all(e.question in texts for e in view.review.entries)
    assert qt_warnings == []


def _visible(view) -> list[int]:
    from desk.forms.pages import visible_pages

    return visible_pages(view.form, view.pages)
