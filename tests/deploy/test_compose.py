"""docker-compose.yml and the Dockerfile, checked without a Docker engine: the compose file is
what deploy/generate.py makes of the services, it passes the Compose specification, and the
order of things holds (topics created once, migrations before services, workers apart)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.generated import ROOT, generator

COMPOSE = ROOT / "docker-compose.yml"
CHECK = ROOT / ".venv" / "bin" / "check-jsonschema"


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK), "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
    )


def _compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return loaded


def test_compose_is_what_the_services_declare(tmp_path: Path) -> None:
    assert generator().main(["generate", str(tmp_path)]) == 0
    assert (tmp_path / "docker-compose.yml").read_text() == COMPOSE.read_text(), (
        "docker-compose.yml is stale: uv run python deploy/generate.py"
    )


def test_compose_passes_the_compose_specification() -> None:
    result = _check(COMPOSE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_compose_file_fails(tmp_path: Path) -> None:
    broken = _compose()
    broken["services"]["inventory"]["depends_on"]["topics"]["condition"] = "service_finished"
    broken["services"]["crm"]["restart_policy"] = "always"
    path = tmp_path / "docker-compose.yml"
    path.write_text(yaml.safe_dump(broken))
    result = _check(path)
    assert result.returncode != 0
    assert "service_finished" in result.stdout or "restart_policy" in result.stdout


def test_topics_are_created_once_as_kubernetes_declares_them() -> None:
    services = _compose()["services"]
    assert services["kafka"]["environment"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    created = re.findall(r"--topic (\S+) --partitions (\d+)", services["topics"]["command"][0])
    declared = (ROOT / "deploy/k8s/base/kafka/topics.yaml").read_text()
    specs = [d["spec"] for d in yaml.safe_load_all(declared) if d]
    assert sorted(created) == sorted((s["topicName"], str(s["partitions"])) for s in specs)
    assert "--if-not-exists" in services["topics"]["command"][0]


def test_migrations_run_before_every_part_of_a_service_and_workers_stand_apart() -> None:
    services = _compose()["services"]
    for shape in map(generator().shape_of, generator().SERVICES):
        svc = shape.name
        workers = [f"{svc}-{w}" for w in shape.workers]
        parts = [svc, f"{svc}-relay", *(f"{svc}-{p.name}" for p in shape.projections), *workers]
        for part in parts:
            after = services[part]["depends_on"]
            assert after[f"migrate-{svc}"] == {"condition": "service_completed_successfully"}
            assert after["topics"] == {"condition": "service_completed_successfully"}
            assert services[part]["read_only"] is True
            assert services[part]["user"] == "10001:10001"
        assert services[svc]["command"] == [f"jxc-{svc}", "serve", "--api-only"]
        assert "healthcheck" in services[svc]
        assert services[f"{svc}-relay"]["command"] == [f"jxc-{svc}", "relay"]
        for p in shape.projections:
            assert services[f"{svc}-{p.name}"]["command"] == [f"jxc-{svc}", "project", p.name]
        for w in shape.workers:
            assert services[f"{svc}-{w}"]["command"] == [f"jxc-{svc}", "work", w]


def test_the_schedules_run_as_workers_of_their_own() -> None:
    """The services' schedules are workers their composition roots declare; compose runs each."""
    shapes = {s.name: s for s in map(generator().shape_of, generator().SERVICES)}
    assert shapes["crm"].workers == ("rfm",)
    assert shapes["sales"].workers == ("demand-forecast-schedule",)
    services = _compose()["services"]
    assert services["crm-rfm"]["command"] == ["jxc-crm", "work", "rfm"]


def test_the_gateway_serves_the_back_office_and_the_apis_on_one_origin() -> None:
    services = _compose()["services"]
    gateway = services["gateway"]
    assert gateway["command"] == ["jxc-gateway", "serve"]
    assert gateway["read_only"] is True and gateway["user"] == "10001:10001"
    for svc in generator().SERVICES:
        assert gateway["environment"][f"JXC_GATEWAY_{svc.upper()}_URL"] == f"http://{svc}:8000"
        assert gateway["depends_on"][svc] == {"condition": "service_healthy"}
    assert gateway["ports"] == ["8080:8080"]


def test_tokens_from_an_identity_provider_and_oidc_sign_in_are_optional() -> None:
    """Unset, compose runs on the development key (dev sign-in); set in the shell or .env, the
    services verify the provider's tokens and the gateway offers its OIDC sign-in."""
    services = _compose()["services"]
    for name in (*generator().SERVICES, "gateway"):
        env = services[name]["environment"]
        assert env["JXC_AUTH_JWKS_URL"] == "${JXC_AUTH_JWKS_URL:-}", name
        assert env["JXC_AUTH_ISSUER"] == "${JXC_AUTH_ISSUER:-jxc-dev}", name
        assert env["JXC_AUTH_AUDIENCE"] == "${JXC_AUTH_AUDIENCE:-jxc}", name
    env = services["gateway"]["environment"]
    for key in ("ISSUER", "CLIENT_ID", "CLIENT_SECRET", "REDIRECT_URL", "PROVIDER_NAME"):
        assert env[f"JXC_GATEWAY_OIDC_{key}"] == f"${{JXC_GATEWAY_OIDC_{key}:-}}"
    assert env["JXC_GATEWAY_OIDC_SCOPES"] == "${JXC_GATEWAY_OIDC_SCOPES:-openid profile}"


def test_the_image_is_multi_stage_uv_slim_and_non_root() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+)", dockerfile, re.M)
    python = [s for s in stages if not s.startswith("node:")]
    assert len(python) == 2 and all(s.startswith("python:3.11-slim") for s in python)
    assert "COPY --from=web /web/dist /app/web/dist" in dockerfile  # the gateway's back office
    assert "uv sync --frozen" in dockerfile and "--no-dev" in dockerfile
    users = re.findall(r"^USER (\S+)", dockerfile, re.M)
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert users[-1].split(":")[0] == "10001"  # the uid the manifests run as
