"""Ordering a run's stops: nearest neighbour from the depot, then 2-opt (reverse a stretch of
the tour while that shortens it), over great-circle distances. The tour starts and ends at
the depot. Geometry in floats; the distance reported is rounded to 0.1 km."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

Point = tuple[float, float]  # latitude, longitude in degrees
EARTH_KM = 6371.0088


def km(a: Point, b: Point) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def tour_km(depot: Point, stops: Sequence[Point], order: Sequence[int]) -> float:
    path = [depot, *(stops[i] for i in order), depot]
    return sum(km(path[i], path[i + 1]) for i in range(len(path) - 1))


def nearest_neighbour(depot: Point, stops: Sequence[Point]) -> list[int]:
    left = list(range(len(stops)))
    order: list[int] = []
    here = depot
    while left:
        nearest = min(left, key=lambda i: (km(here, stops[i]), i))
        order.append(nearest)
        left.remove(nearest)
        here = stops[nearest]
    return order


def two_opt(depot: Point, stops: Sequence[Point], order: list[int]) -> list[int]:
    best = list(order)
    best_km = tour_km(depot, stops, best)
    improved = True
    while improved:
        improved = False
        for i in range(len(best) - 1):
            for j in range(i + 1, len(best)):
                candidate = best[:i] + best[i : j + 1][::-1] + best[j + 1 :]
                length = tour_km(depot, stops, candidate)
                if length < best_km - 1e-9:
                    best, best_km, improved = candidate, length, True
    return best


def route(depot: Point, stops: Sequence[Point]) -> tuple[list[int], Decimal]:
    """The order to visit `stops` (indexes) and the tour's length in km."""
    order = two_opt(depot, stops, nearest_neighbour(depot, stops))
    length = Decimal(repr(tour_km(depot, stops, order))).quantize(Decimal("0.1"))
    return order, length
