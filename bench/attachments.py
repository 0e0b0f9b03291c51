"""Attachments benchmark: digitised papers from the scanner to the province.

    python bench/attachments.py                  # 40 pages stored, 200 pages over 1 Mbit/s, 50 desks at once
    python bench/attachments.py --pages 60 --desks 20
    python bench/attachments.py --ocr-pages 6 --upload-pages 0 --desks 0   # only the pages timed, and OCR

Figures (targets of issue 15):
- scan-to-stored, per page: from the scanner's image (a PNG of an A4 page at 200 dpi, decoded) to the page encoded,
  its paper's PDF written atomically in the data folder and attached to a dossier in one transaction; p95 (≤ 300 ms
  without OCR). Pages of two kinds: a form (text every other line) and a page dense with small text;
- bytes per A4 page (the JPEG inside the PDF, target ≤ 150 KB) for each kind;
- with OCR (where Tesseract with Vietnamese is installed; ``--ocr-pages``): the worker's time per page to read a
  stored paper's words, lay them over its PDF and attach that copy, and the bytes the text layer adds per page. It
  runs after the paper is saved, on a worker, so the clerk never waits for it: the scan-to-stored figure above is the
  same with OCR on or off;
- 200 pages (one paper each) sent over a link throttled to 1 Mbit/s by the fault proxy, every connection cut every
  ``--cut-every`` seconds: the time against the link's own limit (bytes ÷ rate; target within 15 %), and how many
  bytes were sent twice;
- the server's throughput when ``--desks`` desks send their files at the same moment (each a paper of 1 MB), and
  the p95 of one chunk's request.
The provincial server runs as its own process (embedded PostgreSQL, files in a folder) on loopback.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from figures import Figure, at_most, record  # noqa: E402
from PIL import Image  # noqa: E402
from sync import admin, client_for, free_port, start_server  # noqa: E402

from counter_app.scanning import ocr  # noqa: E402
from counter_app.scanning.pages import page_of  # noqa: E402
from counter_app.services import accounts, attachments, reception  # noqa: E402
from counter_app.services.attachments import Paper  # noqa: E402
from counter_app.services.configuration import init_desk  # noqa: E402
from counter_app.store import files, open_store  # noqa: E402
from counter_app.store.catalog import procedure_in_force  # noqa: E402
from counter_app.store.desk import Desk  # noqa: E402
from counter_app.sync import engine  # noqa: E402
from counter_app.sync.client import SyncError  # noqa: E402
from counter_app.sync.files import send_files  # noqa: E402
from counter_core.domain.intake import Intake, Person, SubmittedDocument  # noqa: E402
from tests.helpers.scanners import scanned_page  # noqa: E402
from tests.sync.fault_proxy import FaultProxy  # noqa: E402

OWNER = Person(full_name="Nguyễn Văn Bench", id_number="001090000009", phone="0912000999", address="Thôn Đông")
LINK = 1_000_000 / 8  # 1 Mbit/s in bytes per second


def new_desk(folder: Path, unit: str, number: int) -> tuple[Desk, accounts.User]:
    store = open_store(folder)
    init_desk(store, unit, "UBND phường Bench", number)
    admin = accounts.first_admin(store, "toan", "Phạm Quốc Toản", "matkhau1")
    return Desk(store), accounts.add_user(store, "lan", "Nguyễn Thị Lan", "clerk", "matkhau1", admin)


def receive(desk: Desk, clerk) -> str:
    _, proc = procedure_in_force(desk.store, desk.clock().date(), "1.001193")
    docs = tuple(SubmittedDocument(d.name, 1, 0, 0) for d in proc.documents if d.required)
    return reception.receive(desk, Intake("1.001193", OWNER, docs), clerk).code


def scanner_png(seed: int, dense: bool) -> bytes:
    out = io.BytesIO()
    scanned_page(seed, lines_every=20 if dense else 40).save(out, "PNG", dpi=(200, 200))
    return out.getvalue()


def scan_to_stored(pages: int, folder: Path) -> dict[str, list]:
    """Per page: decode the scanner's image, encode the page, store its paper's PDF, attach it."""
    desk, clerk = new_desk(folder / "desk", "000.00.99.H56", 1)
    code = receive(desk, clerk)
    measured: dict[str, list] = {"form": [], "dense": []}
    for n in range(pages):
        kind = "dense" if n % 2 else "form"
        png = scanner_png(n // 2 + 1, kind == "dense")
        started = time.perf_counter()
        with Image.open(io.BytesIO(png)) as image:
            page = page_of(image, 200)
        [stored] = attachments.attach(desk, code, clerk, [Paper(f"Trang {n + 1}", (page,))])
        measured[kind].append((time.perf_counter() - started, len(page.jpeg), stored.size))
    desk.store.close()
    return measured


def ocr_per_page(pages: int, folder: Path) -> list[tuple[float, int]] | None:
    """Per page: the worker's reading of a stored one-page paper (OCR, text layer, the copy stored and attached), and
    the bytes it added; None without Tesseract."""
    if ocr.unavailable():
        print(f"OCR: off here ({ocr.unavailable()})", flush=True)
        return None
    desk, clerk = new_desk(folder / "desk-ocr", "000.00.97.H56", 1)
    code = receive(desk, clerk)
    measured = []
    for n in range(pages):
        with Image.open(io.BytesIO(scanner_png(100 + n, n % 2 == 1))) as image:
            page = page_of(image, 200)
        [stored] = attachments.attach(desk, code, clerk, [Paper(f"Trang {n + 1}", (page,))])
        started = time.perf_counter()
        assert attachments.read_words(desk, limit=1) == 1
        elapsed = time.perf_counter() - started
        [held] = [a for a in attachments.attachments(desk, code) if a.file.document == f"Trang {n + 1}"]
        measured.append((elapsed, held.file.size - stored.size))
    desk.store.close()
    return measured


def papers_for_upload(desk: Desk, clerk, pages: int) -> int:
    """``pages`` form pages, one paper each, attached to dossiers of the desk; returns their bytes."""
    code = receive(desk, clerk)
    total = 0
    templates = [page_of(scanned_page(seed, lines_every=40), 200) for seed in range(1, 9)]
    for n in range(pages):
        page = templates[n % len(templates)]
        page = type(page)(page.jpeg + n.to_bytes(4, "big"), page.width, page.height)  # each file its own
        [stored] = attachments.attach(desk, code, clerk, [Paper(f"Trang {n + 1}", (page,))])
        total += stored.size
    return total


def upload_over_3g(url: str, port: int, province: Path, folder: Path, pages: int, cut_every: float) -> dict:
    unit = "000.00.98.H56"
    admin(province, "unit", unit, "UBND phường Bench 3G")
    desk, clerk = new_desk(folder / "desk3g", unit, 1)
    total = papers_for_upload(desk, clerk, pages)
    client = client_for(url, province, unit, 1)
    engine.push(desk, client, engine.Report())  # the records first, on the fast link
    with FaultProxy(port, rate=LINK) as proxy:
        client.base_url = proxy.url
        stop = threading.Event()

        def cut_the_link() -> None:
            while not stop.wait(cut_every):
                proxy._hang_up_all()  # every open connection drops, as when 3G loses its cell

        cutter = threading.Thread(target=cut_the_link, daemon=True)
        started = time.perf_counter()
        cutter.start()
        failures = 0
        while True:
            try:
                send_files(desk, client)
                break
            except SyncError:
                failures += 1  # the window's next sync resumes; here at once
        elapsed = time.perf_counter() - started
        stop.set()
        puts = [s for s in proxy.log if s.method == "PUT"]
    left = files.bytes_to_send(desk.store)
    desk.store.close()
    return {
        "bytes": total,
        "seconds": elapsed,
        "ideal": total / LINK,
        "cuts": failures,
        "puts": len(puts),
        "left": left,
    }


def many_desks(url: str, province: Path, folder: Path, desks: int) -> dict:
    """``desks`` desks spread over communes of 5 desks (as a province has them), each with a paper of about 1 MB."""
    prepared = []
    for n in range(desks):
        unit, number = f"000.00.{70 + n // 5}.H56", n % 5 + 1
        if number == 1:
            admin(province, "unit", unit, f"UBND xã Bench {n // 5 + 1}")
        desk, clerk = new_desk(folder / f"many{n}", unit, number)
        code = receive(desk, clerk)
        page = page_of(scanned_page(n % 8 + 1, lines_every=40), 200)
        big = tuple(type(page)(page.jpeg + bytes([n, i]), page.width, page.height) for i in range(10))
        attachments.attach(desk, code, clerk, [Paper("Tờ khai", big)])  # about 1 MB
        client = client_for(url, province, unit, number)
        engine.push(desk, client, engine.Report())
        prepared.append((desk, client))
    latencies: list[float] = []
    lock = threading.Lock()
    sizes = sum(files.bytes_to_send(d.store) for d, _ in prepared)

    def one(desk: Desk, client) -> None:
        original = client.send_file_chunk

        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                with lock:
                    latencies.append(time.perf_counter() - t0)

        client.send_file_chunk = timed
        send_files(desk, client)

    threads = [threading.Thread(target=one, args=pair) for pair in prepared]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return {"bytes": sizes, "seconds": elapsed, "latencies": sorted(latencies)}


class Shown(list):
    """Figures printed as soon as they are measured (a later phase may fail or be stopped)."""

    def append(self, figure: Figure) -> None:
        if not self:
            print(f"{'figure':<78} {'p50':>9} {'p95/max':>9}  unit  target       met", flush=True)
        super().append(figure)
        p95_text = f"{figure.p95:9.1f}" if figure.p95 is not None else " " * 9
        met = "" if figure.met is None else ("yes" if figure.met else "NO")
        print(f"{figure.name:<78} {figure.p50:9.2f} {p95_text}  {figure.unit:<5} {figure.target:<12} {met}", flush=True)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="pages timed from scanner to store")
    parser.add_argument("--upload-pages", type=int, default=200, help="pages sent over the 1 Mbit/s link")
    parser.add_argument("--cut-every", type=float, default=40.0, help="seconds between cuts of the link")
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--ocr-pages", type=int, default=6, help="pages read by OCR (0: none)")
    args = parser.parse_args()
    figures = Shown()
    with tempfile.TemporaryDirectory(prefix="bench-attachments-") as tmp:
        folder = Path(tmp)
        measured = scan_to_stored(args.pages, folder)
        every = [m[0] * 1000 for kind in measured.values() for m in kind]
        figures.append(
            at_most("attachments", "scan to stored, one page", statistics.median(every), p95(every), "ms", 300)
        )
        for kind, rows in measured.items():
            jpeg = [m[1] / 1024 for m in rows]
            figures.append(
                at_most("attachments", f"bytes per A4 page ({kind})", statistics.median(jpeg), max(jpeg), "KB", 150)
            )
        with_ocr = ocr_per_page(args.ocr_pages, folder) if args.ocr_pages else None
        if with_ocr:
            seconds = [m[0] * 1000 for m in with_ocr]
            name = "OCR on a worker (read, text layer, copy attached), one page"
            figures.append(at_most("attachments", name, statistics.median(seconds), max(seconds), "ms", None))
            added = [m[1] / 1024 for m in with_ocr]
            name = "bytes the text layer adds to a page"
            figures.append(at_most("attachments", name, statistics.median(added), max(added), "KB", None))
        if not args.upload_pages and not args.desks:
            return
        province, port = folder / "province", free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(["--data-dir", str(province)], port)
        try:
            up = upload_over_3g(url, port, province, folder, args.upload_pages, args.cut_every)
            ratio = up["seconds"] / up["ideal"]
            figures.append(
                record(
                    Figure(
                        "attachments",
                        f"{args.upload_pages} pages ({up['bytes'] / 2**20:.1f} MB) over 1 Mbit/s, cut {up['cuts']}×: "
                        "time ÷ the link's limit",
                        ratio,
                        None,
                        "×",
                        "≤ 1.15",
                        ratio <= 1.15 and up["left"] == 0,
                    )
                )
            )
            figures.append(
                record(Figure("attachments", "requests sending chunks (resumed after cuts)", up["puts"], None, ""))
            )
            many = many_desks(url, province, folder, args.desks)
            rate = many["bytes"] / many["seconds"] / 2**20
            figures.append(
                record(Figure("attachments", f"server throughput, {args.desks} desks at once", rate, None, "MB/s"))
            )
            lat = [v * 1000 for v in many["latencies"]]
            figures.append(
                at_most(
                    "attachments", "one chunk request under that load", statistics.median(lat), p95(lat), "ms", None
                )
            )
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
