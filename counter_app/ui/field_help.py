"""What a control says about itself: the name a screen reader reads and the tooltip telling what goes in it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, tip: str = "") -> W:
    """Give ``widget`` its accessible ``name`` and, when given, its tooltip ``tip`` (both already translated; an
    input's tip says what goes in it and gives an example: "… e.g. …"); returns the widget, to describe it where it
    is made."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget
