"""Is an article news, opinion or an explainer? Read from the URL, the headline and first-person voice."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.classify.text import Doc

_OPINION_URL = re.compile(r"/(?:opinion|opinions|op-ed|oped|commentary|column|columns|editorial|editorials|"
                          r"perspective|perspectives|blog|blogs|voices|ideas)/", re.I)
_OPINION_TITLE = re.compile(r"^(?:opinion|op-ed|commentary|editorial|column|view|analysis and opinion|letters?(?:\s+to\s+the\s+editor)?)\s*[:|\-]"
                            r"|\b(?:op-ed|opinion)\b\s*$|\b(?:we|you)\s+should\b|\bwhy\s+i\b|\bis\s+right\b|\bis\s+(?:a|an|not\s+a|no)\s+"
                            r"|\b(?:is|are)\s+(?:the\s+)?wrong\b|\bgot\s+it\s+(?:right|wrong)\b|\blet(?:'s| us)\b|\bshould(?:\s+not|n't)?\s+\w+", re.I)
_OPINION_BODY = re.compile(r"\b(?:I\s+(?:think|believe|argue|would argue)|in\s+my\s+view|we\s+should|"
                           r"this\s+is\s+a\s+mistake|shame|disgrace|the\s+author\s+is|op-ed|"
                           # an analyst house's voice: "we think", "we assign ... odds", "our fair value estimate"
                           r"we\s+(?:think|believe|expect|assign|estimate|maintain|do\s+not\s+change|reiterate)|"
                           r"our\s+(?:view|fair\s+value|estimates?|thesis|rating|price\s+target))\b", re.I)
# Strong explainer cues name the format itself; weak ones ("key questions", "here's what") also open news
# analysis of a fresh event, so they make an explainer only when the headline reports no event.
_EXPLAINER_TITLE = re.compile(r"\b(?:what\s+to\s+know|explained|explainer|what\s+is|what\s+are|"
                              r"everything\s+you\s+need|q\s*&\s*a|faq|a\s+guide\b|guide\s+(?:to|for)\b|"
                              r"how\s+(?:the|a)\b[^?]*\bworks?|a\s+timeline|timeline\s+of|the\s+story\s+so\s+far)\b", re.I)
_EXPLAINER_TITLE_WEAK = re.compile(r"\b(?:what's|why\b[^?]{0,60}\bmatters?\b|what\s+happens\s+next|"
                                   r"(?:legal|key|big|open)\s+questions|here's\s+(?:what|why|how)|where\s+things\s+stand|"
                                   r"what\s+\w+\s+means)\b", re.I)


_OPINION_SOURCE = re.compile(r"\b(?:opinion|op-ed|editorial|substack|blog|newsletter|commentary|column)\b|"
                             r"substack\.com|medium\.com", re.I)
_COMMUNITY_TITLE = re.compile(r"^(?:ask|tell|show)\s+hn\b|^\s*(?:quick|some|a few|my)\s+thoughts\b"
                              r"|\((?:discussion|thread|megathread)\)\s*$|\bdiscussion\s+thread\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I've|I'll|my|me)\b")
# "Title I", "Phase I", "World War I": a numeral, not the writer
_NUMERAL_I = re.compile(r"\b(?:title|phase|part|section|article|chapter|war|class|tier|level|type|stage|round|"
                        r"schedule|annex|volume|appendix)\s+I\b(?!')", re.I)
# A reporter in the first person is still reporting: "officials I spoke with", "what I'm hearing", "told me"
_FIRST_PERSON_REPORTING = re.compile(r"\b(?:I\s+(?:spoke|talked|interviewed|asked|listened|watched|reviewed|obtained|"
                                     r"reached|contacted|confirmed|learned|heard|attended)|I'm\s+(?:hearing|told)|"
                                     r"I've\s+(?:learned|confirmed|heard|been\s+told|obtained|reviewed)|"
                                     r"(?:told|tell|tells|showed|sent)\s+me)\b")
_REPORTED = re.compile(r"\b(?:says?|said|calls?|called|claims?|warns?|tells?|told|argues?|insists?|"
                       r"declares?|:)\b|:", re.I)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{0,600}[\"\u201d]")


def detect(doc: Doc, reports_event: Callable[[], bool] = lambda: False) -> tuple[str, str]:
    """``(kind, why)`` with kind in news | opinion | explainer. ``reports_event()`` says whether the headline
    reports an event (called only when a weak explainer cue needs it)."""
    if _OPINION_URL.search(doc.url):
        return "opinion", "opinion section URL"
    # a blog whose headline reports an event in the third person is (often breathless) news
    if _OPINION_SOURCE.search(doc.publisher or "") and not (
            reports_event() and not _FIRST_PERSON.search(_QUOTED.sub(" ", doc.body[:4000]))):
        return "opinion", f"publisher '{doc.publisher}'"
    if _COMMUNITY_TITLE.search(doc.title):
        return "opinion", "community discussion"
    if _EXPLAINER_TITLE.search(doc.title):
        return "explainer", "explainer headline"  # "What is a supply-chain risk?" asks in order to explain
    m = _OPINION_TITLE.search(doc.title)
    if m and m.group(0).lower().startswith("is ") and _REPORTED.search(doc.title):
        m = None  # "Hegseth says Anthropic is a risk" reports a claim; it is not the writer's verdict
    if m:
        return "opinion", f"headline '{m.group(0).strip()}'"
    if _EXPLAINER_TITLE_WEAK.search(doc.title) and not reports_event():
        return "explainer", "explainer headline, no event in it"
    body = _QUOTED.sub(" ", doc.body[:4000])
    if len(_OPINION_BODY.findall(body)) >= 2:
        return "opinion", "first-person argument"
    if _FIRST_PERSON_REPORTING.search(body):
        return "news", "first-person reporting"
    first = len(_FIRST_PERSON.findall(_NUMERAL_I.sub(" ", body)))
    if first >= 3 or (first >= 1 and len(body) < 1500):
        return "opinion", "first-person voice"
    return "news", ""
