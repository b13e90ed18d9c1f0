from tests.pacs.orthanc import orthanc, pacs  # noqa: F401
