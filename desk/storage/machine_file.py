"""The machine file, for IT: a file checked before it is deployed (``desk config check``),
and the commented sample with every setting (``desk config sample``, ``packaging/desk.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from desk.storage.settings import Spec, env_var, kind_name, specs
from desk.storage.settings_files import TOO_DEEP, VERSION, flatten
from desk.storage.settings_text import is_secret, toml_value
from desk.words import Words, translate


class Problem(NamedTuple):
    """One thing wrong in a settings file, at ``line`` (1-based; 0: the file as a whole)."""

    line: int
    message: str


class Report(NamedTuple):
    """What :func:`check_file` found: the problems, and how many settings the file sets."""

    problems: list[Problem]
    settings_set: int


def check_file(path: Path) -> Report:
    """Check a machine (or user) file as ``desk config check`` does, before it is deployed:
    TOML syntax, unknown settings (with the nearest known one), wrong types, values out of
    range or not among the choices. Stricter than :func:`load`: a number or true/false in
    quotes is a problem here, though load would read it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else \
            translate("Setting", "not UTF-8 text")
        return Report([Problem(0, _unreadable(reason))], 0)
    return check_text(text)


def check_text(text: str) -> Report:
    """:func:`check_file` for the text of a file."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"\s*\(at (?:line (\d+), column \d+|end of document)\)$", str(err))
        line = int(where[1]) if where and where[1] else len(text.splitlines())
        reason = str(err)[:where.start()] if where else str(err)
        return Report([Problem(line, translate("Setting", "not valid TOML: {reason}").format(
            reason=reason))], 0)
    except RecursionError:  # tomllib reads nested lists and inline tables recursively
        return Report([Problem(0, _unreadable(translate("Setting", TOO_DEEP)))], 0)
    lines = _key_lines(text)
    known = specs()
    problems = []
    count = 0
    for name, value in flatten(data).items():
        line = _line_of(name, lines)
        if name == "version":
            if isinstance(value, bool) or not isinstance(value, int) or value > VERSION:
                problems.append(Problem(line, translate(
                    "Setting", "version must be a whole number up to {version} (this desk's "
                               "settings version)").format(version=VERSION)))
        elif name in known:
            count += 1
            problem = _check_value(name, value, *known[name])
            if problem:
                problems.append(Problem(line, problem))
        else:
            problems.append(Problem(line, _unknown(name, known)))
    return Report(sorted(problems, key=lambda p: p.line), count)


def _unreadable(reason: str) -> str:
    return translate("Setting", "cannot be read: {reason}").format(reason=reason)


def _check_value(name: str, value: Any, spec: Spec, default: Any) -> str | None:
    kind = type(default)
    if not _is_kind(value, kind):
        return _wrong_kind(name, value, kind)
    if spec.choices:
        value = next((c for c in spec.choices if c.casefold() == str(value).casefold()), value)
    problem = spec.problem(float(value) if kind is float else value)
    if problem is None:
        return None
    if is_secret(name):
        return f"{name} {problem}"
    return translate("Setting", "{name} {problem}, not {value}").format(
        name=name, problem=problem, value=toml_value(value))


def _wrong_kind(name: str, value: Any, kind: type) -> str:
    if isinstance(value, str):
        text = translate("Setting", "{name} must be {kind}, not {found} (write it without "
                                    "quotes)")
    elif kind is str:
        text = translate("Setting", "{name} must be {kind}, not {found} (put it in quotes)")
    else:
        text = translate("Setting", "{name} must be {kind}, not {found}")
    return text.format(name=name, kind=kind_name(kind), found=_toml_kind(value))


def _is_kind(value: Any, kind: type) -> bool:
    """Whether a TOML ``value`` has the setting's type (a whole number is a number too)."""
    if isinstance(value, bool) or kind is bool:
        return isinstance(value, bool) and kind is bool
    return isinstance(value, int | float) if kind is float else isinstance(value, kind)


def _toml_kind(value: Any) -> str:
    for kind in (bool, int, float, str):  # bool first: True is an int too
        if isinstance(value, kind):
            return kind_name(kind)
    if isinstance(value, list):
        return translate("Setting", "a list")
    if isinstance(value, dict):
        return translate("Setting", "a table")
    return translate("Setting", "a date or time")


def _unknown(name: str, known: Mapping[str, object]) -> str:
    import difflib

    sections = {k.rpartition(".")[0] for k in known}
    if name in sections:
        return translate("Setting", "{name} is a section: write [{name}] and its settings on "
                                    "the lines below it").format(name=name)
    leaf = name.rpartition(".")[2]
    same_leaf = [k for k in known if k.rpartition(".")[2] == leaf]
    near = same_leaf if len(same_leaf) == 1 else difflib.get_close_matches(name, list(known),
                                                                           n=1, cutoff=0.6)
    if near:
        return translate("Setting", "{name} is not a desk setting; did you mean "
                                    "{meant}?").format(name=name, meant=near[0])
    return translate("Setting", "{name} is not a desk setting (desk config show lists them "
                                "all)").format(name=name)


_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_DOTTED = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
# Patterns, not compiled here: only desk config check needs them (re keeps them compiled).
_TABLE_LINE = rf"\s*\[\[?\s*({_DOTTED})\s*\]"
_KEY_LINE = rf"\s*({_DOTTED})\s*="


def _key_lines(text: str) -> dict[str, int]:
    """Each dotted name (and table) of a TOML text -> the line it is first set on. tomllib
    keeps no positions; this reads the lines, which is enough for files people write."""
    found: dict[str, int] = {}
    table, quote = "", ""
    for number, line in enumerate(text.splitlines(), 1):
        if quote:  # inside a multi-line string
            if line.count(quote) % 2:
                quote = ""
            continue
        if match := re.match(_TABLE_LINE, line):
            table = _dotted(match[1])
            found.setdefault(table, number)
        elif match := re.match(_KEY_LINE, line):
            found.setdefault(".".join(filter(None, (table, _dotted(match[1])))), number)
        quote = next((q for q in ('"""', "'''") if line.count(q) % 2), "")
    return found


def _dotted(text: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in
                    re.findall(r""""[^"]*"|'[^']*'|[^.]+""", text))


def _line_of(name: str, lines: Mapping[str, int]) -> int:
    while name:
        if name in lines:
            return lines[name]
        name = name.rpartition(".")[0]
    return 0


SAMPLE_HEADER = """\
# desk's settings for every user of this machine: /etc/desk/desk.toml on Linux,
# %ProgramData%\\desk\\desk.toml on Windows, /Library/Application Support/desk/desk.toml
# on macOS. Each setting is here with its default, commented out: remove the "#" in front
# of a line to set it. A user's own file, DESK_* variables (named at the end of each
# explanation) and command-line options override this file. Check it before deploying it:
#   desk config check desk.toml
# and see what is in force on a machine with: desk config show
"""


def sample_file() -> str:
    """A machine file with every setting commented out, each with its explanation and its
    default (``packaging/desk.toml``, ``desk config sample``)."""
    lines = [SAMPLE_HEADER, f"version = {VERSION}"]
    section = ""
    for name, (spec, default) in specs().items():
        table, _, leaf = name.rpartition(".")
        if table != section:
            lines += ["", f"[{table}]"]
            section = table
        allowed = spec.allowed(Words("en"))  # the sample is in English, as its explanations
        lines += ["", f"# {spec.doc}" + (f"; {allowed}" if allowed else "")
                  + f" [{env_var(name)}]", f"#{leaf} = {toml_value(default)}"]
    return "\n".join(lines) + "\n"
