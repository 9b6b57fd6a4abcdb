"""Is an article news, opinion or an explainer? Read from the URL, the headline and first-person voice."""

from __future__ import annotations

import re

from bot.classify.text import Doc

_OPINION_URL = re.compile(r"/(?:opinion|opinions|op-ed|oped|commentary|column|columns|editorial|editorials|"
                          r"perspective|perspectives|blog|blogs|voices|ideas)/", re.I)
_OPINION_TITLE = re.compile(r"^(?:opinion|op-ed|commentary|editorial|column|view|analysis and opinion)\s*[:|\-]"
                            r"|\b(?:op-ed|opinion)\b\s*$|\b(?:we|you)\s+should\b|\bwhy\s+i\b|\bis\s+right\b|\bis\s+(?:a|an|not\s+a|no)\s+"
                            r"|\bis\s+wrong\b|\bgot\s+it\s+(?:right|wrong)\b|\blet(?:'s| us)\b|\bshould\s+(?:not\s+)?\w+", re.I)
_OPINION_BODY = re.compile(r"\b(?:I\s+(?:think|believe|argue|would argue)|in\s+my\s+view|we\s+should|"
                           r"this\s+is\s+a\s+mistake|shame|disgrace|the\s+author\s+is|op-ed)\b", re.I)
_EXPLAINER_TITLE = re.compile(r"\b(?:what\s+to\s+know|explained|explainer|what\s+is|what\s+are|what's|"
                              r"why\b[^?]{0,60}\bmatters?\b|everything\s+you\s+need|q\s*&\s*a|faq|"
                              r"how\s+(?:the|a)\b[^?]*\bworks?|a\s+timeline|timeline\s+of|the\s+story\s+so\s+far|"
                              r"what\s+happens\s+next|(?:legal|key|big|open)\s+questions|here's\s+(?:what|why|how)|where\s+things\s+stand|what\s+\w+\s+means)\b", re.I)


_OPINION_SOURCE = re.compile(r"\b(?:opinion|op-ed|editorial|substack|blog|newsletter|commentary|column)\b|"
                             r"substack\.com|medium\.com", re.I)
_COMMUNITY_TITLE = re.compile(r"^(?:ask|tell|show)\s+hn\b|^\s*(?:quick|some|a few|my)\s+thoughts\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I've|I'll|my|me)\b")
_REPORTED = re.compile(r"\b(?:says?|said|calls?|called|claims?|warns?|tells?|told|argues?|insists?|"
                       r"declares?|:)\b|:", re.I)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{0,600}[\"\u201d]")


def detect(doc: Doc) -> tuple[str, str]:
    """``(kind, why)`` with kind in news | opinion | explainer."""
    if _OPINION_URL.search(doc.url):
        return "opinion", "opinion section URL"
    if _OPINION_SOURCE.search(doc.publisher or ""):
        return "opinion", f"publisher '{doc.publisher}'"
    if _COMMUNITY_TITLE.search(doc.title):
        return "opinion", "community discussion"
    m = _OPINION_TITLE.search(doc.title)
    if m and m.group(0).lower().startswith("is ") and _REPORTED.search(doc.title):
        m = None  # "Hegseth says Anthropic is a risk" reports a claim; it is not the writer's verdict
    if m:
        return "opinion", f"headline '{m.group(0).strip()}'"
    if _EXPLAINER_TITLE.search(doc.title):
        return "explainer", "explainer headline"
    body = _QUOTED.sub(" ", doc.body[:4000])
    if len(_OPINION_BODY.findall(body)) >= 2:
        return "opinion", "first-person argument"
    first = len(_FIRST_PERSON.findall(body))
    if first >= 3 or (first >= 1 and len(body) < 1500):
        return "opinion", "first-person voice"
    return "news", ""
