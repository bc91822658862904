"""The ``rightsgraph`` command: a thin click layer over the library, one module per area.

:mod:`.query` asks the graph, :mod:`.data` builds the store and puts sources in and out, :mod:`.explore`
draws it, :mod:`.publish` gives it to others; :mod:`.common` holds the group and what the commands share.
Each command parses its options, calls one library function and prints.
"""

from rightsgraph.cli import data, explore, publish, query  # noqa: F401 - importing a module registers its commands
from rightsgraph.cli.common import main

__all__ = ["main"]
