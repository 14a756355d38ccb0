"""The hall's display board (叫号显示屏): its own window, fed by the queue's status, with a
voice or a chime for each call. Ticket numbers only, never names (DOMAIN.md 2)."""
