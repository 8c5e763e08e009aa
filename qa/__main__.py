"""`python -m qa` runs the `qa-index` command line."""

import sys

from qa.cli import main

sys.exit(main())
