"""The server's gate, a plain ASGI middleware in front of the routes: limits per client address and per desk, and the
desk's token checked before a single byte of a request's body is read.

In order, for each request:

1. the client address's request rate (a token bucket): past it, 429; for the citizens' look-up page (``/tra-cuu``),
   a rate of its own besides, far lower (the wrong answers themselves are counted in the database:
   ``web/citizen.py``);
2. for an enrolment, the address's rate of enrolment attempts (the wrong codes are then counted in the database,
   per address and per unit, with a lockout: ``store/enrolment.py``);
3. for every other sync operation, the token (``Authorization: Bearer``): an address that sent too many wrong
   tokens gets 429 without the database being asked; a wrong or revoked token gets 401 at once, its body never
   received; then the desk's own request rate. The operations a province user may also call (``shared``: reading
   a dossier's files) pass without a token, to be checked by the route;
4. a request with a body takes a slot among the bodies in flight (in all, per address, per desk): none free, 429.

A 429 carries ``Retry-After`` (seconds) and the protocol's envelope, ``detail.retry_after`` the same figure (to
a person's page, ``people_page`` words it as a page instead). It is
sent after a pause of up to ``TARPIT`` seconds (for at most ``TARPIT_HELD`` requests at once, ``TARPIT_PER_ADDRESS``
per address; beyond, at once), so that a client that does not wait as told is slowed down rather than served as
fast as it asks; a refusal of a request with a body closes the connection, its body unread.
Each worker process keeps its own buckets: with ``--workers N`` an address gets up to N times the rates.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections import Counter, OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi.routing import APIRoute
from starlette.datastructures import Headers

from counter_core.domain.tracking import LOOKUP_PATH
from counter_core.foundation.messages import Province
from counter_core.foundation.texts import Msg
from counter_core.protocol import FEATURES_HEADER, PREFIX
from provincial_server.answers import ApiError

DESK_SCOPE_KEY = "counter.desk"  # where the gate leaves the authenticated desk for the routes
TARPIT = 1.0  # seconds a 429 waits before it is sent
TARPIT_HELD = 512  # well under the 1,024 open files a process gets by default
TARPIT_PER_ADDRESS = 32


@dataclass(frozen=True)
class Limits:
    address_rate: float = 50.0  # requests per second from one address (a commune's NAT holds several desks)
    address_burst: int = 400
    desk_rate: float = 10.0  # requests per second from one desk (a sync is a handful)
    desk_burst: int = 100
    wrong_token_rate: float = 0.5  # wrong tokens per second an address may keep sending before it gets 429
    wrong_token_burst: int = 20
    enrol_rate: float = 0.1  # enrolment attempts per second from one address
    enrol_burst: int = 10
    lookup_rate: float = 1.0  # citizens' look-up pages per second from one address (a mobile network's shared
    lookup_burst: int = 60  # address holds many phones; one person opens a few)
    bodies: int = 64  # request bodies in flight, in all
    address_bodies: int = 32
    desk_bodies: int = 2


class Buckets:
    """Token buckets by key (an address, a desk): ``rate`` tokens a second up to ``burst``; at most ``keys`` kept,
    the least recently seen dropped first (a dropped key starts again full, which only forgives)."""

    def __init__(self, rate: float, burst: int, keys: int = 100_000, clock: Callable[[], float] = time.monotonic):
        self.rate, self.burst, self.keys, self.clock = rate, burst, keys, clock
        self._levels: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def _level(self, key: str) -> float:
        now = self.clock()
        tokens, seen = self._levels.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - seen) * self.rate)
        self._levels[key] = (tokens, now)
        if len(self._levels) > self.keys:
            self._levels.popitem(last=False)
        return tokens

    def wait(self, key: str) -> float:
        """Seconds until ``key`` has a token (0: it has one now); nothing is taken."""
        tokens = self._level(key)
        return 0.0 if tokens >= 1 else (1 - tokens) / self.rate

    def take(self, key: str) -> float:
        """Take a token: 0 if there was one, else the seconds until there is (nothing is taken then)."""
        wait = self.wait(key)
        if not wait:
            tokens, seen = self._levels[key]
            self._levels[key] = (tokens - 1, seen)
        return wait


class Slots:
    """Bodies in flight, by key, at most ``limit`` each."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._held: Counter[str] = Counter()

    def take(self, key: str) -> bool:
        if self._held[key] >= self.limit:
            return False
        self._held[key] += 1
        return True

    def give_back(self, key: str) -> None:
        self._held[key] -= 1
        if self._held[key] <= 0:
            del self._held[key]


def too_many(wait: float, msg: Msg, limit: str, code: str = "rate_limited") -> ApiError:
    """A 429 saying how long to wait: ``msg`` names the ``{seconds}``."""
    seconds = max(1, math.ceil(wait))
    return ApiError(
        429, code, msg, {"retry_after": seconds, "limit": limit}, {"Retry-After": str(seconds)}, seconds=seconds
    )


PeoplePage = Callable[[str, ApiError], object]  # (path, refusal) → an ASGI response for a person, or None


UNAUTHENTICATED = ApiError(401, "unauthenticated", Province.UNAUTHENTICATED)
REVOKED = ApiError(401, "desk_revoked", Province.DESK_REVOKED)
Authenticate = Callable[[str], Awaitable[object | None]]  # token → the desk (with ``id``, ``revoked``) or None


class Guard:
    """See the module's docstring. ``authenticate`` looks a token up; ``enrol_path`` is the one sync operation
    made without a token; ``people_page`` gives the refusal of a page people read (None: the protocol's envelope);
    ``shared``, the (method, route path) a province user may call without one."""

    def __init__(
        self,
        app,
        limits: Limits,
        authenticate: Authenticate,
        enrol_path: str,
        people_page: PeoplePage | None = None,
        shared: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        self.app, self.limits, self.authenticate, self.enrol_path = app, limits, authenticate, enrol_path
        self.people_page = people_page
        self.shared = shared
        self.lookups = Buckets(limits.lookup_rate, limits.lookup_burst)
        self.addresses = Buckets(limits.address_rate, limits.address_burst)
        self.desks = Buckets(limits.desk_rate, limits.desk_burst)
        self.wrong_tokens = Buckets(limits.wrong_token_rate, limits.wrong_token_burst)
        self.enrolments = Buckets(limits.enrol_rate, limits.enrol_burst)
        self.bodies = Slots(limits.bodies)
        self.address_bodies = Slots(limits.address_bodies)
        self.desk_bodies = Slots(limits.desk_bodies)
        self.tarpit = Slots(TARPIT_PER_ADDRESS)
        self.tarpit_held = Slots(TARPIT_HELD)
        self._operations: dict[tuple[str, str], str] | None = None
        self._templates: list[tuple[str, re.Pattern, str]] = []  # paths with parameters ({sha256}, {code})

    def _kind(self, method: str, path: str) -> str:
        if path == self.enrol_path:
            return "enrol"
        return "shared" if (method, path) in self.shared else "desk"

    def operation(self, scope) -> str | None:
        """The kind of sync operation asked for: "enrol", "desk", "shared" or None (not a sync operation); the
        app's routes are read once."""
        if self._operations is None:
            kinds = {}
            for route in scope["app"].routes:
                if not (isinstance(route, APIRoute) and route.path.startswith(PREFIX)):
                    continue
                for method in route.methods:
                    kind = self._kind(method, route.path)
                    if route.param_convertors:
                        self._templates.append((method, route.path_regex, kind))
                    else:
                        kinds[(method, route.path)] = kind
            self._operations = kinds
        method, path = scope["method"], scope["path"]
        found = self._operations.get((method, path))
        if found is None:
            found = next((kind for m, pattern, kind in self._templates if m == method and pattern.match(path)), None)
        return found

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            held = await self._admit(scope)
        except ApiError as refused:
            await self._refuse(scope, receive, send, refused)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            for slots, key in held:
                slots.give_back(key)

    async def _refuse(self, scope, receive, send, refused: ApiError) -> None:
        features = Headers(scope=scope).get(FEATURES_HEADER, "")
        response = (self.people_page and self.people_page(scope["path"], refused)) or refused.response(features)
        headers = Headers(scope=scope)
        if headers.get("content-length", "0") not in ("", "0") or "transfer-encoding" in headers:
            response.headers["Connection"] = "close"  # its body is not wanted: not one more byte is read
        if refused.status == 429:
            address = scope["client"][0] if scope.get("client") else ""
            await self._pause(address, min(TARPIT, float(refused.headers["Retry-After"])))
        await response(scope, receive, send)

    async def _pause(self, address: str, seconds: float) -> None:
        """Hold a refused request a moment, unless too many are held already (in all, or from this address)."""
        if not self.tarpit_held.take(""):
            return
        if not self.tarpit.take(address):
            self.tarpit_held.give_back("")
            return
        try:
            await asyncio.sleep(seconds)
        finally:
            self.tarpit.give_back(address)
            self.tarpit_held.give_back("")

    async def _admit(self, scope) -> list[tuple[Slots, str]]:
        """Check the request against the limits and the token; the body slots it holds, to give back after."""
        client = scope.get("client")
        address = client[0] if client else ""
        wait = self.addresses.take(address)
        if wait:
            raise too_many(wait, Province.ADDRESS_RATE, "address_rate")
        if scope["path"] == LOOKUP_PATH:
            wait = self.lookups.take(address)
            if wait:
                raise too_many(wait, Province.LOOKUP_RATE, "lookup_rate")
        operation = self.operation(scope)
        if operation is None:  # health, the OpenAPI document, an unknown address or method: the router answers
            return []
        desk = None
        if operation == "enrol":
            wait = self.enrolments.take(address)
            if wait:
                raise too_many(wait, Province.ENROL_RATE, "enrol_rate")
        elif operation == "desk" or "authorization" in Headers(scope=scope):
            desk = await self._desk(scope, address)
        # else a province user's call of a shared operation, without a desk's token: the route checks who is signed in
        return self._body_slots(scope, address, desk)

    async def _desk(self, scope, address: str) -> object:
        wait = self.wrong_tokens.wait(address)
        if wait:
            raise too_many(wait, Province.WRONG_TOKENS, "wrong_tokens")
        token = Headers(scope=scope).get("authorization", "").removeprefix("Bearer ").strip()
        desk = await self.authenticate(token) if token else None
        if desk is None or desk.revoked:
            self.wrong_tokens.take(address)
            raise UNAUTHENTICATED if desk is None else REVOKED
        wait = self.desks.take(desk.id)
        if wait:
            raise too_many(wait, Province.DESK_RATE, "desk_rate")
        scope[DESK_SCOPE_KEY] = desk
        return desk

    def _body_slots(self, scope, address: str, desk) -> list[tuple[Slots, str]]:
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return []
        wanted = [(self.bodies, ""), (self.address_bodies, address)]
        if desk is not None:
            wanted.append((self.desk_bodies, desk.id))
        held: list[tuple[Slots, str]] = []
        for slots, key in wanted:
            if not slots.take(key):
                for taken, taken_key in held:
                    taken.give_back(taken_key)
                raise too_many(1, Province.BODIES, "bodies")
            held.append((slots, key))
        return held
