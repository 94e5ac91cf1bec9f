"""The README's sections for SREs and subscribers: there, pointing at files that exist, and
the restore example is a Cluster that kubeconform -strict accepts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.docs.test_readme_layout import _readme, _section

ROOT = Path(__file__).resolve().parents[2]


def test_the_sre_section_covers_operators_overlays_secrets_scaling_and_backups() -> None:
    sre = _section(_readme(), "## Running on Kubernetes (for SREs)")
    for topic in ("Operators to install first", "Apply", "Secrets", "Scaling", "Backups"):
        assert f"**{topic}" in sre, topic
    for overlay in re.findall(r"`(dev|prod)`", sre):
        assert (ROOT / "deploy/k8s/overlays" / overlay / "kustomization.yaml").is_file()
    for path in re.findall(r"`((?:deploy|docs|libs)/[\w./-]+)`", sre):
        assert (ROOT / path).exists(), path


def test_the_restore_example_is_a_valid_cluster(tmp_path: Path) -> None:
    sre = _section(_readme(), "## Running on Kubernetes (for SREs)")
    (example,) = re.findall(r"```yaml\n(.*?)```", sre, re.S)
    manifest = tmp_path / "restore.yaml"
    manifest.write_text(example)
    result = subprocess.run(
        ["bash", str(ROOT / "deploy/k8s/validate.sh"), "--file", str(manifest)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Valid: 1" in result.stdout


def test_the_subscriber_section_links_the_guide_and_the_document() -> None:
    section = _section(_readme(), "## Subscribing to JXC's events")
    for link in re.findall(r"\]\(([^)]+)\)", section):
        assert (ROOT / link).is_file(), link
    assert "docs/subscribers.md" in section and "docs/asyncapi.json" in section
