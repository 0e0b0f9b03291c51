"""Entry point of ``counter-app`` and ``python -m counter_app``."""

import sys

from counter_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
