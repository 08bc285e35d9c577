"""`python -m revmentor_desktop`: the same entry point as the `revmentor` command."""

import sys

from revmentor_desktop.cli import main

sys.exit(main())
