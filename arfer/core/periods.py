"""Financial years and quarters. The UK public sector's financial year runs April to March:
"2025-26" starts on 1 April 2025, and Q1 is April to June. A year is stored as the calendar
year it starts in (2025 for 2025-26), a quarter as 1 to 4."""

import datetime
from dataclasses import dataclass

# The programme began with the public service summit of February 2010; nothing is recorded
# before its first full financial year.
FIRST_YEAR = 2010
# How far ahead a forecast may reach.
YEARS_AHEAD = 10


def year_label(start_year: int) -> str:
    """2025 -> "2025-26"."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def year_of(day: datetime.date) -> int:
    """The financial year a date falls in."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: datetime.date) -> int:
    return ((day.month - 4) % 12) // 3 + 1


def quarter_start(start_year: int, quarter: int) -> datetime.date:
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"A financial year has quarters 1 to 4, not {quarter}.")
    month = 4 + (quarter - 1) * 3
    return datetime.date(start_year + (month > 12), (month - 1) % 12 + 1, 1)


def selectable_years(today: datetime.date) -> list[int]:
    """The years a ledger entry or a target may be recorded for, newest first."""
    return list(range(year_of(today) + YEARS_AHEAD, FIRST_YEAR - 1, -1))


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    quarter: int

    @property
    def label(self) -> str:
        return f"{year_label(self.year)} Q{self.quarter}"

    @property
    def starts(self) -> datetime.date:
        return quarter_start(self.year, self.quarter)

    @property
    def previous(self) -> "Quarter":
        if self.quarter == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.quarter - 1)

    @classmethod
    def containing(cls, day: datetime.date) -> "Quarter":
        return cls(year_of(day), quarter_of(day))


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` calendar months earlier (the month's last day where it is
    shorter): six months before 31 August is 28 or 29 February."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    following = datetime.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_day = (following - datetime.timedelta(days=1)).day
    return datetime.date(year, month + 1, min(day.day, last_day))
