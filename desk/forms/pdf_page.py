"""The printed page of a form's PDF: its fonts and paragraph styles, its words in the
form's language, the identifier's barcode, and the running header and "Page n of m"
footer drawn on every page (reportlab, imported when a page is made)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Protocol

from desk.words import Words


class FooterPatient(Protocol):
    """Who the footer names (:class:`desk.forms.pdf.PatientHeader`)."""

    @property
    def name(self) -> str: ...

    @property
    def identifier(self) -> str | None: ...


def page_labels(language: str | None) -> tuple[str, ...]:
    """The page's words in ``language`` (English when desk has none in it): "Page n of m",
    and the labels of the patient, birth date, identifier and date."""
    words = Words(language)
    return (words.translate("FormPdf", "Page {n} of {m}"), words.translate("FormPdf", "Patient"),
            words.translate("FormPdf", "Date of birth"), words.translate("FormPdf", "Identifier"),
            words.translate("FormPdf", "Date"))


@cache
def pdf_fonts() -> tuple[str, str]:
    """Register and return (regular, bold) font names, best available first."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desk.paths import resource

    candidates = [
        (resource("fonts", "DejaVuSans.ttf"), resource("fonts", "DejaVuSans-Bold.ttf")),
        (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    ]
    import reportlab

    shipped = Path(reportlab.__file__).parent / "fonts"
    candidates.append((shipped / "Vera.ttf", shipped / "VeraBd.ttf"))
    for regular, bold in candidates:
        if regular.is_file() and bold.is_file():
            try:
                pdfmetrics.registerFont(TTFont("DeskSans", str(regular)))
                pdfmetrics.registerFont(TTFont("DeskSans-Bold", str(bold)))
            except Exception:  # an unreadable font file: try the next one
                continue
            return "DeskSans", "DeskSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def styles(fonts: tuple[str, str]) -> dict[str, Any]:
    """The paragraph styles of the page by name, in ``fonts`` (regular, bold)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = fonts
    grey = colors.HexColor("#555555")
    return {
        "clinic": ParagraphStyle("clinic", fontName=bold, fontSize=14, leading=17),
        "address": ParagraphStyle("address", fontName=regular, fontSize=8.5, leading=11,
                                  textColor=grey),
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19,
                                spaceBefore=4, spaceAfter=6),
        "label": ParagraphStyle("label", fontName=regular, fontSize=8, leading=10,
                                textColor=grey),
        "patient": ParagraphStyle("patient", fontName=bold, fontSize=11, leading=14),
        "section": ParagraphStyle("section", fontName=bold, fontSize=11.5, leading=14,
                                  spaceBefore=9, spaceAfter=3, keepWithNext=1,
                                  textColor=colors.HexColor("#1d3557")),
        "question": ParagraphStyle("question", fontName=regular, fontSize=9.5, leading=12),
        "answer": ParagraphStyle("answer", fontName=bold, fontSize=9.5, leading=12),
        "question_block": ParagraphStyle("question_block", fontName=regular, fontSize=9.5,
                                         leading=12, spaceBefore=4, spaceAfter=2,
                                         keepWithNext=1),
        "answer_block": ParagraphStyle("answer_block", fontName=bold, fontSize=9.5,
                                       leading=12, spaceAfter=3),
        "note": ParagraphStyle("note", fontName=regular, fontSize=8.5, leading=11,
                               textColor=grey),
        "score": ParagraphStyle("score", fontName=bold, fontSize=10.5, leading=13),
    }


def barcode_drawing(identifier: str, fonts: tuple[str, str]) -> Any:
    """A Code 128 drawing of ``identifier``, or None if Code 128 cannot encode it."""
    from reportlab.graphics.barcode import createBarcodeDrawing
    from reportlab.lib.units import mm

    if not identifier.isascii() or not identifier.isprintable():
        return None  # Code 128 holds ASCII only; the identifier is still printed as text
    drawing = createBarcodeDrawing("Code128", value=identifier, barHeight=11 * mm,
                                   barWidth=0.3 * mm, humanReadable=True, fontName=fonts[0],
                                   fontSize=7, quiet=False)
    scale = min(1.0, (60 * mm) / max(drawing.width, 1))
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    return drawing


def numbered_canvas(labels: tuple[str, ...], patient: FooterPatient, when: str,
                    fonts: tuple[str, str], title: str) -> type:
    """A reportlab canvas class that draws the running header (from the second page) and
    the footer with "Page n of m" on every page."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    page_label, _, _, id_label, date_label = labels

    class NumberedCanvas(canvas.Canvas):
        """Keeps each page until the end so the footer can say "of m"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, height = self._pagesize
            if self._pageNumber > 1:  # a running header so loose pages stay identifiable
                self.setFont(fonts[1], 8.5)
                self.setFillColor(colors.HexColor("#1d3557"))
                self.drawString(18 * mm, height - 10 * mm, title)
                self.setFont(fonts[0], 8.5)
                self.drawRightString(width - 18 * mm, height - 10 * mm, patient.name)
            self.setStrokeColor(colors.HexColor("#c5cfdb"))
            self.setLineWidth(0.5)
            self.line(18 * mm, 13 * mm, width - 18 * mm, 13 * mm)
            self.setFont(fonts[0], 8)
            self.setFillColor(colors.HexColor("#555555"))
            page = page_label.format(n=self._pageNumber, m=total)
            tail = (f" · {id_label} {patient.identifier}" if patient.identifier else "") \
                + f" · {date_label} {when}"
            room = width - 36 * mm - self.stringWidth(page, fonts[0], 8) - 8 * mm
            name = patient.name
            while name and self.stringWidth(name + tail, fonts[0], 8) > room:
                name = name[:-2] + "…"  # a very long name must not run into the page number
            self.drawString(18 * mm, 9 * mm, name + tail)
            self.drawRightString(width - 18 * mm, 9 * mm, page)

    return NumberedCanvas
