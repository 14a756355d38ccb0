"""Alerts in the desk: the banner, the list, the tray notifications and the rules dialog;
`alerts_area.install_alerts(window)` adds them to a main window."""
