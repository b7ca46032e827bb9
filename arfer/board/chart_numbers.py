"""Numbers as the charts print them on axes and labels: short, halves rounded up. (Headline
figures use core.money.pounds_short, to one decimal place throughout.)"""

import math
from decimal import ROUND_HALF_UP, Decimal


def percent(share: float) -> str:
    """A share of 1 as a whole percentage, rounding halves up: 0.365 -> "37%"."""
    return f"{math.floor(share * 100 + 0.5)}%"


def money_short(pence: int | float) -> str:
    """An amount in pence as short pounds for axes and labels: "£950", "£12k", "£1.2m",
    "£12m", "£3.4bn". Millions and billions keep one decimal below 10; halves round up."""
    pounds = abs(Decimal(pence)) / 100
    if (whole := _round(pounds, 0)) < 1000:
        text = f"£{whole}"
    elif (thousands := _round(pounds / 1000, 0)) < 1000:
        text = f"£{thousands}k"
    elif _round(pounds / 10**6, 0) < 1000:
        text = _scaled_money(pounds / 10**6, "m")
    else:
        text = _scaled_money(pounds / 10**9, "bn")
    return f"-{text}" if pence < 0 and text != "£0" else text


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _scaled_money(scaled: Decimal, suffix: str) -> str:
    tenths = _round(scaled, 1)
    if tenths < 10:
        return f"£{tenths.normalize():f}{suffix}"
    return f"£{_round(scaled, 0)}{suffix}"
