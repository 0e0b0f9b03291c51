"""Scanning papers: scanner drivers behind one interface (``scanner.Scanner``: SANE on Linux, WIA and TWAIN on
Windows), pages as the desk keeps them, a paper's pages as one PDF, and pages imported from image or PDF files.

Windows-only modules are imported only on Windows (``wia`` loads comtypes and ``twain`` pytwain only when used)."""

from __future__ import annotations

import os

from counter_app.scanning.scanner import Scanner


def platform_scanner() -> Scanner:
    """The scanner drivers of this computer: WIA and TWAIN together on Windows (a scanner may have either driver,
    or both), SANE elsewhere."""
    if os.name == "nt":
        from counter_app.scanning.scanner import Drivers
        from counter_app.scanning.twain import TwainScanner
        from counter_app.scanning.wia import WiaScanner

        return Drivers(WiaScanner(), TwainScanner())
    from counter_app.scanning.sane import SaneScanner

    return SaneScanner()
