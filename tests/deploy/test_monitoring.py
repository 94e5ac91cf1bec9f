"""Alerts and the dashboard watch metrics the services really export, and every process that
exports them is scraped: the APIs through their Service, the workers through their pods."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from prometheus_client import REGISTRY

import jxc.platform.metrics  # noqa: F401  (registers the metrics)
from tests.deploy.generated import ROOT
from tests.deploy.test_k8s import _built, _of

MONITORING = ROOT / "deploy" / "k8s" / "base" / "monitoring"
METRIC = re.compile(r"\b(jxc_[a-z_]+)\b")


def _exported() -> set[str]:
    names: set[str] = set()
    for family in REGISTRY.collect():
        if family.name.startswith("jxc_"):
            names.add(family.name)
            names.update(f"{family.name}{s}" for s in ("_total", "_bucket", "_sum", "_count"))
    return names


def _rules() -> list[dict[str, Any]]:
    rule = yaml.safe_load((MONITORING / "alerts.yaml").read_text())
    return [r for group in rule["spec"]["groups"] for r in group["rules"]]


def test_alerts_cover_lag_the_outbox_and_dead_letters_with_real_metrics() -> None:
    rules = _rules()
    names = {r["alert"] for r in rules}
    assert {"JxcConsumerLagGrowing", "JxcOutboxStuck", "JxcDeadLetters"} <= names
    exported = _exported()
    for rule in rules:
        used = set(METRIC.findall(rule["expr"]))
        assert used, rule["alert"]
        assert used <= exported, f"{rule['alert']} watches {used - exported}, never exported"


def test_the_dashboard_charts_real_metrics() -> None:
    dashboard = json.loads((MONITORING / "jxc-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    assert len(exprs) >= 8
    exported = _exported()
    for expr in exprs:
        assert set(METRIC.findall(expr)) <= exported, expr


def test_every_worker_serves_metrics_and_is_scraped() -> None:
    docs = _built("prod")
    monitors = {
        m["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"]: m
        for m in _of(docs, "PodMonitor")
    }
    for deployment in _of(docs, "Deployment"):
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        if labels["app.kubernetes.io/component"] in ("api", "gateway"):
            continue  # the APIs' metrics come through their Service; the gateway has none
        (worker,) = deployment["spec"]["template"]["spec"]["containers"]
        assert {"name": "JXC_METRICS_PORT", "value": "9100"} in worker["env"]
        assert worker["ports"] == [{"name": "metrics", "containerPort": 9100}]
        monitor = monitors[labels["app.kubernetes.io/name"]]
        (component,) = monitor["spec"]["selector"]["matchExpressions"]
        assert labels["app.kubernetes.io/component"] in component["values"]
        assert monitor["spec"]["podMetricsEndpoints"][0]["port"] == "metrics"
    (dashboard,) = [c for c in _of(docs, "ConfigMap") if "jxc-dashboard.json" in c.get("data", {})]
    assert dashboard["metadata"]["labels"]["grafana_dashboard"] == "1"
