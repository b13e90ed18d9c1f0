"""The check-in slip: a small printout with the code a patient types at the kiosk.

It carries the clinic's name, the code in large type with a Code 128 barcode of it, the
appointment time and the titles of the forms, all in the patient's language (the
hand-off's; desk's own words from its translations, ``Words(language)``). It names no
patient and gives no birth date: a slip left on a counter tells a stranger nothing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import intake, schedule
from desk.frontdesk.codes import format_code
from desk.words import Words, translate

WIDTH_MM = 80


def slip_for(conn: sa.Connection, appointment_id: str, *, clinic_name: str) -> bytes:
    """The slip of the forms waiting at the kiosk for an appointment."""
    handoff = intake.waiting_for(conn, appointment_id)
    if handoff is None:
        raise DeskError(translate("DeskError", "No forms are waiting at the kiosk for this "
                                               "appointment. Send forms first."), kind="input")
    start = schedule.get(conn, appointment_id).start
    return checkin_slip(handoff.code, clinic_name=clinic_name, appointment_start=start,
                        titles=handoff.titles, language=handoff.language)


def checkin_slip(code: str, *, clinic_name: str, appointment_start: datetime | None,
                 titles: Sequence[str], language: str) -> bytes:
    """The slip as PDF bytes (kept in memory; the caller prints it). The page is as tall
    as its content, for roll printers."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import createBarcodeDrawing
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from desk.forms.pdf_page import pdf_fonts

    regular, bold = pdf_fonts()
    words = Words(language)
    heading = words.translate("Slip", "Your check-in code")
    how = words.translate("Slip", "Type this code at the kiosk in the waiting room. Valid "
                                  "today only.")
    width, margin = WIDTH_MM * mm, 6 * mm
    barcode = createBarcodeDrawing("Code128", value=code, barHeight=12 * mm,
                                   barWidth=0.38 * mm, humanReadable=False, quiet=False)
    blocks: list[_Block] = [_Block(clinic_name, bold, 12, centred=True, after=6),
                            _Block(heading, regular, 9.5, centred=True, after=10),
                            _Block(format_code(code), bold, 32, centred=True, after=8),
                            _Block("", regular, 0, after=barcode.height + 14)]
    if appointment_start is not None:
        blocks.append(_Block(words.translate("Slip", "Appointment: {when}").format(
            when=f"{appointment_start:%d/%m/%Y %H:%M}"), bold, 10, after=6))
    blocks.append(_Block(words.translate("Slip", "Forms to fill in:"), regular, 9))
    blocks += [_Block(title, regular, 9, bullet=True) for title in titles]
    blocks.append(_Block(how, regular, 8.5, before=8))
    text_width = width - 2 * margin
    height = 2 * margin + sum(b.height(text_width) for b in blocks)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(width, height), pageCompression=1)
    page.setTitle(heading)
    page.setAuthor(clinic_name)
    y = height - margin
    for block in blocks:
        if not block.text:  # the barcode's place
            renderPDF.draw(barcode, page, (width - barcode.width) / 2, y - barcode.height)
        y = block.draw(page, y, margin, text_width)
    page.showPage()
    page.save()
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class _Block:
    """A paragraph of the slip, wrapped to the slip's width."""

    text: str
    font: str
    size: float
    centred: bool = False
    bullet: bool = False
    before: float = 0
    after: float = 2

    def lines(self, width: float) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(self.text, self.font, self.size, width - self._indent)

    @property
    def _indent(self) -> float:
        return 10 if self.bullet else 0

    def height(self, width: float) -> float:
        return self.before + len(self.lines(width)) * self.size * 1.2 + self.after

    def draw(self, page: Any, y: float, left: float, width: float) -> float:
        y -= self.before
        page.setFont(self.font, self.size)
        for n, line in enumerate(self.lines(width)):
            y -= self.size * 1.2
            base = y + self.size * 0.25
            if self.centred:
                page.drawCentredString(left + width / 2, base, line)
            else:
                page.drawString(left + self._indent, base, line)
            if self.bullet and n == 0:
                page.drawString(left + 2, base, "•")
        return y - self.after
