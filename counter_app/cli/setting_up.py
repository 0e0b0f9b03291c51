"""The commands that set a desk up: init, its accounts, the demo."""

from __future__ import annotations

import sys

from counter_app.cli.acting import acting, acting_user, setting_up
from counter_app.cli.output import out, said
from counter_app.services import accounts, configuration
from counter_core.domain import policy
from counter_core.domain.accounts import role_text
from counter_core.foundation.errors import InvalidInput
from counter_core.foundation.messages import Accounts, Said
from counter_core.foundation.texts import Text


def cmd_init(args, store):
    setting_up(args, store, policy.CONFIGURE)
    config = configuration.init_desk(
        store,
        args.unit_code,
        args.unit_name,
        args.desk,
        args.code_block,
        args.office_hours,
        args.same_day_cutoff,
        args.tracking_url,
        args.print_directly,
        args.idle_minutes,
        args.lock_after,
        args.lock_minutes,
        papers={
            "header_line1": args.header_line1,
            "header_line2": args.header_line2,
            "header_line2_names_commune": None
            if args.header_line2_names_commune is None
            else args.header_line2_names_commune == "yes",
            "centre_name": args.centre_name,
            "forms_2025_from": args.forms_2025_from,
            "letter_symbol": args.letter_symbol,
            "signer_title": args.signer_title,
        },
    )
    out(
        args,
        config.to_json() | {"data_dir": str(store.path.parent)},
        Text(
            Said.DESK_CONFIGURED,
            desk=config.desk,
            unit_name=config.unit_name,
            unit_code=config.unit_code,
            folder=str(store.path.parent),
        ),
    )


def cmd_user(args, store):
    if args.user_command == "list":
        acting(args, store, policy.ACCOUNTS)
        rows = accounts.list_users(store)
        out(
            args,
            rows,
            lambda: "\n".join(
                f"{r['username']:<16} {said(role_text(r['role']), args.language):<22} {r['full_name']}" for r in rows
            ),
        )
        return
    if args.user_command == "unlock":
        locked = accounts.unlock(store, args.username, acting_user(args, store))
        out(
            args,
            {"username": args.username, "was_locked": locked},
            Text(Said.ACCOUNT_UNLOCKED if locked else Said.ACCOUNT_NOT_LOCKED, username=args.username),
        )
        return
    by = setting_up(args, store, policy.ACCOUNTS)
    if by is None and args.role != "admin":
        raise InvalidInput("role", Accounts.FIRST_ACCOUNT_ADMIN)
    password = args.password if args.password is not None else sys.stdin.readline().rstrip("\n")
    if by is None:
        user = accounts.first_admin(store, args.username, args.name, password)
    else:
        user = accounts.add_user(store, args.username, args.name, args.role, password, by)
    out(
        args,
        {"username": user.username, "full_name": user.full_name, "role": user.role},
        Text(Said.ACCOUNT_MADE, username=user.username, role=role_text(user.role), full_name=user.full_name),
    )


def cmd_demo(args, store):
    from counter_app.services.demo import fill_demo, removal

    if args.remove:
        going = removal(store, acting_user(args, store))
        store.close()
        going.carry_out()
        out(
            args,
            {"removed": str(going.database)},
            Text(Said.DEMO_REMOVED, path=str(going.database)),
        )
        return
    result = fill_demo(store, args.dossiers, args.seed, by=setting_up(args, store, policy.CONFIGURE))
    out(
        args,
        result,
        lambda: Text(
            Said.DEMO_MADE,
            dossiers=result["dossiers"],
            users=", ".join(result["users"]),
            password=result["password"],
        ),
    )
