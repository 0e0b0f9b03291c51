"""The commands on the province's fee tables: import, list, show."""

from __future__ import annotations

import sys

from counter_app.cli.acting import setting_up
from counter_app.cli.output import day_of, out, said, said_lines
from counter_app.cli.phrases import fee_text
from counter_app.services import configuration
from counter_core.domain import policy
from counter_core.domain.fees import FeeRequest
from counter_core.domain.intake import parse_day
from counter_core.foundation.clock import vn_now
from counter_core.foundation.formatting import day
from counter_core.foundation.messages import CommandLine, Said
from counter_core.foundation.texts import Text


def cmd_fees(args, store):
    if args.fees_command == "import":
        setting_up(args, store, policy.CONFIGURE)
        result = configuration.import_fee_table(store, args.file)
        for warning in result["warnings"]:
            print(Text(CommandLine.WARNING, message=warning).in_language(args.language), file=sys.stderr)
        out(
            args,
            result,
            Text(
                Said.FEE_TABLE_IMPORTED if result["new"] else Said.FEE_TABLE_ALREADY_HERE,
                resolution=result["resolution"],
                lines=result["lines"],
                exemptions=result["exemptions"],
                effective_from=day_of(result["effective_from"]),
            ),
        )
    elif args.fees_command == "list":
        rows = configuration.list_fee_tables(store)
        out(
            args,
            rows,
            lambda: (
                "\n".join(
                    Text(
                        Said.FEE_TABLE_ROW,
                        resolution=f"{r['resolution']:<31}",
                        effective_from=day_of(r["effective_from"]),
                        lines=r["lines"],
                        origin=Text(Said.FROM_PROVINCE if r["origin"] == "province" else Said.FROM_FILE),
                    ).in_language(args.language)
                    for r in rows
                )
                or Text(Said.NO_FEE_TABLE)
            ),
        )
    else:
        on_day = parse_day(args.date, "date") if args.date else vn_now().date()
        table = configuration.fee_table_in_force(store, on_day)
        out(
            args,
            table.to_json() if table else None,
            lambda: _fee_table_text(table, args.language) if table else Text(Said.NO_FEE_TABLE_ON, day=day(on_day)),
        )


def _fee_table_text(table, language: str) -> str:
    lines: list[object] = [Text(Said.FEE_TABLE_HEAD, reference=table.reference(), day=day(table.effective_from))]
    for line in table.lines:
        amount = Text(Said.PER_PAGE) if line.rule.kind == "per_page" else fee_text(line.rule.compute(FeeRequest()))
        lines.append(f"{line.procedure}{' ' + line.case if line.case else ''}: {said(amount, language)}")
    lines += [Text(Said.EXEMPTION_ROW, name=x.exemption.name, ground=x.exemption.ground) for x in table.exemptions]
    return said_lines(language, *lines)
