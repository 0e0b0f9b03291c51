"""An IT officer builds the commune's catalog from the national portal's procedure records and from the province's
decision, at the command line: what to check is printed, the file is written to be published, the desk keeps
every version."""

import json
from pathlib import Path

from tests.cli.test_cli import cli, desk_dir  # noqa: F401 (the fixture)

PORTAL = Path(__file__).resolve().parents[1] / "fixtures" / "portal"


def test_from_portal_writes_a_catalog_reports_what_to_check_and_merges_onto_the_catalog_in_force(
    desk_dir,  # noqa: F811
    tmp_path,
):
    out = tmp_path / "danh-muc.json"
    files = [str(PORTAL / name) for name in ("1.099901.json", "1.099902.json", "danh-muc.jsonl")]
    done = cli(
        desk_dir, "catalog", "from-portal", *files, "--effective", "2026-01-01", "--out", str(out), json_out=False
    )
    assert done.returncode == 0, done.stderr
    assert "Danh mục portal-2026-01-01: 2 thủ tục" in done.stdout and f"đã ghi {out}" in done.stdout
    checks = done.stderr.splitlines()
    unknown = "Cần kiểm tra: 1.099901 [trường chưa biết] tinhNangMoi2027: trường 'tinhNangMoi2027' chưa được Counter"
    assert any(line.startswith(unknown) for line in checks)
    listing_only = "Cần kiểm tra: 1.099903 [thiếu thông tin] executionMethods: dòng danh mục"
    assert any(line.startswith(listing_only) for line in checks)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format"] == "counter-catalog/1" and [p["code"] for p in written["procedures"]] == [
        "1.099901",
        "1.099902",
    ]
    merged = cli(
        desk_dir,
        "--user",
        "toan",
        "catalog",
        "from-portal",
        files[0],
        "--merge",
        "--effective",
        "2026-01-01",
        "--version",
        "xã-2026",
        "--import",
    )
    assert json.loads(merged.stdout)["procedures"] == 28 + 1  # the seed's procedures and the portal's new one
    assert (
        cli(desk_dir, "--user", "toan", "catalog", "import", str(out)).returncode == 0
    )  # the written file imports as it is
    versions = [v["version"] for v in json.loads(cli(desk_dir, "catalog", "list", "--versions").stdout)]
    assert versions == ["seed-2026.12", "xã-2026", "portal-2026-01-01"]  # every version kept
    neither = cli(desk_dir, "catalog", "from-portal", files[0], json_out=False)
    assert neither.returncode == 1 and "--out" in neither.stderr
