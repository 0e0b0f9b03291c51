"""Digitised papers (số hóa hồ sơ, ND 107/2021): each paper a citizen hands in, and each result handed back, held
as one PDF named by its SHA-256, and the dossier event that attaches it (read the same way by desk and server)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Papers
from counter_core.foundation.text import nfc

ATTACH_EVENT = "attach_file"  # the event that attaches a file to a dossier, synced like any other
MAX_FILE_BYTES = 64 * 1024 * 1024  # one stored paper (a PDF); a scanned A4 page is about 100 KB
MAX_PAGES = 300  # pages of one paper
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class Role(StrEnum):
    PAPER = "paper"  # a paper of the dossier, in its place in the procedure's list
    RESULT = "result"  # a result handed back (kết quả)


ROLE_LABELS = {Role.PAPER: "Giấy tờ trong hồ sơ", Role.RESULT: "Kết quả giải quyết"}


def check_sha256(value: object) -> str:
    if not isinstance(value, str) or not SHA256.match(value):
        raise InvalidInput("sha256", Papers.SHA256_FORM)
    return value


@dataclass(frozen=True)
class AttachedFile:
    """One paper (or result) of a dossier held as a file: which paper, its content's hash, size and pages."""

    role: Role
    document: str  # the paper's name as in the procedure's list (or the result's name)
    sha256: str
    size: int
    pages: int

    def to_json(self) -> dict[str, object]:
        return {
            "role": self.role.value,
            "document": self.document,
            "sha256": self.sha256,
            "size": self.size,
            "pages": self.pages,
        }

    @classmethod
    def parse(cls, data: object) -> AttachedFile:
        """The attachment an ``attach_file`` event's data describes; InvalidInput if it does not hold."""
        if not isinstance(data, dict):
            raise InvalidInput("data", Papers.EVENT_NO_FILE)
        try:
            role = Role(str(data.get("role")))
        except ValueError:
            raise InvalidInput("role", Papers.ROLE_INVALID) from None
        raw_document = data.get("document")
        document = nfc(raw_document) if isinstance(raw_document, str) else ""
        if not document or len(document) > 400:
            raise InvalidInput("document", Papers.DOCUMENT_NAME)
        size, pages = data.get("size"), data.get("pages")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_FILE_BYTES:
            raise InvalidInput("size", Papers.SIZE_RANGE, megabytes=MAX_FILE_BYTES // 2**20)
        if not isinstance(pages, int) or isinstance(pages, bool) or not 0 < pages <= MAX_PAGES:
            raise InvalidInput("pages", Papers.PAGES_RANGE, most=MAX_PAGES)
        return cls(role, document, check_sha256(data.get("sha256")), size, pages)
