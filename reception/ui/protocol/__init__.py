"""Precedence and seating (排名、座次) in the desk: the officials in the one precedence
order (drag to reorder within a rank), seating events with their charts drawn as the room
is, swaps that break precedence confirmed with a reason, and the prints of charts and name
cards. `protocol_area.install_protocol(window)` adds what the operator's role may use."""
