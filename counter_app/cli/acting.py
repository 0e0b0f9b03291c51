"""Who acts on the command line: the account ``--user`` names, as far as its role may act."""

from __future__ import annotations

import argparse

from counter_app.services import accounts
from counter_app.store import Store
from counter_core.domain import policy
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import CommandLine


def acting_user(args: argparse.Namespace, store: Store) -> accounts.User:
    """The account acting, as --user names it (the services check what its role may do)."""
    if not args.user:
        raise InvalidInput("user", CommandLine.USER_MISSING)
    return accounts.get_user(store, args.user)


def acting(args: argparse.Namespace, store: Store, action: policy.Action) -> accounts.User:
    """The account acting, if its role may take ``action`` (reads of personal data are checked here)."""
    user = acting_user(args, store)
    policy.require(user, action)
    return user


def setting_up(args: argparse.Namespace, store: Store, action: policy.Action) -> accounts.User | None:
    """The account acting, or None while the desk is being set up: no account can sign in on it yet."""
    if not args.user and not accounts.has_accounts(store):
        return None
    return acting(args, store, action)
