"""Ticket exports for the sample clients, generated so that each ticket's SLA outcome
follows a plan (met / breached / pending per SLA and month). Used by generate.py.

Times are computed on the instant timeline with zoneinfo: business time is the overlap
with the calendar's local opening hours, as svcreview counts it."""
import csv, os, random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc

class Calendar:
    """Opening hours per weekday (Mon=0) as (start_minute, end_minute) lists, holidays."""
    def __init__(self, tz, hours, holidays=()):
        self.tz = ZoneInfo(tz)
        self.hours = hours
        self.holidays = set(holidays)

    def _intervals(self, day):
        if day in self.holidays:
            return []
        out = []
        for a, b in self.hours.get(day.weekday(), []):
            s = datetime.combine(day, time(a // 60, a % 60), self.tz).astimezone(UTC)
            e = datetime.combine(day, time(b // 60, b % 60), self.tz).astimezone(UTC)
            out.append((s, e))
        return out

    def add(self, start, seconds):
        """The instant at which `seconds` of business time have passed since `start`."""
        remaining = timedelta(seconds=seconds)
        day = start.astimezone(self.tz).date()
        while True:
            for s, e in self._intervals(day):
                begin = max(s, start)
                if e <= begin:
                    continue
                if remaining <= e - begin:
                    return begin + remaining
                remaining -= e - begin
            day += timedelta(days=1)

    def between(self, a, b):
        total = timedelta(0)
        day = a.astimezone(self.tz).date() - timedelta(days=1)
        while day <= b.astimezone(self.tz).date() + timedelta(days=1):
            for s, e in self._intervals(day):
                lo, hi = max(s, a), min(e, b)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total.total_seconds()

    def random_open_instant(self, rng, y, m, last_day=None):
        """A random instant inside opening hours in month (y, m), up to `last_day`."""
        days = []
        d = date(y, m, 1)
        while d.month == m and (last_day is None or d.day <= last_day):
            if self._intervals(d):
                days.append(d)
            d += timedelta(days=1)
        day = rng.choice(days)
        s, e = rng.choice(self._intervals(day))
        span = int((e - s).total_seconds() // 60)
        return s + timedelta(minutes=rng.randrange(max(1, span - 30)))

class Always:
    def add(self, start, seconds):
        return start + timedelta(seconds=seconds)

    def between(self, a, b):
        return (b - a).total_seconds()

def month_bounds(y, m, tz):
    z = ZoneInfo(tz)
    start = datetime(y, m, 1, tzinfo=z).astimezone(UTC)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return start, datetime(ny, nm, 1, tzinfo=z).astimezone(UTC)

def random_instant(rng, y, m, tz, last_day=None):
    start, end = month_bounds(y, m, tz)
    if last_day is not None:
        end = min(end, datetime(y, m, last_day, 23, 59, tzinfo=ZoneInfo(tz)).astimezone(UTC))
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))

def planned_duration(rng, outcome, target_s):
    if outcome == "met":
        return rng.uniform(0.05, 0.6) * target_s
    return rng.uniform(1.1, 2.2) * target_s

def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
