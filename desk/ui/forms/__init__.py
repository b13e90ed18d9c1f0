"""The form renderer: FHIR Questionnaires shown page by page, for the kiosk and for staff.

::

    form = Form.load(bundled_forms()["consent"], language="fr")
    view = FormWidget(form)                  # pages, review, Submit
    view.sig_submitted.connect(lambda: file(form.to_response(subject=...)))
    view.sig_changed.connect(lambda: save_draft(form.to_draft()))
    view.set_language("es")                  # rebuilt; every answer kept

The widgets read and write the engine only (``desk.forms``); paging, the review list
and the sanitizer of rich text live in the Qt-free core (``desk.forms.pages`` and
``desk.forms.richtext``). :class:`SignaturePad` is usable on its own.
"""

from __future__ import annotations

from desk.ui.forms.items import GroupWidget, ItemWidget, TableGroupWidget
from desk.ui.forms.review import ReviewWidget
from desk.ui.forms.signature import SignatureEditor, SignaturePad
from desk.ui.forms.view import FormWidget

__all__ = ["FormWidget", "GroupWidget", "ItemWidget", "ReviewWidget", "SignatureEditor",
           "SignaturePad", "TableGroupWidget"]
