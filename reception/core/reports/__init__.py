"""Reports of the office's work, Qt-free: the daily report (接待工作日报: daily.py, prose.py,
content.py) and the monthly report (接待工作月报: monthly.py, monthly_prose.py,
monthly_content.py), sharing their period (period.py), notable events (events.py) and
words (words.py). The prints are in reception.printing."""
