"""A real Virtuoso (Debian's virtuoso-opensource) for the tests: its own database directory, on 127.0.0.1."""

from __future__ import annotations

import random
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from rightsgraph.store import GraphStore

#: The graph the store's merged default graph is loaded into (Virtuoso's default graph is a union of graphs).
MERGED = "urn:x-rightsgraph:merged"

INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 12000
ThreadsPerQuery = 2
ServerThreads = 10
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {dir}
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def _ephemeral_ports() -> range:
    """The ports the kernel hands out to ``bind(0)`` and outgoing connections."""
    try:
        low, high = map(int, Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    return range(low, high + 1)


def _free_ports(count: int) -> list[int]:
    """Free ports outside the ephemeral range: virtuoso-t binds them a second later, and meanwhile no client
    connection or ``bind(0)`` (of this test process or of another xdist worker) can be given one of them."""
    ephemeral = _ephemeral_ports()
    candidates = [p for p in range(20000, 32768) if p not in ephemeral] or list(range(10000, 20000))
    ports: list[int] = []
    for port in random.sample(candidates, min(200, len(candidates))):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        ports.append(port)
        if len(ports) == count:
            return ports
    raise RuntimeError("no free port for virtuoso-t")


class Virtuoso:
    """Start with :meth:`start`, load a store with :meth:`load`, stop with :meth:`stop`."""

    def __init__(self, directory: Path) -> None:
        binary = shutil.which("virtuoso-t")
        if binary is None:
            raise RuntimeError("virtuoso-t is not installed: `make system-deps` installs Debian's "
                               "virtuoso-opensource-7-bin")
        self.binary, self.dir = binary, directory
        self.sql, self.http = _free_ports(2)
        self.endpoint = f"http://127.0.0.1:{self.http}/sparql"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 90) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "virtuoso.ini").write_text(INI.format(dir=self.dir, sql=self.sql, http=self.http))
        self.proc = subprocess.Popen([self.binary, "+foreground", "+configfile", str(self.dir / "virtuoso.ini")],
                                     cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited: {self._log()}")
            try:
                with urllib.request.urlopen(f"{self.endpoint}?query=ASK%7B%7D", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"virtuoso-t did not answer within {timeout} s: {self._log()}")

    def _log(self) -> str:
        log = self.dir / "virtuoso.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"

    def isql(self, *statements: str) -> str:
        isql = shutil.which("isql-vt") or "isql-vt"
        result = subprocess.run([isql, f"127.0.0.1:{self.sql}", "dba", "dba", "VERBOSE=OFF", "BANNER=OFF",
                                 *(f"exec={s}" for s in statements)], capture_output=True, text=True, timeout=600)
        if result.returncode or "*** Error" in result.stdout:
            raise RuntimeError(f"isql failed: {result.stdout[-2000:]} {result.stderr[-2000:]}")
        return result.stdout

    def load(self, store: GraphStore) -> None:
        """Every named graph of ``store`` as itself, and its merged default graph as :data:`MERGED`."""
        load = self.dir / "load"
        load.mkdir(exist_ok=True)
        with open(load / "graph.nq", "wb") as handle:
            store.dump(handle, ox.RdfFormat.N_QUADS)  # default-graph triples carry no graph name
        self.isql(f"ld_dir('{load}', '*.nq', '{MERGED}')", "rdf_loader_run()", "checkpoint")
        state = self.isql("SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL")
        if not re.search(r"^\s*0\s*$", state, re.M):
            errors = self.isql("SELECT ll_error FROM DB.DBA.LOAD_LIST")
            raise RuntimeError(f"Virtuoso could not load the graph: {errors}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

