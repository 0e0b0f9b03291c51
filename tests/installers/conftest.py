"""The installers' folder, and its build script loaded as a module (it is a script, not a package)."""

import importlib.util
from pathlib import Path

import pytest

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"


@pytest.fixture(scope="session")
def build():
    spec = importlib.util.spec_from_file_location("counter_installers_build", INSTALLERS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
