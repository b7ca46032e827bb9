"""A small HTTP/1.1 load generator for `benchmarks/http.py`: keep-alive connections on loopback,
a fixed number of clients each sending its next request when the last one has been answered
(a closed loop, so the server is never asked more than it can take), for a fixed time.

It is written on asyncio's streams rather than taken from a package so that one process, on one
core, can keep sixteen clients busy without threads, and so that both servers are measured by
exactly the same client.
"""

import asyncio
import contextlib
import time
from dataclasses import dataclass, field


class ProtocolError(Exception):
    pass


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key == name), None)

    def all_headers(self, name: str) -> list[str]:
        name = name.lower()
        return [value for key, value in self.headers if key == name]


class Connection:
    """One keep-alive connection to 127.0.0.1:port, reopened when the server closes it."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def request(
        self, method: str, path: str, headers: dict[str, str], body: bytes = b""
    ) -> Response:
        for attempt in (1, 2):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}"]
            lines += [f"{name}: {value}" for name, value in headers.items()]
            if body or method == "POST":
                lines.append(f"Content-Length: {len(body)}")
            self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
            try:
                await self.writer.drain()
                return await self._read_response(method)
            except (ConnectionError, asyncio.IncompleteReadError, ProtocolError):
                # A kept-alive connection the server has just closed: open a new one once.
                await self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def _read_response(self, method: str) -> Response:
        assert self.reader is not None
        status_line = await self.reader.readline()
        if not status_line:
            raise ProtocolError("connection closed")
        parts = status_line.decode("latin-1").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
            raise ProtocolError(f"not an HTTP response: {status_line!r}")
        status = int(parts[1])
        headers = []
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers.append((name.strip().lower(), value.strip()))
        response = Response(status, headers, b"")
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return response
        length = response.header("content-length")
        if response.header("transfer-encoding") == "chunked":
            response.body = await self._read_chunks()
        elif length is not None:
            response.body = await self.reader.readexactly(int(length))
        else:
            response.body = await self.reader.read()
            await self.close()
        if (response.header("connection") or "").lower() == "close":
            await self.close()
        return response

    async def _read_chunks(self) -> bytes:
        assert self.reader is not None
        chunks = []
        while True:
            size = int((await self.reader.readline()).split(b";")[0].strip(), 16)
            if size == 0:
                while (await self.reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            chunks.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)


@dataclass
class LoadResult:
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str = ""


async def _client(
    port: int,
    paths: "PathCycle",
    headers: dict[str, str],
    start_counting: float,
    stop: float,
    result: LoadResult,
) -> None:
    connection = Connection(port)
    try:
        while True:
            started = time.perf_counter()
            if started >= stop:
                return
            try:
                response = await connection.request("GET", paths.next(), headers)
                failed = "" if response.status == 200 else f"status {response.status}"
            except (OSError, ProtocolError, asyncio.IncompleteReadError) as error:
                failed = f"{type(error).__name__}: {error}"
                await connection.close()
            finished = time.perf_counter()
            if started < start_counting or finished > stop:
                continue
            if failed:
                result.errors += 1
                result.first_error = result.first_error or failed
            else:
                result.latencies_ms.append((finished - started) * 1000)
    finally:
        await connection.close()


class PathCycle:
    """The addresses asked for, in turn across all clients: one address asks for the same page
    again and again; many (searches for different words, say) ask what a crowd would."""

    def __init__(self, paths: list[str]):
        self.paths = paths
        self.turn = 0

    def next(self) -> str:
        path = self.paths[self.turn % len(self.paths)]
        self.turn += 1
        return path


async def _load(
    port: int,
    paths: list[str],
    headers: dict[str, str],
    clients: int,
    warm_up: float,
    seconds: float,
) -> LoadResult:
    now = time.perf_counter()
    start_counting = now + warm_up
    stop = start_counting + seconds
    result = LoadResult(seconds)
    cycle = PathCycle(paths)
    await asyncio.gather(
        *(_client(port, cycle, headers, start_counting, stop, result) for _ in range(clients))
    )
    return result


def run_load(
    port: int,
    paths: list[str],
    *,
    headers: dict[str, str],
    clients: int,
    warm_up: float,
    seconds: float,
) -> LoadResult:
    """`clients` connections asking for `paths` in turn, one request after another, for
    `warm_up` seconds, not counted, then for `seconds`, counted: requests finished inside the
    counted window."""
    return asyncio.run(_load(port, paths, headers, clients, warm_up, seconds))


def fetch(
    port: int, method: str, path: str, headers: dict[str, str], body: bytes = b""
) -> Response:
    """One request on a connection of its own (for signing in before the load)."""

    async def once() -> Response:
        connection = Connection(port)
        try:
            return await connection.request(method, path, headers, body)
        finally:
            await connection.close()

    return asyncio.run(once())
