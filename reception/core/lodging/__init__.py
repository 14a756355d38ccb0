"""Guest accommodation: guesthouse rooms, delegations and their guests, stays (DOMAIN.md 4, 5)."""
