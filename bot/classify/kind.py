"""Is an article news, opinion or an explainer? Read from the URL, the headline and first-person voice."""

from __future__ import annotations

import re

from bot.classify.text import Doc

_OPINION_URL = re.compile(r"/(?:opinion|opinions|op-ed|oped|commentary|column|columns|editorial|editorials|"
                          r"perspective|perspectives|blog|blogs|voices|ideas)/", re.I)
_OPINION_TITLE = re.compile(r"^(?:opinion|op-ed|commentary|editorial|column|view|analysis and opinion)\s*[:|\-]"
                            r"|\b(?:op-ed|opinion)\b\s*$|\b(?:we|you)\s+should\b|\bmust\b|\bwhy\s+i\b|\bis\s+right\b"
                            r"|\bis\s+wrong\b|\blet(?:'s| us)\b|\bshould\s+(?:not\s+)?\w+", re.I)
_OPINION_BODY = re.compile(r"\b(?:I\s+(?:think|believe|argue|would argue)|in\s+my\s+view|we\s+should|"
                           r"this\s+is\s+a\s+mistake|shame|disgrace|the\s+author\s+is|op-ed)\b", re.I)
_EXPLAINER_TITLE = re.compile(r"\b(?:what\s+to\s+know|explained|explainer|what\s+is|what\s+are|what's|"
                              r"why\s+\w+\s+matters|why\s+it\s+matters|everything\s+you\s+need|q\s*&\s*a|faq|"
                              r"how\s+(?:the|a)\b[^?]*\bworks?|a\s+timeline|timeline\s+of|the\s+story\s+so\s+far|"
                              r"what\s+happens\s+next|here's\s+(?:what|why|how))\b", re.I)


def detect(doc: Doc) -> tuple[str, str]:
    """``(kind, why)`` with kind in news | opinion | explainer."""
    if _OPINION_URL.search(doc.url):
        return "opinion", "opinion section URL"
    m = _OPINION_TITLE.search(doc.title)
    if m:
        return "opinion", f"headline '{m.group(0).strip()}'"
    if _EXPLAINER_TITLE.search(doc.title):
        return "explainer", "explainer headline"
    if len(_OPINION_BODY.findall(doc.body[:4000])) >= 2:
        return "opinion", "first-person argument"
    return "news", ""
