"""The office's domain, free of Qt: the desk, the command line and the tests share it."""
