"""The parts of feed pages this worker has already seen the protocol take: a feed entry goes to every desk of its
unit, and is checked the first time only."""

from __future__ import annotations

import threading
from collections.abc import Hashable

Part = tuple[Hashable, str]  # (what identifies the text, the JSON text)


class CheckedTexts:
    """Keys of texts a protocol model took, at most ``limit`` of them: when full, it starts again empty, so a
    worker's memory stays bounded and what is read again is only checked again. A key names one text for good: a
    feed entry's cursor (an entry is never rewritten), or ``digest`` of the text itself."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._keys: set[Hashable] = set()
        self._lock = threading.Lock()

    def unchecked(self, parts: list[Part]) -> list[str]:
        """The texts not yet taken, in their order."""
        return [text for key, text in parts if key not in self._keys]

    def taken(self, parts: list[Part]) -> None:
        """Remember ``parts`` as taken by the protocol."""
        with self._lock:
            if len(self._keys) + len(parts) > self.limit:
                self._keys.clear()
            self._keys.update(key for key, _ in parts)


def digest(text: str) -> tuple[int, int]:
    """The key of a text that may change under the same name (a dossier's snapshot): its length and its hash (64
    bits, keyed afresh by each process, so that no text can be made to match another's on purpose)."""
    return len(text), hash(text)
