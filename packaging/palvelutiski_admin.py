"""Entry point of the bundled administration command (``palvelutiski-admin``, a console program)."""

import multiprocessing
import sys

from desktop.cli.admin import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # demo-data's generator processes start this executable again
    sys.exit(main())
