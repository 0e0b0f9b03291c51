"""The main window's tabs by job, each page in a scroll area: on a small screen at a large scale (1366×768 at 150 %)
a page taller or wider than the window scrolls instead of squeezing its fields below their size. The pages are
added, found and shown as themselves, as with a plain QTabWidget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class JobTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holders: dict[QWidget, QScrollArea] = {}

    def _held(self, page: QWidget) -> QScrollArea:
        holder = QScrollArea()
        holder.setWidgetResizable(True)  # as large as the tab when it fits, scrolling when it does not
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields, not to their frame
        holder.setWidget(page)
        self.holders[page] = holder
        return holder

    def addTab(self, page: QWidget, label: str) -> int:  # type: ignore[override]  # the page, not an icon
        return super().addTab(self._held(page), label)

    def insertTab(self, index: int, page: QWidget, label: str) -> int:  # type: ignore[override]
        return super().insertTab(index, self._held(page), label)

    def indexOf(self, page: QWidget) -> int:
        return super().indexOf(self.holders.get(page, page))

    def setCurrentWidget(self, page: QWidget) -> None:
        super().setCurrentWidget(self.holders.get(page, page))

    def widget(self, index: int) -> QWidget:
        holder = super().widget(index)
        return holder.widget() if isinstance(holder, QScrollArea) and holder in self.holders.values() else holder

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())
