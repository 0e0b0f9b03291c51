"""Receive dossiers in a loop and print each code once committed; the crash test kills this process."""

import sys
from itertools import count

from counter_app.accounts import get_user
from counter_app.configuration import procedure
from counter_app.desk import Desk
from counter_app.domain.intake import Intake, Person, SubmittedDocument
from counter_app.store import open_store


def main(data_dir: str) -> None:
    store = open_store(data_dir)
    desk = Desk(store)
    clerk = get_user(store, "lan")
    _, proc = procedure(store, desk.clock().date(), "1.001193")
    docs = tuple(SubmittedDocument(d.name, d.original, d.certified, d.copy) for d in proc.documents if d.required)
    for n in count():
        owner = Person(f"Nguyễn Văn Thử {n}", "038087042028", phone="0912345678")
        receipt = desk.receive(Intake("1.001193", owner, docs), clerk)
        print(receipt.code, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
