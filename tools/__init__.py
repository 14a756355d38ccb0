"""Developer tools run from the Makefile (`make ui`, `make i18n`); not part of the desk."""
