"""Run the command line: python -m dialogkarta."""

from dialogkarta.cli import main

raise SystemExit(main())
