"""Signing the bundled consent form with the mouse: a PNG answer, Clear, and Submit."""

from __future__ import annotations

import base64

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from desk.forms import bundled_forms
from desk.ui.forms import SignaturePad
from tests.ui.forms.helpers import button


def _sign(pad: SignaturePad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 100))
    for x in range(50, 280, 10):
        QTest.mouseMove(pad, QPoint(x, 80 + (x // 10 % 4) * 10))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(280, 90))


def _ink(data: bytes) -> int:
    image = QImage.fromData(data, "PNG")
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 128)


def test_strokes_on_the_pad_store_a_png_and_clear_removes_it(qtbot, show) -> None:
    view = show(bundled_forms()["consent"])
    item = view.item_widget("signature")
    pad = item.editor.pad
    assert pad.is_empty() and not item.editor.clear.isEnabled()
    _sign(pad)
    (key, value), = view.form.node("signature").answers
    assert key == "valueAttachment" and value["contentType"] == "image/png"
    png = base64.b64decode(value["data"])
    assert png.startswith(b"\x89PNG") and _ink(png) > 20
    qtbot.mouseClick(item.editor.clear, Qt.MouseButton.LeftButton)
    assert view.form.node("signature").answers == [] and pad.is_empty()


def test_a_required_signature_blocks_submit_until_signed(qtbot, show) -> None:
    view = show(bundled_forms()["consent"])
    qtbot.mouseClick(button(view.item_widget("agree"), "Yes"), Qt.MouseButton.LeftButton)
    view.item_widget("signer-name").editor.field.setText("Ada Lovelace")
    qtbot.mouseClick(button(view.item_widget("signer-role"), "The patient"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.on_review and not view.submit_button.isEnabled()
    assert [e.node.link_id for e in view.review.missing()] == ["signature"]
    qtbot.mouseClick(button(view.review, "Answer: Signature"), Qt.MouseButton.LeftButton)
    _sign(view.item_widget("signature").editor.pad)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.submit_button.isEnabled()
    shown = [label for label in view.review.findChildren(QLabel)
             if label.accessibleName() == "Signed" and label.isVisible()]
    assert len(shown) == 1 and not shown[0].pixmap().isNull()  # the signature, on review
    with qtbot.waitSignal(view.sig_submitted):
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    response = view.form.to_response()
    signed = next(i for i in response["item"] if i["linkId"] == "signature")
    assert signed["answer"][0]["valueAttachment"]["contentType"] == "image/png"


def test_the_signature_survives_a_language_switch(qtbot, show) -> None:
    view = show(bundled_forms()["consent"])
    _sign(view.item_widget("signature").editor.pad)
    before = view.form.node("signature").answer
    view.set_language("fr")
    pad = view.item_widget("signature").editor.pad
    assert not pad.is_empty() and view.form.node("signature").answer == before
    assert _ink(pad.to_png()) > 20


def test_a_stylus_signs_through_tablet_events(qtbot) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pad.show()
    signed: list[bool] = []
    pad.sig_signed.connect(lambda: signed.append(True))
    device = QPointingDevice.primaryPointingDevice()
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * 20 \
        + [QEvent.Type.TabletRelease]
    for n, kind in enumerate(kinds):
        point = QPointF(30 + n * 15, 60 + (n % 3) * 20)
        button = Qt.MouseButton.LeftButton
        held = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else button
        event = QTabletEvent(kind, device, point, pad.mapToGlobal(point), 0.5, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, button, held)
        QApplication.sendEvent(pad, event)
    assert signed == [True]
    assert _ink(pad.to_png()) > 20
    pad.clear()
    assert pad.is_empty() and _ink(pad.to_png()) == 0


def test_changing_an_answer_after_signing_empties_the_pad_and_asks_again(qtbot, show) -> None:
    view = show(bundled_forms()["consent"])
    name = view.item_widget("signer-name")
    qtbot.keyClicks(name.editor.field, "Ada Lovelace")
    qtbot.keyClick(name.editor.field, Qt.Key.Key_Tab)
    item = view.item_widget("signature")
    _sign(item.editor.pad)
    assert not item.editor.pad.is_empty() and not item.message.isVisible()
    name.editor.field.setFocus()
    qtbot.keyClicks(name.editor.field, " King")
    qtbot.keyClick(name.editor.field, Qt.Key.Key_Tab)
    assert view.form.node("signer-name").answer == "Ada Lovelace King"
    assert item.editor.pad.is_empty() and not item.editor.clear.isEnabled()
    assert item.message.isVisible()
    assert item.message.text() == "Your answers changed after you signed. Please sign again."
    _sign(item.editor.pad)
    assert view.form.node("signature").answers and not item.message.isVisible()


def test_a_consent_signed_with_the_mouse_prints_its_signature(qtbot, show, tmp_path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from desk.forms import Clinic, PatientHeader, render_response_pdf

    view = show(bundled_forms()["consent"])
    qtbot.mouseClick(button(view.item_widget("agree"), "Yes"), Qt.MouseButton.LeftButton)
    view.item_widget("signer-name").editor.field.setText("Ada Lovelace")
    qtbot.mouseClick(button(view.item_widget("signer-role"), "The patient"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # the name is committed
    qtbot.mouseClick(button(view.review, "Answer: Signature"), Qt.MouseButton.LeftButton)
    _sign(view.item_widget("signature").editor.pad)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.sig_submitted):
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    response = view.form.to_response(status="completed")
    pdf = tmp_path / "consent.pdf"
    render_response_pdf(bundled_forms()["consent"], response, clinic=Clinic("Clinique du Parc"),
                        patient=PatientHeader(name="Ada Lovelace", identifier="MRN-1"), out=pdf)
    page = pdfium.PdfDocument(pdf.read_bytes())[0]
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    assert len(images) == 1
    left, bottom, right, top = images[0].get_bounds()
    assert 100 < right - left <= 200 and 40 < top - bottom <= 86
    assert "Ada Lovelace, " in page.get_textpage().get_text_range()  # who signed, and when
