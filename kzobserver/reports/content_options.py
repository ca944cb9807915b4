"""What a report covers: its language, scope, the sources it compares, its sections and whether
it may name people."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kzobserver.i18n import LANGUAGES, translate
from kzobserver.storage.errors import LogbookError
from kzobserver.storage.protocols import Source


class Section(StrEnum):
    """The parts a user may leave out; the cover is always there."""

    SUMMARY = "summary"
    AGGREGATE = "aggregate"
    DISCREPANCIES = "discrepancies"
    STATIONS = "stations"  # a page per flagged station
    IRREGULARITIES = "irregularities"
    METHODOLOGY = "methodology"
    APPENDIX = "appendix"


ALL_SECTIONS = frozenset(Section)


def section_label(section: Section) -> str:
    return {
        Section.SUMMARY: translate("Reports", "Summary of findings"),
        Section.AGGREGATE: translate("Reports", "Aggregate comparison"),
        Section.DISCREPANCIES: translate("Reports", "Discrepancy table"),
        Section.STATIONS: translate("Reports", "A page per flagged station"),
        Section.IRREGULARITIES: translate("Reports", "Irregularity statistics"),
        Section.METHODOLOGY: translate("Reports", "Methodology and caveats"),
        Section.APPENDIX: translate("Reports", "Appendix: audit trail"),
    }[section]


@dataclass(frozen=True)
class ReportOptions:
    """``region`` (a region code) and ``stations`` (station numbers) narrow the scope; neither
    means the whole election. ``include_sensitive`` puts witnesses' and perpetrators' names and
    do-not-publish evidence (file names and thumbnails) in the report: off unless the user
    ticks it."""

    language: str = "en"
    region: str | None = None
    stations: tuple[str, ...] = ()
    source_a: str = Source.PEC_COPY.value
    source_b: str = Source.OFFICIAL.value
    contest: str | None = None  # None: the election's first contest
    sections: frozenset[Section] = field(default=ALL_SECTIONS)
    include_sensitive: bool = False
    charts: bool = True

    def check(self) -> None:
        """Refuse options no report can be made from, with a sentence saying why."""
        if self.language not in LANGUAGES:
            raise LogbookError(
                translate("Reports", "“{lang}” is not a report language; use {langs}.").format(
                    lang=self.language, langs=", ".join(LANGUAGES)
                )
            )
        for source in (self.source_a, self.source_b):
            if source not in {s.value for s in Source}:
                raise LogbookError(
                    translate("Reports", "Unknown source “{source}”; use {sources}.").format(
                        source=source, sources=", ".join(s.value for s in Source)
                    )
                )
        if self.source_a == self.source_b:
            raise LogbookError(translate("Reports", "Compare two different sources."))
        if self.region and self.stations:
            raise LogbookError(
                translate("Reports", "Choose a region or a list of stations, not both.")
            )

    @property
    def scope_kind(self) -> str:
        return "stations" if self.stations else "region" if self.region else "election"

    def has(self, section: Section) -> bool:
        return section in self.sections
