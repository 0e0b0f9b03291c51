"""Translations through Qt's system: English source strings, Vietnamese (default) from counter_vi.ts.

The ``.ts`` files are the sources: the window's (counter_vi.ts) and the core's (core_vi.ts, the texts of errors,
which the command line and the server read without Qt). Their ``.qm`` are built with Qt's ``lrelease`` (shipped
with PySide6) into the user cache folder the first time they are needed or whenever the ``.ts`` changes, so nothing
generated is kept in the repository. An installed bundle has no ``lrelease``: it ships every ``.qm`` compiled by
``installers/build.py`` in the window's translations folder, and those are used as they are. Qt ships no
Vietnamese translation of its own dialogs, so qtbase_vi.ts (kept by hand, outside lupdate's reach) translates Qt's
standard buttons, print dialogs and line-edit menus.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from counter_app import APP_AUTHOR, APP_NAME
from counter_core.foundation import translations as core

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = core.LANGUAGES
CATALOGS = {"counter": TS_DIR, "qtbase": TS_DIR, core.CATALOG: core.TS_DIR}  # catalog → folder of its .ts


def lrelease() -> Path:
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    for candidate in (
        Path(PySide6.__file__).parent / name,
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / name,
    ):
        if candidate.exists():
            return candidate
    raise FileNotFoundError("Qt's lrelease was not found next to PySide6")


def compiled(language: str, cache: Path | None = None, catalog: str = "counter") -> Path | None:
    """The .qm of ``catalog`` in ``language``: the one an installed bundle ships in the window's translations
    folder, or else built from its .ts when missing or older; None if there is neither."""
    shipped = TS_DIR / f"{catalog}_{language}.qm"
    if shipped.exists():
        return shipped
    ts = CATALOGS[catalog] / f"{catalog}_{language}.ts"
    if not ts.exists():
        return None
    folder = cache or Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    qm = folder / f"{catalog}_{language}.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def install_translators(app: QApplication, language: str = "vi", cache: Path | None = None) -> list[QTranslator]:
    """Load the application's (and Qt's own, where Qt has one) translation for ``language``."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English, QLocale.Country.Vietnam)
    )
    translators = []
    for catalog in CATALOGS:
        qm = compiled(language, cache, catalog)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    app.translators = translators  # keep them alive with the application
    return translators
