"""Where the QR code of a receipt leads, and the dossier's look-up token it carries.

The province chooses the address (a template with ``{code}`` and, for its own look-up page, ``{check}``) and sends
it to every desk; without one a desk keeps its own setting (the national portal by default). The token is random,
made by the desk at reception and kept with the dossier's reception facts, so it reaches the province with the
dossier: the server and the desks of the unit know it, no secret shared by the desks can make one for another
dossier, and a receipt's token opens that dossier's page and no other.
"""

from __future__ import annotations

import re
import secrets
from string import Formatter
from urllib.parse import quote, urlsplit

from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Setup
from counter_core.foundation.texts import Text

NATIONAL_PORTAL_URL = "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma_ho_so={code}"
LOOKUP_PATH = "/tra-cuu"  # the province's look-up page on its server
CHECK_BYTES = 12  # 96 random bits: 16 characters in the QR code
CHECK_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")
PLACEHOLDERS = frozenset({"code", "check"})
MAX_TEMPLATE = 500


def new_check() -> str:
    """A dossier's look-up token, made once at reception."""
    return secrets.token_urlsafe(CHECK_BYTES)


def is_check(value: object) -> bool:
    return isinstance(value, str) and CHECK_PATTERN.fullmatch(value) is not None


def check_template(template: str) -> str:
    """``template`` as kept: an http(s) address with ``{code}`` and at most ``{check}`` besides; InvalidInput
    otherwise."""
    template = template.strip()
    try:
        fields = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError:
        fields = None
    parts = urlsplit(template)
    problem: Text | None = None
    if len(template) > MAX_TEMPLATE:
        problem = Text(Setup.TRACKING_URL_TOO_LONG, most=MAX_TEMPLATE)
    elif parts.scheme not in ("http", "https") or not parts.hostname:
        problem = Text(Setup.TRACKING_URL_NOT_WEB)
    elif fields is None or not fields <= PLACEHOLDERS:
        problem = Text(Setup.TRACKING_URL_PLACEHOLDERS)
    elif "code" not in fields:
        problem = Text(Setup.TRACKING_URL_NO_CODE)
    elif any(c.isspace() for c in template):
        problem = Text(Setup.TRACKING_URL_SPACES)
    if problem:
        raise InvalidInput("tracking_url", problem)
    return template


def lookup_template(base_url: str) -> str:
    """The template of the province's own look-up page on the server at ``base_url``."""
    return check_template(base_url.strip().rstrip("/") + LOOKUP_PATH + "?ma={code}&k={check}")


def link(template: str, code: str, check: str | None) -> str:
    """The address a receipt's QR code carries for dossier ``code`` (its token, if it has one)."""
    return template.format(code=quote(code, safe=""), check=check or "")
