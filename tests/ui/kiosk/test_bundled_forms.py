"""The five bundled forms filled at the kiosk as a patient fills them: the code typed on the
welcome screen, answers typed and clicked, the consent signed with mouse strokes, each form
submitted. Then the stored responses (read back from the SQLCipher workspace) and the PDFs
the front desk gets: the answers are printed and the signature is on its page."""

from __future__ import annotations

import base64
import shutil
import subprocess
import warnings
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox

from desk.frontdesk import intake
from desk.frontdesk.codes import format_code
from desk.storage import accounts
from desk.ui.forms import FormWidget, ItemWidget, SignaturePad
from desk.ui.kiosk import KioskWidget
from tests.ui.conftest import PASSWORD, sign_in
from tests.ui.kiosk.test_kiosk import send

pytestmark = pytest.mark.clock  # the kiosk finds today's appointments

FORMS = ("new-patient-registration", "medical-history", "phq-9", "gad-7", "consent")
SIGNER = "Élise Durand"


@pytest.fixture
def flow(qtbot, staffed, make_window):
    with staffed.begin() as conn:
        accounts.create_user(conn, "tablet", "Waiting room", "kiosk", PASSWORD)
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.sign_in.sign_in.isEnabled())
    sign_in(qtbot, window, "tablet")
    qtbot.waitUntil(lambda: window.kiosk is not None)
    # the patient's keys and the focus go to the kiosk. Offscreen, the window made again
    # frameless on entering the kiosk keeps the platform's focus but is no longer the active
    # window, and asking for activation changes nothing: it is set directly.
    qtbot.waitExposed(window)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.kiosk
    if window.lockdown is not None:
        window.lockdown.release()


# ---- what the patient does ---------------------------------------------------------------


def _field(view: FormWidget, link_id: str, index: int = 0):
    item = view.item_widget(link_id, index)
    assert item is not None and item.isVisible(), link_id
    return item


def type_into(qtbot, view: FormWidget, link_id: str, text: str, index: int = 0) -> None:
    """Click the field, replace what it holds with ``text`` and leave it with Tab."""
    editor = _field(view, link_id, index).editor
    field = getattr(editor, "field", None) or getattr(editor, "spin", None)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    keys(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def keys(widget, text: str) -> None:
    """Type ``text`` key by key (QTest knows only ASCII keys: others come as their text,
    as a keyboard layout or the virtual keyboard sends them)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, view: FormWidget, link_id: str, choice: str, index: int = 0) -> None:
    """Click the radio button or check box ``choice`` of the item."""
    item = _field(view, link_id, index)
    found = [b for b in item.findChildren(QAbstractButton)
             if b.text() == choice and b.isVisible()]
    assert len(found) == 1, (link_id, choice)
    qtbot.mouseClick(found[0], Qt.MouseButton.LeftButton)
    assert found[0].isChecked()


def pick(qtbot, view: FormWidget, link_id: str, choice: str, index: int = 0) -> None:
    """Open the drop-down and choose ``choice`` with the keys, as a list is walked."""
    combo = _field(view, link_id, index).editor.combo
    assert isinstance(combo, QComboBox)
    wanted = combo.findText(choice)
    assert wanted > 0, (link_id, choice)
    combo.setFocus()
    for _ in range(wanted - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == choice


def press(qtbot, view: FormWidget, text: str) -> None:
    found = [b for b in view.findChildren(QAbstractButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, text
    qtbot.mouseClick(found[0], Qt.MouseButton.LeftButton)


def next_page(qtbot, view: FormWidget) -> None:
    before = view.index
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    marked = [(w.node.link_id, w.message.text()) for w in view.findChildren(ItemWidget)
              if w.node.type != "display" and w.message.isVisible()]
    assert view.index != before, f"Next stayed on page {before}: {marked}"


def sign(pad: SignaturePad) -> None:
    """A signature in two strokes of the mouse."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 110))
    for x in range(40, 200, 8):
        QTest.mouseMove(pad, QPoint(x, 70 + (x // 8 % 5) * 12))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(210, 60))
    for y in range(60, 130, 6):
        QTest.mouseMove(pad, QPoint(215 + y // 4, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(250, 130))


def submit(qtbot, flow: KioskWidget, view: FormWidget) -> None:
    assert view.on_review, view.index
    assert view.submit_button.isEnabled(), [e.question for e in view.review.missing()]
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.view is not view)


def fill_registration(qtbot, view: FormWidget) -> None:
    # the record filled name, birth date and sex in; the patient corrects the given name
    assert view.item_widget("family-name").editor.field.text() == "Durand"
    type_into(qtbot, view, "given-name", "Élise-Marie")
    pick(qtbot, view, "language", "French")
    next_page(qtbot, view)
    type_into(qtbot, view, "phone", "+33 1 42 68 53 00")
    type_into(qtbot, view, "email", "elise.durand@example.org")
    type_into(qtbot, view, "address-line", "12 rue des Lilas")
    type_into(qtbot, view, "address-city", "Lyon")
    type_into(qtbot, view, "address-postal-code", "69003")
    next_page(qtbot, view)
    type_into(qtbot, view, "emergency-name", "Paul Durand")
    pick(qtbot, view, "emergency-relationship", "Spouse or partner")
    type_into(qtbot, view, "emergency-phone", "+33 6 12 34 56 78")
    next_page(qtbot, view)
    click(qtbot, view, "insured", "Yes")
    type_into(qtbot, view, "insurer", "Mutuelle Générale")
    type_into(qtbot, view, "member-id", "MG-449102")
    click(qtbot, view, "policy-holder", "Someone else")
    type_into(qtbot, view, "holder-name", "Paul Durand")
    next_page(qtbot, view)


def fill_history(qtbot, view: FormWidget) -> None:
    type_into(qtbot, view, "condition-name", "Asthma")
    type_into(qtbot, view, "condition-since", "2009-04-01")
    click(qtbot, view, "condition-ongoing", "Yes")
    press(qtbot, view, "Add another: Illnesses and conditions")
    type_into(qtbot, view, "condition-name", "Migraine", index=1)
    next_page(qtbot, view)
    type_into(qtbot, view, "medication-name", "Salbutamol")
    type_into(qtbot, view, "medication-dose", "100 µg")
    pick(qtbot, view, "medication-frequency", "When needed")
    next_page(qtbot, view)
    click(qtbot, view, "has-allergies", "Yes")
    next_page(qtbot, view)
    type_into(qtbot, view, "allergy-substance", "Penicillin")
    click(qtbot, view, "allergy-severity", "Severe")
    next_page(qtbot, view)
    pick(qtbot, view, "family-relative", "Mother")
    type_into(qtbot, view, "family-condition", "Diabetes")
    type_into(qtbot, view, "family-onset-age", "52")
    next_page(qtbot, view)
    click(qtbot, view, "smoking", "I used to")
    next_page(qtbot, view)


def fill_scale(qtbot, view: FormWidget, prefix: str, count: int) -> None:
    for n in range(1, count + 1):
        click(qtbot, view, f"{prefix}-q{n}", "Several days" if n % 2 else "Not at all")
    next_page(qtbot, view)


def fill_consent(qtbot, view: FormWidget) -> None:
    click(qtbot, view, "agree", "Yes")
    type_into(qtbot, view, "signer-name", SIGNER)
    click(qtbot, view, "signer-role", "The patient")
    sign(_field(view, "signature").editor.pad)
    next_page(qtbot, view)


# ---- what the front desk gets ------------------------------------------------------------


def answers(response: dict) -> dict[str, list]:
    """Every answer of the response by linkId, nested items included."""
    found: dict[str, list] = {}

    def walk(items: list) -> None:
        for item in items:
            for answer in item.get("answer", []):
                found.setdefault(item["linkId"], []).extend(
                    v for k, v in answer.items() if k.startswith("value"))
                walk(answer.get("item", []))
            walk(item.get("item", []))

    walk(response.get("item", []))
    return found


def codes(values: list) -> list:
    return [v.get("display") if isinstance(v, dict) and "display" in v else v for v in values]


def pdf_text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf))


def ink(image: QImage) -> int:
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 128)


def test_the_five_bundled_forms_filled_and_signed_at_the_kiosk(qtbot, staffed, flow,
                                                                 tmp_path):
    handoff = send(staffed, forms=FORMS)
    keys(flow.welcome.code, format_code(handoff.code))
    qtbot.mouseClick(flow.welcome.open_code, Qt.MouseButton.LeftButton)
    fills = {"new-patient-registration": fill_registration, "medical-history": fill_history,
             "phq-9": lambda q, v: fill_scale(q, v, "phq9", 9),
             "gad-7": lambda q, v: fill_scale(q, v, "gad7", 7), "consent": fill_consent}
    filled: list[str] = []
    for _ in FORMS:  # in the kiosk's order
        qtbot.waitUntil(lambda: flow.view is not None and flow.view.isVisible()
                        and flow.current.questionnaire not in filled)
        view, name = flow.view, flow.current.questionnaire
        fills[name](qtbot, view)
        submit(qtbot, flow, view)
        filled.append(name)
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.thanks)

    with staffed.read() as conn:
        done = {i.questionnaire: intake.get(conn, i.id) for i in handoff.intakes}
        pdfs = {name: intake.pdf(conn, staffed.blobs, i.id) for name, i in done.items()}
    assert sorted(done) == sorted(FORMS)
    assert all(i.status == "completed" and i.response is not None for i in done.values())

    registration = answers(done["new-patient-registration"].response)
    assert registration["given-name"] == ["Élise-Marie"]
    assert registration["family-name"] == ["Durand"]
    assert registration["birth-date"] == ["1980-05-17"]
    assert registration["phone"] == ["+33 1 42 68 53 00"]
    assert codes(registration["language"]) == ["French"]
    assert registration["insured"] == [True]
    assert codes(registration["policy-holder"]) == ["Someone else"]
    history = answers(done["medical-history"].response)
    assert history["condition-name"] == ["Asthma", "Migraine"]
    assert history["condition-since"] == ["2009-04-01"]
    assert history["allergy-substance"] == ["Penicillin"]
    assert history["family-onset-age"] == [52]
    assert codes(history["smoking"]) == ["I used to"]
    assert answers(done["phq-9"].response)["phq9-total"] == [5]
    assert answers(done["gad-7"].response)["gad7-total"] == [4]
    consent = answers(done["consent"].response)
    assert consent["agree"] == [True] and consent["signer-name"] == [SIGNER]
    (signature,) = consent["signature"]
    assert signature["contentType"] == "image/png"
    signed_png = QImage.fromData(base64.b64decode(signature["data"]), "PNG")
    assert ink(signed_png) > 40

    printed = {name: pdf_text(pdf, tmp_path, name) for name, pdf in pdfs.items()}
    for name, words in (("new-patient-registration", ("Élise-Marie", "Mutuelle Générale",
                                                      "12 rue des Lilas", "French")),
                        ("medical-history", ("Asthma", "Migraine", "1 April 2009",
                                             "Penicillin", "Salbutamol")),
                        ("phq-9", ("Several days", "Not at all")),
                        ("gad-7", ("Several days",)),
                        ("consent", (SIGNER, "The patient"))):
        for word in words:
            assert word in printed[name], (name, word)

    # the signature is an image on the consent's page, with ink on it; the others have none
    document = pdfium.PdfDocument(pdfs["consent"])
    (page,) = list(document)
    (image,) = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
    printed_signature = image.get_bitmap().to_pil()
    dark = sum(printed_signature.convert("L").histogram()[:128])
    assert dark > 100  # a blank pad prints none (test_signature.py)
    width, height = printed_signature.size
    assert abs(width / height - signed_png.width() / signed_png.height()) < 0.05
    for name in FORMS[:-1]:
        for each in pdfium.PdfDocument(pdfs[name]):
            assert not list(each.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])), name
    out = Path(tmp_path) / "consent.pdf"
    if shutil.which("pdftoppm"):  # the page as a PNG, to look at (kept in tmp_path)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(out), str(tmp_path / "consent")],
                       check=True)
