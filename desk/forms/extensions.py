"""Reading FHIR extensions and translations off a Questionnaire's elements."""

from __future__ import annotations

from typing import Any

from desk.forms.model import TRANSLATION, Text


def text_of(raw: dict[str, Any], key: str) -> Text:
    """The text element ``key`` of ``raw``, with its translations."""
    value = raw.get(key)
    return Text(value if isinstance(value, str) else None, translations(raw.get("_" + key)))


def translations(primitive: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for ext in extensions(primitive, TRANSLATION):
        parts = {e.get("url"): e for e in ext.get("extension") or [] if isinstance(e, dict)}
        lang = (parts.get("lang") or {}).get("valueCode")
        content = (parts.get("content") or {}).get("valueString")
        if isinstance(lang, str) and isinstance(content, str):
            out.append((lang, content))
    return tuple(out)


def extensions(raw: Any, url: str) -> list[dict[str, Any]]:
    if not isinstance(raw, dict):
        return []
    return [e for e in raw.get("extension") or [] if isinstance(e, dict) and e.get("url") == url]


def first_ext(raw: Any, url: str) -> dict[str, Any] | None:
    found = extensions(raw, url)
    return found[0] if found else None


def ext_typed(raw: Any, url: str) -> tuple[str, Any] | None:
    ext = first_ext(raw, url)
    if ext is None:
        return None
    key = value_key(ext, "value")
    return (key, ext[key]) if key else None


def ext_value(raw: Any, url: str) -> Any:
    typed = ext_typed(raw, url)
    return typed[1] if typed else None


def value_key(raw: dict[str, Any], prefix: str) -> str | None:
    keys = [k for k in raw if k.startswith(prefix) and len(k) > len(prefix)
            and k[len(prefix)].isupper()]
    return keys[0] if len(keys) == 1 else None
