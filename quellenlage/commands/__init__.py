"""Subcommands of the `quellenlage` CLI, one module each (see `cli.COMMANDS`)."""
