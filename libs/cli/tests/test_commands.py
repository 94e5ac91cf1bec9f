"""`jxc up`, `down` and `token`: the first two run the checkout's deploy/local scripts (here a
stand-in checkout, never the real scripts), the third signs with the development key."""

from __future__ import annotations

from pathlib import Path

import jwt
from typer.testing import CliRunner

from jxc.cli.main import app


def _checkout(tmp_path: Path, down_fails: bool = False) -> Path:
    local = tmp_path / "deploy" / "local"
    local.mkdir(parents=True)
    log = tmp_path / "ran.log"
    (local / "run.sh").write_text(f'echo "run.sh $*" >> {log}\n')
    (local / "down.sh").write_text(f'echo "down.sh" >> {log}\nexit {3 if down_fails else 0}\n')
    return tmp_path


def test_up_runs_the_checkouts_run_script(tmp_path: Path) -> None:
    home = _checkout(tmp_path)
    result = CliRunner().invoke(app, ["up"], env={"JXC_HOME": str(home)})
    assert result.exit_code == 0, result.output
    assert (home / "ran.log").read_text() == "run.sh \n"


def test_down_stops_the_services_then_the_servers_and_passes_on_a_failure(tmp_path: Path) -> None:
    home = _checkout(tmp_path, down_fails=True)
    result = CliRunner().invoke(app, ["down"], env={"JXC_HOME": str(home)})
    assert result.exit_code == 3
    assert (home / "ran.log").read_text() == "run.sh stop\ndown.sh\n"


def test_token_is_signed_for_the_user_and_roles(tmp_path: Path) -> None:
    env = {"JXC_AUTH_DEV_KEY_FILE": str(tmp_path / "key.pem"), "JXC_AUTH_JWKS_URL": ""}
    args = ["token", "--user", "li.wei", "--roles", "purchase_approver", "--warehouses", "WH-SH"]
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    claims = jwt.decode(result.output.strip(), options={"verify_signature": False})
    assert claims["sub"] == "li.wei" and claims["roles"] == ["purchase_approver"]
    assert claims["warehouses"] == ["WH-SH"]
    refused = CliRunner().invoke(app, ["token", "--user", "x", "--roles", "boss"], env=env)
    assert refused.exit_code != 0 and "unknown role boss" in refused.output
