from tests.pacs.orthanc import orthanc, pacs  # noqa: F401
from tests.sync.test_tls import tls_server  # noqa: F401
from tests.test_logs import configured  # noqa: F401
