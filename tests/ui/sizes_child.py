"""One screen at one scale, in its own process (Qt fixes the scale factor when the application starts): every window
and dialog opened on a copy of a demo desk, in Vietnamese and in English, checked for widgets squeezed below their
minimum size hint and for cut texts, a screenshot of each, and a JSON report.

Run by tests/ui/test_sizes.py as ``python -m tests.ui.sizes_child DESK WIDTH HEIGHT SCALE SHOTS REPORT`` with
QT_SCALE_FACTOR set to SCALE; DESK is a demo desk folder (copied first), SHOTS the folder for the screenshots.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

TOLERANCE = 1  # pixels: rounding at fractional scales


def _inside_composite(widget: QWidget, top: QWidget) -> bool:
    """Part of a Qt composite widget (a spin box's line edit, a combo box's, a cell widget of a table), whose size
    is the composite's business, not the layout's."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or text[:40]!r}"


def problems(window: QWidget) -> list[str]:
    """What a person would see wrong in ``window`` as shown: a widget squeezed below its minimum size hint, a
    label or a button whose text does not fit, a window larger than the screen."""
    found = []
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > screen.width() + TOLERANCE or frame.height() > screen.height() + TOLERANCE:
        found.append(f"the window ({frame.width()}×{frame.height()}) is larger than the screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _inside_composite(widget, window):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        hint, size = widget.minimumSizeHint(), widget.size()
        if hint.isValid() and (size.width() + TOLERANCE < hint.width() or size.height() + TOLERANCE < hint.height()):
            found.append(
                f"{_name(widget)} is {size.width()}×{size.height()}, below its minimum {hint.width()}×{hint.height()}"
            )
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.contentsRect().width() + widget.margin() * 2)
                if needed > size.height() + TOLERANCE:
                    found.append(f"{_name(widget)} is cut: {size.height()} px high for {needed}")
            elif widget.sizeHint().width() > size.width() + TOLERANCE:
                found.append(f"{_name(widget)} is cut: {size.width()} px wide for {widget.sizeHint().width()}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > size.width() + TOLERANCE
        ):
            found.append(f"{_name(widget)} is cut: {size.width()} px wide for {widget.sizeHint().width()}")
    return found


def settle(app: QApplication, tasks, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        # The database thread's answers and the workers' (a scanner's listing) are shown: the screenshot is the same
        # at every run.
        workers = QThreadPool.globalInstance().activeThreadCount()
        if (tasks.idle() and not workers) or time.monotonic() > deadline:
            break
        time.sleep(0.005)
    for _ in range(3):  # layouts settle after the answers are shown
        app.processEvents()


def main(desk_folder: Path, width: int, height: int, scale: str, shots: Path, report: Path) -> None:
    # A folder named as the screen and scale: the paths a window shows (the backups') are the same at every run.
    work = Path(tempfile.gettempdir()) / f"counter-sizes-{width}x{height}-{scale}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    screen = work / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": width, "height": height}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    # SANE without backends: the reception form lists its scanners at once (probing the network takes seconds).
    (work / "sane.d").mkdir()
    (work / "sane.d/dll.conf").write_text("")
    os.environ["SANE_CONFIG_DIR"] = str(work / "sane.d")
    app = QApplication(sys.argv[:1])

    from counter_app.store import open_store
    from counter_app.store.desk import Desk
    from counter_app.ui.i18n import install_translators
    from counter_app.ui.tasks import DeskTasks
    from tests.ui.windows import WINDOWS, FixedClock

    shutil.copytree(desk_folder, work / "desk")
    store = open_store(work / "desk")
    tasks = DeskTasks(Desk(store, FixedClock()))
    found: dict[str, dict[str, list[str]]] = {name: {} for name in WINDOWS}
    for language in ("vi", "en"):
        # The compiled catalog is shared by the children, one after the other, beside the demo desk.
        qm = desk_folder.parent / "qm"
        translators = install_translators(app, language, cache=qm) if language == "vi" else []
        folder = shots / f"{language}-{width}x{height}-{scale}"
        folder.mkdir(parents=True, exist_ok=True)
        for name, build in WINDOWS.items():
            built = build(tasks)
            if built.main:
                built.window.showMaximized()
            else:
                built.window.show()
            settle(app, tasks)
            found[name][language] = problems(built.window)
            built.window.grab().save(str(folder / f"{name}.png"))
            built.window.close()
            built.window.deleteLater()
            settle(app, tasks)
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone now, with its application-wide filters
        for translator in translators:
            app.removeTranslator(translator)
    report.write_text(json.dumps(found, ensure_ascii=False, indent=1))
    tasks.close()
    store.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    desk, w, h, s, shots_dir, out = sys.argv[1:7]
    main(Path(desk), int(w), int(h), s, Path(shots_dir), Path(out))
