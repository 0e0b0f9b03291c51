"""Counter: the desk application of a Vietnamese commune one-stop reception counter."""

from counter_core import __version__

__all__ = ["APP_AUTHOR", "APP_NAME", "__version__"]
APP_NAME = "counter"
APP_AUTHOR = "Counter"
