"""Precedence and seating (排名、座次): the one precedence order of officials and guests,
and the seating charts derived from it (DOMAIN.md sections 4 and 5). Pure seating rules
live in `seating`; the services take a session and the acting operator and never commit."""
