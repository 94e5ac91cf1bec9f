"""Kafka clients authenticate as the environment says: nothing by default (deploy/local),
SCRAM as a Strimzi KafkaUser on Kubernetes."""

from __future__ import annotations

import pytest

from jxc.platform.kafka import client_security, idempotent_producer, manual_consumer


def test_plaintext_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JXC_KAFKA_SECURITY_PROTOCOL", raising=False)
    assert client_security() == {}


def test_scram_as_a_kafka_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JXC_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("JXC_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("JXC_KAFKA_SASL_USERNAME", "jxc-inventory")
    monkeypatch.setenv("JXC_KAFKA_SASL_PASSWORD", "secret")
    assert client_security() == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "jxc-inventory",
        "sasl_plain_password": "secret",
    }


async def test_producers_and_consumers_take_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JXC_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("JXC_KAFKA_SASL_USERNAME", "jxc-crm")
    monkeypatch.setenv("JXC_KAFKA_SASL_PASSWORD", "secret")
    producer = idempotent_producer("127.0.0.1:9092", client_id="p")
    consumer = manual_consumer("127.0.0.1:9092", group_id="g")
    for client in (producer.client, consumer._client):
        assert client._security_protocol == "SASL_PLAINTEXT"
        assert client._sasl_plain_username == "jxc-crm"
