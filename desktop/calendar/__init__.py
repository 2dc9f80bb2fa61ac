"""The Calendar view: owners' follow-ups on a month grid and the reminder popups."""
