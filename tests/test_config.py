from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Secret, load_settings
from bot.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "c.toml"
    p.write_text(text)
    return p


def test_default_config_loads():
    s = load_settings(ROOT / "config" / "default.toml", ":memory:", env={})
    assert s.story.command == "standoff"
    assert s.story.principal == "Anthropic"
    assert s.alerts.min_impact == 7
    assert len(s.sources) >= 6
    assert s.seeds_dir == (ROOT / "seeds").resolve()


def test_unknown_key_names_key_and_file(tmp_path):
    p = write(tmp_path, "[alerts]\nmin_impactt = 3\n")
    with pytest.raises(ConfigError) as ei:
        load_settings(p, ":memory:", env={})
    assert "alerts.min_impactt" in str(ei.value) and str(p) in str(ei.value)


def test_bad_type_and_range(tmp_path):
    with pytest.raises(ConfigError, match=r"alerts\.min_impact: must be an integer"):
        load_settings(write(tmp_path, '[alerts]\nmin_impact = "high"\n'), ":memory:", env={})
    with pytest.raises(ConfigError, match=r"alerts\.min_impact: must be between 1 and 10"):
        load_settings(write(tmp_path, "[alerts]\nmin_impact = 11\n"), ":memory:", env={})
    with pytest.raises(ConfigError, match=r"bot\.timezone"):
        load_settings(write(tmp_path, '[bot]\ntimezone = "Mars/Olympus"\n'), ":memory:", env={})


def test_secrets_only_from_env_and_redacted(tmp_path):
    s = load_settings(write(tmp_path, ""), ":memory:", env={"SLACK_BOT_TOKEN": "xoxb-test", "DISCORD_TOKEN": "dummy"})
    assert isinstance(s.secrets.slack_bot_token, Secret)
    assert s.secrets.slack_bot_token.get() == "xoxb-test"
    assert "xoxb-test" not in repr(s) and "dummy" not in repr(s)


def test_env_overrides_db_and_slack_url(tmp_path):
    s = load_settings(write(tmp_path, ""), None, env={"STANDOFF_BOT_DB": "/tmp/x.db", "SLACK_API_URL": "http://127.0.0.1:9/api"})
    assert str(s.db_path) == "/tmp/x.db"
    assert s.slack.api_url == "http://127.0.0.1:9/api/"


def test_cli_bad_config_is_one_line_exit_2(tmp_path):
    p = write(tmp_path, "[story]\nbogus = 1\n")
    r = subprocess.run([sys.executable, "-m", "bot", "--config", str(p), "--db", str(tmp_path / "d.db"), "db", "stats"],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0
    assert "story.bogus" in r.stderr and "Traceback" not in r.stderr
