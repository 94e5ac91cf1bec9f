from uuid import uuid4

from jxc.platform.state_cache import Cached, StateCache


def evolve(state: int, event: object) -> int:
    return state + 1


def other_evolve(state: int, event: object) -> int:
    return state


def test_the_streams_commanded_last_are_kept_the_oldest_go_first() -> None:
    cache = StateCache(2)
    for name in ("a", "b"):
        cache.put(name, evolve, Cached(1, 1, uuid4()))
    assert cache.get("a", evolve) is not None  # now the most recent
    cache.put("c", evolve, Cached(1, 1, uuid4()))
    assert cache.get("b", evolve) is None
    assert cache.get("a", evolve) is not None and cache.get("c", evolve) is not None
    assert len(cache) == 2


def test_a_later_version_is_never_replaced_by_an_earlier_one() -> None:
    cache = StateCache(10)
    cache.put("a", evolve, Cached(5, 5, uuid4()))
    cache.put("a", evolve, Cached(4, 4, uuid4()))
    kept = cache.get("a", evolve)
    assert kept is not None and kept.version == 5
    cache.put("a", evolve, Cached(6, 6, uuid4()))
    kept = cache.get("a", evolve)
    assert kept is not None and kept.version == 6


def test_each_decider_of_a_stream_keeps_its_own_state_and_forget_drops_it() -> None:
    cache = StateCache(10)
    cache.put("a", evolve, Cached(1, 1, uuid4()))
    assert cache.get("a", other_evolve) is None
    cache.forget("a", evolve)
    assert cache.get("a", evolve) is None


def test_a_cache_of_size_zero_keeps_nothing() -> None:
    cache = StateCache(0)
    cache.put("a", evolve, Cached(1, 1, uuid4()))
    assert cache.get("a", evolve) is None and len(cache) == 0
