"""packaging/desk.toml, the commented machine file, is in step with the settings."""

from __future__ import annotations

import re
from pathlib import Path

from desk.cli import main
from desk.storage import settings, settings_text

SAMPLE = Path(__file__).resolve().parents[1] / "packaging" / "desk.toml"


def test_the_packaged_file_is_the_one_desk_makes(capsys) -> None:
    assert main(["config", "sample"]) == 0
    assert SAMPLE.read_text(encoding="utf-8") == capsys.readouterr().out, (
        "packaging/desk.toml is out of date: desk config sample > packaging/desk.toml")


def test_it_names_every_setting_its_default_and_its_variable() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for name, (_, default) in settings.specs().items():
        leaf = name.rpartition(".")[2]
        assert f"\n#{leaf} = {settings_text.toml_value(default)}\n" in text, name
        assert f"[{settings.env_var(name)}]\n" in text, name


def test_it_passes_the_check_as_it_is_and_uncommented(tmp_path: Path, capsys) -> None:
    assert main(["config", "check", str(SAMPLE)]) == 0
    uncommented = tmp_path / "desk.toml"
    uncommented.write_text(re.sub(r"(?m)^#([a-z_]+ = )", r"\1", SAMPLE.read_text()))
    assert main(["config", "check", str(uncommented)]) == 0
    assert f"({len(settings.keys())} settings set)" in capsys.readouterr().out
    assert settings.load(extra_file=str(uncommented)) == settings.Settings()


DOC = SAMPLE.parents[1] / "docs" / "it.md"
TABLE_START = "<!-- settings table: python -m tests.test_config_sample -->\n"
TABLE_END = "<!-- end of the settings table -->\n"


def settings_table() -> str:
    """docs/it.md's table of every setting, from the settings' specs."""
    rows = ["| setting | variable | default | what it is |", "| --- | --- | --- | --- |"]
    for name, (spec, default) in settings.specs().items():
        allowed = spec.allowed()
        doc = (spec.doc + (f"; {allowed}" if allowed else "")).replace("|", "\\|")
        rows.append(f"| `{name}` | `{settings.env_var(name)}` | "
                    f"`{settings_text.toml_value(default)}` | {doc} |")
    return "\n".join(rows) + "\n"


def test_the_it_guide_lists_every_setting() -> None:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index(TABLE_START) + len(TABLE_START):text.index(TABLE_END)]
    assert table == settings_table(), "docs/it.md is out of date: python -m tests.test_config_sample"


if __name__ == "__main__":
    print(settings_table(), end="")


def test_the_kiosk_examples_start_desk_as_the_kiosk() -> None:
    import configparser

    kiosk = SAMPLE.parent / "kiosk"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read_string((kiosk / "desk-kiosk.desktop").read_text())
    assert entry["Desktop Entry"]["Type"] == "Application"
    assert entry["Desktop Entry"]["Exec"] == "desk --kiosk"
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # keep the keys as systemd spells them
    unit.read_string((kiosk / "desk-kiosk.service").read_text())
    command = unit["Service"]["ExecStart"].split()
    assert command[0].endswith("/cage") and "-s" not in command  # no terminal switching
    assert command[-2:] == ["/usr/bin/desk", "--kiosk"]
    assert (kiosk / "desk-kiosk.pam").is_file() and unit["Service"]["PAMName"] == "desk-kiosk"
    assert "desk --kiosk" in (kiosk / "gnome-kiosk-script").read_text()
