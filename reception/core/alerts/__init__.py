"""Alerts (提醒): raised from the data by rules the administrator switches on and tunes
(rules.py), read by every desk alike (raised.current_alerts), acknowledged by name and kept
in the audit (acknowledge.py). Qt-free; the desk shows them in reception.ui.alerts."""
