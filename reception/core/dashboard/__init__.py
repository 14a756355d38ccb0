"""The dashboard (总览): the day's figures of every area, and the series its charts draw.
figures.read_dashboard for the figures, trends for the charts; both Qt-free and read-only."""
