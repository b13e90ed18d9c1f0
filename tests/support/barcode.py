"""Reading Code 128 barcodes back from rendered pages (Pillow images)."""

from __future__ import annotations


def decode_code128(image, y: int) -> str | None:
    """Decode one scan line of a Code 128 symbol (start B, sets B/C; checksum verified)."""
    from reportlab.graphics.barcode.code128 import _patterns

    row = [image.getpixel((x, y)) < 128 for x in range(image.size[0])]
    if True not in row:
        return None
    first, last = row.index(True), len(row) - row[::-1].index(True)
    runs: list[int] = []
    for dark in row[first:last]:
        if runs and dark == (len(runs) % 2 == 1):
            runs[-1] += 1
        else:
            runs.append(1)
    if len(runs) < 19 or (len(runs) - 7) % 6:
        return None
    symbols = (len(runs) - 7) // 6
    unit = sum(runs) / (11 * symbols + 13)
    modules = "".join(str(round(r / unit)) for r in runs)
    table = {"".join(str(ord(c.lower()) - 96) for c in pattern): value
             for value, pattern in _patterns.items()}
    values = [table.get(modules[i:i + 6]) for i in range(0, 6 * symbols, 6)]
    if None in values or values[0] != 104:
        return None
    data, check = values[1:-1], values[-1]
    if (104 + sum(v * (i + 1) for i, v in enumerate(data))) % 103 != check:
        return None
    text, code_set = "", "B"
    for value in data:  # reportlab switches to set C for runs of digits
        if code_set == "B" and value == 99:
            code_set = "C"
        elif code_set == "C" and value == 100:
            code_set = "B"
        else:
            text += f"{value:02d}" if code_set == "C" else chr(value + 32)
    return text


def barcodes_in(image) -> set[str]:
    """Every value decoded on any scan line of ``image`` (every third row)."""
    found = {decode_code128(image, y) for y in range(0, image.size[1], 3)}
    found.discard(None)
    return found  # type: ignore[return-value]
