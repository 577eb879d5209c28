"""One simulated student's browser tab, without a browser: Streamlit's own WebSocket protocol.

What the browser does, with the protobufs shipped in the `streamlit` package (aiohttp for HTTP
and the WebSocket, asyncio):
- GET the page and the health check first (the server sets its XSRF cookie, a balancer its
  sticky cookie), then open `/_stcore/stream` with the cookies and the subprotocols
  "streamlit, <XSRF token>".
- A click is a `rerun_script` BackMsg: the current page's hash (or the page navigated to), the
  widget states the tab holds (a button's press as a trigger), and the fragment it is in.
- Read ForwardMsgs until `script_finished` ends the run: `new_session` and `navigation` (page
  titles -> hashes), `delta` (elements, with their widget ids and labels), `file_urls_response`.
- A file goes up as the browser sends it: `file_urls_request`, an HTTP PUT of the file to the
  URL the server returns, then the uploader's widget state with the file's id, name and size.
- Messages the server marks cacheable are kept and their hashes reported, as the browser does,
  so the server may send only a reference next time.
- Custom components get no answers by themselves; `answer_component` sends one.
"""

from __future__ import annotations

import json
import socket
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import aiohttp
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from yarl import URL

XSRF_COOKIE = "_streamlit_xsrf"
MAIN, SIDEBAR = 0, 1  # the first number of a delta's path: which part of the page
FINAL = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
         ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}
TEXT_FIELDS = ("markdown", "heading", "alert", "text", "toast", "code")


class ProtocolError(Exception):
    """The server did something a browser would show as broken: a closed socket, a missing
    widget, an HTTP error, no end of a run in time."""


@dataclass
class Widget:
    """A widget (or stateful expander / tabs) as a delta drew it."""

    id: str
    kind: str  # the Element field ("checkbox", "button", ...) or "expander" / "tabs"
    label: str
    where: int  # MAIN or SIDEBAR
    fragment_id: str
    proto: Any


@dataclass
class Run:
    """What one script run sent."""

    status: int | None = None
    seconds: float = 0.0
    widgets: list[Widget] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    element_kinds: dict[str, int] = field(default_factory=dict)
    messages: int = 0
    received: dict[str, int] = field(default_factory=dict)  # message kind -> count

    def text(self) -> str:
        return "\n".join(self.texts)

    def find(self, kind: str, label_has: str = "", where: int | None = MAIN) -> list[Widget]:
        return [w for w in self.widgets if w.kind == kind and label_has in w.label
                and (where is None or w.where == where)]

    def one(self, kind: str, label_has: str = "", where: int | None = MAIN) -> Widget:
        found = self.find(kind, label_has, where)
        if not found:
            raise ProtocolError(f"no {kind} labelled {label_has!r} in the run")
        return found[0]


def _block_widget(block: Any, where: int, fragment_id: str) -> Widget | None:
    kind = block.WhichOneof("type")
    if kind == "expandable" and block.expandable.id:
        return Widget(block.expandable.id, "expander", block.expandable.label, where,
                      fragment_id, block.expandable)
    if kind == "tab_container" and block.tab_container.id:
        return Widget(block.tab_container.id, "tabs", "", where, fragment_id, block.tab_container)
    return None


class Tab:
    """A browser tab on one Streamlit app: its own cookies, session and widget states."""

    def __init__(self, base_url: str, timeout_s: float = 20.0,
                 cookies: dict[str, str] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.cookies = cookies or {}  # what the browser already holds, e.g. a sticky cookie
        self.timeout_s = timeout_s
        self.http: aiohttp.ClientSession | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self._socket: socket.socket | None = None
        self.session_id = ""
        self.page_hash = ""
        self.pages: dict[str, str] = {}  # navigation title -> page script hash
        self.values: dict[str, WidgetState] = {}  # what the tab sends on every rerun
        self.cache: dict[str, ForwardMsg] = {}
        self.last_run = Run()

    async def open(self, path: str = "") -> Run:
        """Load the page, connect and wait for the first run."""
        # unsafe: keep cookies for an IP address (127.0.0.1) too, as a browser does
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.http.cookie_jar.update_cookies(self.cookies, URL(self.base_url))
        async with self.http.get(f"{self.base_url}/{path}") as response:
            if response.status != 200:
                raise ProtocolError(f"GET /{path}: HTTP {response.status}")
            await response.read()
        # the page's script asks for the health check before connecting; it sets the XSRF cookie
        async with self.http.get(f"{self.base_url}/_stcore/health") as response:
            if response.status != 200:
                raise ProtocolError(f"health check: HTTP {response.status}")
            await response.read()
        xsrf = self._cookie(XSRF_COOKIE)
        ws_url = "ws" + self.base_url.removeprefix("http") + "/_stcore/stream"
        self.ws = await self.http.ws_connect(ws_url, protocols=("streamlit", xsrf or "unset"),
                                             max_msg_size=0, heartbeat=None)
        self._socket = self.ws.get_extra_info("socket")
        return await self.rerun(page_name=path)

    def _cookie(self, name: str) -> str | None:
        assert self.http is not None
        host = urlparse(self.base_url).hostname
        for cookie in self.http.cookie_jar:
            if cookie.key == name and cookie["domain"] in ("", host):
                return cookie.value
        return None

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.http is not None:
            await self.http.close()

    # ------------------------------------------------------------------------- clicks

    async def go(self, title: str) -> Run:
        """Click a navigation link."""
        if title not in self.pages:
            raise ProtocolError(f"no page titled {title!r} in the navigation")
        return await self.rerun(page_hash=self.pages[title])

    async def tick(self, widget: Widget, value: bool = True) -> Run:
        state = WidgetState(id=widget.id, bool_value=value)
        self.values[widget.id] = state
        return await self.rerun(fragment_id=widget.fragment_id)

    async def choose_tab(self, tabs: Widget, label: str) -> Run:
        self.values[tabs.id] = WidgetState(id=tabs.id, string_value=label)
        return await self.rerun(fragment_id=tabs.fragment_id)

    async def press(self, button: Widget) -> Run:
        return await self.rerun(fragment_id=button.fragment_id,
                                triggers=[WidgetState(id=button.id, trigger_value=True)])

    async def answer_component(self, component_id: str, event: str, value: Any,
                               fragment_id: str = "") -> Run:
        """What a v2 custom component's setTriggerValue(event, value) sends."""
        trigger = WidgetState(id=f"$$STREAMLIT_INTERNAL_KEY_{component_id}__events",
                              json_trigger_value=json.dumps([{"event": event, "value": value}]))
        return await self.rerun(fragment_id=fragment_id, triggers=[trigger])

    async def upload(self, uploader: Widget, name: str, data: bytes,
                     content_type: str = "text/csv") -> Run:
        """Ask for an upload URL, PUT the file there, then rerun with the uploader's state."""
        request_id = uuid.uuid4().hex
        msg = BackMsg()
        msg.file_urls_request.request_id = request_id
        msg.file_urls_request.file_names.append(name)
        msg.file_urls_request.session_id = self.session_id
        await self._send(msg)
        urls = await self._file_urls(request_id)
        form = aiohttp.FormData()
        form.add_field("UploadedFile", data, filename=name, content_type=content_type)
        headers = {"X-Xsrftoken": self._cookie(XSRF_COOKIE) or ""}
        assert self.http is not None
        async with self.http.put(self._absolute(urls.upload_url), data=form,
                                 headers=headers) as response:
            if response.status >= 300:
                raise ProtocolError(f"upload PUT: HTTP {response.status}")
        state = WidgetState(id=uploader.id)
        info = state.file_uploader_state_value.uploaded_file_info.add()
        info.file_id, info.name, info.size = urls.file_id, name, len(data)
        info.file_urls.CopyFrom(urls)
        self.values[uploader.id] = state
        return await self.rerun(fragment_id=uploader.fragment_id)

    def _absolute(self, url: str) -> str:
        return url if url.startswith("http") else f"{self.base_url}/{url.lstrip('/')}"

    async def _file_urls(self, request_id: str) -> Any:
        deadline = time.monotonic() + self.timeout_s
        while True:
            msg = await self._receive(deadline)
            if msg.WhichOneof("type") == "file_urls_response":
                response = msg.file_urls_response
                if response.response_id != request_id:
                    continue
                if response.error_msg or not response.file_urls:
                    raise ProtocolError(f"no upload URL: {response.error_msg}")
                return response.file_urls[0]

    # ------------------------------------------------------------------------- runs

    async def rerun(self, page_hash: str | None = None, page_name: str = "",
                    fragment_id: str = "", triggers: list[WidgetState] = ()) -> Run:
        msg = BackMsg()
        client = msg.rerun_script
        client.page_script_hash = self.page_hash if page_hash is None else page_hash
        client.page_name = page_name
        if fragment_id:
            client.fragment_id = fragment_id
        for state in [*self.values.values(), *triggers]:
            client.widget_states.widgets.append(state)
        client.cached_message_hashes.extend(self.cache)
        client.context_info.timezone = "UTC"
        client.context_info.locale = "en-US"
        client.context_info.url = f"{self.base_url}/{page_name}"
        started = time.perf_counter()
        await self._send(msg)
        run = await self._read_run(fragment_id)
        run.seconds = time.perf_counter() - started
        self.last_run = run
        return run

    async def _send(self, msg: BackMsg) -> None:
        if self.ws is None or self.ws.closed:
            raise ProtocolError("the WebSocket is closed")
        await self.ws.send_bytes(msg.SerializeToString())

    async def _receive(self, deadline: float) -> ForwardMsg:
        assert self.ws is not None
        left = deadline - time.monotonic()
        if left <= 0:
            raise ProtocolError(f"no end of the run within {self.timeout_s:.0f} s")
        try:
            frame = await self.ws.receive(timeout=left)
        except TimeoutError:
            raise ProtocolError(f"no end of the run within {self.timeout_s:.0f} s") from None
        if self._socket is not None:
            # Acknowledge at once, as Chromium's traces show: Linux's 40 ms delayed ACK would
            # otherwise hold the server's next small frame and add 40 ms to every click.
            self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        if frame.type != aiohttp.WSMsgType.BINARY:
            raise ProtocolError(f"WebSocket {frame.type.name} (code {self.ws.close_code})")
        msg = ForwardMsg()
        msg.ParseFromString(frame.data)
        if msg.WhichOneof("type") == "ref_hash":
            if msg.ref_hash not in self.cache:
                raise ProtocolError("a reference to a message never received")
            cached = ForwardMsg()
            cached.CopyFrom(self.cache[msg.ref_hash])
            cached.metadata.CopyFrom(msg.metadata)
            return cached
        if msg.metadata.cacheable and msg.hash:
            self.cache[msg.hash] = msg
        return msg

    async def _read_run(self, fragment_id: str) -> Run:
        run = Run()
        seen: set[str] = set()
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                msg = await self._receive(deadline)
            except ProtocolError as err:  # say how far the run got
                got = ", ".join(f"{k} x{n}" for k, n in run.received.items()) or "nothing"
                raise ProtocolError(f"{err} (the run sent: {got})") from None
            run.messages += 1
            kind = msg.WhichOneof("type")
            run.received[kind] = run.received.get(kind, 0) + 1
            if kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
                self.page_hash = msg.new_session.page_script_hash
                # a rerun the server started: count anew
                run, seen = Run(messages=1, received={"new_session": 1}), set()
            elif kind == "navigation":
                self.page_hash = msg.navigation.page_script_hash or self.page_hash
                self.pages = {p.page_name: p.page_script_hash for p in msg.navigation.app_pages}
            elif kind == "delta":
                self._read_delta(msg, run, seen)
            elif kind == "script_finished" and msg.script_finished in FINAL:
                run.status = msg.script_finished
                if msg.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY and not fragment_id:
                    # as the browser does: forget widgets the full run did not draw
                    self.values = {k: v for k, v in self.values.items() if k in seen}
                return run

    def _read_delta(self, msg: ForwardMsg, run: Run, seen: set[str]) -> None:
        delta = msg.delta
        where = msg.metadata.delta_path[0] if msg.metadata.delta_path else MAIN
        kind = delta.WhichOneof("type")
        if kind == "add_block":
            widget = _block_widget(delta.add_block, where, delta.fragment_id)
            if widget:
                run.widgets.append(widget)
                seen.add(widget.id)
            if delta.add_block.WhichOneof("type") == "tab":
                run.texts.append(delta.add_block.tab.label)
            return
        if kind != "new_element":
            return
        element = delta.new_element
        name = element.WhichOneof("type")
        run.element_kinds[name] = run.element_kinds.get(name, 0) + 1
        if name == "exception":
            run.exceptions.append(f"{element.exception.type}: {element.exception.message}"[:300])
            return
        if name in TEXT_FIELDS:
            run.texts.append(getattr(element, name).body)
            return
        proto = getattr(element, name)
        widget_id = getattr(proto, "id", "") if proto.DESCRIPTOR.fields_by_name.get("id") else ""
        if widget_id:
            label = getattr(proto, "label", "") if "label" in proto.DESCRIPTOR.fields_by_name \
                else getattr(proto, "component_name", "")
            run.widgets.append(Widget(widget_id, name, label, where, delta.fragment_id, proto))
            seen.add(widget_id)
