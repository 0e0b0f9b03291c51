"""The shape of a JSON document once parsed: an object whose values are whatever JSON holds, checked where read."""

from __future__ import annotations

from typing import Any

# Any, not object: a document's values are read by key into typed fields (a catalog, a notice, a fee table), and
# each reader checks what it takes. A recursive JSON type would make every such read a cast.
JsonObject = dict[str, Any]
