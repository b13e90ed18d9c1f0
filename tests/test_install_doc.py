"""docs/install.md's configuration reference is the table desk's settings make.

``python -m tests.test_install_doc`` writes the table into docs/install.md afresh."""

from __future__ import annotations

from pathlib import Path

from tests.test_config_sample import TABLE_END, TABLE_START, settings_table

DOC = Path(__file__).resolve().parents[1] / "docs" / "install.md"


def _split(text: str) -> tuple[str, str, str]:
    start = text.index(TABLE_START) + len(TABLE_START)
    end = text.index(TABLE_END)
    return text[:start], text[start:end], text[end:]


def test_the_install_guide_lists_every_setting() -> None:
    assert _split(DOC.read_text(encoding="utf-8"))[1] == settings_table(), (
        "docs/install.md is out of date: python -m tests.test_install_doc")


def test_it_links_the_kiosk_guides_and_every_operation() -> None:
    text = DOC.read_text(encoding="utf-8")
    for part in ("(it.md#kiosk-machines)", "(kiosk.md#", "desk workspace backup",
                 "desk workspace restore", "desk workspace recovery set",
                 "desk workspace recover", "desk workspace delete", "desk doctor --bundle",
                 "glibc 2.34", "## Packages"):
        assert part in text, part


if __name__ == "__main__":
    before, _, after = _split(DOC.read_text(encoding="utf-8"))
    DOC.write_text(before + settings_table() + after, encoding="utf-8")
