"""packaging/desk.toml, the commented machine file, is in step with the settings."""

from __future__ import annotations

import re
from pathlib import Path

from desk.cli import main
from desk.storage import settings

SAMPLE = Path(__file__).resolve().parents[1] / "packaging" / "desk.toml"


def test_the_packaged_file_is_the_one_desk_makes(capsys) -> None:
    assert main(["config", "sample"]) == 0
    assert SAMPLE.read_text(encoding="utf-8") == capsys.readouterr().out, (
        "packaging/desk.toml is out of date: desk config sample > packaging/desk.toml")


def test_it_names_every_setting_its_default_and_its_variable() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for name, (_, default) in settings.specs().items():
        leaf = name.rpartition(".")[2]
        assert f"\n#{leaf} = {settings._toml_value(default)}\n" in text, name
        assert f"[{settings.env_var(name)}]\n" in text, name


def test_it_passes_the_check_as_it_is_and_uncommented(tmp_path: Path, capsys) -> None:
    assert main(["config", "check", str(SAMPLE)]) == 0
    uncommented = tmp_path / "desk.toml"
    uncommented.write_text(re.sub(r"(?m)^#([a-z_]+ = )", r"\1", SAMPLE.read_text()))
    assert main(["config", "check", str(uncommented)]) == 0
    assert f"({len(settings.keys())} settings set)" in capsys.readouterr().out
    assert settings.load(extra_file=str(uncommented)) == settings.Settings()
