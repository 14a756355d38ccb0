"""The visitor queue at the desk: counter, registration, on-site list, queue settings."""
