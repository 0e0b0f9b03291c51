"""The desk's first start: configured from the province with its enrolment code, or filled with demo data."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.services.configuration import init_desk
from counter_app.services.demo import fill_demo
from counter_app.services.setup_state import FIRST_SYNC_PENDING
from counter_app.services.setup_state import needed as needed
from counter_app.services.setup_state import sync_pending as sync_pending
from counter_app.store import Store, settings
from counter_app.store.desk import Desk
from counter_app.store.settings import DeskConfig
from counter_app.sync import engine
from counter_app.sync.client import Client, SyncError
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Setup, Sync

# What the network says when nothing, or something else than a provincial server, answers at the address.
NOT_A_PROVINCE = frozenset(
    m.code for m in (Sync.UNREACHABLE, Sync.NOT_PROTOCOL, Sync.TLS_CUT, Sync.HTTP_ERROR, Sync.HTTP_ERROR_RETRY)
)


@dataclass(frozen=True)
class DemoAccounts:
    """Who may sign in to a demo desk, all with the same password."""

    usernames: list[str]
    password: str


def connect(
    store: Store, server_url: str, code: str, ca_bundle: str | None = None, client: Client | None = None
) -> DeskConfig:
    """Enrol with the province's one-time code, take the unit, its name and the desk number from its answer, then
    sync once for everything else the province has for this desk (office hours, holiday calendar, catalog, fee
    tables, the unit's accounts). A refused code or an unreachable server leaves the desk as it was; a first sync
    that fails leaves it enrolled, and connecting again (with any code) only syncs."""
    if not sync_pending(store):
        enrolment = _enrol(server_url, code, ca_bundle, client)
        answer = enrolment.answer
        with store.write():
            init_desk(store, answer.unit_code, answer.unit_name, answer.desk)
            engine.keep(store, enrolment)
            settings.put(store, {FIRST_SYNC_PENDING: "yes"})
    desk = Desk(store)
    try:
        engine.sync(desk)
    except SyncError as exc:
        raise SyncError(Setup.FIRST_SYNC_FAILED, reason=exc.text) from exc
    with store.write():
        settings.delete(store, FIRST_SYNC_PENDING)
    return desk.config


def _enrol(server_url: str, code: str, ca_bundle: str | None, client: Client | None) -> engine.Enrolment:
    """The province's answer to the code; an address where no provincial server answers is said as such."""
    if not server_url.strip():
        raise InvalidInput("server", Setup.SERVER_ADDRESS_MISSING)
    try:
        return engine.exchange_code(server_url, code, client=client, ca_bundle=ca_bundle)
    except SyncError as exc:
        if exc.code in NOT_A_PROVINCE:
            raise SyncError(Setup.PROVINCE_NOT_REACHED, url=server_url.strip()) from exc
        if exc.code == Sync.CERTIFICATE_REFUSED.code:
            raise SyncError(Setup.CERTIFICATE_NOT_VERIFIED, url=server_url.strip()) from exc
        raise


def try_demo(store: Store) -> DemoAccounts:
    """A demo unit with its accounts and a few hundred dossiers of the past months."""
    made = fill_demo(store)
    return DemoAccounts([str(u) for u in made["users"]], str(made["password"]))
