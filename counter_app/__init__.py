"""Counter: the desk application of a Vietnamese commune one-stop reception counter."""

__version__ = "0.1.0"
APP_NAME = "counter"
APP_AUTHOR = "Counter"
