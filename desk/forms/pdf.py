"""A completed form as a clinic's PDF document (reportlab).

The page carries the clinic's name and address, the patient's name, birth date and
identifier with a Code 128 barcode of the identifier, then every enabled question
and answer in form order and nesting, scores highlighted, signature images drawn,
and "Page n of m" with the date at the foot of each page. Dates and times are
written in the form's language (:mod:`desk.forms.dates`), numbers with their unit,
help items as a note under their question, and an answer too long for a table row
below its question, where it can run across pages. Text is set in an
embedded DejaVu Sans (bundled under resources/fonts) so accents and non-Latin
letters print everywhere; without it reportlab's own Vera is used. The page itself
(fonts, styles, barcode, footer) is :mod:`desk.forms.pdf_page`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape as _html_escape
from pathlib import Path
from typing import Any

from desk.forms.dates import format_date, format_temporal
from desk.forms.engine import Form, Node
from desk.forms.pdf_page import barcode_drawing, numbered_canvas, page_labels, pdf_fonts, styles
from desk.forms.signature import is_signature, signed_part


def escape(text: str) -> str:
    """Text made safe for a reportlab Paragraph (which reads a little XML)."""
    return _html_escape(text, quote=False)


@dataclass(frozen=True)
class Clinic:
    """The clinic printed in the header."""

    name: str
    address: tuple[str, ...] = ()
    phone: str | None = None


@dataclass(frozen=True)
class PatientHeader:
    """Who the document is about, as printed in the header."""

    name: str
    birth_date: str | None = None
    identifier: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_fhir(cls, patient: dict[str, Any]) -> PatientHeader:
        """Build from a FHIR Patient resource (first name and first identifier)."""
        names = patient.get("name") or [{}]
        name = names[0]
        text = name.get("text") or " ".join(
            [*name.get("given", []), name.get("family", "")]).strip()
        identifiers = patient.get("identifier") or []
        ident = identifiers[0].get("value") if identifiers else patient.get("id")
        return cls(name=text or "-", birth_date=patient.get("birthDate"), identifier=ident)


def render_pdf(form: Form, *, clinic: Clinic, patient: PatientHeader,
               out: str | Path | io.BufferedIOBase | None = None,
               authored: str | dt.date | None = None) -> bytes:
    """Render ``form`` (answers as they are now) to PDF; returns the bytes, also written to out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    fonts = pdf_fonts()
    labels = page_labels(form.language)
    when = format_date(_date_text(authored), form.language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=form.title,
                            author=clinic.name, subject=form.title, creator="desk")
    width = doc.width - 12  # the frame keeps 6 pt of padding on each side
    story = _header(form, clinic, patient, labels, when, fonts, width)
    story.extend(_body(form, fonts, width))
    canvas_class = numbered_canvas(labels, patient, when, fonts, form.title)
    doc.build(story, canvasmaker=canvas_class)
    data = buffer.getvalue()
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    elif out is not None:
        out.write(data)
    return data


def render_response_pdf(questionnaire: str | Path | dict[str, Any], response: dict[str, Any], *,
                        clinic: Clinic, patient: PatientHeader,
                        out: str | Path | None = None) -> bytes:
    """Load ``response`` into the form ``questionnaire`` and render it."""
    form = Form.load(questionnaire, language=response.get("language"))
    form.load_response(response)
    return render_pdf(form, clinic=clinic, patient=patient, out=out,
                      authored=response.get("authored"))


def _date_text(authored: str | dt.date | None) -> str:
    if authored is None:
        return dt.date.today().isoformat()
    if isinstance(authored, dt.date):
        return authored.isoformat()
    return authored[:10]


def _header(form: Form, clinic: Clinic, patient: PatientHeader, labels: tuple[str, ...],
            when: str, fonts: tuple[str, str], width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table, TableStyle

    st = styles(fonts)
    address = "<br/>".join(escape(line) for line in clinic.address)
    if clinic.phone:
        address += ("<br/>" if address else "") + escape(clinic.phone)
    left = [Paragraph(escape(clinic.name), st["clinic"]), Paragraph(address, st["address"])]
    barcode = barcode_drawing(patient.identifier, fonts) if patient.identifier else None
    right = [barcode if barcode is not None else Spacer(1, 1)]
    top = Table([[left, right]], colWidths=[width - 62 * mm, 62 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    _, patient_label, born_label, id_label, _ = labels
    cells = [[Paragraph(patient_label, st["label"]), Paragraph(born_label, st["label"]),
              Paragraph(id_label, st["label"])],
             [Paragraph(escape(patient.name), st["patient"]),
              Paragraph(escape(format_date(patient.birth_date, form.language)
                               if patient.birth_date else "-"), st["patient"]),
              Paragraph(escape(patient.identifier or "-"), st["patient"])]]
    # the birth date's column holds "10 September 1985" on one line
    box = Table(cells, colWidths=[width * 0.44, width * 0.3, width * 0.26])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f4f8")),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#c5cfdb")),
                             ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))
    return [top, HRFlowable(width="100%", thickness=1.2, color=colors.HexColor("#1d3557"),
                            spaceBefore=4, spaceAfter=6),
            Paragraph(escape(form.title), st["title"]), box, Spacer(1, 6)]


def _body(form: Form, fonts: tuple[str, str], width: float) -> list[Any]:
    """Sections as headings; the questions between headings as one table each."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    st = styles(fonts)
    story: list[Any] = []
    rows: list[tuple[list[Any], float, bool]] = []

    def flush() -> None:
        # reportlab measures a whole table again at each page break, so one long table
        # costs time in the square of its rows; short ones keep the PDF linear
        for start in range(0, len(rows), _TABLE_ROWS):
            story.append(_table(rows[start:start + _TABLE_ROWS], width))
        rows.clear()

    def emit(node: Node, depth: int) -> None:
        if not node.enabled or node.hidden:
            return
        indent = min(depth, _MAX_INDENT_LEVELS) * 5 * mm
        if node.type == "group":
            if not _answered(node):
                return
            flush()
            title = escape(node.text)
            answered = [n for n in node.instances() if _answered(n)]
            if node.repeats and len(answered) > 1:  # empty instances are not printed
                title += f" ({answered.index(node) + 1}/{len(answered)})"
            story.append(Paragraph(title, _indented(st["section"], indent)))
            story.extend(Paragraph(escape(text), _indented(st["note"], indent))
                         for text in _help_texts(node))
            for child in node.children:
                emit(child, depth + 1)
            flush()
        elif node.type == "display":
            if node.display_category in ("instructions", None) and node.text \
                    and not _is_help(node):  # help prints beside its question
                flush()
                story.append(Paragraph(escape(node.text), _indented(st["note"], indent)))
        elif _is_long(node):
            flush()
            story.extend(_long_answer(node, st, indent))
            for child in node.children:
                emit(child, depth + 1)
        else:
            rows.append((_cells(node, st), indent, node.is_calculated))
            for child in node.children:
                emit(child, depth + 1)

    for root in form.roots:
        emit(root, 0)
    flush()
    return story


# answers longer than this (characters, or lines) print below their question, not beside it
_LONG_ANSWER = 500
_LONG_LINES = 12
_CHUNK = 1500
_TABLE_ROWS = 25
# deeper levels print at the same indent, so the answer column keeps its width
_MAX_INDENT_LEVELS = 8

_STYLE_CACHE: dict[tuple[str, float], Any] = {}


def _indented(style: Any, indent: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    key = (style.name + style.fontName, indent)
    if key not in _STYLE_CACHE:
        _STYLE_CACHE[key] = ParagraphStyle(f"{style.name}-{indent}", parent=style,
                                           leftIndent=indent)
    return _STYLE_CACHE[key]


def _cells(node: Node, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    question = escape(((node.prefix + " ") if node.prefix else "") + node.text)
    answers: list[Any] = []
    for answer, text in zip(node.answers, _answer_texts(node), strict=True):
        image = _image(answer, signature=is_signature(node.definition))
        if image is not None:
            answers.append(image)
            answers.extend(_signature_caption(node, answer, st))
        else:
            answers.append(Paragraph(escape(text) or "-", st["answer"]))
    if not answers:
        answers = [Paragraph("-", st["note"])]
    style = st["score"] if node.is_calculated else st["question"]
    asked = [Paragraph(question, style)]
    asked.extend(Paragraph(escape(text), st["note"]) for text in _help_texts(node))
    return [asked, answers]


def _answered(node: Node) -> bool:
    return any(n.answers and n.enabled for n in node.walk())


def _is_help(node: Node) -> bool:
    """A display item that explains its parent (displayCategory or itemControl help)."""
    return node.type == "display" and node.parent is not None and (
        node.display_category == "help" or node.item_control in ("help", "flyover"))


def _help_texts(node: Node) -> list[str]:
    return [c.text for c in node.children if _is_help(c) and c.visible and c.text]


def _answer_texts(node: Node) -> list[str]:
    """The answers as printed: dates in the form's language, numbers with their unit."""
    out = []
    for (key, value), text in zip(node.answers, node.answer_texts(), strict=True):
        words = format_temporal(key, value, node.form.language) if isinstance(
            value, str) else None
        if words is not None:
            text = words
        elif key in ("valueDecimal", "valueInteger") and node.unit and text:
            text = f"{text} {node.unit}"
        out.append(text)
    return out


def _is_long(node: Node) -> bool:
    """True when the answers are too tall for a table row, which cannot split across pages."""
    texts = _answer_texts(node)
    lines = len(texts) + sum(text.count("\n") for text in texts)
    return sum(len(text) for text in texts) > _LONG_ANSWER or lines > _LONG_LINES


def _long_answer(node: Node, st: dict[str, Any], indent: float) -> list[Any]:
    """The question, then its answers as paragraphs below it that flow across pages."""
    from reportlab.platypus import Paragraph

    question = escape(((node.prefix + " ") if node.prefix else "") + node.text)
    story = [Paragraph(question, _indented(st["question_block"], indent))]
    story.extend(Paragraph(escape(text), _indented(st["note"], indent))
                 for text in _help_texts(node))
    for answer, text in zip(node.answers, _answer_texts(node), strict=True):
        image = _image(answer, signature=is_signature(node.definition))
        if image is not None:
            story.append(image)
            story.extend(_signature_caption(node, answer, st))
            continue
        story.extend(Paragraph(escape(chunk), _indented(st["answer_block"], indent + 8))
                     for chunk in _chunks(text))
    return story


def _chunks(text: str) -> Iterator[str]:
    """``text`` cut at line ends, and at spaces within long lines, into paragraph-sized parts.

    reportlab splits a paragraph across pages by wrapping it again each time, so one huge
    paragraph costs time in proportion to its length squared; small ones stay linear.
    """
    for line in text.splitlines():
        line = line.strip()
        while len(line) > _CHUNK:
            cut = line.rfind(" ", 0, _CHUNK)
            if cut < _CHUNK // 2:  # one long word: cut it anywhere
                cut = _CHUNK
            yield line[:cut]
            line = line[cut:].lstrip()
        if line:
            yield line


def _table(rows: list[tuple[list[Any], float, bool]], width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table([cells for cells, _, _ in rows], colWidths=[width * 0.58, width * 0.42])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dde3ea")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for number, (_, indent, score) in enumerate(rows):
        commands.append(("LEFTPADDING", (0, number), (0, number), indent + 2))
        if score:
            commands.append(("BACKGROUND", (0, number), (-1, number),
                             colors.HexColor("#fff4d6")))
    table.setStyle(TableStyle(commands))
    return table


def _image(answer: tuple[str, Any], *, signature: bool = False) -> Any:
    """An image answer as a flowable (None if it is not one); a signature a little larger."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    key, value = answer
    if key != "valueAttachment" or not str(value.get("contentType", "")).startswith("image/"):
        return None
    try:
        raw = base64.b64decode(value.get("data", ""), validate=True)
        reader = ImageReader(io.BytesIO(raw))
        w, h = reader.getSize()
    except (binascii.Error, ValueError, OSError, TypeError):
        return None
    except Exception:  # PIL raises its own errors for a broken image
        return None
    box = (70 * mm, 30 * mm) if signature else (62 * mm, 24 * mm)
    scale = min(box[0] / max(w, 1), box[1] / max(h, 1))
    return Image(io.BytesIO(raw), width=w * scale, height=h * scale, hAlign="LEFT")


def _signature_caption(node: Node, answer: tuple[str, Any], st: dict[str, Any]) -> list[Any]:
    """A rule under a signature, as on paper, and who signed and when: the name from a
    sibling item whose linkId holds "name", the time kept with the signature
    (:mod:`desk.forms.signature`)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph

    key, value = answer
    if not is_signature(node.definition) or key != "valueAttachment":
        return []
    siblings = node.parent.children if node.parent else node.form.roots
    name = next((n.answer for n in siblings if n.enabled and n.type == "string"
                 and "name" in n.link_id.lower() and isinstance(n.answer, str)), None)
    signed = signed_part(value, "signed")
    when = format_temporal("valueDateTime", signed, node.form.language) if signed else None
    words = ", ".join(escape(part) for part in (name, when) if part)
    rule = HRFlowable(width=70 * mm, thickness=0.6, color=colors.HexColor("#8a96a3"),
                      hAlign="LEFT", spaceBefore=1, spaceAfter=2)
    return [rule, Paragraph(words, st["note"])] if words else [rule]
