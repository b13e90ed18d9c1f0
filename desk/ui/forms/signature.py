"""A signature pad for finger, stylus or mouse, and the editor of a signature item.

:class:`SignaturePad` collects strokes from mouse and tablet (stylus) events; a finger on
a touch screen reaches it as synthesized mouse events. :meth:`SignaturePad.to_png` gives
the signature as PNG bytes. :class:`SignatureEditor` stores that PNG as the item's
``valueAttachment`` each time a stroke ends, and removes it on Clear.
"""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from desk.forms import Node, attachment
from desk.ui.forms.editors import Commit, Editor, touch

INK = QColor("#102a43")
PAPER = QColor("#ffffff")


def tr(text: str) -> str:
    # lupdate files a module function's tr("...") under no context: looked up there
    return QCoreApplication.translate("", text)


class SignaturePad(QFrame):
    """A surface to sign on; strokes are kept as paths until :meth:`clear`."""

    sig_signed = Signal()
    """A stroke was finished: the signature changed."""

    sig_cleared = Signal()
    """The signature was wiped by :meth:`clear`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature-pad")
        self.setMinimumSize(320, 160)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAccessibleName(tr("Signature pad"))
        self.setAccessibleDescription(tr("Sign here with a finger, a stylus or the mouse"))
        self.paths: list[QPainterPath] = []
        self.background: QImage | None = None
        self.drawing = False

    def is_empty(self) -> bool:
        return not self.paths and self.background is None

    def clear(self) -> None:
        """Wipe the signature."""
        self.paths = []
        self.background = None
        self.update()
        self.sig_cleared.emit()

    def show_png(self, data: bytes) -> None:
        """Show a signature saved earlier (it stays until cleared)."""
        image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]
        self.background = None if image.isNull() else image
        self.paths = []
        self.update()

    def to_png(self) -> bytes:
        """The signature as PNG bytes, ink on white, at the pad's size."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(PAPER)
        painter = QPainter(image)
        self._draw(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(QByteArray(buffer.data()).data())

    # ---- strokes ----------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        path = QPainterPath(point)
        path.lineTo(point + QPointF(0.1, 0.1))  # a dot is a stroke too
        self.paths.append(path)
        self.drawing = True
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self.drawing and self.paths:
            self.paths[-1].lineTo(point)
            self.update()

    def _end(self) -> None:
        if self.drawing:
            self.drawing = False
            self.sig_signed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's names)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()  # no synthesized mouse events on top of the stylus

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(QPen(QColor("#b8c4d1"), 1))
        base = self.height() - 32
        painter.drawLine(16, base, self.width() - 16, base)
        self._draw(painter)
        painter.end()
        super().paintEvent(event)

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.background is not None:
            painter.drawImage(0, 0, self.background)
        pen = QPen(INK, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for path in self.paths:
            painter.drawPath(path)


class SignatureEditor(Editor):
    """The editor of a signature item: the pad and a Clear button."""

    def __init__(self, node: Node, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(node, commit, parent)
        column = QVBoxLayout()
        self.pad = SignaturePad()
        self.pad.setAccessibleName(tr("Signature pad: {0}").format(node.text))
        self.clear = touch(QPushButton(tr("Clear")), 96)
        self.clear.setAccessibleName(tr("Clear the signature"))
        self.clear.setAccessibleDescription(tr("Wipes the signature so you can sign again"))
        self.clear.clicked.connect(self._clear)
        self.pad.sig_signed.connect(self._signed)
        column.addWidget(self.pad)
        column.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignLeft)
        self.row.addLayout(column)
        self.row.addStretch(1)
        self.show_answers()

    def show_answers(self) -> None:
        value: Any = self.node.answer
        if not value:
            if not self.pad.is_empty():
                self.pad.paths, self.pad.background = [], None
                self.pad.update()
        elif self.pad.is_empty() and isinstance(value.get("data"), str):
            self.pad.show_png(base64.b64decode(value["data"]))
        self.clear.setEnabled(not self.pad.is_empty())

    def _signed(self) -> None:
        self.commit([attachment(self.pad.to_png(), content_type="image/png",
                                title="signature.png")])

    def _clear(self) -> None:
        self.pad.clear()
        self.commit([])
        self.pad.setFocus()
