"""deploy/k8s: the base is what the services' code declares, every overlay builds and passes
`kubeconform -strict` offline, a broken manifest does not, and the rules SREs rely on hold in
what is built (least-privilege Kafka users, workers no more than partitions, hardened pods)."""

from __future__ import annotations

import os
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.generated import generator

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
VALIDATE = K8S / "validate.sh"
OVERLAYS = sorted(p.name for p in (K8S / "overlays").iterdir() if p.is_dir())


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(VALIDATE), *args], capture_output=True, text=True)


@cache
def _built(overlay: str) -> list[dict[str, Any]]:
    tools = _run("--install-only")
    assert tools.returncode == 0, tools.stderr
    bin_dir = subprocess.run(
        ["bash", "-c", 'echo "${JXC_TOOLS_BIN:-${XDG_CACHE_HOME:-$HOME/.cache}/jxc-tools/bin}"'],
        capture_output=True,
        text=True,
    ).stdout.strip()
    out = subprocess.run(
        [f"{bin_dir}/kustomize", "build", str(K8S / "overlays" / overlay)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [d for d in yaml.safe_load_all(out) if d]


def _of(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def test_the_base_is_what_the_services_declare(tmp_path: Path) -> None:
    assert generator().main(["generate", str(tmp_path)]) == 0
    made = sorted(tmp_path.glob("deploy/k8s/base/**/*.yaml"))
    assert made
    for path in made:
        relative = path.relative_to(tmp_path)
        checked_in = ROOT / relative
        assert checked_in.exists(), f"{relative} missing: uv run python deploy/generate.py"
        assert checked_in.read_text() == path.read_text(), (
            f"{relative} is stale: uv run python deploy/generate.py"
        )


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_overlay_passes_kubeconform_strict(overlay: str) -> None:
    result = _run(str(K8S / "overlays" / overlay))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Invalid: 0, Errors: 0, Skipped: 0" in result.stdout


def test_a_broken_overlay_fails(tmp_path: Path) -> None:
    """A misspelled field in a patch over the real base: kubeconform -strict refuses it."""
    (tmp_path / "kustomization.yaml").write_text(
        yaml.safe_dump(
            {
                "apiVersion": "kustomize.config.k8s.io/v1beta1",
                "kind": "Kustomization",
                "resources": [os.path.relpath(K8S / "overlays" / "dev", tmp_path)],
                "patches": [
                    {
                        "target": {"kind": "Deployment", "name": "jxc-inventory"},
                        "patch": "- {op: add, path: /spec/template/spec/containers/0/resoures,"
                        " value: {}}",
                    }
                ],
            }
        )
    )
    result = _run(str(tmp_path))
    assert result.returncode != 0
    assert "additional properties 'resoures' not allowed" in result.stdout


def test_a_manifest_of_an_unknown_kind_fails(tmp_path: Path) -> None:
    """No schema is no pass: nothing is fetched, nothing is skipped."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("apiVersion: kafka.strimzi.io/v1\nkind: KafkaBridg\nmetadata: {name: x}\n")
    result = _run("--file", str(broken))
    assert result.returncode != 0
    assert "could not find schema" in result.stdout


def test_a_service_writes_only_its_topic_and_reads_what_it_consumes() -> None:
    shapes = {s.name: s for s in map(generator().shape_of, generator().SERVICES)}
    users = _of(_built("prod"), "KafkaUser")
    assert {u["metadata"]["name"] for u in users} == {f"jxc-{s}" for s in shapes}
    for user in users:
        shape = shapes[user["metadata"]["name"].removeprefix("jxc-")]
        acls = user["spec"]["authorization"]["acls"]
        writes = {
            (a["resource"]["name"], a["resource"]["patternType"])
            for a in acls
            if a["resource"]["type"] == "topic" and "Write" in a["operations"]
        }
        reads = {
            a["resource"]["name"]
            for a in acls
            if a["resource"]["type"] == "topic" and "Read" in a["operations"]
        }
        dead_letters = {(f"jxc.dlq.{shape.name}.", "prefix")} if shape.projections else set()
        assert writes == {(shape.topic, "literal")} | dead_letters
        assert reads == {t for p in shape.projections for t in p.topics}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_workers_never_outnumber_the_partitions_they_share(overlay: str) -> None:
    docs = _built(overlay)
    partitions = {t["spec"]["topicName"]: t["spec"]["partitions"] for t in _of(docs, "KafkaTopic")}
    consumers = {
        p.consumer: p.topics
        for s in map(generator().shape_of, generator().SERVICES)
        for p in s.projections
    }
    scaled = _of(docs, "ScaledObject")
    assert len(scaled) == len(consumers)
    for obj in scaled:
        group = obj["spec"]["triggers"][0]["metadata"]["consumerGroup"]
        most = min(partitions[t] for t in consumers[group])
        assert 1 <= obj["spec"]["maxReplicaCount"] <= most, obj["metadata"]["name"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_worker_runs_alone_in_one_replica_without_autoscaling(overlay: str) -> None:
    """A schedule takes an advisory lock per turn: one replica, never scaled on lag."""
    docs = _built(overlay)
    declared = {
        f"jxc-{s.name}-{w}": (s.name, w)
        for s in map(generator().shape_of, generator().SERVICES)
        for w in s.workers
    }
    assert declared, "no service declares a worker"
    workers = {
        d["metadata"]["name"]: d
        for d in _of(docs, "Deployment")
        if d["metadata"]["labels"]["app.kubernetes.io/component"] == "worker"
    }
    assert set(workers) == set(declared)
    scaled = {o["spec"]["scaleTargetRef"]["name"] for o in _of(docs, "ScaledObject")}
    for name, (service, work) in declared.items():
        deployment = workers[name]
        assert deployment["spec"]["replicas"] == 1
        (runs,) = deployment["spec"]["template"]["spec"]["containers"]
        assert runs["args"] == [f"jxc-{service}", "work", work]
        assert name not in scaled


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_pod_is_hardened_and_apis_are_probed(overlay: str) -> None:
    for deployment in _of(_built(overlay), "Deployment"):
        pod = deployment["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        for c in pod["containers"] + pod.get("initContainers", []):
            assert c["securityContext"]["readOnlyRootFilesystem"] is True
            assert c["securityContext"]["allowPrivilegeEscalation"] is False
            assert {"cpu", "memory"} <= set(c["resources"]["requests"])
            assert "memory" in c["resources"]["limits"]
        if deployment["metadata"]["labels"]["app.kubernetes.io/component"] != "gateway":
            assert pod["initContainers"][0]["args"][1] == "migrate"  # no database: none
        if deployment["metadata"]["labels"]["app.kubernetes.io/component"] == "api":
            (api,) = pod["containers"]
            assert api["args"][1:] == ["serve", "--api-only"]
            assert api["livenessProbe"]["httpGet"]["path"] == "/healthz"
            assert api["readinessProbe"]["httpGet"]["path"] == "/readyz"


def test_prod_backs_up_postgres_and_replicates_topics() -> None:
    docs = _built("prod")
    (backup,) = _of(docs, "ScheduledBackup")
    (cluster,) = _of(docs, "Cluster")
    assert backup["spec"]["cluster"]["name"] == cluster["metadata"]["name"]
    assert cluster["spec"]["instances"] == 3
    assert all(t["spec"]["replicas"] == 3 for t in _of(docs, "KafkaTopic"))
    assert all(t["spec"]["config"]["retention.ms"] == -1 for t in _of(docs, "KafkaTopic"))
    roles = {r["name"] for r in cluster["spec"]["managed"]["roles"]}
    assert roles == {d["spec"]["owner"] for d in _of(docs, "Database")}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_back_office_is_served_by_the_gateway_behind_an_ingress(overlay: str) -> None:
    """Issue 12: `/` reaches jxc-gateway (web/dist and /api/<service>/ on one origin); the
    network policies let it reach the APIs and nothing else; prod adds a host and TLS."""
    docs = _built(overlay)
    (ingress,) = _of(docs, "Ingress")
    (rule,) = ingress["spec"]["rules"]
    (path,) = rule["http"]["paths"]
    assert (path["path"], path["pathType"]) == ("/", "Prefix")
    backend = path["backend"]["service"]
    (service,) = [s for s in _of(docs, "Service") if s["metadata"]["name"] == backend["name"]]
    (deployment,) = [d for d in _of(docs, "Deployment") if d["metadata"]["name"] == "jxc-gateway"]
    pod = deployment["spec"]["template"]
    assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    (runs,) = pod["spec"]["containers"]
    assert runs["args"] == ["jxc-gateway", "serve"]
    assert runs["readinessProbe"]["httpGet"]["path"] == "/gateway/healthz"
    (config,) = [c for c in _of(docs, "ConfigMap") if c["metadata"]["name"] == "jxc-gateway"]
    apis = {s["metadata"]["name"] for s in _of(docs, "Service")}
    for shape in map(generator().shape_of, generator().SERVICES):
        upstream = config["data"][f"JXC_GATEWAY_{shape.name.upper()}_URL"]
        assert upstream == f"http://jxc-{shape.name}" and f"jxc-{shape.name}" in apis

    policies = {p["metadata"]["name"]: p["spec"] for p in _of(docs, "NetworkPolicy")}
    gateway = policies["jxc-gateway"]
    assert gateway["podSelector"]["matchLabels"] == {"app.kubernetes.io/component": "gateway"}
    assert gateway["ingress"] == [{"ports": [{"protocol": "TCP", "port": 8080}]}]
    (egress,) = gateway["egress"]
    apis_only = {"podSelector": {"matchLabels": {"app.kubernetes.io/component": "api"}}}
    assert egress["to"] == [apis_only]
    assert egress["ports"] == [{"protocol": "TCP", "port": 8000}]
    if overlay == "prod":
        assert ingress["spec"]["tls"][0]["hosts"] == [rule["host"]]
        assert "cert-manager.io/cluster-issuer" in ingress["metadata"]["annotations"]
        assert "JXC_AUTH_JWKS_URL" in config["data"]  # no development sign-in in production


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_people_sign_in_at_the_identity_provider_in_production_only(overlay: str) -> None:
    """The gateway's OIDC client (issuer, client id, redirect URL) in its ConfigMap, the client
    secret from a Secret by reference (never in the ConfigMap); prod turns development sign-in
    off (the JWKS URL) and OIDC on, with the services verifying the same issuer's tokens, and
    lets the APIs and the gateway reach the provider over HTTPS; dev keeps development sign-in."""
    docs = _built(overlay)
    configs = {c["metadata"]["name"]: c["data"] for c in _of(docs, "ConfigMap")}
    gateway = configs["jxc-gateway"]
    (deployment,) = [d for d in _of(docs, "Deployment") if d["metadata"]["name"] == "jxc-gateway"]
    (runs,) = deployment["spec"]["template"]["spec"]["containers"]
    (secret,) = [e for e in runs["env"] if e["name"] == "JXC_GATEWAY_OIDC_CLIENT_SECRET"]
    ref = secret["valueFrom"]["secretKeyRef"]
    assert (ref["name"], ref["key"]) == ("jxc-gateway-oidc", "client-secret")
    assert not any("SECRET" in key for data in configs.values() for key in data)
    settings = ("ISSUER", "CLIENT_ID", "REDIRECT_URL")
    policies = {p["metadata"]["name"]: p["spec"] for p in _of(docs, "NetworkPolicy")}
    if overlay == "prod":
        assert all(gateway[f"JXC_GATEWAY_OIDC_{key}"] for key in settings), gateway
        assert ref["optional"] is False
        assert gateway["JXC_AUTH_JWKS_URL"]  # the gateway's development sign-in is off
        (ingress,) = _of(docs, "Ingress")
        host = ingress["spec"]["rules"][0]["host"]
        callback = f"https://{host}/gateway/oidc/callback"
        assert gateway["JXC_GATEWAY_OIDC_REDIRECT_URL"] == callback
        for name, data in configs.items():
            if name.startswith("jxc-") and "JXC_AUTH_DEV_KEY_FILE" in data:  # services, gateway
                assert data["JXC_AUTH_JWKS_URL"], name
                issuer = data["JXC_AUTH_ISSUER"].rstrip("/")
                assert issuer == gateway["JXC_GATEWAY_OIDC_ISSUER"].rstrip("/"), name
        provider = policies["jxc-identity-provider"]
        selected = provider["podSelector"]["matchExpressions"][0]["values"]
        assert set(selected) == {"api", "gateway"}
        assert provider["egress"] == [{"ports": [{"protocol": "TCP", "port": 443}]}]
    else:
        assert not any(gateway[f"JXC_GATEWAY_OIDC_{key}"] for key in settings), gateway
        assert ref["optional"] is True
        assert not gateway.get("JXC_AUTH_JWKS_URL")  # development sign-in
        assert "jxc-identity-provider" not in policies
