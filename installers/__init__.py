"""The build scripts of the installers (run as scripts, e.g. ``python installers/build_windows.py``)."""
