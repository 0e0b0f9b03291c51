"""Receive dossiers in a loop and print each code once committed; the crash test kills this process."""

import sys
from itertools import count

from counter_app.services import reception
from counter_app.services.accounts import get_user
from counter_app.store import open_store
from counter_app.store.catalog import procedure_in_force
from counter_app.store.desk import Desk
from counter_core.domain.intake import Intake, Person, SubmittedDocument


def main(data_dir: str) -> None:
    store = open_store(data_dir)
    desk = Desk(store)
    clerk = get_user(store, "lan")
    _, proc = procedure_in_force(store, desk.clock().date(), "1.001193")
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    for n in count():
        owner = Person(f"Nguyễn Văn Thử {n}", "038087042028", phone="0912345678")
        receipt = reception.receive(desk, Intake("1.001193", owner, docs), clerk)
        print(receipt.code, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
