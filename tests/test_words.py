"""desk's words outside the Qt screens: looked up in the .ts files without Qt, with each
language's plural rule, English where a language or a message has no translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk import words

SMALL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Workspace passphrase: </source>
        <translation>{passphrase}</translation>
    </message>
    <message>
        <source>Not yet translated</source>
        <translation type="unfinished">Pas encore</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>{one}</numerusform>
            <numerusform>{many}</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def small_files(tmp_path: Path, monkeypatch) -> Path:
    """Translation files of three messages in tmp_path, read instead of desk's own."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for language, passphrase, one, many in (
            ("en", "", "%n study", "%n studies"),
            ("fr", "Phrase secrète\u00a0: ", "%n étude", "%n études"),
            ("es", "Frase de contraseña: ", "%n estudio", "%n estudios")):
        (folder / f"desk_{language}.ts").write_text(SMALL_TS.format(
            language=language, passphrase=passphrase, one=one, many=many), encoding="utf-8")
    monkeypatch.setattr(words, "resource", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(words, "_catalogs", {})
    yield folder
    words.set_language("en")


def test_a_message_reads_in_the_language_set(small_files) -> None:
    assert words.translate("Cli", "Workspace passphrase: ") == "Workspace passphrase: "
    words.set_language("fr")
    assert words.current_language() == "fr"
    assert words.translate("Cli", "Workspace passphrase: ") == "Phrase secrète\u00a0: "
    words.set_language("es-MX")
    assert words.current_language() == "es"
    assert words.translate("Cli", "Workspace passphrase: ") == "Frase de contraseña: "


@pytest.mark.parametrize(("language", "n", "shown"), [
    ("en", 0, "0 studies"), ("en", 1, "1 study"), ("en", 2, "2 studies"),
    ("fr", 0, "0 étude"), ("fr", 1, "1 étude"), ("fr", 2, "2 études"),
    ("es", 0, "0 estudios"), ("es", 1, "1 estudio"), ("es", 5, "5 estudios")])
def test_plurals_follow_the_language_rule(small_files, language: str, n: int, shown: str) -> None:
    words.set_language(language)
    assert words.translate("Cli", "%n studies", "", n) == shown


def test_an_int_third_argument_is_the_count(small_files) -> None:
    words.set_language("fr")
    assert words.translate("Cli", "%n studies", 1) == "1 étude"


def test_an_unknown_language_reads_in_english_with_english_plurals(small_files) -> None:
    words.set_language("de_DE.UTF-8")
    assert words.current_language() == "de"
    assert words.translate("Cli", "Workspace passphrase: ") == "Workspace passphrase: "
    assert words.translate("Cli", "%n studies", "", 1) == "1 study"


def test_an_unfinished_or_unknown_message_reads_in_english(small_files) -> None:
    words.set_language("fr")
    assert words.translate("Cli", "Not yet translated") == "Not yet translated"
    assert words.translate("Cli", "Never marked, %n times", "", 3) == "Never marked, 3 times"
    assert words.translate("Other", "Workspace passphrase: ") == "Workspace passphrase: "


def test_words_in_a_given_language_leave_the_current_one_alone(small_files) -> None:
    words.set_language("es")
    assert words.Words("fr").translate("Cli", "%n studies", "", 0) == "0 étude"
    assert words.Words(None).translate("Cli", "%n studies", "", 1) == "1 study"
    assert words.translate("Cli", "%n studies", "", 0) == "0 estudios"


def test_a_lookup_replaces_the_files_and_can_be_taken_away(small_files) -> None:
    words.set_lookup(lambda context, text, n: f"[{context}: {text}]")
    try:
        assert words.translate("Cli", "Workspace passphrase: ") == "[Cli: Workspace passphrase: ]"
        assert words.translate("Cli", "%n studies", "", 4) == "[Cli: 4 studies]"
    finally:
        words.set_lookup(None)
    words.set_language("fr")
    assert words.translate("Cli", "%n studies", "", 4) == "4 études"


def test_desk_s_own_files_hold_the_command_line_in_french_and_spanish() -> None:
    """The shipped .ts files, read without Qt."""
    assert words.Words("fr").translate("Cli", "Recovery passphrase: ") \
        == "Phrase secrète de récupération\u00a0: "
    assert words.Words("es").translate("FormPdf", "Page {n} of {m}") == "Página {n} de {m}"
