"""``desk form ...``: tools for form authors.

``desk form check FILE...`` validates questionnaires and prints each problem with its
linkId; ``desk form pdf QUESTIONNAIRE RESPONSE OUT.pdf`` prints a stored response.
Heavy modules are imported inside the handlers to keep start-up fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desk.words import translate


def register(subparsers: Any) -> None:
    """Add the ``form`` command and its sub-commands."""
    form = subparsers.add_parser("form", help=translate("Cli", "check questionnaires, print "
                                                               "responses as PDF"))
    actions = form.add_subparsers(dest="form_command", metavar="ACTION", required=True)

    check = actions.add_parser("check", help=translate("Cli", "validate FHIR R4 Questionnaire "
                                                              "files"))
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(handler=check_command)

    pdf = actions.add_parser("pdf", help=translate("Cli", "render a QuestionnaireResponse as "
                                                          "PDF"))
    pdf.add_argument("questionnaire", metavar="QUESTIONNAIRE")
    pdf.add_argument("response", metavar="RESPONSE")
    pdf.add_argument("out", metavar="OUT.pdf")
    pdf.add_argument("--patient-json", metavar="FILE",
                     help=translate("Cli", "FHIR Patient for the header"))
    pdf.add_argument("--clinic", default="", metavar="NAME",
                     help=translate("Cli", "clinic name for the header"))
    pdf.add_argument("--clinic-address", action="append", default=[], metavar="LINE",
                     help=translate("Cli", "one address line (repeat for more)"))
    pdf.set_defaults(handler=pdf_command)


def check_command(args: argparse.Namespace) -> int:
    """Print OK or every problem of each file; 1 if any file fails."""
    from pathlib import Path

    from desk.forms.loading import load_questionnaire
    from desk.forms.model import FormDefinitionError
    from desk.forms.unsupported import unsupported_features

    failed = 0
    for name in args.files:
        try:
            definition = load_questionnaire(Path(name))
        except FormDefinitionError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{name}: {problem}")
            continue
        print(f"{name}: " + translate("Cli", "OK"))
        for warning in [*definition.warnings, *_failures(definition)]:
            print(f"{name}: " + translate("Cli", "warning: {warning}").format(warning=warning))
        for link_id, what in unsupported_features(definition.raw):
            if link_id:
                print(f"{name}: " + translate("Cli", "unsupported: item {item}: {what}")
                      .format(item=link_id, what=what))
            else:
                print(f"{name}: " + translate("Cli", "unsupported: {what}").format(what=what))
    return 1 if failed else 0


def _failures(definition: Any) -> list[str]:
    """Items whose expressions fail when the form is opened empty."""
    from desk.forms.engine import Form

    return [translate("Cli", "item {item}: an expression could not be calculated on the empty "
                             "form ({expressions})").format(
                item=node.link_id, expressions=", ".join(sorted(node.failed_expressions)))
            for node in Form(definition).nodes() if node.failed_expressions]


def pdf_command(args: argparse.Namespace) -> int:
    """Render RESPONSE (JSON) on QUESTIONNAIRE to OUT.pdf; 1 with a message on bad input."""
    import json
    from pathlib import Path

    from desk.errors import DeskError
    from desk.forms.pdf import Clinic, render_response_pdf

    try:
        response = _read_json(Path(args.response), "response")
        patient = _patient(args, response)
        render_response_pdf(Path(args.questionnaire), response,
                            clinic=Clinic(args.clinic, tuple(args.clinic_address)),
                            patient=patient, out=Path(args.out))
    except DeskError as exc:
        print(f"desk form pdf: {exc.message}", file=sys.stderr)
        return 1
    except (OSError, json.JSONDecodeError) as exc:
        print(translate("Cli", "desk form pdf: cannot use the files ({error})")
              .format(error=type(exc).__name__), file=sys.stderr)
        return 1
    print(f"{args.out}: " + translate("Cli", "written"))
    return 0


def _read_json(path: Any, what: str) -> dict[str, Any]:
    from desk.errors import DeskError
    from desk.forms.limits import read_json

    if what == "patient":
        unreadable = translate("DeskError", "the patient file {file} cannot be read as JSON")
        not_object = translate("DeskError", "the patient file {file} is not a JSON object")
    else:
        unreadable = translate("DeskError", "the response file {file} cannot be read as JSON")
        not_object = translate("DeskError", "the response file {file} is not a JSON object")
    try:
        data = read_json(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        raise DeskError(unreadable.format(file=path.name), kind="input") from None
    if not isinstance(data, dict):
        raise DeskError(not_object.format(file=path.name), kind="input")
    return data


def _patient(args: argparse.Namespace, response: dict[str, Any]) -> Any:
    from pathlib import Path

    from desk.forms.pdf import PatientHeader

    if args.patient_json:
        return PatientHeader.from_fhir(_read_json(Path(args.patient_json), "patient"))
    subject = response.get("subject")
    subject = subject if isinstance(subject, dict) else {}
    found = subject.get("identifier")
    identifier = (found.get("value") if isinstance(found, dict) else None) \
        or subject.get("reference")
    name = subject.get("display")
    return PatientHeader(name=name if isinstance(name, str) and name else "-",
                         identifier=identifier if isinstance(identifier, str) else None)
