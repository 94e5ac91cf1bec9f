"""The benchmarks' lean HTTP client against a real uvicorn: what it reads is what was sent."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from bench.load_client import LoadClient, LoadClientError


def _app() -> FastAPI:
    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> JSONResponse:
        body = await request.json()
        return JSONResponse(
            {"body": body, "auth": request.headers.get("authorization")}, status_code=201
        )

    @app.get("/chunked")
    async def chunked() -> StreamingResponse:
        async def parts() -> AsyncIterator[bytes]:
            for part in (b'{"a": ', b'"\xe5\xba\x93\xe5\xad\x98", ', b'"n": 3}'):
                yield part

        return StreamingResponse(parts(), media_type="application/json")

    @app.get("/missing")
    async def missing() -> JSONResponse:
        return JSONResponse({"detail": "no"}, status_code=404)

    return app


@pytest.fixture
async def base_url() -> AsyncIterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(_app(), port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn sets a flag, no event to await
        await asyncio.sleep(0.01)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


async def test_many_requests_over_kept_alive_connections_read_back_exactly(base_url: str) -> None:
    async with LoadClient(base_url, {"Authorization": "Bearer t"}, connections=4) as client:
        answers = await asyncio.gather(
            *(client.post("/echo", {"i": i, "text": "仓库 ✓"}) for i in range(40))
        )
        assert [a.status for a in answers] == [201] * 40
        assert sorted(a.json()["body"]["i"] for a in answers) == list(range(40))
        assert {a.json()["auth"] for a in answers} == {"Bearer t"}
        assert {a.json()["body"]["text"] for a in answers} == {"仓库 ✓"}
        assert client._idle.qsize() <= 4  # connections reused, never more than asked

        streamed = await client.get("/chunked")
        assert streamed.json() == {"a": "库存", "n": 3}
        missing = await client.get("/missing")
        assert (missing.status, missing.json()) == (404, {"detail": "no"})


async def test_a_server_that_is_not_there_is_a_load_client_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens
    async with LoadClient(f"http://127.0.0.1:{port}", {}, connections=1) as client:
        with pytest.raises(LoadClientError, match="cannot connect"):
            await client.get("/")
