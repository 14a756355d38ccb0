"""The command line's subcommands. Each calls the same services as the desk."""
