"""The guesthouse at the desk: room chart, delegations and rooms."""
