"""The saved chats in the browser's local storage: plain JSON under one key, shared by every tab of the app, with the
chats deleted recorded beside them (tombstones) so that no tab's write brings one back.

The page's code is JavaScript run by Gradio's `js=` events (`wire`): the list is read when the page loads (`LOAD_JS`),
each change of it is written merged with what other tabs stored meanwhile (`WRITE_JS`), and a write by another tab (the
browser's `storage` event) refreshes the list of this one (`REFRESH_JS`). A chat is told by its messages, one hash a
message (`key`); a tombstone keeps the key of the chat deleted and the time, so a chat that is that chat or an earlier
state of it (of a state undone, that chat only) is dropped from a tab's list unless that tab showed it since (asked anew
after the deletion), while a chat continued past the deleted state (a question asked in it after the deletion, in
another tab) is newer work and kept. The questions each tab waits for the answer of are kept beside them too
(`ASKING_KEY`), so another tab showing such a chat tells the answer is on its way rather than that none came
(`told_js`), and each tab holds a Web Lock while its page lives, so a tab that crashed or was killed is known gone at
once (`ASKING_LOCK`).
"""

from __future__ import annotations

import json
from typing import Any

import gradio as gr
from gradio.context import get_blocks_context

# Plain JSON under one key for every run of the app (Gradio's BrowserState encrypts them with a secret made anew at each
# start, so a restart lost them all).
STORAGE_KEY = "article-qa:saved-chats"
# A stored value that is not a list of chats is kept under its own key (`UNREADABLE_KEY` and the time) before the
# next write replaces it, and a write the browser refuses (storage full) is told to the user: nothing goes silently.
UNREADABLE_KEY = f"{STORAGE_KEY}:unreadable"
# The chats deleted: [{"key": one hash a message joined by ".", "at": ms since the epoch}], the newest
# `KEEP_DELETED` of the last `KEEP_DELETED_DAYS` days (a tab keeps a stale copy only while it stays open unrefreshed).
DELETED_KEY = f"{STORAGE_KEY}:deleted"
KEEP_DELETED, KEEP_DELETED_DAYS = 200, 30
REFRESH_ID = "qa-saved-refresh"  # the hidden button another tab's write clicks
# The questions a tab's page waits for the answer of: [{"key": the chat up to the question (`key`), "tab": the tab's id,
# "at": ms}], each taken off as its answer lands or fails, the stop button or the bin ends it, or its tab goes
# (reloaded, closed: the answer goes with the page); kept fresh every `ASKING_BEAT_S` while its tab lives and the app
# that served it answers it, and dead past `ASKING_DEAD_S` unrefreshed (a tab frozen; Chromium runs a hidden tab's
# timers once a minute), or at once when its tab is gone (`ASKING_LOCK`). A tab that lost the app (its connection
# dropped, the app stopped or restarted: Gradio then runs none of the page's events, and an answer never outlives its
# connection) takes its notes off when it finds the app restarted (another app id) or out of reach at two checks in a
# row (one slow answer under load is no loss), checking every `ASKING_CHECK_S` while it has notes, each fetch of the
# app's id given `ASKING_REACH_S`; so the other tabs stop waiting (`qa.ui_chat_lost`). Gradio reloads the tab once the
# app is back.
ASKING_KEY = f"{STORAGE_KEY}:asking"
ASKING_BEAT_S, ASKING_DEAD_S, ASKING_CHECK_S, ASKING_REACH_S = 20, 90, 5, 10
# Age alone held the other tabs for up to `ASKING_DEAD_S` after a tab crashed, was killed or closed without its pagehide
# running. So each tab holds a Web Lock (`navigator.locks`) named `ASKING_LOCK` and its id from its load on, never let
# go: the browser lets go of it the moment the tab's page goes (reloaded, closed, crashed, killed), whatever its timers
# and unload handlers do. Each note names its tab's lock ("lock"), and a tab reading the notes (`liveAsking`) takes one
# whose lock no tab holds or waits for as dead at once, unless it is younger than `ASKING_GRACE_S` (a tab may write a
# note before its lock is granted). Held for the page's life, not a note's: no release and request again between two
# questions to race with a reader, and a lock nobody waits for keeps no tab from being frozen. A tab frozen or hung but
# alive keeps its lock: its notes still die by age. Web Locks exist only in secure contexts (https, http://localhost or
# 127.0.0.1; not plain http to a LAN address or host name): elsewhere notes name no lock, and age alone tells.
ASKING_LOCK, ASKING_GRACE_S = f"{ASKING_KEY}:tab:", 5

# Helpers every snippet starts with (a snippet is a function body of its own). `window.qaSeen` holds, for each chat key
# this page showed, the last time it showed it. `continues(k, base)`: the chat keyed k is the chat keyed base or goes on
# from it. For a chat up to its question (`asked`): `askedElsewhere`, another tab waits for its answer (a live note);
# `landedAnswer`, the saved chat holding its answer, if one landed (`told_js` and `qa.ui_chat_lost` read both).
HELPERS = f"""
  const readSaved = () => {{ const raw = localStorage.getItem("{STORAGE_KEY}");
    try {{ const saved = JSON.parse(raw || "[]"); if (Array.isArray(saved)) return saved; }} catch (e) {{}}
    console.error("saved chats unreadable: kept under {UNREADABLE_KEY}");
    localStorage.setItem("{UNREADABLE_KEY}:" + Date.now(), raw); localStorage.removeItem("{STORAGE_KEY}");
    return []; }};
  const readDeleted = () => {{ let dead = [];
    try {{ dead = JSON.parse(localStorage.getItem("{DELETED_KEY}") || "[]"); }} catch (e) {{}}
    const since = Date.now() - {KEEP_DELETED_DAYS} * 864e5;
    return (Array.isArray(dead) ? dead : []).filter((t) => typeof t?.key === "string" && t.at > since)
      .slice(-{KEEP_DELETED}); }};
  const said = (chat) => (chat || []).map((m) => m.role + ":" + (Array.isArray(m.content)
    ? m.content.map((p) => p?.text ?? JSON.stringify(p)).join("\\n") : String(m.content)));
  const hash = (s) => {{ let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < s.length; i++) {{ const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761); h2 = Math.imul(h2 ^ c, 1597334677); }}
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36); }};
  const key = (chat) => said(chat).map(hash).join(".");
  const starts = (a, b) => b.length <= a.length && b.every((m, i) => m === a[i]);
  const continues = (k, base) => k === base || k.startsWith(base + ".");
  const dead = (chat, deleted) => {{ const k = key(chat), seen = (window.qaSeen || {{}})[k] || 0;
    return k !== "" && deleted.some((t) => (t.exact ? t.key === k : continues(t.key, k)) && seen <= t.at); }};
  const covered = (mine, chats) => chats.filter((chat) => {{ const s = said(chat);
    return s.length && !mine.some((c) => starts(c, s)); }});
  const same = (a, b) => JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
  const noteSeen = (chat) => {{ if (chat?.length) (window.qaSeen = window.qaSeen || {{}})[key(chat)] = Date.now(); }};
  const upto = (s) => s.slice(0, s.findLastIndex((m) => m.startsWith("user:")) + 1);
  const placed = (chat, list, hint) => {{ const s = said(chat), saved = list || [], saids = saved.map(said);
    const grown = [...saids.keys()].filter((i) => saids[i].length && starts(s, saids[i]));
    let at = grown.includes(hint) ? hint : grown.sort((i, j) => saids[j].length - saids[i].length)[0];
    const again = saids[hint]?.length && upto(s).length && upto(saids[hint]).length === upto(s).length;
    if (at === undefined && again && starts(saids[hint], upto(s))) at = hint;
    const longer = saids.filter((t) => starts(t, s));
    if (!s.length || longer.some((t) => t.length === s.length) || at === undefined && longer.length) return undefined;
    return at === undefined ? [chat, ...saved] : saved.map((c, i) => (i === at ? chat : c)); }};
  const tab = window.qaTab = window.qaTab || Math.random().toString(36).slice(2);
  const readAsking = () => {{ let all = [];
    try {{ all = JSON.parse(localStorage.getItem("{ASKING_KEY}") || "[]"); }} catch (e) {{}}
    const since = Date.now() - {ASKING_DEAD_S} * 1e3;
    return (Array.isArray(all) ? all : []).filter((a) => typeof a?.key === "string" && a.at > since); }};
  const writeAsking = (all) => {{ try {{ localStorage.setItem("{ASKING_KEY}", JSON.stringify(all)); }}
    catch (e) {{}} }};
  const asking = (chat) => writeAsking([...readAsking(), {{ key: key(chat), tab, at: Date.now(),
    ...(navigator.locks && window.qaTabLock !== "refused" && {{ lock: "{ASKING_LOCK}" + tab }}) }}]);
  const liveAsking = async () => {{ const all = readAsking(), young = Date.now() - {ASKING_GRACE_S} * 1e3;
    if (!navigator.locks || !all.some((a) => a.lock)) return all;
    let names; try {{ const {{ held, pending }} = await navigator.locks.query();
                      names = [...held, ...pending].map((l) => l.name); }} catch (e) {{ return all; }}
    return all.filter((a) => !a.lock || a.at > young || names.includes(a.lock)); }};
  const askedElsewhere = async (asked) => {{ const k = key(asked);
    return (await liveAsking()).some((a) => a.tab !== tab && a.key === k); }};
  const landedAnswer = (asked) => {{ const s = said(asked), n = s.length;
    return readSaved().find((c) => {{ const t = said(c);
      return t.length > n && starts(t, s) && t[n].startsWith("assistant:"); }}); }};
  const answered = (chats) => {{ const ks = chats && chats.map(key), all = readAsking();
    const left = all.filter((a) => a.tab !== tab || ks && !ks.some((k) => continues(k, a.key)));
    if (left.length < all.length) writeAsking(left); }};
  const lastUser = (chat) => (chat || []).findLastIndex((m) => m.role === "user");
"""

LISTEN_JS = f"""if (!window.qaListening) {{ window.qaListening = true;
  if (navigator.locks) navigator.locks.request("{ASKING_LOCK}" + tab, () => new Promise(() => {{}}))
    .catch(() => {{ window.qaTabLock = "refused"; }});
  window.addEventListener("storage", (e) => {{ if ([null, "{STORAGE_KEY}", "{ASKING_KEY}"].includes(e.key))
    document.querySelector("#{REFRESH_ID}")?.click(); }});
  window.addEventListener("pagehide", () => answered(null));
  const reaches = async () => {{ const config = window.gradio_config || {{}};
    const url = String(config.root || location.origin).replace(/[/]$/, "") + (config.api_prefix || "/gradio_api");
    try {{ const r = await fetch(url + "/app_id", {{ cache: "no-store",
                                                     signal: AbortSignal.timeout({ASKING_REACH_S} * 1e3) }});
          if (!r.ok) return "unreached";
          return !config.app_id || (await r.json()).app_id === config.app_id ? "same" : "another"; }}
    catch (e) {{ return "unreached"; }} }};
  let beat = 0, missed = 0;
  setInterval(async () => {{ if (!readAsking().some((a) => a.tab === tab)) return;
    const app = await reaches(), all = readAsking(), now = Date.now();
    missed = app === "unreached" ? missed + 1 : 0;
    if (app === "another" || missed >= 2) writeAsking(all.filter((a) => a.tab !== tab));
    else if (app === "same" && now - beat >= {ASKING_BEAT_S} * 1e3) {{ beat = now;
      writeAsking(all.map((a) => (a.tab === tab ? {{ ...a, at: now }} : a))); }} }}, {ASKING_CHECK_S} * 1e3); }}"""
LOAD_JS = f"""() => {{ {HELPERS} {LISTEN_JS}
  const saved = readSaved(); window.qaSavedBase = saved; return [saved]; }}"""

# Each write of a tab's list records the chats this tab deleted (in the list it last read or wrote, continued by none
# of its own now: the one the bin was clicked on, or a chat answered again), drops the chats of its list deleted
# elsewhere (`dead`), forgets the deletion of a chat asked anew, and keeps the chats another tab stored meanwhile that
# no chat of the list is or continues, appended so no index moves. A chat missing for another reason (a save computed on
# the list before a refresh) is no deletion: the stored copy stays. Nothing new: nothing written (tabs converge).
WRITE_JS = f"""(list) => {{ {HELPERS}
  const stored = readSaved(), base = window.qaSavedBase || [], now = Date.now(), mine = (list || []).map(said);
  const bin = said(window.qaDeleting || []), undone = key(window.qaUndone || []);
  window.qaDeleting = window.qaUndone = null;
  const gone = base.filter((b) => {{ const s = said(b); return s.length && !mine.some((c) => starts(c, s))
    && (bin.length && (starts(s, bin) || starts(bin, s)) || mine.some((c) => starts(upto(c), upto(s)) && upto(c).length
        === upto(s).length) || key(b) === undone); }});
  let deleted = [...readDeleted().filter((t) => !gone.some((g) => key(g) === t.key)),
                 ...gone.map((g) => ({{ key: key(g), at: now, ...(key(g) === undone && {{ exact: true }}) }}))]
    .slice(-{KEEP_DELETED});
  const live = (list || []).filter((c) => !dead(c, deleted)), keys = live.map(key);
  const revived = deleted.filter((t) => keys.includes(t.key));
  deleted = deleted.filter((t) => !keys.includes(t.key));
  const goneSaid = gone.map(said);
  const extra = covered(live.map(said), stored).filter((c) => !goneSaid.some((g) => starts(g, said(c)))
                                                        && !dead(c, deleted));
  const merged = [...live, ...extra];
  try {{ if (gone.length || revived.length) localStorage.setItem("{DELETED_KEY}", JSON.stringify(deleted));
        if (gone.length || !same(merged, stored)) localStorage.setItem("{STORAGE_KEY}", JSON.stringify(merged)); }}
  catch (e) {{ alert("Article QA could not save this chat in the browser's storage (" + e.name + "): free some "
                     + "space in it (site data) and ask again to save it."); throw e; }}
  window.qaSavedBase = merged; answered(merged.filter((c) => c.at(-1)?.role === "assistant"));
  return [merged.map(key).join() !== (list || []).map(key).join() ? merged : undefined];
}}"""

# Another tab wrote: this tab's list, in its order, less the chats deleted elsewhere, each chat continued elsewhere in
# its stored state, then the chats it did not have. The chat shown is not touched (it is no part of the list).
REFRESH_JS = f"""(list) => {{ {HELPERS}
  const stored = readSaved(), storedSaid = stored.map(said), deleted = readDeleted();
  const live = (list || []).filter((c) => !dead(c, deleted)).map((c) => {{ const s = said(c);
    const i = storedSaid.findIndex((t) => t.length > s.length && starts(t, s)); return i < 0 ? c : stored[i]; }});
  const merged = [...live, ...covered(live.map(said), stored).filter((c) => !dead(c, deleted))];
  window.qaSavedBase = merged;
  return [merged];
}}"""

# The chat shown, each time it changes: the page notes when it showed that chat (a chat asked anew after it was deleted
# elsewhere is the user's, not a stale copy), and keeps the last non-empty one (the bin's: it empties the chat first).
SHOWN_JS = f"""(chat, shown) => {{ {HELPERS} noteSeen(chat); return [chat?.length ? chat : shown]; }}"""
# A chat answered (`qa.ui_chats`), put in the list by the page itself as the answer's last step reaches it, so the write
# (`WRITE_JS`, the list's change) is no round trip behind the answer: a reload once it shows keeps it. The landing is
# {"chat": the chat answered, "was": the chat an answer retried replaces, else null}, placed as `qa.ui_chats.kept`
# places it told the place of "was" if it is saved (else no place): nothing if it is saved as it is, else in place of
# the chat it continues (the place told first, else the longest), else in place of the chat told answered again,
# else nothing if a later state of it is saved, else first (`placed`). Noted as seen: a chat asked anew after it was
# deleted elsewhere is the user's. An answer that failed (an error in the app) lands {"ended": the chat up to its
# question}: nothing is saved, and its note is taken off, so another tab showing the chat says no answer came.
LANDED_JS = f"""(landing, list) => {{ {HELPERS}
  if (landing?.ended) {{ answered([landing.ended]); return [undefined]; }}
  const chat = landing?.chat || [], was = landing?.was;
  noteSeen(chat); if (chat.at(-1)?.role === "user") asking(chat);
  const hint = was ? (list || []).findIndex((c) => key(c) === key(was)) : -1;
  return [placed(chat, list, hint < 0 ? undefined : hint)];
}}"""
# A question asked (the textbox's submit): the page puts the chat shown with it in the list at once, placed as a chat
# answered is, so a reload (or the tab closed) before its answer ends keeps the question; its answer then lands in its
# place, continuing it. Messages are as the chat shows them (`qa.ui_chats._as_shown`); an empty question is none.
ASKED_JS = f"""(question, chat, list) => {{ {HELPERS}
  if (!String(question ?? "").trim()) return [undefined];
  const asked = [...(chat || []), {{ role: "user", metadata: null, content: [{{ text: question, type: "text" }}],
                                     options: null }}];
  noteSeen(asked); asking(asked); return [placed(asked, list)];
}}"""
# Retry (↻) asks the chat's last question again, and the stop button, the bin or an answer that Gradio reports failed
# (`qa.ui_chats`) ends this tab's answers: noted for the other tabs (`ASKING_KEY`). A failure ends them all: another
# answer of the tab, still to come in another chat, is then said in other tabs to have none till it lands.
RETRIED_JS = f"""(chat) => {{ {HELPERS} asking((chat || []).slice(0, lastUser(chat) + 1)); return []; }}"""
ENDED_JS = f"""() => {{ {HELPERS} answered(null); return []; }}"""
BIN_JS = f"""(shown, i, saved) => {{ {HELPERS} window.qaDeleting = shown; answered([shown || []]);
  return [shown, i, saved]; }}"""
# Undo (Gradio's button on the last question) takes the chat shown back to before its last question: its saved state
# (the saved chat with the same questions that it is, or continues) goes with it, replaced by the chat undone, or
# dropped if nothing is left. The state undone is recorded deleted (`WRITE_JS`) for this exact chat only, not its
# earlier states, so no tab writes it back, and the chat undone stays.
UNDONE_JS = f"""(chat, list) => {{ {HELPERS} const s = said(chat), cut = (chat || []).slice(0, lastUser(chat));
  const at = (list || []).findIndex((c) => {{ const t = said(c);
    return t.length && starts(s, t) && upto(t).length === upto(s).length; }});
  if (!s.length || at < 0) return [undefined];
  window.qaUndone = list[at]; noteSeen(cut);
  const rest = list.filter((c, i) => i !== at), there = rest.some((c) => key(c) === key(cut));
  return [cut.length && !there ? list.map((c, i) => (i === at ? cut : c)) : rest];
}}"""
# The chat shown whose last question has no answer (`qa.ui_chats`: a saved chat opened, or the list refreshed by
# another tab's write) says what is true now: the answer is on its way in another tab of this browser (`ASKING_KEY`), or
# no answer came; once the answer lands there, the chat shown is the chat answered. [chat] if it changes, else [null].
def told_js(unanswered: str, coming: str) -> str:
    """The page's snippet telling the chat shown's unanswered question `unanswered` or `coming`."""
    return f"""async (chat) => {{ {HELPERS} const last = said((chat || []).slice(-1))[0] || "";
  const lines = {{ ["assistant:" + {json.dumps(unanswered)}]: false, ["assistant:" + {json.dumps(coming)}]: true }};
  if (!(last in lines)) return [null];
  const asked = chat.slice(0, -1), landed = landedAnswer(asked);
  if (landed) return [landed];
  const coming = await askedElsewhere(asked);
  if (coming === lines[last]) return [null];
  return [[...asked, {{ role: "assistant", metadata: null, options: null,
    content: [{{ type: "text", text: coming ? {json.dumps(coming)} : {json.dumps(unanswered)} }}] }}]];
}}"""


def wire(chat: Any) -> tuple[gr.JSON, Any]:
    """(the saved chats as the page holds them, in place of Gradio's BrowserState: read from local storage when the
    page loads, written back merged with what other tabs stored; the event refreshing them when another tab writes)."""
    chat.saved_conversations.unrender()
    saved = gr.JSON(None, visible=False)  # None until the page has read local storage: no list to show yet
    get_blocks_context().root_block.load(None, None, saved, js=LOAD_JS)  # the page's: a nested one never fires
    saved.change(None, saved, saved, js=WRITE_JS)
    refresh = gr.Button(visible="hidden", elem_id=REFRESH_ID)
    return saved, refresh.click(None, saved, saved, js=REFRESH_JS, queue=False, show_progress="hidden",
                                trigger_mode="always_last")
