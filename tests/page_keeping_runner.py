"""AppTest's script runner, made to keep the page across a run of only some fragments."""

from streamlit.runtime.scriptrunner import ScriptRunnerEvent
from streamlit.testing.v1.element_tree import parse_tree_from_messages
from streamlit.testing.v1.local_script_runner import LocalScriptRunner


class PageKeepingRunner(LocalScriptRunner):
    """AppTest draws its page from one run's messages alone, so after a run of only some
    fragments (a callback's st.rerun(["key"])) it shows nothing but those fragments. A browser
    puts their elements in place on the page it has: so does this, from the session's last
    page (tests/test_fragment_runs.py checks that AppTest still needs it)."""

    pages: dict[int, list] = {}  # id(an AppTest's fragments) -> the messages of its last page
    fragments_run: dict[int, list[str]] = {}  # ... -> the fragments its last run ran alone

    def run(self, *args, **kwargs):
        tree = super().run(*args, **kwargs)
        starts = [data for event, data in zip(self.events, self.event_data, strict=True)
                  if event == ScriptRunnerEvent.SCRIPT_STARTED]
        messages = list(self.forward_msgs())
        fragments = list(starts[-1].get("fragment_ids_this_run") or []) if starts else []
        self.fragments_run[id(self._fragment_storage)] = fragments
        if fragments:
            messages = _redrawn(self.pages.get(id(self._fragment_storage), []), messages)
            tree = _in_order(parse_tree_from_messages(messages))
        self.pages[id(self._fragment_storage)] = messages
        return tree


def _path(message) -> tuple[int, ...]:
    return tuple(message.metadata.delta_path)


def _redrawn(page: list, fragment_run: list) -> list:
    """The page's messages with the redrawn fragments' parts replaced by their new ones."""
    paths = [_path(m) for m in fragment_run if m.HasField("delta")]
    roots = [p for p in paths if not any(len(q) < len(p) and p[:len(q)] == q for q in paths)]
    kept = [m for m in page if not any(_path(m)[:len(r)] == r for r in roots)]
    return kept + fragment_run


def _in_order(node):
    """Children in the order of their place on the page (a redrawn part was parsed last)."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        node.children = {index: _in_order(children[index]) for index in sorted(children)}
    return node
