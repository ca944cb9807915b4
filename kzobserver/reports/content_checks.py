"""The control relations of every record in a report's scope, checked fast enough for a
national logbook.

``storage.checks.check_protocols`` explains every rule of every record, at about a millisecond
a record: 20 seconds for 10,000 stations with two records each. A report only shows the rules
that fail, so each record is first screened with the rules' compiled expressions (the bad
condition alone, tolerance ignored: a superset), and only the records that trip one are checked
in full by ``check_record``, which decides (tolerance, verified lines) and explains.
"""

from __future__ import annotations

import json
from collections import defaultdict

from kzobserver.domain.rules import rules_for_template
from kzobserver.storage.checks import ProtocolCheck, check_record, contest_lines
from kzobserver.storage.logbook import Logbook
from kzobserver.storage.protocols import verified_from_reviews
from kzobserver.storage.reference import ContestRow


def failing_checks(
    logbook: Logbook,
    contest: ContestRow,
    places: dict[str, tuple[str, str | None]],
    in_scope: set[str] | None,
    lang: str,
) -> dict[str, list[ProtocolCheck]]:
    """Station id → its records whose control relations may fail, checked in full."""
    codes = tuple(line.code for line in contest_lines(contest))
    bound = [rule.expression.bind(codes) for rule in rules_for_template(contest.template)]
    suspects: list[ProtocolCheck] = []
    loads = json.loads
    for pid, sid, source, observer, values in logbook.db.execute(
        """
        SELECT p.id, p.station_id, p.source, p.observer, (
            SELECT json_group_object(v.line, v.value) FROM protocol_values v
            WHERE v.protocol_id = p.id
        )
        FROM protocols p WHERE p.contest_id = ?
        """,
        [contest.id],
    ):
        if in_scope is not None and sid not in in_scope:
            continue
        record = loads(values)
        if any(not b.missing(record) and b.evaluate(record) for b in bound):
            number = places[sid][0] if sid in places else ""
            suspects.append(ProtocolCheck(pid, sid, number, contest.code, source, observer, record))
    reviews: dict[str, dict[str, tuple[int, int | None]]] = defaultdict(dict)
    ids = [s.protocol_id for s in suspects]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for pid, line, verified, value in logbook.db.execute(
            "SELECT protocol_id, line, verified, value FROM line_reviews "
            f"WHERE protocol_id IN ({','.join('?' * len(chunk))}) ORDER BY rowid",
            chunk,
        ):
            reviews[pid][line] = (verified, value)
    found: dict[str, list[ProtocolCheck]] = defaultdict(list)
    order = {"observer_tally": 0, "pec_copy": 1, "official": 2}
    for check in sorted(suspects, key=lambda c: (order.get(c.source, 9), c.observer)):
        verified = verified_from_reviews(reviews[check.protocol_id], check.values)
        check.results = check_record(contest, check.values, verified, lang=lang)
        found[check.station_id].append(check)
    return dict(found)
