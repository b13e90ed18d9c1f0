"""A signature is bound to the answers it signed: changing one asks to sign again."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from PIL import Image, ImageDraw

from desk.forms import (
    Clinic,
    Form,
    PatientHeader,
    attachment,
    bundled_forms,
    render_pdf,
    validate_response,
)
from desk.forms.dates import format_temporal
from desk.forms.signature import SIGNED_ANSWERS, answers_digest, signed_part

SIGN_AGAIN = "Your answers changed after you signed. Please sign again."


def _signed_consent() -> Form:
    form = Form.load(bundled_forms()["consent"])
    form.set_answer("agree", True)
    form.set_answer("signer-name", "Ada Lovelace")
    form.set_answer("signer-role", form.node("signer-role").options[0])
    form.set_answer("signature", attachment(b"\x89PNG strokes", title="signature.png"))
    return form


def _signature(form: Form) -> dict:
    (key, value), = form.node("signature").answers
    assert key == "valueAttachment"
    return value


def test_signing_keeps_the_digest_of_the_other_answers_in_the_response() -> None:
    form = _signed_consent()
    value = _signature(form)
    assert signed_part(value, "digest") == answers_digest(form)
    assert signed_part(value, "digest").startswith("sha256:")
    assert signed_part(value, "signed")
    response = form.to_response(status="completed")
    answer = next(i for i in response["item"] if i["linkId"] == "signature")["answer"][0]
    assert answer["valueAttachment"]["extension"][0]["url"] == SIGNED_ANSWERS
    assert validate_response(response, form.definition) == []
    QuestionnaireResponse.model_validate(response)


def test_the_digest_follows_the_answers_and_ignores_the_signature() -> None:
    form = _signed_consent()
    before = answers_digest(form)
    form.set_answer("signature", attachment(b"\x89PNG other strokes"))
    assert answers_digest(form) == before
    form.set_answer("signer-name", "Ada King")
    assert answers_digest(form) != before


def test_changing_an_answer_after_signing_asks_to_sign_again() -> None:
    form = _signed_consent()
    assert form.is_complete()
    seen = []
    form.subscribe(lambda change: seen.extend(change.nodes))
    form.set_answer("signer-name", "Ada King")
    node = form.node("signature")
    assert node.answers == [] and node.messages == [SIGN_AGAIN]
    assert node in seen  # the view hears that the signature went
    assert not form.is_complete()
    assert form.validate()[node.key] == [SIGN_AGAIN]
    form.set_answer("signature", attachment(b"\x89PNG new strokes"))
    assert node.messages == [] and form.is_complete()
    assert signed_part(_signature(form), "digest") == answers_digest(form)


def test_the_same_answer_again_keeps_the_signature() -> None:
    form = _signed_consent()
    form.set_answer("signer-name", "Ada Lovelace")
    assert form.node("signature").answers and form.is_complete()


def test_clearing_a_stale_signature_drops_its_message() -> None:
    form = _signed_consent()
    form.set_answer("agree", False)
    assert form.node("signature").messages == [SIGN_AGAIN]
    form.set_answer("signature", None)
    assert SIGN_AGAIN not in form.validate().get(form.node("signature").key, [])


def test_a_signature_survives_a_draft_and_stays_bound() -> None:
    form = _signed_consent()
    again = Form.from_draft(form.definition, form.to_draft())
    assert _signature(again) == _signature(form) and again.is_complete()
    again.set_answer("signer-name", "Someone Else")
    assert again.node("signature").answers == []


def test_a_signature_without_a_digest_is_left_alone() -> None:
    form = _signed_consent()
    response = form.to_response()
    for item in response["item"]:
        if item["linkId"] == "signature":
            item["answer"][0]["valueAttachment"].pop("extension")
    older = Form.load(bundled_forms()["consent"])
    older.load_response(response)
    older.set_answer("signer-name", "Ada King")
    assert older.node("signature").answers


def _strokes_png() -> bytes:
    image = Image.new("RGB", (640, 320), "white")
    points = [(40 + x, 160 + (40 if (x // 30) % 2 else -40)) for x in range(0, 560, 15)]
    ImageDraw.Draw(image).line(points, fill="#102a43", width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _page_images(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every image drawn on the first page."""
    page = pdfium.PdfDocument(pdf)[0]
    sizes = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        sizes.append((right - left, top - bottom))
    return sizes


def test_the_signed_consent_prints_the_signature_with_who_signed_and_when(tmp_path) -> None:
    form = _signed_consent()
    form.set_answer("signature", attachment(_strokes_png(), title="signature.png"))
    pdf = render_pdf(form, clinic=Clinic("Clinique du Parc"),
                     patient=PatientHeader(name="Ada Lovelace", identifier="MRN-1"))
    (width, height), = _page_images(pdf)  # the barcode is vector art, not an image
    assert 150 < width <= 200 and 70 < height <= 86  # about 70 × 30 mm, its shape kept
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    signed = signed_part(_signature(form), "signed")
    assert "Ada Lovelace, " + format_temporal("valueDateTime", signed, "en") in text


def test_a_signature_cleared_by_a_change_is_not_printed() -> None:
    form = _signed_consent()
    form.set_answer("signature", attachment(_strokes_png()))
    form.set_answer("signer-name", "Ada King")
    pdf = render_pdf(form, clinic=Clinic("Clinique du Parc"),
                     patient=PatientHeader(name="Ada King", identifier="MRN-1"))
    assert _page_images(pdf) == []
