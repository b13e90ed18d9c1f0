"""The form renderer: FHIR Questionnaires shown page by page, for the kiosk and for staff.

::

    form = Form.load(bundled_forms()["consent"], language="fr")
    view = FormWidget(form)                  # pages, review, Submit
    view.sig_submitted.connect(lambda: file(form.to_response(subject=...)))
    view.sig_changed.connect(lambda: save_draft(form.to_draft()))
    view.set_language("es")                  # rebuilt; every answer kept

:class:`FormWidget` (``form``; keyword-only ``strict_pages``, ``read_only``, ``parent``) signals
``sig_submitted``, ``sig_changed``, ``sig_page_changed(int)`` and
``sig_language_changed(str)``; it offers ``show_page``, ``next_page``, ``back``,
``submit``, ``focus_item(node)``, ``set_language``, ``set_large_text``, ``flush`` and
``item_widget(link_id)``. The engine holds every answer: a view can be dropped and a new
one built on the same :class:`~desk.forms.Form` at any time (a deleted view unsubscribes).

The widgets read and write the engine only (``desk.forms``); paging, the review list and
the sanitizer of rich text live in the Qt-free core (``desk.forms.pages`` and
``desk.forms.richtext``). :class:`SignaturePad` is usable on its own (``to_png``,
``clear``, ``sig_signed``, ``sig_cleared``).
"""

from __future__ import annotations

from desk.ui.forms.items import GroupWidget, ItemWidget, TableGroupWidget
from desk.ui.forms.review import ReviewWidget
from desk.ui.forms.signature import SignatureEditor, SignaturePad
from desk.ui.forms.view import FormWidget

__all__ = ["FormWidget", "GroupWidget", "ItemWidget", "ReviewWidget", "SignatureEditor",
           "SignaturePad", "TableGroupWidget"]
