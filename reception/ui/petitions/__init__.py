"""The petitions (信访) office in the desk: the cases and their deadlines, the intake form
with repeat screening, the opened case record with its steps, conversations and
attachments, leader reception days, monthly statistics and the notices.
`petitions_area.install_petitions(window)` adds what the operator's role may use."""
