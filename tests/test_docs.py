"""Docs are tested: every config key is in the README's key table, and every table row is a real key."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

from bot.config import SECTIONS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def _documented_keys() -> set[str]:
    start = README.index("<!-- config-keys")
    table = README[start:].split("\n\n", 1)[0]
    return {m.group(1) for m in re.finditer(r"^\| `([a-z_.]+)` \|", table, re.M)}


def _config_keys() -> set[str]:
    keys = {f"{section}.{f.name}" for section, cls in SECTIONS.items() for f in fields(cls)}
    keys.add("sources")
    return keys


def test_every_config_key_is_documented_and_vice_versa():
    assert _documented_keys() == _config_keys()


def test_default_toml_uses_only_documented_keys():
    raw = tomllib.loads((ROOT / "config" / "default.toml").read_text())
    used = {f"{s}.{k}" for s, table in raw.items() if isinstance(table, dict) for k in table}
    assert used <= _documented_keys()


def test_readme_gives_the_two_commands_first():
    first = README.index("make run")
    assert first < README.index("## Configuration")
    assert "make test" in README[:README.index("## Configuration")]


def test_cli_commands_are_documented():
    from bot.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert f"`{name}" in README, f"CLI command {name!r} missing from README"
