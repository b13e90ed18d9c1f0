"""Fuzz targets for desk's hostile input, run with atheris (libFuzzer for Python).

Each target feeds bytes to a boundary where a file or an answer from outside enters desk:
a questionnaire, a FHIRPath expression, a DICOM image, a FHIR server's answer, a settings
file and the search box. The rule is the same everywhere: an input either loads or is
refused with desk's own error (the one the API documents), within a second and 2 GiB.
Any other exception is a crash finding; a slower input is a hang finding.

    python -m bench.fuzz --smoke                      # every target, bounded, a fixed seed
    python -m bench.fuzz --target forms --runs 50000  # one target for longer
    python -m bench.fuzz --make-corpus                # seed corpus/ from desk's own inputs

Inputs that found a defect are kept in ``found/<target>/``, each with a regression test
in ``tests/``.
"""

from __future__ import annotations

TARGETS = ("forms", "fhirpath", "dicom", "fhir", "settings", "search")
"""Every target, by the name of its module in this package."""
