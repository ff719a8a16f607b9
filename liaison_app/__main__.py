"""`python -m liaison_app` runs the `liaison` command."""

import sys

from liaison_app.cli.main import main

sys.exit(main())
