"""A synthetic set of polling stations for trying the app: never real data, always labelled so."""

from __future__ import annotations

import random

from kzobserver.domain.model import ElectionDefinition, Station

# Invented street names: demo addresses must not look like real polling stations' addresses.
_STREETS = (
    "Demo Street",
    "Sample Avenue",
    "Test Lane",
    "Example Square",
    "Placeholder Road",
    "Synthetic Boulevard",
)


def _allocate(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Split ``total`` stations over regions in proportion to ``weights`` (largest remainder)."""
    weight_sum = sum(weights.values())
    quotas = {code: total * w / weight_sum for code, w in weights.items()}
    counts = {code: int(q) for code, q in quotas.items()}
    leftover = total - sum(counts.values())
    for code in sorted(quotas, key=lambda c: quotas[c] - counts[c], reverse=True)[:leftover]:
        counts[code] += 1
    return counts


def generate_demo_stations(definition: ElectionDefinition, seed: int = 2023) -> list[Station]:
    """About as many stations as the election really had, spread over its regions, numbered from 1.

    Deterministic for a given seed, so every demo logbook holds the same stations.
    """
    rng = random.Random(seed)
    abroad = definition.demo_abroad_stations
    domestic = definition.demo_station_count - abroad
    weights = definition.demo_region_weights or {
        a.code: 1.0 for a in definition.regions() if a.code != "abroad"
    }
    counts = _allocate(domestic, weights)
    stations: list[Station] = []
    number = 1
    for region_code, count in counts.items():
        district_count = max(1, count // 60)
        for i in range(count):
            district = i * district_count // count + 1
            stations.append(
                Station(
                    number=str(number),
                    region=region_code,
                    district=f"Demo district {district}",
                    address=f"{rng.randint(1, 250)} {rng.choice(_STREETS)} (synthetic)",
                    registered_voters=max(50, int(rng.gauss(1180, 520))),
                    synthetic=True,
                )
            )
            number += 1
    for _ in range(abroad):
        stations.append(
            Station(
                number=str(number),
                region="abroad",
                address=f"Demo embassy {number} (synthetic)",
                registered_voters=rng.randint(20, 900),
                abroad=True,
                synthetic=True,
            )
        )
        number += 1
    return stations
