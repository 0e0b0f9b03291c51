"""The commands that keep the desk's data safe: backup, restore, the audit trail's check."""

from __future__ import annotations

from counter_app.cli.acting import acting, acting_user
from counter_app.cli.output import moment_of, out, said_lines
from counter_app.services import audit, backups
from counter_core.domain import policy
from counter_core.foundation.clock import iso
from counter_core.foundation.messages import Audit, Said
from counter_core.foundation.texts import Text


def cmd_backup(args, store):
    user = acting(args, store, policy.BACKUP)
    if args.keep is not None or args.folder is not None:
        backups.configure(store, user, args.keep, args.folder)
    if args.list:
        copies = [
            {"path": str(c["path"]), "at": iso(c["at"]), "size": c["size"]}
            for c in backups.listing(backups.folder(store))
        ]
        out(
            args,
            copies,
            lambda: (
                "\n".join(f"{moment_of(c['at'])}  {c['size'] / 1e6:8.1f} MB  {c['path']}" for c in copies)
                or Text(Said.NO_BACKUP)
            ),
        )
        return
    path = backups.backup_now(store, user, args.out)
    out(args, {"backup": str(path)}, Text(Said.BACKED_UP, path=str(path)))


def cmd_restore(args, store):
    result = backups.restore(store, args.file, acting_user(args, store))
    out(
        args,
        result,
        lambda: said_lines(
            args.language,
            Text(Said.RESTORED, path=result["restored"], kept=result["previous_content_kept_as"]),
            *([Text(Said.SYNC_BEFORE_RECEIVING)] if result["rebase_required"] else []),
        ),
    )


def cmd_audit(args, store):
    result = audit.verify(store)
    if result["first_break"]:
        broken = result["first_break"]
        out(args, result, Text(Audit.TAMPERED, row=broken["id"], reason=broken["reason"]).in_language(args.language))
        raise SystemExit(1)
    out(args, result, Text(Said.AUDIT_INTACT, rows=result["rows"]))
