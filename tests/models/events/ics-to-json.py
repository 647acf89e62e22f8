#!/usr/bin/env python3
"""Parses an iCalendar file with the icalendar library and prints what it read as JSON.

Usage: ics-to-json.py FILE.ics
tst_eventics runs it to check that an independent parser reads LEC Desk's .ics files as meant.
"""
import json
import sys

import icalendar


def moment(component, name):
    """A DTSTART or DTEND as {value, tzid, all_day}, or None."""
    if name not in component:
        return None
    prop = component[name]
    value = component.decoded(name)
    return {
        "value": value.isoformat(),
        "tzid": prop.params.get("TZID"),
        "all_day": prop.params.get("VALUE") == "DATE",
    }


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def main():
    with open(sys.argv[1], "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    events = []
    for event in calendar.walk("VEVENT"):
        categories = event.get("CATEGORIES")
        events.append({
            "uid": text(event, "UID"),
            "dtstamp": event.decoded("DTSTAMP").isoformat(),
            "dtstart": moment(event, "DTSTART"),
            "dtend": moment(event, "DTEND"),
            "summary": text(event, "SUMMARY"),
            "description": text(event, "DESCRIPTION"),
            "location": text(event, "LOCATION"),
            "url": text(event, "URL"),
            "categories": [str(c) for c in categories.cats] if categories is not None else [],
            "status": text(event, "STATUS"),
        })
    json.dump({
        "version": text(calendar, "VERSION"),
        "prodid": text(calendar, "PRODID"),
        "calscale": text(calendar, "CALSCALE"),
        "timezones": [text(tz, "TZID") for tz in calendar.walk("VTIMEZONE")],
        "events": events,
    }, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
