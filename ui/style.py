"""Page-wide CSS: a calm reading width, and projector mode for the back row. No student text."""

import streamlit as st

BASE_CSS = """
[data-testid="stMainBlockContainer"] { max-width: 1180px; padding-top: 2.5rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { line-height: 1.6; }
/* Streamlit fades captions to 60% opacity (3.3:1); keep them at 4.5:1 or better. */
[data-testid="stCaptionContainer"] { color: #374151; opacity: 1; }
/* A checklist item's or a question's label is what the student reads: body size, not the
   smaller size of a widget's label. */
[class*="st-key-_w_done_"] [data-testid="stMarkdownContainer"] p,
[class*="st-key-_w_pick_"] [data-testid="stMarkdownContainer"] p { font-size: 1rem; }
/* Long labels (questions, checklist items, metric names) wrap instead of ending in "…". */
[data-testid="stCheckbox"] [data-testid="stMarkdownContainer"],
[data-testid="stCheckbox"] [data-testid="stMarkdownContainer"] p {
  white-space: normal; overflow: visible; text-overflow: clip;
}
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"],
[data-testid="stMetricLabel"] p { white-space: normal; overflow: visible; text-overflow: clip; }
/* A checklist item's label is plain text (screen readers read it as typed): name, then why. */
[class*="st-key-_w_done_"] [data-testid="stMarkdownContainer"] p:first-child { font-weight: 600; }
/* A person's card on the People page: their name (as typed, so no Markdown bold) stands out. */
[class*="st-key-person_card_"] [data-testid="stMarkdownContainer"] p:first-child {
  font-weight: 700; font-size: 1.1rem; margin-bottom: 0.1rem; }
[class*="st-key-_w_done_"] [data-testid="stMarkdownContainer"] p { margin-bottom: 0.15rem; }
/* A checklist item's link and note sit under its text: a quiet row until the note is opened,
   not a box after every item. */
[class*="st-key-_w_note_open_"] { padding-left: 1.5rem; margin-top: -0.75rem; }
.st-key-checklist_items [data-testid="stElementContainer"]:has([data-testid="stPageLink"]) {
  padding-left: 1rem; margin-top: -0.75rem;  /* a page link has its own 0.5rem inset */
}
[class*="st-key-_w_note_open_"] details:not([open]) { border-color: transparent; }
[class*="st-key-_w_note_open_"] details:not([open]) summary { padding: 0.25rem 0; }
[class*="st-key-_w_note_open_"] details:not([open]) summary,
[class*="st-key-_w_note_open_"] details:not([open]) summary p { color: #1e40af; font-size: 0.9rem; }
@media (max-width: 640px) {
  /* Columns stack on a phone; a "large" gap between them would leave a blank stretch. */
  [data-testid="stHorizontalBlock"] { row-gap: 1rem; }
  /* The referral tree keeps its drawn size (readable names) and scrolls sideways in its own
     box, rather than shrinking to the phone's width (6 px text). */
  [data-testid="stGraphVizChart"] { overflow-x: auto; }
  [data-testid="stGraphVizChart"] svg { max-width: none; }
  /* The People page's six tabs wrap onto a second line rather than hiding the last ones behind
     a scroll arrow ("Referral tre›"). */
  .st-key-people_tabs [role="tablist"] { flex-wrap: wrap; row-gap: 0.25rem; }
  /* Fields set side by side (writing help) take a line each: half a phone cut typical entries
     short ("Business Administrat…"). Columns are not affected: their children are stColumn. */
  [data-testid="stHorizontalBlock"] > [data-testid="stElementContainer"]:has(input, textarea) {
    flex: 1 1 100% !important; min-width: 100% !important;
  }
  /* Two headline numbers fit side by side even at 360 px ("14 of 16", not "14 of…"). */
  [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
  [data-testid="stMetricValue"] p { font-size: 1.75rem; }
  /* Main links and answers are easy to tap: 44 px tall, not 24. */
  [data-testid="stPageLink-NavLink"] { min-height: 44px; }
  [role="radiogroup"] label { padding-block: 0.6rem; }
  /* The log's four headline cards sit two by two, not in a column of four. */
  /* The People page's five numbers: three, then two, to a row, small, so the cards show. */
  .st-key-log_headline { flex-wrap: wrap; gap: 0.4rem !important; }
  .st-key-log_headline [data-testid="stMetric"] { padding: 0.35rem 0.5rem; }
  .st-key-log_headline > div { flex: 1 1 calc(33% - 0.4rem) !important; min-width: 6.5rem; }
  .st-key-log_headline [data-testid="stMetricValue"] { font-size: 1.3rem; }
  .st-key-log_headline [data-testid="stMetricLabel"] p {
    font-size: 0.8rem; overflow-wrap: normal; word-break: normal; hyphens: auto; }
}
@media (max-width: 767px) {
  /* Here the pages are listed in the sidebar, opened by a bare "»": say what it opens. */
  [data-testid="stExpandSidebarButton"]::after {
    content: "Menu"; margin-left: 0.3rem; font-size: 1rem; font-weight: 600; color: #1f2937;
  }
}
/* A page's sections are h2 and their parts h3, so headings never skip a level for a screen
   reader; h2 keeps the size of the h3 most sections used to be, h3 one step smaller. */
[data-testid="stMain"] h2 { font-size: 1.75rem; }
[data-testid="stMain"] h3 { font-size: 1.4rem; }
/* Heading icons are drawn here, with empty alternative text ("/ ''"), so a screen reader hears
   "What to do", not "check_circle icon What to do" as for an icon written in the heading. */
.st-key-yes_list h2::before, .st-key-no_list h2::before, .st-key-do_list h2::before,
.st-key-avoid_list h2::before {
  font-family: "Material Symbols Rounded"; font-weight: 400; font-size: 1.1em;
  vertical-align: -0.18em; margin-right: 0.3em; font-feature-settings: "liga";
}
.st-key-yes_list h2::before, .st-key-do_list h2::before { content: "check_circle" / ""; }
.st-key-no_list h2::before { content: "cancel" / ""; }
.st-key-avoid_list h2::before { content: "block" / ""; }
/* Headings written in Markdown get a "Link to heading" anchor: a tab stop and a link read out
   for nothing, as the headings drawn with anchor=False have none. */
[data-testid="stMarkdownContainer"] [data-testid="stHeaderActionElements"] { display: none; }
/* "Don't wait" shows only when the wait for the browser's saved work is long (it is usually a
   fraction of a second): not a button that flashes past on every reload. */
.st-key-_skip_store_wait_button { visibility: hidden; animation: show-after-wait 0s 3s forwards; }
@keyframes show-after-wait { to { visibility: visible; } }
/* The keyboard's place always shows: a ring of 3:1 or more (Streamlit's own are about 1.5:1
   on the top navigation and 2.6:1 on buttons). */
:is(a, button, summary, [role="tab"], [tabindex="0"]):focus-visible {
  outline: 2px solid #1e40af !important; outline-offset: 2px;
}
/* A table's toolbar floats just above it: the element before a table leaves it room. */
[data-testid="stElementContainer"]:has(+ [data-testid="stElementContainer"]
                                      [data-testid="stDataFrame"]) {
  margin-bottom: 1.75rem;
}
/* Fields set side by side (writing help) are never narrower than a typical entry: in a narrow
   column they take a line each ("Peterborough Regional Health…" showed as "Peterborough Re"). */
[data-testid="stHorizontalBlock"] > [data-testid="stElementContainer"]:has(input, textarea) {
  min-width: min(100%, 18rem);
}
/* A page link's words wrap rather than being cut off mid-word. */
[data-testid="stPageLink-NavLink"] [data-testid="stMarkdownContainer"] p { white-space: normal; }
/* "Press Enter to apply" means nothing on a touch screen, and there it covers the typed text. */
@media (pointer: coarse) { [data-testid="InputInstructions"] { display: none; } }
/* Category pills wrap onto a second line rather than scrolling sideways. */
[data-testid="stButtonGroup"] > div { flex-wrap: wrap; overflow-x: visible; row-gap: 0.4rem; }
/* The Join screen's address: large enough to read and type from the back of a room. */
.st-key-join_address code, .st-key-join_address pre {
  font-size: clamp(1.6rem, 3.2vw, 3.2rem) !important; line-height: 1.3; white-space: pre-wrap;
  word-break: break-all;
}
"""

# 20 px paragraphs and larger headings; wide content area, but never wider than the screen.
PROJECTOR_CSS = """
/* Text grows with the screen: 20 px on a 1280-wide projector, 25 px at 1920 wide. */
:root { --projector-text: clamp(20px, 1.3vw, 28px); }
html { font-size: var(--projector-text); }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 2rem 3rem 4rem; }
.stApp p, .stApp li, .stApp label, .stApp [data-testid="stMarkdownContainer"] {
  font-size: var(--projector-text) !important; line-height: 1.55;
}
.stApp h1 { font-size: 2.6rem !important; }
.stApp h2 { font-size: 2.0rem !important; }
.stApp h3 { font-size: 1.6rem !important; }
.stApp [data-testid="stCaptionContainer"], .stApp [data-testid="stCaptionContainer"] p {
  font-size: var(--projector-text) !important; color: #1f2937 !important;
}
.stApp, .stApp [data-testid="stMain"] { overflow-x: hidden; }
.stApp [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
.stApp [data-testid="stMetricValue"] p { font-size: 3rem !important; line-height: 1.2; }
[data-testid="stMetricLabel"] p { font-size: calc(var(--projector-text) * 1.1) !important; }
/* A headline number is never cut to "14 …": it wraps instead. */
.stApp [data-testid="stMetricValue"], .stApp [data-testid="stMetricValue"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
"""

# One guide page per screen: no sidebar, the page from the top, a bar of big links at the foot.
PRESENTER_CSS = """
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapseButton"] {
  display: none !important;
}
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 4.2rem 4rem 7rem; }
/* A quiz under way: the question and its feedback need the room more than the page title. */
[data-testid="stMain"]:has(.st-key-quiz_underway) h1 {
  font-size: 1.5rem !important; padding: 0 !important;
}
.st-key-presenter_bar {
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 999990; background: #ffffff;
  border-top: 2px solid #cbd5e1; padding: 0.5rem 2rem; justify-content: space-between;
}
.st-key-presenter_bar [data-testid="stPageLink-NavLink"] {
  border: 2px solid #1e40af; border-radius: 0.5rem; padding: 0.4rem 1rem; min-height: 3rem;
}
.st-key-presenter_bar [data-testid="stPageLink-NavLink"] p {
  font-size: calc(var(--projector-text) * 1.1) !important; font-weight: 600; color: #1e40af;
}
"""


def apply(projector: bool, presenter: bool = False) -> None:
    """The page's CSS; presenter mode brings projector-sized text with it."""
    extra = (PROJECTOR_CSS if projector or presenter else "") + (PRESENTER_CSS if presenter
                                                                 else "")
    st.html(f"<style>{BASE_CSS}{extra}</style>")


