"""``./dev start [PORT]``: the port it serves on, and the address it prints, without ever starting a server.

The script runs for real against a stand-in virtualenv whose ``python`` only
writes down how it was called, so no migration runs and no server is left behind.
"""

import hashlib
import os
import subprocess

import pytest
from django.core.management import call_command

from tests.conftest import ROOT

STAND_IN_PYTHON = """#!/usr/bin/env bash
echo "$*" >> "$(dirname "$0")/../calls.log"
"""


@pytest.fixture
def stand_in_venv(tmp_path):
    """A virtualenv that ``./dev`` takes as installed (its stamp matches pyproject.toml) and whose python records its calls."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    for program in ("python", "pip"):
        (venv / "bin" / program).write_text(STAND_IN_PYTHON)
        (venv / "bin" / program).chmod(0o755)
    stamp = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    (venv / f".installed-{stamp}").touch()
    return venv


def run_dev(venv, *args, port: str | None = None):
    env = {key: value for key, value in os.environ.items() if key != "PORT"}
    env["VENV"] = str(venv)
    if port is not None:
        env["PORT"] = port
    return subprocess.run(["bash", str(ROOT / "dev"), *args], env=env, capture_output=True, text=True, timeout=30)


def calls(venv) -> list[str]:
    log = venv / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


def test_start_serves_on_the_port_given_and_prints_that_address(stand_in_venv):
    done = run_dev(stand_in_venv, "start", "8765")

    assert done.returncode == 0, done.stderr
    assert "网站：http://127.0.0.1:8765/  编辑台：http://127.0.0.1:8765/admin/" in done.stdout
    assert calls(stand_in_venv) == [
        "manage.py migrate --noinput",
        "manage.py import_seeds seeds/ --publish",
        "manage.py ensure_admin --login-url http://127.0.0.1:8765/admin/",
        "manage.py runserver 127.0.0.1:8765",
    ]


def test_start_takes_the_port_from_the_environment_and_defaults_to_8000(stand_in_venv, tmp_path):
    from_environment = run_dev(stand_in_venv, "start", port="9001")
    assert calls(stand_in_venv)[-1] == "manage.py runserver 127.0.0.1:9001"
    assert "http://127.0.0.1:9001/" in from_environment.stdout

    default = run_dev(stand_in_venv, "start")
    assert calls(stand_in_venv)[-1] == "manage.py runserver 127.0.0.1:8000"
    assert "http://127.0.0.1:8000/" in default.stdout

    argument_wins = run_dev(stand_in_venv, "start", "8123", port="9001")
    assert calls(stand_in_venv)[-1] == "manage.py runserver 127.0.0.1:8123"
    assert argument_wins.returncode == 0


@pytest.mark.parametrize("port", ["abc", "0", "65536", "80; rm -rf /", "-1", "123456"])
def test_start_refuses_a_port_that_is_not_one_and_runs_nothing(stand_in_venv, port):
    done = run_dev(stand_in_venv, "start", port)

    assert done.returncode == 2
    assert f"端口应是 1 到 65535 之间的数字，而不是“{port}”。用法：./dev start [端口]" in done.stderr
    assert calls(stand_in_venv) == []


@pytest.mark.django_db
def test_the_first_run_message_names_the_address_actually_served(capsys):
    call_command("ensure_admin", login_url="http://127.0.0.1:8765/admin/")

    printed = capsys.readouterr().out
    assert printed.startswith("已创建管理员账户。登录 http://127.0.0.1:8765/admin/ 用户名：admin 密码：")
    assert "8000" not in printed
