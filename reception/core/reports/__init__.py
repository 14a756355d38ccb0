"""Reports of the office's work: the daily report (接待工作日报), its figures in daily.py and
its sentences in prose.py; both Qt-free. The prints are in reception.printing."""
