from tests.fhirserver.fixture import fhir, fhir_server  # noqa: F401
