"""What happened, to whom, how certainly: rule-based event triggers found in sentences. Pure.

Each trigger names an event kind, the rubric component it feeds (regulatory, legal, financial,
operational), its points when enacted, a lean for the principal party (-1 bad .. +1 good) and the
phrase it quotes. Certainty is read from the sentence: negated ("did not designate", "denied that
the department plans to") drops the trigger, threatened ("threatens to", "will designate", "unless"),
scheduled ("to hear ... Tuesday") and speculated ("could", "may", "in talks to") scale it; the
trigger's own words never set it. A request ("urge the court to reject") is no event at all.

What an article recalls is marked background, so its own news is chosen as the primary event:
headline context ("after", "over"), relative clauses ("the company that refused"), standing states
("still", "remains", "under a designation"), earlier events ("last month", "a day after the order",
"despite"), a measure named with a definite article in the body ("the supply chain risk designation")
and the ruling an appeal is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.classify.text import Doc

_F = re.IGNORECASE


@dataclass(frozen=True)
class Trigger:
    event: str
    component: str
    points: float
    lean: float
    label: str
    pattern: re.Pattern[str]
    certain: bool = False  # the trigger itself is an event (an ultimatum is delivered even if its threat is not)
    keys: tuple[str, ...] = ()  # cheap pre-filter: the pattern can only match if one of these is in the text


# the bench doubting someone's case: "judges pressed the government", "the panel seemed skeptical of the company"
_BENCH_DOUBTS = (r"\b(?:judges?|panel|justices|court)\b(?!\s+department)[^.;]{0,40}\b(?:skeptic\w*|doubt\w*|question\w*|"
                 r"press\w*|grill\w*)\b[^.;]{0,30}\b")


def _t(event: str, component: str, points: float, lean: float, label: str, rx: str, certain: bool = False) -> Trigger:
    return Trigger(event, component, points, lean, label, re.compile(rx.replace("DPA", "dpa")), certain,
                   KEYS.get(event, ()))


KEYS: dict[str, tuple[str, ...]] = {
    # Every match of a trigger's pattern contains one of its keys; sentences without any key are skipped.
    "designation": ("supply", "security risk", "security threat", "enemy", "designation"),
    "ban": ("using", "use ", "ban", "agencies", "nationwide", "off", "wide", "government", "prohibit", "purg", "limits"),
    "blacklist": ("blacklist", "list"),
    "ultimatum": ("ultimatum", "deadline", "day", "p.m", "pm", "end of", "or face", "comply by", "hours",
                  "final offer", "leave it"),
    "dpa": ("production act", "dpa"),
    "memo": ("lawful", "memo"),
    "ruling_for": ("judge", "court", "circuit", "justice", "injunction", "restraining", "block", "win ", "wins ",
                   "rule", "ruling", "legal"),
    "settlement": ("settle", "wind", "litigation", "lawsuit", "legal fight"),
    "appeal": ("appeal", "the ruling", "the injunction"),
    "restoration": ("restor", "resum", "reinstat", "back on", "back to", "bring", "brought", "keep", "kept",
                    "continu"),
    "ruling_against": ("judge", "court", "circuit", "justice", "panel", "los", "setback"),
    "lawsuit": ("sue", "suing", "lawsuit", "suit", "legal challenge", "petition", "complaint", "to court",
                "legal action", "litigation", "challenge"),
    "hearing": ("argument", "hearing", "hear", "face off", "judges", "panel", "justices"),
    "bench_doubts_government": ("skeptic", "doubt", "question", "press", "grill"),
    "bench_doubts_principal": ("skeptic", "doubt", "question", "press", "grill"),
    "congress": ("senate", "house", "congress", "committee", "lawmakers", "senator", "representatives", "legislat"),
    "amicus": ("amic", "friend", "brief"),
    "cancellation": ("contract",),
    "money": ("$", "million", "billion"),
    "fallout": ("contractor", "supplier", "prime", "lockheed", "boeing", "raytheon", "customers", "integrator",
                "employees"),
    "exclusion": ("left", "leav", "shut", "lock", "cut", "exclud", "sidelin", "classified", "but not", "access", "roster",
                  "not among", "not included", "not on the list",
                  "froze", "passed over", "without anthropic"),
    "competitor_deal": ("xai", "openai", "google", "grok", "meta", "microsoft", "amazon", "deal", "agreement",
                        "contract", "pact", "accredit", "clear", "authoriz", "approv"),
    "truce": ("truce", "threat", "reconcil", "thaw", "lift", "drop", "rescind", "revers", "withdr",
              "reprieve", "cease", "tente", "peace", "mend", "hatchet", "olive", "rapproch", "restor", "reinstat"),
    "refusal": ("resist", "refus", "reject", "defi", "defy", "conscience", "red line", "won't", "stand", "says no",
                "say no", "turns down", "turn down", "rebuff", "the line", "a line"),
    "support": ("letter", "petition", "signator", "engineers", "employees", "workers", "staff", "researchers"),
    "endorsement": ("red line", "backs", "backing", "rall", "support", "same ", "shared ", "side with", "sides with", "sided with",
                    "stand with", "stands with", "standing with", "solidarity", "proud"),
}


TRIGGERS: tuple[Trigger, ...] = (
    _t("designation", "regulatory", 6.0, -0.9, "formal supply-chain-risk designation",
       r"\b(?:designat\w*|label\w*|brand\w*|declar\w*|nam(?:e|ed|es|ing)|deem\w*|tag\w*|flag\w*|list\w*|classif\w*|"
       r"add\w*)\b[^.;]{0,70}supply[\s-]*chain[\s-]*risk"
       r"|supply[\s-]*chain[\s-]*risk[\s-]*(?:designation|label|finding|determination)"
       r"|\bdesignation\b[^.;]{0,30}\b(?:official|formal|final|finali[sz]ed|takes\s+effect|in\s+effect)\b"
       r"|\b(?:official|formal|final)(?:ly)?\s+(?:\w+\s+){0,2}designation\b"
       r"|\b(?:designat\w*|label\w*|brand\w*|declar\w*|deem\w*)\s+(?:\w+\s+){0,4}(?:a\s+|an\s+)?(?:national[\s-]+)?"
       r"(?:security\s+(?:risk|threat)|enemy\b)"),
    _t("ban", "regulatory", 6.0, -0.9, "federal-use ban",
       r"\b(?:stop|cease|halt|end|phase[\s-]*out|discontinu\w*)\w*\s+(?:all\s+)?(?:using|use\s+of|the\s+use)"
       r"|\bban(?:s|ned|ning)?\b[^.;]{0,50}\b(?:federal|agenc\w+|government|nationwide)"
       r"|\b(?:federal|all)\s+agencies\b[^.;]{0,60}\b(?:stop|cease|phase[\s-]*out|ban)\w*"
       r"|\bcut(?:s|ting)?\s+(?:\w+\s+){0,2}off\b[^.;]{0,40}\b(?:federal|government|agencies)"
       r"|\bgovernment-?wide\b[^.;]{0,40}\b(?:cutoff|ban|halt)|\bbars?\s+(?:federal\s+)?agencies"
       r"|\borders?\b[^.;]{0,40}\b(?:agencies|government)\b[^.;]{0,30}\b(?:drop|stop|cease|end|phase)"
       r"|\b(?:prohibit\w*|purg\w*)\b[^.;]{0,50}\b(?:federal|agenc\w+|government)|\boff-?limits\b"),
    _t("blacklist", "regulatory", 5.0, -0.8, "blacklisting",
       r"\bblacklist\w*|\b(?:put\w*|plac\w*)\s+(?:\w+\s+){1,3}on\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}list\b"),
    _t("ultimatum", "regulatory", 4.0, -0.6, "ultimatum with a deadline",
       r"\bultimatum\b|\bdeadline\b|\b(?:by|until|before)\s+(?:(?:this|next)\s+)?(?:monday|tuesday|wednesday|"
       r"thursday|friday|saturday|sunday|5(?::01)?\s*p\.?m\.?|the\s+end\s+of\s+(?:the\s+)?(?:week|month))|"
       r"\bor\s+face\b|\bcomply\s+by\b|\b\d+\s+hours\s+to\b|\bfinal\s+offer\b|\btake\s+it\s+or\s+leave\s+it\b"
       r"|\bgives?\b[^.;]{0,40}\b\d+\s+(?:days|hours)\b", certain=True),
    _t("dpa", "regulatory", 3.5, -0.6, "Defense Production Act", r"defen[cs]e\s+production\s+act|\bDPA\b"),
    _t("memo", "regulatory", 3.0, -0.3, "'any lawful use' requirement", r"any\s+lawful\s+use|\bmemo(?:randum)?\b"),
    _t("ruling_for", "legal", 5.0, 0.8, "court blocks the government's action",
       r"\b(?:judge|court|circuit|justices?)\b(?!\s+department)[^.;]{0,90}\b(?:block\w*|halt\w*|enjoin\w*|paus\w*|freez\w*|"
       r"suspend\w*|strik\w* down|vacat\w*|sid(?:e|es|ed) with|(?:bar|ban)\w*\s+(?:\w+\s+){1,3}from)\b"
       r"|\b(?:preliminary|temporary)\s+(?:injunction|restraining order)\b|\binjunction\b|\bblocks?\b[^.;]{0,40}\blabel\b"
       r"|\bwins?\b[^.;]{0,40}\b(?:injunction|round|ruling|case|court|reprieve|stay)\b"
       r"|\brul(?:e|es|ed|ing)\b[^.;]{0,50}\b(?:unconstitutional|unlawful|illegal|invalid|arbitrary)\b"
       r"|\b(?:court|legal)\s+(?:win|victory)\b"
       r"|\b(?:judge|court)\s+(?:finds|found|says|said|concludes|concluded)\b[^.;]{0,60}\b(?:retaliat\w*|"
       r"unconstitutional|unlawful|violat\w*)"),
    _t("ruling_against", "legal", 4.0, -0.6, "court declines to halt the government's action",
       r"\b(?:judge|court|circuit|justices?|panel)\b(?!\s+department)[^.;]{0,90}\b(?:declin\w*|den(?:y|ies|ied)|reject\w*|refus\w*|"
       r"uph[oe]ld\w*|dismiss\w*|sid(?:e|es|ed) with the (?:pentagon|government)|won't|will\s+not|"
       r"leaves?\b[^.;]{0,40}\bin\s+place|hands?\b[^.;]{0,30}\bwin)\b"
       r"|\blos(?:es|t|ing)\b[^.;]{0,30}\b(?:bid|appeal|motion|round|case)\b|\b(?:legal|court)\s+setback\b"
       r"|\bsetback\b[^.;]{0,30}\bcourt\b"),
    _t("lawsuit", "legal", 4.0, 0.0, "lawsuit against the government",
       r"\bsue[sd]?\b|\bsuing\b|\blawsuits?\b|\bfiles?\s+suit\b|\bfiled\s+(?:a\s+)?suit\b|legal\s+challenge"
       r"|petition\s+for\s+review|\bcomplaints?\b|\bsuit\b|\btakes?\b[^.;]{0,40}\bto\s+court\b"
       r"|\blegal\s+action\b|\blitigation\b|\bfiles?\b[^.;]{0,20}\b(?:petition|challenge)\b"),
    _t("congress", "regulatory", 2.0, 0.0, "lawmakers take it up",
       r"\b(?:senate|house|congress\w*|committee|subcommittee|lawmakers|senators?|representatives|legislat\w+)\b"
       r"[^.;]{0,80}\b(?:hearings?|testif\w*|testimony|letter|bill|probe|investigat\w*|inquiry|demand\w*|press\w*|"
       r"question\w*|subpoena\w*|amendment|grill\w*)\b|\b(?:hearing|bill|probe|inquiry)\b[^.;]{0,40}\b(?:senate|house|congress\w*|"
       r"committee|lawmakers|senators?)\b"
       r"|\bbefore\s+(?:a\s+|the\s+)?(?:senate|house|congressional)\s+(?:\w+\s+)?(?:panel|committee|subcommittee)\b"),
    _t("amicus", "legal", 1.0, 0.3, "friend-of-the-court briefs",
       r"\bamic(?:us|i)\b|friend[\s-]+of[\s-]+the[\s-]+court|\bbriefs?\b[^.;]{0,40}\b(?:support\w*|backing|filed)\b"),
    _t("bench_doubts_government", "legal", 2.0, 0.4, "judges doubt the government's case",
       _BENCH_DOUBTS + r"(?:pentagon|government|department|administration)\b"),
    _t("bench_doubts_principal", "legal", 2.0, -0.4, "judges doubt the principal's case",
       _BENCH_DOUBTS + r"(?:anthropic|the\s+company|the\s+ai\s+(?:firm|company|developer))\b"),
    _t("hearing", "legal", 2.0, 0.0, "court hearing",
       r"\boral\s+arguments?\b|(?<!i'm )(?<!i\u2019m )(?<!\bam )(?<!\bare )(?<!\bis )(?<!\bbeen )\bhearings?\b|\bto\s+hear\b|\bhears?\b[^.;]{0,30}\b(?:case|challenge|appeal|arguments?)"
       r"|\bface\s+off\b[^.;]{0,30}\b(?:court|judges|panel)"
       r"|\b(?:judges|panel|justices)\s+(?:had\s+|has\s+|raised?\s+)?(?:question|press|grill|skeptical|weigh|doubt)\w*"
       r"|\b(?:monday|tuesday|wednesday|thursday|friday)'s\s+(?:oral\s+)?arguments?\b"),
    _t("cancellation", "financial", 3.0, -0.7, "contract cancelled",
       r"\b(?:cancel\w*|terminat\w*|revok\w*|rescind\w*|tear\s+up|void\w*)\b[^.;]{0,50}\bcontracts?\b"
       r"|\bcontracts?\b[^.;]{0,40}\b(?:cancel\w*|terminat\w*|revok\w*)"),
    _t("money", "financial", 1.5, 0.0, "money at stake",
       r"\$\s?\d[\d.,]*\s*(?:million|billion|bn|m)\b|\b\d[\d.,]*\s+(?:million|billion)\s+dollars"),
    _t("fallout", "operational", 4.0, -0.7, "contractors drop the product",
       r"\b(?:contractors?|suppliers?|primes?|lockheed\w*|boeing|raytheon|customers|integrators?|employees)\b[^.;]{0,70}"
       r"\b(?:drop\w*|mov\w*\s+off|stop\w*\s+using|strip\w*|abandon\w*|switch\w*|cut\w*\s+ties|phas\w*\s+out|replac\w*|purg\w*|"
       r"rip\w*\s+out|remov\w*|certify\w*|scrambl\w*|\w+-free|paus\w*|suspend\w*|wind\w*\s+down|offboard\w*)"),
    _t("exclusion", "operational", 3.0, -0.6, "excluded from classified work",
       r"\b(?:left|leav\w*|shut|lock\w*|cut)\s+(?:\w+\s+){0,3}out\b|\bexclud\w*|\bsidelin\w*"
       r"|\bclassified\s+networks?\b|\bbut\s+not\s+(?:for\s+)?(?:anthropic|claude)\b|\b(?:expand\w*|broaden\w*|widen\w*)\b[^.;]{0,40}\b(?:access|roster)\b"
       r"|\bnot\s+(?:among|included|on\s+the\s+list)\b|\b(?:frozen|froze)\s+(?:\w+\s+){0,3}out\b|\bleft\s+off\b|\bpassed\s+over\b|\bwithout\s+anthropic\b"),
    _t("competitor_deal", "financial", 2.0, -0.4, "rival wins government work",
       r"\b(?:xai|openai|google|grok|meta|microsoft|amazon)\b[^.;]{0,80}\b(?:deal|agreement|contract|cleared|"
       r"approv\w*|accredit\w*|admit\w*|clear\w*|sign\w*|pact)\b|\b(?:deal|agreement|contract|pact)\b[^.;]{0,40}\b(?:with|for)\s+"
       r"(?:xai|openai|google)\b|\b(?:accredit\w*|clears?|cleared|authoriz\w*|approv\w*)\b[^.;]{0,40}\b(?:providers?|firms|"
       r"companies|vendors|developers|models)\b"
       r"|\b(?:models|firms|providers|vendors)\s+(?:\w+\s+){0,2}(?:authoriz\w*|approv\w*|accredit\w*|cleared)\b"),
    _t("truce", "regulatory", 4.0, 0.7, "de-escalation / truce",
       r"\btruce\b|no\s+longer\s+a\s+threat|\breconcil\w*|\bthaw\w*|\breprieve\b|"
       r"\bcease-?fire\b|\bd[e\u00e9]tente\b|\bpeace\b|\bmend\w*\s+fences\b|\bbury\w*\s+the\s+hatchet\b"
       r"|\b(?:lift\w*|drop\w*|rescind\w*|revers\w*|withdr\w*)\b[^.;]{0,40}\b(?:designation|ban|label|order|threats?)\b"
       r"|\bolive\s+branch\b|\brapprochement\b|\brestor\w*\s+access\b|\breinstat\w*"),
    _t("appeal", "legal", 3.0, -0.2, "an appeal is filed",
       r"(?<!of )\b(?:appeal(?:s|ed|ing)|files?\s+(?:an\s+)?appeal|(?:will|to|would)\s+appeal|notice\s+of\s+appeal|"
       r"challeng\w*\s+the\s+(?:ruling|injunction))\b(?!\s+(?:court|panel|judges?|to|for|process)\b)"),
    _t("settlement", "legal", 4.0, 0.6, "settlement of the dispute",
       r"\bsettle(?:s|d|ment|ments)?\b|\bwind\w*\s+down\b[^.;]{0,40}\b(?:litigation|lawsuits?|case|dispute)"
       r"|\b(?:resolv\w*|end)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:litigation|lawsuits?|legal\s+fight)\b"),
    _t("restoration", "operational", 1.5, 0.5, "customers keep or switch back on the product",
       r"\b(?:restor\w*|resum\w*|reinstat\w*)\b[^.;]{0,50}\b(?:claude|anthropic|services?|tools?|models?|access|use)\b"
       r"|\b(?:switch\w*|turn\w*)\s+(?:\w+\s+){0,3}back\s+on\b|\b(?:bring\w*|brought)\s+(?:\w+\s+){0,3}back\b"
       r"|\b(?:go|goes|going|went|return\w*)\s+back\s+to\s+(?:using\s+)?(?:claude|anthropic)\b"
       r"|\b(?:keep\w*|kept|continu\w*\s+to)\s+(?:\w+\s+){0,2}(?:using|use|offer\w*|deploy\w*)\s+(?:\w+\s+){0,2}"
       r"(?:claude|anthropic)"),
    _t("refusal", "operational", 4.0, -0.3, "principal refuses the demand",
       r"\bresist\w*|\brefus\w*|\breject\w*|\bdefi(?:es|ed|ant|ance)|\bdefy\w*|cannot\s+in\s+good\s+conscience|\bred\s+lines?\b"
       r"|\bwon't\s+(?:budge|back\s+down|drop|remove|bend)|\bstands?\s+firm|\bsays?\s+no\b|\bturns?\s+down\b"
       r"|\brebuff\w*|\bholds?\s+the\s+line\b|\bdraws?\s+(?:a|the)\s+line\b", certain=True),
    _t("support", "operational", 1.0, 0.4, "industry support: an open letter",
       r"\bopen\s+letter\b|\bsign\w*\s+(?:a|an|the)\s+letter|\bletter\s+backing\b|\bsignator\w*"
       r"|(?<!circuit )(?<!court )(?<!'s )\bpetition\b(?!\s+(?:against|for\s+review|in\b|before|to\s+the\s+court|challenging))"
       r"|\b(?:engineers|employees|workers|staff|researchers)\b[^.;]{0,40}\b(?:back\w*|support\w*|rall\w*|sign\w*)"),
    _t("endorsement", "operational", 1.0, 0.4, "a peer endorses the principal's position",
       r"\bshares?\b[^.;]{0,40}\bred\s+lines?\b|\bbacks\b|\bsid(?:e|es|ed)\s+with\s+anthropic\b|\bstand\w*\s+with\b"
       r"|\bsolidarity\b|\bproud\b|\bbacking\b|\brall\w*\s+behind|\bsupport\w*\s+anthropic"
       r"|\b(?:same|shared)\s+(?:principles|red\s+lines|limits|safeguards|position|stance)\b"),
)

NEGATION = re.compile(
    r"\b(?:not|never|no|didn't|did\s+not|doesn't|does\s+not|hasn't|has\s+not|haven't|won't|will\s+not|"
    r"wouldn't|isn't|is\s+not|wasn't|without|denied|denies|ruled\s+out|no\s+plans?\s+to|stopp\w+\s+short\s+of)\b"
    r"(?:\s+\S+){0,3}\s*$",
    _F,
)
THREAT = re.compile(
    r"\b(?:threat\w*|warn\w*|ultimatum|deadline|demand(?:s|ed|ing)?\b(?!\s+for)|unless|or\s+face|vow\w*|plans?\s+to|moves?\s+to|"
    r"seek\w*|intend\w*|push\w*|pressur\w*|if\s+it\s+(?:does\s+not|doesn't|fails))\b",
    _F,
)
SPECULATION = re.compile(
    r"\b(?:could|might|may|would|considering|consider\w*|weigh(?:s|ing)?\b(?!\s+(?:on|in)\b)|mull\w*|possible|possibly|potential\w*|"
    r"likely|reportedly|option|options|if|whether|risk\s+of|expected\s+to)\b",
    _F,
)


@dataclass(frozen=True)
class Hit:
    trigger: Trigger
    certainty: str  # enacted | threatened | scheduled | speculated | negated
    phrase: str
    sentence: str
    in_lead: bool
    in_title: bool = False
    background: bool = False  # in the headline but after "after", "amid", "over"...: context, not the news

    @property
    def factor(self) -> float:
        return {"enacted": 1.0, "threatened": 0.6, "scheduled": 0.6, "speculated": 0.4, "negated": 0.0}[self.certainty]


# a denial reaches further than "not": "denied that the department plans to designate"
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|ruled?\s+out|rules\s+out|no\s+plans?\s+to)\b"
                     r"(?:\s+(?!and\b|but\b|said\b|says\b|while\b|as\b)[^\s,;:]+){0,6}\s*$", _F)
# "we will designate", "is set to ban": announced, not yet done
_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|set\s+to|about\s+to|poised\s+to)\s+(?:\w+\s+)?$", _F)
_SCHEDULED = re.compile(r"\b(?:to\s+hear|will\s+(?:hear|hold|testify)|set\s+to|scheduled|heads?\s+to|headed\s+to|"
                        r"ahead\s+of|next\s+week|tomorrow|upcoming|later\s+this\s+(?:week|month))\b", _F)
_TALKS = re.compile(r"\b(?:talks?|negotiat\w*|discuss\w*|explor\w*|seek\w*|hop\w*|open\s+to|overture\w*)\b", _F)
# a condition just before the trigger, in the same clause: "even if it wins", "unless the court blocks"
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\s+(?:[^\s,;:]+\s+){0,5}$", _F)
_INNER_NEGATION = re.compile(r"\b(?:won't|will\s+not|not|declin\w*|refus\w*|den(?:y|ies|ied))\b", _F)


def _talks_ahead(sentence: str) -> bool:
    """Talks still under way ("in talks to settle"), not talks that came before ("after Amodei talks")."""
    return any(not _AFTER_TALKS.search(sentence, 0, m.start()) for m in _TALKS.finditer(sentence))


_AFTER_TALKS = re.compile(r"\b(?:after|following|since)\s+(?:\S+\s+){0,3}$", _F)


def _certainty(trigger: Trigger, sentence: str, start: int, end: int | None = None, question: bool = False) -> str:
    before = sentence[max(0, start - 60): start]
    own = sentence
    if end is not None:  # the trigger's own words ("no longer a threat") do not make it a threat
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    if NEGATION.search(before) or _DENIAL.search(before):
        return "negated"
    if _CONDITIONAL.search(before):
        return "speculated"  # "even if Anthropic wins in court": a condition, not a ruling
    if question and trigger.component != "legal":
        return "speculated"  # a headline that asks does not report the measure
    if trigger.event == "ruling_for" and end is not None and _INNER_NEGATION.search(own[start:end]):
        return "negated"
    if trigger.certain:
        return "enacted"
    if (trigger.event in ("hearing", "congress") or trigger.event.startswith("bench")) and _SCHEDULED.search(own):
        return "scheduled"  # a preview of a hearing is not the hearing
    if trigger.event == "settlement" and (SPECULATION.search(sentence) or _talks_ahead(sentence)):
        return "speculated"  # "reportedly in talks to settle" is not a settlement
    if THREAT.search(sentence) or _FUTURE.search(before):
        return "threatened"
    if trigger.component != "legal" and SPECULATION.search(sentence):
        return "speculated"
    if trigger.event == "truce" and _talks_ahead(sentence):
        return "speculated"  # talks toward a settlement are not one
    return "enacted"


def _phrase(sentence: str, start: int, end: int) -> str:
    a = max(0, start - 40)
    b = min(len(sentence), end + 40)
    a = sentence.rfind(" ", 0, a) + 1 if a > 0 else 0
    bb = sentence.find(" ", b)
    b = len(sentence) if bb < 0 else bb
    text = sentence[a:b].strip(" ,;:")
    return ("..." if a > 0 else "") + text + ("..." if b < len(sentence) else "")


_CLAUSE_BREAK = re.compile(r"\s[\u2014\u2013-]\s|[:;]")
_CONTEXT = re.compile(r"\b(?:after|amid|following|over|despite|since|in\s+(?:the\s+)?wake\s+of|as)\b", _F)


# "the AI company that defied the Pentagon": a clause describing a party, not the headline's news
_RELATIVE = re.compile(r"\b(?:firm|company|lab|startup|developer|maker|ai|ruling|order|decision|judge|court)\s+(?:that|which|who)\s+(?:\w+\s+)?$", _F)


# "the designation still in force", "remains barred", "already excluded": a standing state, not new news
_STATE = re.compile(r"\b(?:still|remains?|remained|already|continues?\s+to|previously|under)\b(?:\s+\S+){0,2}\s*$", _F)
# "... declined to pause last month": something that happened before this news
_PAST_AFTER = re.compile(r"[^.;]{0,40}?\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|"
                         r"(?:days|weeks|months)\s+ago)\b", _F)
# "... a day after the White House ordered agencies to stop": what came before this news
_AFTER = re.compile(r"\b(?:after|following|follows|followed|since|amid|despite|in\s+the\s+wake\s+of)\s+(?:[\w'-]+\s+){0,7}$", _F)
# "the government appealed the injunction": the ruling appealed is context; the appeal is the news
_APPEALED = re.compile(r"\bappeal(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,4}$", _F)
_COURT_NOUN = re.compile(r"\s*(?:court|panel|judges?|process)\b", _F)


def _appealed(s: str, st: int) -> bool:
    """The text at ``st`` is the object of an appeal ("appealed the injunction"), not "an appeals court"."""
    m = _APPEALED.search(s, max(0, st - 50), st)
    return bool(m) and not _COURT_NOUN.match(s, m.start() + len(m.group(0).split()[0]))


# "the designation", "the Pentagon's ban": in the body, a measure named with a definite article is one
# the reader already knows of (the news is what is said or done about it)
_DEFINITE = re.compile(r"\b(?:the|its|this|that|[a-z]+'s)\s+(?:[\w-]+\s+){0,2}$", _F)
_NOUN_EVENTS = frozenset({"designation", "ban", "blacklist", "memo"})
# ...named as a noun ("the supply chain risk designation"), not done by a verb ("the department designated")
_NOUN_START = re.compile(r"(?:supply|designation|ban\b|blacklist(?:ing)?\b|memo|official|formal|final|any\s+lawful)")
_REQUEST = re.compile(r"\b(?:urg\w*|ask\w*|call\w*\s+on|press\w*|petition\w*|want\w*|seek\w*|implor\w*|"
                      r"lobb\w*|push\w*)\b[^;]{0,50}$", _F)
_TO_VERB = re.compile(r"\bto\s+\w+\W*$", _F)
_TO_BEFORE = re.compile(r"\bto\s+$", _F)
_REQUESTABLE = frozenset({"ruling_for", "ruling_against", "refusal"})


def _candidate_sentences(doc: Doc, low: str, keys: tuple[str, ...], limit: int) -> set[int]:
    """Sentences holding one of ``keys`` (found with str.find: far cheaper than a regex scan)."""
    if not keys:
        return set(range(min(limit, len(doc.spans))))
    out: set[int] = set()
    for k in keys:
        pos = low.find(k)
        while pos >= 0:
            i = doc.sentence_at(pos)
            if 0 <= i < limit:
                out.add(i)
                pos = low.find(k, doc.spans[i][1])
            else:
                pos = low.find(k, pos + 1)
    return out


def find(doc: Doc, max_sentences: int = 150) -> list[Hit]:
    """All trigger hits, one per (trigger, sentence), in sentence order. Cached on the doc."""
    got = doc.cache.get("hits")
    if got is not None:
        return got  # type: ignore[return-value]
    spans = doc.spans
    title_n = doc.title_sentences
    lead_n = doc.lead_sentences
    text = doc.full
    low = doc.lower  # same length as ``full``: patterns are lower-case, no IGNORECASE scan
    found: list[tuple[int, int, Hit]] = []
    for order, t in enumerate(TRIGGERS):
        for i in sorted(_candidate_sentences(doc, low, t.keys, max_sentences)):
            a, b = spans[i]
            m = t.pattern.search(low, a, b)
            if not m:
                continue
            s = text[a:b]
            st, en = m.start() - a, m.end() - a
            in_title = i < title_n
            if t.event in _REQUESTABLE and _REQUEST.search(s, max(0, st - 60), st) \
                    and (_TO_VERB.search(s, st, en) or _TO_BEFORE.search(s, max(0, st - 4), st)):
                continue  # "groups urge the court to reject the label": a request, not a ruling or a refusal
            described = bool(_RELATIVE.search(s, max(0, st - 60), st) or _STATE.search(s, max(0, st - 40), st)
                             or (t.event != "appeal" and _appealed(s, st))
                             or (not in_title and t.event in _NOUN_EVENTS and _NOUN_START.match(low, a + st)
                                 and _DEFINITE.search(s, max(0, st - 40), st))
                             or _PAST_AFTER.match(s, en) or (not in_title and _AFTER.search(s, max(0, st - 70), st)))
            if in_title and described:
                in_title = False  # describes a party or a standing state; the headline's news is elsewhere
            background = described or (in_title and bool(_CONTEXT.search(s, 0, st)))
            question = in_title and s.rstrip(" .").endswith("?") and not _CLAUSE_BREAK.search(s, en)
            found.append((i, order, Hit(t, _certainty(t, s, st, en, question), _phrase(s, st, en), s, i < lead_n,
                                        in_title=in_title, background=background)))
    hits = [h for _, _, h in sorted(found, key=lambda x: (x[0], x[1]))]
    doc.cache["hits"] = hits
    return hits


PRECEDENCE: tuple[str, ...] = (
    "ruling_against", "ruling_for", "appeal", "settlement", "congress", "bench_doubts_government", "bench_doubts_principal", "hearing", "lawsuit", "amicus", "truce", "restoration",
    "fallout", "ban", "designation",
    "cancellation", "blacklist", "support", "endorsement", "refusal", "ultimatum", "competitor_deal",
    "exclusion", "dpa", "memo",
)
# Threatened measures are one event, the threat: an ultimatum, a warning of a label, of the DPA, of cancellation.
THREAT_EVENTS = frozenset({"ultimatum", "designation", "blacklist", "dpa", "cancellation", "ban"})


def event_key(hit: Hit | None) -> str | None:
    """The kind of event an article reports, for clustering: threatened measures all count as a threat."""
    if hit is None:
        return None
    e = hit.trigger.event
    if e in THREAT_EVENTS and (e == "ultimatum" or hit.certainty in ("threatened", "speculated")):
        return "threat"
    if e == "blacklist":
        return "designation"
    if e.startswith("bench_doubts"):
        return "hearing"  # how the bench leaned is part of the hearing
    return "rival_access" if e in ("exclusion", "competitor_deal") else e
_RANK = {e: i for i, e in enumerate(PRECEDENCE)}


def primary(hits: list[Hit]) -> Hit | None:
    """The event the article reports: the most specific live trigger of the headline, else of the lead,
    else the strongest anywhere. Rulings and filings outrank the designation they are about."""
    live = [h for h in hits if h.certainty != "negated" and h.trigger.event in _RANK]
    if not live:
        return None
    title = [h for h in live if h.in_title and not h.background]
    title_context = [h for h in live if h.in_title and h.background]
    lead = [h for h in live if h.in_lead]
    # a headline whose only event is context ("lawmakers grill Hegseth over the blacklisting") reports what
    # its lead reports in the foreground; failing that, the context is the news
    for group in (title, [h for h in lead if not h.background and not h.in_title], title_context, lead):
        if group:
            return min(group, key=lambda h: (_RANK[h.trigger.event], -h.factor))
    return max(live, key=lambda h: (not h.background, h.trigger.points * h.factor, -_RANK[h.trigger.event]))
