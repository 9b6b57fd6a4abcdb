"""Developments: articles reporting the same event across outlets, with independent-source counts.

Pure and incremental. ``Clusterer`` holds the state of recent clusters (a centroid of distinctive
words, the reported event kind, dates, members, shingle sketches of original texts) and assigns each
new article, in date order, to an existing development or a new one:

* syndication first: a text whose 4-word shingles overlap an earlier original (bottom-k sketch
  Jaccard >= 0.45, or >= 0.25 with the same headline) is a copy; it joins the original's development,
  names the original (``syndicated_of``) and does not add an independent source;
* else the best recent cluster (event date within ``window_days``) by cosine of distinctive words
  (story-wide words such as the principal's name are down-weighted by the learned vocabulary),
  plus a bonus when the reported event kind agrees and a penalty when it differs.

State round-trips through ``to_json``/``from_json`` so the pipeline never re-reads the corpus.
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from bot.classify.text import STOPWORDS, words

SKETCH_K = 64
MIN_SHINGLES = 12
MAX_COPY_CHECKS = 12
MAX_POSTING = 50  # most-overlapping earlier texts checked for a copy
SHINGLE = 4
SYNDICATED_J = 0.45
SYNDICATED_J_SAME_TITLE = 0.25
JOIN_SCORE = 0.25
EVENT_BONUS = 0.22
EVENT_PENALTY = 0.12
NEAR_BONUS = 0.08  # the article is dated within a day of the development's event date
FAR_PENALTY = 0.05  # per day beyond two days
SAME_EVENT_SLACK = 4  # days
# Events that happen once to a party: a later headline reporting the same one (a late or low-quality
# write-up) is the same development for two weeks after its last report, however differently it is worded.
# Rulings, truces and settlements are left out: a case brings several of each within weeks.
ONE_OFF_EVENTS = frozenset({"designation", "ban", "lawsuit", "memo"})
ONE_OFF_DAYS = 14
CENTROID_TERMS = 80
MAX_SKETCHES = 40


def development_id(first_url: str) -> str:
    return "d" + hashlib.sha1(first_url.encode("utf-8", "replace")).hexdigest()[:11]


def publisher_key(publisher: str | None, url: str = "") -> str:
    """A comparable publisher name: the given name, else the URL's host without www."""
    p = (publisher or "").strip()
    if not p:
        host = urlsplit(url).hostname or ""
        p = host[4:] if host.startswith("www.") else host
    return p[:120] or "unknown"


_NAME_WORD = re.compile(r"[a-z0-9]+")
_GENERIC = {"the", "news", "com", "www", "org", "net", "co", "uk", "online", "daily", "media", "times", "post"}


def _publisher_forms(p: str) -> tuple[set[str], str, str]:
    """Words of a publisher name, its initials, and the name run together ("The Washington Post" ->
    {washington, post}, "twp", "washingtonpost"); a domain gives its first label ("fcw.com" -> fcw)."""
    low = p.lower().strip()
    if _is_domain(low):
        host = low[4:] if low.startswith("www.") else low
        label = host.split(".")[0]
        return {label}, label, label
    ws = [w for w in _NAME_WORD.findall(low) if w != "the"]
    return set(ws), "".join(w[0] for w in ws), "".join(ws)


def _is_domain(p: str) -> bool:
    return "." in p and " " not in p.strip()


def same_publisher(a: str, b: str) -> bool:
    """One outlet under two names: "Reuters" and "reuters.com", "Nextgov/FCW" and "fcw.com",
    "Associated Press" and "apnews.com" (initials), "The Washington Post" and "washingtonpost.com"."""
    if a.lower() == b.lower():
        return True
    wa, ia, ja = _publisher_forms(a)
    wb, ib, jb = _publisher_forms(b)
    for label, is_domain, names, initials, joined in ((ja, _is_domain(a), wb, ib, jb),
                                                      (jb, _is_domain(b), wa, ia, ja)):
        if not is_domain or len(label) < 2 or label in _GENERIC:
            continue  # two names must match exactly: "Bloomberg" and "Bloomberg Law" are two outlets
        if label in names or label == joined or (len(initials) >= 2 and label in (initials, initials + "news")):
            return True
    return False


def _norm_title(t: str) -> str:
    t = re.sub(r"\s+[-|\u2013\u2014]\s+[^-|\u2013\u2014]{2,40}$", "", t)  # " - Reuters" suffixes
    return " ".join(words(t))


def sketch(text: str) -> list[int]:
    """Bottom-k sketch of 4-word shingle hashes (crc32: deterministic across processes)."""
    ws = words(text[:12000])[:1500]  # the first 1,500 words show a copy as well as the whole text
    if len(ws) < SHINGLE:
        return sorted({zlib.crc32(" ".join(ws).encode())}) if ws else []
    hs = {zlib.crc32(" ".join(ws[i: i + SHINGLE]).encode()) for i in range(len(ws) - SHINGLE + 1)}
    return sorted(hs)[:SKETCH_K]


def jaccard(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate of the Jaccard similarity of two shingle sets from their sorted sketches."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:SKETCH_K]
    both = sum(1 for h in union if h in sa and h in sb)
    return both / len(union)


def vector(title: str, body: str, common: dict[str, float]) -> dict[str, float]:
    """Distinctive-word vector: title words count 3x; words common to the whole story weigh little."""
    c: Counter[str] = Counter()
    for w in words(title):
        if w not in STOPWORDS and len(w) > 2:
            c[w] += 3
    for w in words(body[:6000]):
        if w not in STOPWORDS and len(w) > 2 and not w.isdigit():
            c[w] += 1
    v = {w: (1 + math.log(n)) * max(0.08, 1.0 - common.get(w, 0.0)) for w, n in c.items()}
    top = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS])
    norm = math.sqrt(sum(x * x for x in top.values())) or 1.0
    return {w: x / norm for w, x in top.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


@dataclass
class Item:
    """What clustering needs to know about one article."""

    article_id: int
    url: str
    title: str
    publisher: str
    when: date | None
    seen: datetime
    event: str | None
    kind: str
    vec: dict[str, float]
    sketch: list[int]
    event_in_title: bool = True


@dataclass
class Cluster:
    id: str
    title: str
    event: str | None
    centroid: dict[str, float]
    first_seen: datetime
    updated: datetime
    members: list[dict[str, Any]] = field(default_factory=list)  # {id, publisher, of, date, kind}
    sketches: list[tuple[int, list[int], str]] = field(default_factory=list)  # (article id, sketch, norm title)
    _dates: tuple[int, list[date]] | None = field(default=None, repr=False, compare=False)
    _event_date: tuple[int, date] | None = field(default=None, repr=False, compare=False)

    # ---------------------------------------------------------------- derived facts
    @property
    def kind(self) -> str:
        return self.members[0]["kind"] if self.members else "news"

    @property
    def article_ids(self) -> list[int]:
        return [m["id"] for m in self.members]

    @property
    def publishers(self) -> list[str]:
        """Independent publishers, in order of first original report."""
        out: list[str] = []
        for m in self.members:
            if m["of"] is None and not any(same_publisher(m["publisher"], p) for p in out):
                out.append(m["publisher"])
        return out

    @property
    def dates(self) -> list[date]:
        if self._dates is None or self._dates[0] != len(self.members):
            self._dates = (len(self.members), sorted(date.fromisoformat(m["date"]) for m in self.members
                                                     if m.get("date")))
        return self._dates[1]

    def event_date(self) -> date | None:
        """Earliest credible date: dates far before the median (bad metadata, confused sources) are dropped;
        with three or more dates an isolated earliest date needs a second one within a day to count."""
        ds = self.dates
        if not ds:
            return None
        if self._event_date is not None and self._event_date[0] == len(ds):
            return self._event_date[1]
        med = ds[len(ds) // 2]
        ok = [d for d in ds if (med - d).days <= 3]
        if len(ok) >= 3 and (ok[1] - ok[0]).days > 1:
            ok = ok[1:]
        self._event_date = (len(ds), ok[0])
        return ok[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "event": self.event,
            "centroid": {w: round(x, 4) for w, x in self.centroid.items()},
            "first_seen": self.first_seen.isoformat(), "updated": self.updated.isoformat(),
            "members": self.members, "sketches": [[a, s, t] for a, s, t in self.sketches],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Cluster:
        return cls(
            id=d["id"], title=d["title"], event=d.get("event"), centroid=d.get("centroid", {}),
            first_seen=datetime.fromisoformat(d["first_seen"]), updated=datetime.fromisoformat(d["updated"]),
            members=list(d.get("members", [])),
            sketches=[(int(a), list(s), str(t)) for a, s, t in d.get("sketches", [])],
        )


@dataclass
class Assignment:
    cluster: Cluster
    new: bool
    syndicated_of: int | None
    reason: str


class Clusterer:
    def __init__(self, clusters: list[Cluster] | None = None, window_days: int = 6) -> None:
        self.clusters: dict[str, Cluster] = {c.id: c for c in clusters or []}
        self.window_days = window_days
        # shingle hash -> article ids holding it, and article id -> its cluster, for fast copy detection
        self._index: dict[int, list[int]] = {}
        self._owner: dict[int, tuple[Cluster, list[int], str]] = {}
        for c in self.clusters.values():
            for aid, sk, t in c.sketches:
                self._remember(c, aid, sk, t)

    def add_cluster(self, c: Cluster) -> None:
        """Make a development loaded from storage known (e.g. one outside the recent window)."""
        self.clusters[c.id] = c
        for aid, sk, t in c.sketches:
            self._remember(c, aid, sk, t)

    def forget(self, article_id: int) -> Cluster | None:
        """Take an article out of its development (it changed and is classified again). Returns the cluster
        it left, or None. The cluster's centroid keeps its contribution until the cluster is rebuilt."""
        for c in self.clusters.values():
            if any(m["id"] == article_id for m in c.members):
                c.members = [m for m in c.members if m["id"] != article_id]
                for m in c.members:
                    if m["of"] == article_id:
                        m["of"] = None  # its copies now stand as originals
                c.sketches = [s for s in c.sketches if s[0] != article_id]
                c._dates = None
                c._event_date = None
                self._owner.pop(article_id, None)
                return c
        return None

    def _remember(self, c: Cluster, aid: int, sk: list[int], title: str) -> None:
        self._owner[aid] = (c, sk, title)
        for h in sk:
            self._index.setdefault(h, []).append(aid)

    def recent(self, when: date | None) -> list[Cluster]:
        if when is None:
            return list(self.clusters.values())
        out = []
        for c in self.clusters.values():
            ed = c.event_date()
            ds = c.dates
            if ed is None or not ds or (
                (ed - when).days <= self.window_days and (when - ds[-1]).days <= self.window_days
            ):
                out.append(c)
        return out

    def _syndication(self, item: Item, pool: list[Cluster]) -> tuple[Cluster, int, float] | None:
        if not item.sketch:
            return None
        title = _norm_title(item.title)
        in_pool = {c.id for c in pool}
        shared: Counter[int] = Counter()
        for h in item.sketch:
            posting = self._index.get(h, ())
            if len(posting) > MAX_POSTING:
                continue  # boilerplate shingle shared by many texts: says nothing about copying
            shared.update(posting)
        need = max(2, int(len(item.sketch) * 0.2))
        best: tuple[Cluster, int, float] | None = None
        cands = sorted(((n, aid) for aid, n in shared.items() if n >= need and aid != item.article_id),
                       key=lambda t: (-t[0], t[1]))[:MAX_COPY_CHECKS]
        for _, aid in cands:
            c, sk, t = self._owner[aid]
            if c.id not in in_pool:
                continue
            j = jaccard(item.sketch, sk)
            same_title = bool(t) and t == title
            if min(len(sk), len(item.sketch)) < MIN_SHINGLES and not same_title:
                continue  # too short to tell a copy from two briefs on one event
            copy = j >= SYNDICATED_J or (j >= SYNDICATED_J_SAME_TITLE and same_title)
            if copy and (best is None or j > best[2]):
                best = (c, aid, j)
        return best

    def _one_off(self, item: Item) -> list[Cluster]:
        """Developments of the same once-only event as the item's headline, reported within ONE_OFF_DAYS."""
        if not (item.event in ONE_OFF_EVENTS and item.event_in_title and item.when and item.kind == "news"):
            return []
        return [c for c in self.clusters.values() if c.event == item.event and c.kind == "news" and c.dates
                and -self.window_days <= (item.when - c.dates[-1]).days <= ONE_OFF_DAYS]

    def assign(self, item: Item) -> Assignment:
        recent = self.recent(item.when)
        ids = {c.id for c in recent}
        one_off = {c.id for c in self._one_off(item)}
        pool = sorted(recent + [c for c in self.clusters.values() if c.id in one_off and c.id not in ids],
                      key=lambda c: c.id)
        syn = self._syndication(item, pool)
        if syn is not None:
            c, original, j = syn
            root = next((m["of"] for m in c.members if m["id"] == original and m["of"] is not None), None)
            of = root or original
            self._add(c, item, syndicated_of=of)
            return Assignment(c, False, of, f"copy of article {of} (shingle overlap {j:.2f})")
        best: tuple[float, Cluster] | None = None
        for c in pool if item.kind == "news" else ():  # commentary stands alone (copies aside)
            if c.kind != "news":
                continue
            s = cosine(item.vec, c.centroid)
            if item.event and c.event:
                if item.event == c.event:
                    s += EVENT_BONUS if item.event_in_title else EVENT_BONUS / 2
                elif item.event_in_title:
                    s -= EVENT_PENALTY
            ed = c.event_date()
            if item.when and ed:
                gap = abs((item.when - ed).days)
                if gap <= 1:
                    s += NEAR_BONUS
                elif item.event is None or item.event != c.event:
                    s -= FAR_PENALTY * max(0, gap - 2)
                elif c.id in one_off:  # a once-only event: measured from its latest report
                    s -= FAR_PENALTY * max(0, (item.when - c.dates[-1]).days - ONE_OFF_DAYS)
                else:  # the same kind of event: sources often date it days apart
                    s -= FAR_PENALTY * max(0, gap - SAME_EVENT_SLACK)
            if best is None or s > best[0]:
                best = (s, c)
        if best is not None and best[0] >= JOIN_SCORE:
            self._add(best[1], item, syndicated_of=None)
            return Assignment(best[1], False, None, f"joins '{best[1].title[:60]}' (similarity {best[0]:.2f})")
        c = Cluster(
            id=development_id(item.url or f"article:{item.article_id}"), title=item.title[:300] or "(untitled)",
            event=item.event, centroid={}, first_seen=item.seen, updated=item.seen,
        )
        while c.id in self.clusters:  # same first URL twice: keep ids unique but deterministic
            c.id = development_id(c.id)
        self.clusters[c.id] = c
        self._add(c, item, syndicated_of=None)
        return Assignment(c, True, None, "new development")

    def _add(self, c: Cluster, item: Item, syndicated_of: int | None) -> None:
        c.members.append({"id": item.article_id, "publisher": item.publisher, "of": syndicated_of,
                          "date": item.when.isoformat() if item.when else None, "kind": item.kind,
                          "event": item.event if item.event_in_title else None})
        events = Counter(m.get("event") for m in c.members if m.get("event") and m["of"] is None)
        if events:
            top = max(events.values())
            c.event = next(m["event"] for m in c.members if m.get("event") and events[m["event"]] == top)
        c.first_seen = min(c.first_seen, item.seen)
        c.updated = max(c.updated, item.seen)
        if syndicated_of is None:
            n = sum(1 for m in c.members if m["of"] is None)
            merged = {w: x * (n - 1) for w, x in c.centroid.items()}
            for w, x in item.vec.items():
                merged[w] = merged.get(w, 0.0) + x
            top = dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS])
            norm = math.sqrt(sum(x * x for x in top.values())) or 1.0
            c.centroid = {w: x / norm for w, x in top.items()}
            if len(c.sketches) < MAX_SKETCHES and item.sketch:
                c.sketches.append((item.article_id, item.sketch, _norm_title(item.title)))
                self._remember(c, item.article_id, item.sketch, _norm_title(item.title))
            if c.event is None and item.event is not None:
                c.event = item.event
            first_news = next((m for m in c.members if m["of"] is None and m["kind"] == "news"), None)
            if first_news is not None and first_news["id"] == item.article_id:
                c.title = item.title[:300] or c.title

    def to_json(self) -> list[dict[str, Any]]:
        return [c.to_json() for c in sorted(self.clusters.values(), key=lambda c: c.id)]
