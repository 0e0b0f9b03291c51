"""Scanning papers: scanner drivers behind one interface (``scanner.Scanner``: SANE on Linux, WIA on Windows), pages
as the desk keeps them, a paper's pages as one PDF, and pages imported from image or PDF files.

Windows-only modules are imported only on Windows (``wia`` loads comtypes only when used)."""

from __future__ import annotations

import os

from counter_app.scanning.scanner import Scanner


def platform_scanner() -> Scanner:
    """The scanner driver of this computer: WIA on Windows, SANE elsewhere."""
    if os.name == "nt":
        from counter_app.scanning.wia import WiaScanner

        return WiaScanner()
    from counter_app.scanning.sane import SaneScanner

    return SaneScanner()
