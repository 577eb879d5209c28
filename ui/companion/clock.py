"""A clock that counts in the browser: elapsed and remaining time against a slot, a warning
as the end nears and the part of the plan it has reached. The page sends the start time once;
the browser updates the figures every second by itself, so a running clock costs the server
no run at all (a script run happens only when the student types or taps)."""

from __future__ import annotations

import streamlit as st

from interview_coach.conversation.plan import Part

_HTML = """<div class="st-clock" data-level="not_started">
  <div class="st-clock-figures">
    <span class="st-clock-box"><span class="st-clock-name" data-name="elapsed"></span>
      <span class="st-clock-value" data-value="elapsed"></span></span>
    <span class="st-clock-box"><span class="st-clock-name" data-name="remaining"></span>
      <span class="st-clock-value" data-value="remaining"></span></span>
  </div>
  <div class="st-clock-now"></div>
  <div class="st-clock-warning" role="status" aria-live="polite"></div>
</div>"""
_CSS = """
/* Stays in sight while the student scrolls through the questions (below the top bar). */
div[data-testid="stElementContainer"]:has(.st-clock) {
  position: sticky; top: 3.75rem; z-index: 10; background: var(--st-background-color, #fff);
}
/* The companion's plan in large type, to read at arm's length beside a phone call. */
.st-key-companion_plan p, .st-key-companion_plan textarea { font-size: 1.2rem; }
/* Big targets for a thumb: one hand holds the phone, the other may hold the call. */
.st-key-companion :is([data-testid="stButton"], [data-testid="stFormSubmitButton"]) button {
  min-height: 3rem; font-size: 1.1rem; }
.st-clock { font-size: 1.25rem; line-height: 1.3; padding: 0.5rem 0.75rem; border-radius: 0.5rem;
  border: 2px solid rgba(49, 51, 63, 0.25); }
.st-clock-figures { display: flex; gap: 1.5rem; flex-wrap: wrap; }
.st-clock-box { display: flex; flex-direction: column; }
.st-clock-name { font-size: 1rem; }
.st-clock-value { font-size: 2.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.st-clock-now { font-size: 1.1rem; margin-top: 0.25rem; }
.st-clock-warning:empty { display: none; }
.st-clock-warning { font-weight: 700; margin-top: 0.25rem; }
.st-clock[data-level="ending"] { border-color: #b45309; background: #fff7ed; color: #7c2d12; }
.st-clock[data-level="over"] { border-color: #b91c1c; background: #fef2f2; color: #7f1d1d; }
"""
_JS = """
const timers = new WeakMap();

function clockText(seconds) {
  const sign = seconds < 0 ? "-" : "";
  const whole = Math.abs(Math.trunc(seconds));
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

function levelAt(data, elapsed, remaining) {
  if (!data.started_at) return "not_started";
  if (data.finished_at) return "finished";
  if (remaining < 0) return "over";
  return remaining <= data.warn_s ? "ending" : "running";
}

function partAt(parts, elapsed) {
  for (const part of parts) if (elapsed < part.end) return part;
  return parts.length ? parts[parts.length - 1] : null;
}

function draw(root, data) {
  const until = data.finished_at || Date.now();
  const elapsed = data.started_at ? Math.max(Math.floor((until - data.started_at) / 1000), 0) : 0;
  const remaining = data.slot_s - elapsed;
  const level = levelAt(data, elapsed, remaining);
  const words = data.words;
  root.dataset.level = level;
  root.querySelector('[data-name="elapsed"]').textContent = words.elapsed;
  root.querySelector('[data-value="elapsed"]').textContent = clockText(elapsed);
  root.querySelector('[data-name="remaining"]').textContent =
    remaining < 0 ? words.over : words.remaining;
  root.querySelector('[data-value="remaining"]').textContent = clockText(Math.abs(remaining));
  const part = level === "running" || level === "ending" || level === "over"
    ? partAt(data.parts, elapsed) : null;
  root.querySelector(".st-clock-now").textContent = part ? `${words.now} ${part.title}` : "";
  const warning = { ending: words.ending, over: words.over_message, finished: words.finished,
    not_started: words.not_started }[level] || "";
  const box = root.querySelector(".st-clock-warning");
  if (box.textContent !== warning) box.textContent = warning;  // read out only when it changes
  return level;
}

export default function ({ data, parentElement }) {
  const root = parentElement?.querySelector(".st-clock");
  if (!root || !data) return;
  clearInterval(timers.get(root));
  const level = draw(root, data);
  if (level !== "not_started" && level !== "finished") {
    timers.set(root, setInterval(() => draw(root, data), 1000));
  }
  return () => clearInterval(timers.get(root));
}
"""

_component = st.components.v2.component("conversation_clock", html=_HTML, css=_CSS, js=_JS,
                                        isolate_styles=False)


def show(key: str, started_ms: int, finished_ms: int, slot_s: int, warn_s: int,
         parts: list[tuple[str, Part]], words: dict[str, str]) -> None:
    """The clock (0 for started_ms: not started); parts: (title, part) for its "Now:" line."""
    _component(key=key, data={
        "started_at": started_ms, "finished_at": finished_ms, "slot_s": slot_s,
        "warn_s": warn_s, "words": words,
        "parts": [{"title": title, "end": part.starts_at + part.seconds}
                  for title, part in parts],
    })
