"""The integration harness's choice of servers: testcontainers when a Docker engine answers,
the deploy/local servers otherwise, JXC_TEST_SERVERS to force one."""

from __future__ import annotations

import pytest

from tests.integration import servers as chosen
from tests.integration.servers import Servers, choose, docker_reachable, local


def engine() -> bool:
    return True


def no_engine() -> bool:
    return False


def test_containers_when_an_engine_answers() -> None:
    assert choose({}, engine) == "containers"


def test_the_local_servers_without_an_engine() -> None:
    assert choose({}, no_engine) == "local"
    env = {"JXC_KAFKA_BOOTSTRAP": "10.0.0.5:9092", "JXC_PG_ADMIN_URL": "postgresql://a@b/c"}
    assert chosen.servers(env, no_engine) == Servers("local", "10.0.0.5:9092", "postgresql://a@b/c")
    assert local({}) == Servers("local", chosen.LOCAL_KAFKA, chosen.LOCAL_PG_ADMIN)


def test_local_may_be_forced_even_with_an_engine() -> None:
    assert choose({"JXC_TEST_SERVERS": "local"}, engine) == "local"


def test_containers_forced_without_an_engine_is_an_error_not_a_fallback() -> None:
    with pytest.raises(RuntimeError, match="no Docker engine"):
        choose({"JXC_TEST_SERVERS": "containers"}, no_engine)
    with pytest.raises(ValueError, match="auto, local or containers"):
        choose({"JXC_TEST_SERVERS": "docker"}, engine)


def test_the_engine_is_asked_only_in_auto_mode() -> None:
    asked: list[bool] = []

    def probe() -> bool:
        asked.append(True)
        return True

    choose({"JXC_TEST_SERVERS": "local"}, probe)
    assert asked == []


def test_containers_are_started_when_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    started = Servers("containers", "127.0.0.1:32771", "postgresql://jxc:jxc@127.0.0.1:32772/x")
    monkeypatch.setattr(chosen, "containers", lambda: started)
    assert chosen.servers({}, engine) is started


def test_no_engine_on_a_host_without_docker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pathlib.Path.exists", lambda self: False)
    assert docker_reachable({}) is False
    # An address that does not answer: no engine, quickly, no exception.
    assert docker_reachable({"DOCKER_HOST": "tcp://127.0.0.1:9"}) is False
