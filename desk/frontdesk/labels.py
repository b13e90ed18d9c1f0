"""Patient labels and wristbands as PDF (reportlab).

A label (89 × 36 mm, the common address-label roll) and an adult wristband (25 × 280 mm,
printed along the band) carry the patient's name, birth date, sex and MRN, with a Code 128
barcode of the MRN. Text is set in the fonts the forms use (DejaVu Sans, bundled), so
accents and other scripts print. A name too long for its box is first set smaller, then
wrapped onto a second line, and only then cut short with "…": nothing runs off the label.

Their words (DOB, Sex, MRN, the month) are in the staff's language
(:func:`desk.words.current_language`).

The PDF is returned as bytes and is never written to disk here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk.errors import DeskError
from desk.frontdesk.model import Patient, sex_label
from desk.words import translate

MM = 72 / 25.4
# Page sizes in millimetres (width, height).
LABEL_MM = (89.0, 36.0)
WRISTBAND_MM = (25.0, 280.0)
LEADING = 1.18
MAX_COPIES = 50

Canvas = Any  # reportlab.pdfgen.canvas.Canvas, imported late


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page in points: left, bottom, width, height."""

    x: float
    y: float
    width: float
    height: float


def patient_label(patient: Patient, *, copies: int = 1) -> bytes:
    """A PDF with ``copies`` identical label pages (89 × 36 mm)."""
    if not 1 <= copies <= MAX_COPIES:
        raise DeskError(translate("DeskError", "Print between 1 and {most} labels at a time.")
                        .format(most=MAX_COPIES), kind="input")
    return _document(LABEL_MM, [_draw_label] * copies, patient,
                     translate("Labels", "Patient label"))


def wristband(patient: Patient) -> bytes:
    """A PDF of one adult wristband (25 × 280 mm), text and barcode along the band."""
    return _document(WRISTBAND_MM, [_draw_wristband], patient,
                     translate("Labels", "Patient wristband"))


def _document(size_mm: tuple[float, float], pages: list[Callable[[Canvas, Patient], None]],
              patient: Patient, title: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas as PdfCanvas

    out = io.BytesIO()
    # the title names the kind of printout only: no patient data in the metadata
    canvas = PdfCanvas(out, pagesize=(size_mm[0] * MM, size_mm[1] * MM), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("desk")
    for draw in pages:
        draw(canvas, patient)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


# -- the two layouts ---------------------------------------------------------------------


def _draw_label(canvas: Canvas, p: Patient) -> None:
    from desk.forms.pdf_page import pdf_fonts

    regular, bold = pdf_fonts()
    width, height = LABEL_MM
    _text_box(canvas, p.display_name, bold, Box(3 * MM, 22 * MM, (width - 6) * MM, 11 * MM),
              largest=14, smallest=7)
    details = Box(3 * MM, 3 * MM, 40 * MM, 17 * MM)
    _lines(canvas, details, [(_birth_text(p), regular, 9.5), (_sex_text(p), regular, 9.5),
                             (_mrn_text(p), bold, 10.5)])
    _barcode(canvas, p.mrn, Box(45 * MM, 3 * MM, (width - 48) * MM, 16 * MM))


def _draw_wristband(canvas: Canvas, p: Patient) -> None:
    from desk.forms.pdf_page import pdf_fonts

    regular, bold = pdf_fonts()
    across = WRISTBAND_MM[0]
    # lay the band on its side: x runs along the band, y across it
    canvas.translate(across * MM, 0)
    canvas.rotate(90)
    # the first 30 mm hold the clasp; the patient block follows
    _text_box(canvas, p.display_name, bold, Box(32 * MM, 11 * MM, 105 * MM, 11.5 * MM),
              largest=14, smallest=7)
    details = f"{_birth_text(p)} · {_sex_text(p)} · {_mrn_text(p)}"
    _text_box(canvas, details, regular, Box(32 * MM, 3 * MM, 105 * MM, 6.5 * MM),
              largest=9.5, smallest=6, max_lines=1)
    _barcode(canvas, p.mrn, Box(142 * MM, 3 * MM, 60 * MM, (across - 6) * MM))


def _birth_text(p: Patient) -> str:
    if not p.birth_date:
        return translate("Labels", "DOB unknown")
    day = f"{p.birth_date.day:02d} {_short_month(p.birth_date.month)} {p.birth_date.year}"
    return translate("Labels", "DOB {date}").format(date=day)


def _short_month(month: int) -> str:
    """The month as a label abbreviates it ("Mar"), in the staff's language."""
    return (translate("Labels", "Jan"), translate("Labels", "Feb"), translate("Labels", "Mar"),
            translate("Labels", "Apr"), translate("Labels", "May"), translate("Labels", "Jun"),
            translate("Labels", "Jul"), translate("Labels", "Aug"), translate("Labels", "Sep"),
            translate("Labels", "Oct"), translate("Labels", "Nov"),
            translate("Labels", "Dec"))[month - 1]


def _sex_text(p: Patient) -> str:
    return translate("Labels", "Sex {sex}").format(sex=sex_label(p.sex))


def _mrn_text(p: Patient) -> str:
    return translate("Labels", "MRN {mrn}").format(mrn=p.mrn)


# -- text that fits ----------------------------------------------------------------------


def fit_text(text: str, font: str, width: float, height: float, *, largest: float,
             smallest: float, max_lines: int = 2) -> tuple[float, list[str]]:
    """The font size and lines that set ``text`` inside ``width`` × ``height`` points.

    Shrinks from ``largest`` to ``smallest`` on one line first, then allows more lines (up
    to ``max_lines``, as many as the height holds); what still does not fit is cut short
    with "…".
    """
    for allowed in range(1, max_lines + 1):
        size = largest
        while size >= smallest:
            lines = wrap(text, font, size, width)
            if len(lines) <= allowed and allowed * size * LEADING <= height:
                return size, lines
            size -= 0.5
    room = max(1, min(max_lines, int(height // (smallest * LEADING))))
    lines = wrap(text, font, smallest, width)
    if len(lines) > room:
        lines = lines[:room]
        lines[-1] = _clip(lines[-1] + "…", font, smallest, width)
    return smallest, lines


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces and after hyphens; a word wider than the line is
    broken between letters."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(s: str) -> bool:
        return stringWidth(s, font, size) <= width

    lines: list[str] = []
    line = ""
    for space, word in re.findall(r"(\s*)([^\s-]+-?|-)", text.strip()):
        joined = line + (" " if space and line else "") + word
        if fits(joined):
            line = joined
            continue
        if line:
            lines.append(line)
        line = word
        while not fits(line) and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and not fits(line[:cut]):
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def _clip(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def _text_box(canvas: Canvas, text: str, font: str, box: Box, *, largest: float,
              smallest: float, max_lines: int = 2) -> None:
    """Set ``text`` from the top of ``box``, fitted (see :func:`fit_text`)."""
    size, lines = fit_text(text, font, box.width, box.height, largest=largest,
                           smallest=smallest, max_lines=max_lines)
    canvas.setFont(font, size)
    baseline = box.y + box.height - size
    for line in lines:
        canvas.drawString(box.x, baseline, line)
        baseline -= size * LEADING


def _lines(canvas: Canvas, box: Box, rows: list[tuple[str, str, float]]) -> None:
    """One line each, spread down ``box`` from its top, each shrunk to the width."""
    step = box.height / len(rows)
    for n, (text, font, size) in enumerate(rows):
        _text_box(canvas, text, font, Box(box.x, box.y + box.height - (n + 1) * step,
                                          box.width, step),
                  largest=size, smallest=6, max_lines=1)


# -- the barcode -------------------------------------------------------------------------

# The narrowest bar a label printer (203 dpi) and a scanner both handle well, and the
# widest worth using; between them the barcode takes the room it has.
NARROWEST_BAR_MM = 0.25
WIDEST_BAR_MM = 0.375


def _barcode(canvas: Canvas, value: str, box: Box) -> None:
    """A Code 128 of ``value`` centred in ``box`` with its quiet zones; left out when
    Code 128 cannot hold the value (not printable ASCII) or it would be too narrow to scan
    (the MRN is printed as text beside it either way)."""
    from reportlab.graphics.barcode.code128 import Code128

    if not value or not value.isascii() or not value.isprintable():
        return
    modules = Code128(value, barWidth=1, quiet=False).width
    bar = min(WIDEST_BAR_MM * MM, box.width / (modules + 20))  # 10 modules quiet each side
    if bar < NARROWEST_BAR_MM * MM:
        return
    symbol = Code128(value, barWidth=bar, barHeight=box.height, quiet=False)
    symbol.drawOn(canvas, box.x + (box.width - symbol.width) / 2, box.y)
