"""FHIRPath expressions of a form: strict parsing, compilation once, dependencies.

fhirpathpy's own ``compile`` silently accepts broken text (``1 +* 2`` parses), so the
parse here runs the same ANTLR grammar with an error listener that records every
syntax error and checks that the whole text was consumed. A compiled expression is
kept with what it reads: the linkIds named in string literals and the ``%variables``
it uses. The engine uses these to recompute only what an answer can change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desk.forms.limits import MAX_EXPRESSION_LENGTH, MAX_REGEX_SECONDS
from desk.words import translate

FHIRPATH = "text/fhirpath"
FHIR_QUERY = "application/x-fhir-query"

_VAR_RE = re.compile(r"%(`[^`]+`|[A-Za-z_][A-Za-z0-9_\-]*)")
_STRING_RE = re.compile(r"'((?:[^'\\]|\\.)*)'")
_SCOPED_ACCESS = re.compile(
    r"(repeat\(item\)|descendants\(\)|item)\s*\.\s*where\(\s*linkId\s*"
    r"(=\s*'[^']*'|in\s*\(\s*'[^']*'(\s*\|\s*'[^']*')*\s*\)|in\s*%[A-Za-z_][\w-]*)\s*\)"
)
_BUILTIN_VARS = frozenset({"resource", "context", "questionnaire", "ucum", "sct", "loinc",
                           "rootResource", "factory"})


_WEIGHTS: ContextVar[Mapping[tuple[str | None, str], float] | None] = ContextVar(
    "weights", default=None)


@contextmanager
def use_weights(table: Mapping[tuple[str | None, str], float]) -> Iterator[None]:
    """Make ``weight()`` see one form's option weights while evaluating."""
    token = _WEIGHTS.set(table)
    try:
        yield
    finally:
        _WEIGHTS.reset(token)


def _weight_fn(inputs: list[Any]) -> list[float]:
    """FHIRPath ``weight()``: the itemWeight/ordinalValue of each chosen coding."""
    table = _WEIGHTS.get() or {}
    out = []
    for coding in inputs:
        if isinstance(coding, dict) and coding.get("code") is not None:
            code = str(coding["code"])
            found = table.get((coding.get("system"), code), table.get((None, code)))
            if found is not None:
                out.append(found)
    return out


def _power_fn(inputs: list[Any], degree: Any) -> list[Any]:
    """FHIRPath ``power()``; fhirpathpy gives up on fractional exponents (0.94.power(1.3))."""
    exponent = degree[0] if isinstance(degree, list) and len(degree) == 1 else degree
    if len(inputs) != 1 or isinstance(exponent, list) or exponent is None:
        return []
    try:
        base, power = Decimal(str(inputs[0])), Decimal(str(exponent))
    except (ArithmeticError, ValueError):
        return []
    if power == power.to_integral_value():
        if base == 0 and power < 0:
            return []
        return [base ** power]
    if base < 0:
        return []  # not a real number
    return [Decimal(repr(float(base) ** float(power)))]


# UCUM units a clinic's forms convert between, as (dimension, factor to the base unit)
_UNITS: dict[str, tuple[str, Decimal]] = {
    "kg": ("mass", Decimal(1)), "g": ("mass", Decimal("0.001")),
    "mg": ("mass", Decimal("0.000001")), "[lb_av]": ("mass", Decimal("0.45359237")),
    "[oz_av]": ("mass", Decimal("0.028349523125")),
    "m": ("length", Decimal(1)), "cm": ("length", Decimal("0.01")),
    "mm": ("length", Decimal("0.001")), "[in_i]": ("length", Decimal("0.0254")),
    "[ft_i]": ("length", Decimal("0.3048")),
}


def _to_quantity_fn(inputs: list[Any], unit: Any = None) -> list[Any]:
    """FHIRPath ``toQuantity(unit)`` for Quantity answers in common clinical units.

    fhirpathpy converts only time units; a form asking ``%weight.toQuantity('kg')`` of an
    answer in pounds got nothing. Anything this table does not cover goes to fhirpathpy.
    """
    target = unit[0] if isinstance(unit, list) and len(unit) == 1 else unit
    if len(inputs) == 1 and isinstance(inputs[0], dict) and isinstance(target, str):
        quantity = inputs[0]
        source = quantity.get("code") or quantity.get("unit")
        if source == target and quantity.get("value") is not None:
            return [quantity]
        if source in _UNITS and target in _UNITS and quantity.get("value") is not None:
            (kind, factor), (kind_to, factor_to) = _UNITS[source], _UNITS[target]
            if kind == kind_to:
                value = Decimal(str(quantity["value"])) * factor / factor_to
                return [{"value": value, "unit": target, "code": target,
                         "system": "http://unitsofmeasure.org"}]
    from fhirpathpy.engine.invocations.misc import to_quantity

    result = to_quantity(None, inputs, target) if target is not None else to_quantity(
        None, inputs)
    return result if isinstance(result, list) else [result]


def _sum_fn(inputs: list[Any]) -> list[Any]:
    """FHIRPath ``sum()``. fhirpathpy 2.2 adds the wrapped values of a response's answers
    (``answer.value.sum()``) as they are and fails; desk unwraps them first."""
    from fhirpathpy.engine.util import get_data

    values = [get_data(value) for value in inputs]
    if any(isinstance(v, Decimal) for v in values):  # Decimal and float do not add
        values = [v if isinstance(v, Decimal) else Decimal(str(v)) for v in values]
    return [sum(values)]


def _matches_fn(inputs: list[Any], pattern: Any) -> Any:
    """FHIRPath ``matches()``, stopped after MAX_REGEX_SECONDS (fhirpathpy's runs ``re``,
    which a form's pattern can keep busy for minutes); raises TimeoutError then."""
    import regex
    from fhirpathpy.engine.invocations.strings import ensure_string_singleton

    if not pattern or not inputs:
        return []
    text = ensure_string_singleton(inputs)
    return regex.search(pattern, text, flags=regex.DOTALL, timeout=MAX_REGEX_SECONDS) \
        is not None


def _replace_matches_fn(inputs: list[Any], pattern: Any, replacement: Any) -> Any:
    """FHIRPath ``replaceMatches()``, stopped as :func:`_matches_fn` is."""
    import regex
    from fhirpathpy.engine.invocations.strings import ensure_string_singleton

    text = ensure_string_singleton(inputs)
    if isinstance(pattern, list) or isinstance(replacement, list):
        return []
    replacement = re.sub(r"\$(\d+)", r"\\\1", replacement)  # $1 as Python's \1
    return regex.sub(pattern, replacement, text, timeout=MAX_REGEX_SECONDS)


FUNCTIONS: dict[str, Any] = {
    "sum": {"fn": _sum_fn},
    "toQuantity": {"fn": _to_quantity_fn, "arity": {0: [], 1: ["String"]}},
    "weight": {"fn": _weight_fn}, "ordinal": {"fn": _weight_fn},
    "power": {"fn": _power_fn, "arity": {1: ["Number"]}, "nullable": True},
    "matches": {"fn": _matches_fn, "arity": {1: ["String"]}, "nullable_input": True},
    "replaceMatches": {"fn": _replace_matches_fn, "arity": {2: ["String", "String"]},
                       "nullable_input": True},
}


class ExpressionError(ValueError):
    """An expression that does not parse; the message says where."""


@dataclass
class Expression:
    """One FHIRPath (or x-fhir-query) expression as written in the form."""

    source: str
    language: str = FHIRPATH
    name: str | None = None
    link_ids: frozenset[str] = frozenset()
    variables: frozenset[str] = frozenset()
    reads_items: bool = False
    scoped: bool = False
    unknown_functions: frozenset[str] = frozenset()
    _fn: Callable[..., list[Any]] | None = field(default=None, repr=False)
    _raw_fn: Callable[..., list[Any]] | None = field(default=None, repr=False)

    @property
    def is_fhirpath(self) -> bool:
        return self.language == FHIRPATH

    def evaluate(self, resource: Any, env: Mapping[str, Any], *, raw: bool = False
                 ) -> list[Any]:
        """Evaluate on ``resource`` with ``env`` as the ``%`` variables.

        ``raw`` keeps fhirpathpy's typed nodes (a variable's value must stay a Quantity,
        not become a plain dict, for ``%weight.toQuantity('kg')`` to work).
        """
        fn = self._raw_fn if raw else self._fn
        if fn is None:
            return []
        return fn(resource, dict(env))


class _Collector:
    """ANTLR error listener that keeps the first syntax error."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def syntaxError(self, recognizer: Any, symbol: Any, line: int, column: int,  # noqa: N802
                    msg: str, e: Any) -> None:
        self.errors.append(f"column {column + 1}: {msg}")

    def reportAmbiguity(self, *args: Any) -> None:  # noqa: N802
        pass

    def reportAttemptingFullContext(self, *args: Any) -> None:  # noqa: N802
        pass

    def reportContextSensitivity(self, *args: Any) -> None:  # noqa: N802
        pass


def parse_strict(text: str) -> Any:
    """The fhirpathpy AST of ``text``; raises ExpressionError on any syntax error."""
    from antlr4 import CommonTokenStream, InputStream, Token
    from antlr4.tree.Tree import ParseTreeWalker
    from fhirpathpy.parser.ASTPathListener import ASTPathListener
    from fhirpathpy.parser.generated.FHIRPathLexer import FHIRPathLexer
    from fhirpathpy.parser.generated.FHIRPathParser import FHIRPathParser

    collector = _Collector()
    lexer = FHIRPathLexer(InputStream(text))
    lexer.removeErrorListeners()
    lexer.addErrorListener(collector)
    tokens = CommonTokenStream(lexer)
    parser = FHIRPathParser(tokens)
    parser.removeErrorListeners()
    parser.addErrorListener(collector)
    try:
        tree = parser.expression()
    except Exception as exc:  # the lexer raises on some bad input instead of reporting
        raise ExpressionError(translate("FormDefinition", "does not parse ({error})").format(
            error=type(exc).__name__)) from None
    if not collector.errors and tokens.LA(1) != Token.EOF:
        collector.errors.append(translate("FormDefinition", "unexpected text after column "
                                                            "{column}").format(
            column=tokens.LT(1).start))
    if collector.errors:
        raise ExpressionError(translate("FormDefinition", "does not parse: {details}").format(
            details=collector.errors[0]))
    listener = ASTPathListener()
    ParseTreeWalker().walk(listener, tree)
    return listener.parentStack[0]


def _function_names(ast: Any) -> frozenset[str]:
    """Every function an expression calls, by name."""
    names: set[str] = set()
    stack = [ast]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        children = node.get("children") or []
        if node.get("type") == "Functn" and children:
            names.update(str(t) for t in children[0].get("terminalNodeText") or [])
        stack.extend(children)
    return frozenset(names)


def _known_functions(table: Mapping[str, Any]) -> frozenset[str]:
    from fhirpathpy.engine.invocations import invocation_registry

    return frozenset(invocation_registry) | frozenset(table)


def _quote_hyphenated(text: str) -> str:
    """``%has-fever`` means the variable named has-fever; FHIRPath wants backticks."""
    def fix(match: re.Match[str]) -> str:
        name = match.group(1)
        if "-" in name and not name.startswith("`"):
            return f"%`{name}`"
        return match.group(0)

    return _VAR_RE.sub(fix, text)


def _model() -> dict[str, Any]:
    from fhirpathpy.models import models

    return dict(models["r4"])


_MODEL: dict[str, Any] | None = None


def compile_expression(source: str, *, language: str = FHIRPATH, name: str | None = None,
                       functions: Mapping[str, Any] | None = None) -> Expression:
    """Parse and compile ``source`` once; raises ExpressionError if it does not parse."""
    expr = Expression(source=source, language=language, name=name)
    if language != FHIRPATH:
        return expr
    global _MODEL
    if _MODEL is None:
        _MODEL = _model()
    if len(source) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(translate("FormDefinition", "is longer than {limit} "
                                                          "characters").format(
            limit=f"{MAX_EXPRESSION_LENGTH:,}"))
    text = _quote_hyphenated(source)
    try:
        ast = parse_strict(text)
    except RecursionError:
        raise ExpressionError(translate("FormDefinition", "is nested too deeply to be "
                                                          "read")) from None
    from fhirpathpy import apply_parsed_path
    from fhirpathpy.engine.util import set_paths

    table = {**FUNCTIONS, **(functions or {})}
    expr.unknown_functions = _function_names(ast) - _known_functions(table)
    options = {"userInvocationTable": table}
    expr._fn = set_paths(apply_parsed_path, parsedPath=ast, model=_MODEL, options=options)
    expr._raw_fn = set_paths(apply_parsed_path, parsedPath=ast, model=_MODEL,
                             options={**options, "returnRawData": True})
    without_strings = _STRING_RE.sub("''", source)
    expr.variables = frozenset(v.strip("`") for v in _VAR_RE.findall(source)) - _BUILTIN_VARS
    expr.link_ids = frozenset(_STRING_RE.findall(source))
    unscoped = _SCOPED_ACCESS.sub("", source)
    unscoped = _STRING_RE.sub("''", unscoped)
    expr.reads_items = bool(re.search(r"\b(item|answer|descendants|repeat)\b|%resource|%context",
                                      without_strings))
    expr.scoped = not re.search(r"\b(item|descendants|repeat|children)\b", unscoped)
    return expr
