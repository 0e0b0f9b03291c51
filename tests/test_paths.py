"""Where the data lives: --data-dir first, then COUNTER_DATA_DIR, then the platform's user data folder."""

from counter_app.foundation.paths import data_dir


def test_the_data_folder_can_be_chosen(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("COUNTER_DATA_DIR")
    assert data_dir().name == "counter"


def test_a_folder_named_from_home_or_from_here_is_the_absolute_folder_the_user_named(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "ổ đĩa").mkdir()
    monkeypatch.chdir(tmp_path / "ổ đĩa")
    assert data_dir("~/quầy") == tmp_path / "quầy"
    assert data_dir("quầy 2/../quầy") == tmp_path / "ổ đĩa" / "quầy"
    # a link is kept as named, not followed: the same folder on every start whatever the link later points to
    (tmp_path / "lối tắt").symlink_to(tmp_path / "ổ đĩa", target_is_directory=True)
    assert data_dir(tmp_path / "lối tắt" / "quầy") == tmp_path / "lối tắt" / "quầy"
