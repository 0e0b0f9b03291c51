"""The postal desk scripted from the command line: open a batch, scan, close with its list, receive a package."""

import json

from tests.cli.test_cli import DOSSIER, cli, desk_dir  # noqa: F401 (fixture)
from tests.helpers.postal import item_code


def out(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_results_handed_to_the_post_then_a_package_received_from_it(desk_dir, tmp_path):  # noqa: F811
    by_post = tmp_path / "hoso.json"
    by_post.write_text(
        json.dumps(DOSSIER | {"return": "post", "postal_address": "Xóm Bắc, xã Quảng Phú"}, ensure_ascii=False),
        encoding="utf-8",
    )
    code = out(cli(desk_dir, "--user", "lan", "receive", "--from-json", str(by_post)))["code"]
    for status in ("4", "9"):
        out(cli(desk_dir, "--user", "lan", "transition", code, status))
    batch = out(cli(desk_dir, "--user", "lan", "postal", "open", "results"))["number"]
    envelope, package = item_code("EE", "00000042"), item_code("RR", "00000007")
    scans = f"{code}\nEE000000421VN\n{envelope}\n"
    lines = out(cli(desk_dir, "--user", "lan", "postal", "scan", batch, "-", stdin=scans))
    assert [(ln["accepted"], ln["refusal"]) for ln in lines] == [(True, None), (False, "unreadable"), (True, None)]
    pdf = tmp_path / "ban-giao.pdf"
    closed = out(
        cli(desk_dir, "--user", "lan", "postal", "close", batch, "--courier", "Lê Thị Thu Hà", "--out", str(pdf))
    )
    assert closed["recorded"] == [{"code": code, "item_code": envelope}] and pdf.read_bytes().startswith(b"%PDF")
    assert out(cli(desk_dir, "--user", "lan", "show", code))["events"][-1]["kind"] == "postal_handover"

    intake = out(cli(desk_dir, "--user", "lan", "postal", "open", "intake"))["number"]
    out(cli(desk_dir, "--user", "lan", "postal", "scan", intake, package))
    out(cli(desk_dir, "--user", "lan", "postal", "close", intake))
    assert [p["item_code"] for p in out(cli(desk_dir, "--user", "lan", "postal", "waiting"))] == [package]
    posted = tmp_path / "buu-gui.json"
    posted.write_text(json.dumps(DOSSIER, ensure_ascii=False), encoding="utf-8")
    received = out(cli(desk_dir, "--user", "lan", "receive", "--from-json", str(posted), "--postal-item", package))
    shown = out(cli(desk_dir, "--user", "lan", "show", received["code"]))
    assert shown["channel"] == 3 and shown["events"][-1]["data"]["item_code"] == package
    listed = cli(desk_dir, "--user", "lan", "postal", "list", json_out=False)
    assert listed.returncode == 0 and batch in listed.stdout and intake in listed.stdout
