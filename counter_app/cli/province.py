"""The commands with the provincial server: enrol this desk, sync it."""

from __future__ import annotations

import sys

from counter_app.cli.acting import acting
from counter_app.cli.output import moment_of, out, said_lines
from counter_app.store.desk import Desk
from counter_core.domain import policy
from counter_core.foundation.messages import CommandLine, Said
from counter_core.foundation.texts import Text


def cmd_enrol(args, store):
    from counter_app.sync import engine

    acting(args, store, policy.CONFIGURE)
    result = engine.enrol(Desk(store), args.server, args.code, ca_bundle=args.ca_bundle)
    out(args, result, Text(Said.ENROLLED, desk_id=result["desk_id"], unit=result["unit"]))


def cmd_sync(args, store):
    from counter_app.sync import engine

    desk = Desk(store)
    acting(args, store, policy.CONFIGURE if args.ca_bundle else policy.SYNC)
    if args.ca_bundle:
        engine.set_ca_bundle(desk, args.ca_bundle)
    if args.files_kbps is not None:
        from counter_app.sync.files import set_office_kbps

        set_office_kbps(desk, args.files_kbps)
    if args.status:
        state = engine.status(desk)
        out(
            args,
            state,
            lambda: _sync_state(state),
        )
        return
    done = engine.sync(desk)
    for warning in done.warnings:
        print(Text(CommandLine.WARNING, message=warning).in_language(args.language), file=sys.stderr)
    report = done.to_json(args.language)
    outcomes = ", ".join(Text(OUTCOMES[k], count=n).in_language(args.language) for k, n in report["outcomes"].items())
    sent = Text(Said.SYNCED, sent=report["sent"], outcomes=outcomes or Text(Said.NONE), received=report["received"])
    out(
        args,
        report,
        lambda: said_lines(
            args.language, *([Text(Said.TAKEN_BACK, count=report["rebased"])] if report["rebased"] else []), sent
        ),
    )


def _sync_state(state: dict) -> Text:
    said = Text(
        Said.SYNC_STATE,
        backlog=state["backlog"],
        set_aside=state["set_aside"],
        conflicts=state["conflicts"],
        megabytes=f"{state['file_bytes_left'] / 2**20:.1f}",
        last=moment_of(state["last_success"]) if state["last_success"] else Text(Said.NEVER),
    )
    return Text(Said.SYNC_TO_TAKE_BACK, state=said) if state["rebase_required"] else said


OUTCOMES = {
    "applied": Said.OUTCOME_APPLIED,
    "duplicate": Said.OUTCOME_DUPLICATE,
    "conflict": Said.OUTCOME_CONFLICT,
    "rejected": Said.OUTCOME_REJECTED,
}
