"""The report groups a store keeps (migration m014) against the same groups counted afresh from its dossiers."""

from counter_app.store.db import Store

KEY = "received_day, unit, competent, catalog_id, procedure_code, channel, due_day, ended"


def kept_and_recounted(store: Store) -> tuple[list[tuple], list[tuple]]:
    """The groups with their numbers as the triggers kept them, and as the dossiers and events give them now."""
    kept = [tuple(r) for r in store.all(f"SELECT {KEY}, n FROM report_tally ORDER BY {KEY}")]
    recounted = [
        tuple(r) for r in store.all(f"SELECT {KEY}, count(*) FROM report_tally_key GROUP BY {KEY} ORDER BY {KEY}")
    ]
    return kept, recounted
