"""The office's reports at the desk: the daily and monthly reports, printed or saved."""
