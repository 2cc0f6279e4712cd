"""Entry point of the bundled desk (PyInstaller, packaging/palvelutiski.spec): ``palvelutiski`` as installed."""

import multiprocessing
import sys

from desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # demo-data's generator processes start this executable again
    sys.exit(main())
