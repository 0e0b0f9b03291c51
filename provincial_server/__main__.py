"""``python -m provincial_server`` runs ``counter-server``."""

import sys

from provincial_server.cli import main

sys.exit(main())
