"""The core the desk and the provincial server share: domain rules, foundation helpers and the wire protocol.

It imports neither Qt nor sqlite-utils, and nothing of the desk application or of the server.
"""

__version__ = "0.1.0"  # one version for the desk, the server and their installers
