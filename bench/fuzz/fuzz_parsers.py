"""Coverage-guided fuzzing (atheris, libFuzzer) of the parsers that read what people and machines hand the desk:
the chip-card QR payload, the dossier code, and the catalog and calendar files. Not part of the test run; the
property tests in tests/ cover the same ground in minutes, this goes on for as long as it is given.

    python -m pip install atheris
    python bench/fuzz/fuzz_parsers.py idcard -max_total_time=60           # one minute on the QR parser
    python bench/fuzz/fuzz_parsers.py catalog -max_total_time=60 -max_len=65536 bench/fuzz/corpus-catalog

Targets: ``idcard``, ``code``, ``catalog``, ``calendar``. A parser may answer or refuse with InvalidInput; any other
exception, or an answer with an unclean text, stops the run with the input saved as ``crash-…`` in the current
folder (replay it: ``python bench/fuzz/fuzz_parsers.py catalog crash-…``). A corpus folder given last is read and
grown (start it with a copy of counter_core/resources/catalog/seed_catalog.json).
"""

from __future__ import annotations

import sys
import tempfile
import unicodedata
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib

from counter_core.domain.calendar import CalendarNotice
from counter_core.domain.codes import DossierCode
from counter_core.domain.idcard import parse_id_card
from counter_core.domain.procedure import Catalog
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.text import nfc

FILE = Path(tempfile.mkdtemp(prefix="counter-fuzz-")) / "input.json"


def clean(value: object) -> None:
    """Every text of ``value`` (a card, a code, a loaded document's JSON) as the desk may store it."""
    if isinstance(value, str):
        invisible = any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in value)
        assert value == nfc(value) and not invisible, ascii(value)
    elif isinstance(value, dict):
        for key, inner in value.items():
            clean(key)
            clean(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            clean(inner)


def idcard(data: bytes) -> None:
    card = parse_id_card(atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data)))
    clean({"name": card.full_name, "address": card.address})


def code(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
    assert str(DossierCode.parse(text)) == text.strip()


def loaded(load):
    def target(data: bytes) -> None:
        FILE.write_bytes(data)  # through the file reader too: encodings, size, nesting
        clean(load(FILE).to_json())

    return target


TARGETS = {"idcard": idcard, "code": code, "catalog": loaded(Catalog.load), "calendar": loaded(CalendarNotice.load)}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options] [corpus folder]")
    target = TARGETS[sys.argv.pop(1)]

    def one_input(data: bytes) -> None:
        with contextlib.suppress(InvalidInput):
            target(data)

    atheris.instrument_all()  # coverage of every Python function loaded, the parsers' helpers included
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
