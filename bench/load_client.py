"""A lean HTTP/1.1 load generator: keep-alive connections on asyncio streams, the request's
head built once, the answer read by its Content-Length (or chunks).

httpx costs about 5 ms of CPU per request here (h11 and anyio in pure Python): at 170
requests/s the benchmark's own clients took 0.87 of one core of the two the machine has, so
the figure measured the load generator as much as the service. This client does the same
requests for a few tens of µs each. It speaks only what the benchmarks need (JSON bodies,
answers from uvicorn); anything else is an error, never a guess.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


class LoadClientError(Exception):
    """The connection failed or the answer was not HTTP/1.1 as expected."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class LoadClient:
    """At most `connections` requests in flight, each on a kept-alive connection."""

    def __init__(
        self, base_url: str, headers: Mapping[str, str], *, connections: int, timeout: float = 60
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme != "http" or parts.hostname is None:
            raise ValueError(f"only http://host:port is supported, not {base_url}")
        self.host = parts.hostname
        self.port = parts.port or 80
        self.timeout = timeout
        fixed = {"Host": f"{self.host}:{self.port}", **headers}
        self._head = "".join(f"{k}: {v}\r\n" for k, v in fixed.items()).encode()
        self._idle: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self._slots = asyncio.Semaphore(connections)

    async def __aenter__(self) -> LoadClient:
        return self

    async def __aexit__(self, *_: object) -> None:
        while not self._idle.empty():
            _reader, writer = self._idle.get_nowait()
            writer.close()

    async def post(self, path: str, body: Any) -> Answer:
        return await self.request("POST", path, json.dumps(body).encode())

    async def get(self, path: str) -> Answer:
        return await self.request("GET", path, None)

    async def request(self, method: str, path: str, body: bytes | None) -> Answer:
        async with self._slots:
            reader, writer = await self._connection()
            try:
                answer, keep = await asyncio.wait_for(
                    self._exchange(reader, writer, method, path, body), self.timeout
                )
            except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
                writer.close()
                raise LoadClientError(f"{method} {path}: {type(exc).__name__} {exc}") from exc
            except BaseException:
                writer.close()
                raise
            if keep:
                self._idle.put_nowait((reader, writer))
            else:
                writer.close()
            return answer

    async def _connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        while not self._idle.empty():
            reader, writer = self._idle.get_nowait()
            if not writer.is_closing() and not reader.at_eof():
                return reader, writer
            writer.close()
        try:
            return await asyncio.open_connection(self.host, self.port)
        except OSError as exc:
            raise LoadClientError(f"cannot connect to {self.host}:{self.port}: {exc}") from exc

    async def _exchange(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        method: str,
        path: str,
        body: bytes | None,
    ) -> tuple[Answer, bool]:
        head = f"{method} {path} HTTP/1.1\r\n".encode() + self._head
        if body is None:
            writer.write(head + b"\r\n")
        else:
            sizes = f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            writer.write(head + sizes.encode() + body)
        await writer.drain()
        lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        version, _, rest = lines[0].partition(" ")
        if not version.startswith("HTTP/1.") or not rest[:3].isdigit():
            raise LoadClientError(f"not an HTTP/1.1 answer: {lines[0]!r}")
        fields: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name:
                fields[name.strip().lower()] = value.strip()
        if fields.get("transfer-encoding", "").lower() == "chunked":
            content = await _chunks(reader)
        else:
            content = await reader.readexactly(int(fields.get("content-length", "0")))
        keep = fields.get("connection", "").lower() != "close"
        return Answer(int(rest[:3]), content), keep


async def _chunks(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")  # no trailers from uvicorn: the empty line
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)
