"""Features of a Questionnaire that desk does not run, for ``desk form check`` to list.

Each leaves its items empty rather than failing, so a form author must hear of them:

- scoring through item codes (``http://ehelse.no/scoringFormulas``), which desk does not
  compute;
- ``sdc-questionnaire-sourceQueries``, which would fetch resources from a server;
- ``application/x-fhir-query`` expressions other than the patient's own record.
"""

from __future__ import annotations

from typing import Any

_SCORING_SYSTEMS = ("http://ehelse.no/scoringFormulas",)
_SOURCE_QUERIES = "sdc-questionnaire-sourceQueries"
_FHIR_QUERY = "application/x-fhir-query"


def unsupported_features(data: Any) -> list[tuple[str | None, str]]:
    """(linkId, what) for each feature of ``data`` that desk does not run."""
    if not isinstance(data, dict):
        return []
    found = _in_element(data, None)
    stack = _items(data)[::-1]  # popped in form order
    while stack:
        item = stack.pop()
        link_id = item.get("linkId")
        found.extend(_in_element(item, link_id if isinstance(link_id, str) else None))
        for code in item.get("code") or []:
            if isinstance(code, dict) and code.get("system") in _SCORING_SYSTEMS:
                found.append((link_id, f"scoring by item code {code.get('code')!r} "
                                       f"({code['system']}) is not calculated"))
        stack.extend(_items(item)[::-1])
    return found


def _items(data: dict[str, Any]) -> list[dict[str, Any]]:
    items = data.get("item")
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _in_element(element: dict[str, Any], link_id: str | None) -> list[tuple[str | None, str]]:
    found: list[tuple[str | None, str]] = []
    stack = [e for e in element.get("extension") or [] if isinstance(e, dict)]
    while stack:
        ext = stack.pop()
        url = str(ext.get("url") or "")
        if url.endswith(_SOURCE_QUERIES):
            found.append((link_id, "sourceQueries are not run: no resources are fetched"))
        expression = ext.get("valueExpression")
        if isinstance(expression, dict) and expression.get("language") == _FHIR_QUERY:
            query = str(expression.get("expression") or "").strip()
            if not query.startswith("Patient"):
                found.append((link_id, f"the query {query!r} is not run: desk reads only "
                                       "the patient's own record"))
        stack.extend(e for e in ext.get("extension") or [] if isinstance(e, dict))
    return found
