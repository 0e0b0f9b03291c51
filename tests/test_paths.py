"""Where the data lives: --data-dir first, then COUNTER_DATA_DIR, then the platform's user data folder."""

from counter_app.foundation.paths import data_dir


def test_the_data_folder_can_be_chosen(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("COUNTER_DATA_DIR")
    assert data_dir().name == "counter"
