"""Run a coroutine to its end from a test, even while Playwright's sync API (the browser tests'
session fixture) holds an event loop running in the main thread: asyncio.run would refuse."""

import asyncio
from concurrent.futures import ThreadPoolExecutor


def run_async(coroutine):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
