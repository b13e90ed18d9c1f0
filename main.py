"""Start desk from a source checkout: ``python main.py [options]``."""

import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
