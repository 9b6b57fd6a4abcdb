"""Write ``tests/data/heldout2.jsonl``: the FINAL check set. Nobody tunes against it or reads its errors.

It is the last, untouched measure of how the classifier does on news as it really arrives from RSS feeds. It was
written after ``labelled.jsonl`` and ``heldout.jsonl`` by someone who read neither beyond their format, in other
words again, and styled like feed items: wire copy and its local-TV reprints, Politico / trade-press briefs,
Google-News items whose text is a one-line snippet ("Headline - Outlet"), Hacker News items (a link title plus
points and comment counts), press releases, newsletter and podcast blurbs, with HTML entities and leftover
boilerplate ("Read more", "Subscribe", "The post ... appeared first on ...") left in as feeds carry them.

It covers issue 3's story so far, three later turns that neither earlier set contains (an NDAA amendment, a
D.C. Circuit ruling on the merits, the Pentagon rescinding the designation), opinion and explainers, and hard
negatives of every kind named in issue 3.

RULE: run ``standoff-bot eval tests/data/heldout2.jsonl`` to read the figures only. Do not read its misses
(no ``--errors``), do not change the classifier because of it, and never copy its articles, phrases or slugs into
rules, vocabularies, tests or the other sets. Once anyone tunes against it, it stops measuring anything.

Same format and label schema as ``labelled.jsonl`` / ``heldout.jsonl``: the batch-classifier input (``id, url,
title, text, published, source``) plus ``label`` = ``relevant``, ``development`` (slug of the real-world event;
null for opinion / explainers and for negatives), ``impact`` (1-10), ``sentiment`` (five tiers, for Anthropic),
``category`` and ``syndicated_of`` (id of the original when the text is a reprint). Outlet names are used for
realism; URLs and texts are fictional and our own words.

Run: ``.venv/bin/python tests/data/make_heldout2.py`` (deterministic; rewrites the .jsonl next to it).
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

OUT = Path(__file__).with_name("heldout2.jsonl")

# development slug -> (category, impact, sentiment): defaults for straight news about that event.
DEVELOPMENTS: dict[str, tuple[str, int, str]] = {
    "memo-any-lawful-use": ("Policy", 6, "bearish"),
    "xai-classified-deal": ("Contracts", 5, "bearish"),
    "ultimatum": ("Regulation", 7, "bearish"),
    "amodei-statement": ("Regulation", 6, "bearish"),
    "engineers-open-letter": ("Industry", 4, "bullish"),
    "altman-red-lines": ("Industry", 4, "bullish"),
    "openai-pentagon-agreement": ("Contracts", 5, "bearish"),
    "federal-use-ban": ("Regulation", 9, "very-bearish"),
    "supply-chain-designation": ("Regulation", 9, "very-bearish"),
    "contractors-drop-claude": ("Contracts", 7, "bearish"),
    "lawsuits-filed": ("Legal", 7, "neutral"),
    "preliminary-injunction": ("Legal", 8, "bullish"),
    "dc-circuit-denies-stay": ("Legal", 7, "bearish"),
    "classified-clearance-without-anthropic": ("Contracts", 6, "bearish"),
    "dc-circuit-oral-argument": ("Legal", 5, "neutral"),
    "truce": ("Policy", 7, "bullish"),
    # later turns that neither labelled.jsonl nor heldout.jsonl contains
    "ndaa-amendment": ("Policy", 5, "bullish"),
    "dc-circuit-merits-ruling": ("Legal", 8, "bullish"),
    "designation-rescinded": ("Regulation", 8, "very-bullish"),
}
LATER = ("ndaa-amendment", "dc-circuit-merits-ruling", "designation-rescinded")

# id prefix of a negative -> what kind of hard negative it is
NEGATIVE_KINDS: dict[str, str] = {
    "n2-ant": "other Anthropic news (launches, funding, copyright, offices)",
    "n2-dod": "other Pentagon AI contracts and programmes",
    "n2-reg": "other AI regulation",
    "n2-scr": "other supply-chain-risk designations",
    "n2-word": "'anthropic' / 'Claude' in an ordinary sense",
    "n2-heg": "Hegseth news unrelated to AI",
    "n2-phrase": "'Defense Production Act' / 'red lines' / deadlines elsewhere",
}

ARTICLES: list[dict] = []
_BY_ID: dict[str, dict] = {}


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:72]


def _clean(text: str) -> str:
    paras = [" ".join(p.split()) for p in textwrap.dedent(text).strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def _url(domain: str, published: str | None, title: str) -> str:
    day = (published or "2026-07-01")[:10]
    y, m, d = day.split("-")
    slug = _slug(title)
    n = len(ARTICLES)
    styles = (
        f"https://www.{domain}/{y}/{m}/{d}/{slug}/",
        f"https://{domain}/article/{slug}-{y}{m}{d}",
        f"https://www.{domain}/news/{slug[:48]}-{410000 + 53 * n}",
        f"https://{domain}/{y}/{m}/{slug}.html",
        f"https://www.{domain}/story/{slug[:56]}?utm_source=rss&utm_medium=feed",
        f"https://{domain}/item?id={44100000 + 7919 * n}",
    )
    if domain == "news.ycombinator.com":
        return styles[5]
    return styles[n % 5]


def _add(id: str, *, relevant: bool, dev: str | None, published: str | None, source: str, domain: str,
         title: str, text: str, impact: int | None, sentiment: str | None, category: str | None,
         syndicated_of: str | None = None) -> dict:
    if id in _BY_ID:
        raise ValueError(f"duplicate id {id}")
    row = {
        "id": id,
        "url": _url(domain, published, title),
        "title": title,
        "text": _clean(text),
        "published": published,
        "source": source,
        "label": {
            "relevant": relevant,
            "development": dev,
            "impact": impact,
            "sentiment": sentiment,
            "category": category,
            "syndicated_of": syndicated_of,
        },
    }
    ARTICLES.append(row)
    _BY_ID[id] = row
    return row


def news(id, dev, published, source, domain, title, text, *, impact=None, sentiment=None, category=None):
    """A relevant article reporting development ``dev``; labels default to the development's."""
    cat, imp, sent = DEVELOPMENTS[dev]
    return _add(id, relevant=True, dev=dev, published=published, source=source, domain=domain, title=title,
                text=text, impact=imp if impact is None else impact,
                sentiment=sent if sentiment is None else sentiment, category=cat if category is None else category)


def view(id, published, source, domain, title, text, *, impact, sentiment, category="Opinion"):
    """A relevant opinion, explainer or analysis piece that reports no single event (development null)."""
    return _add(id, relevant=True, dev=None, published=published, source=source, domain=domain, title=title,
                text=text, impact=impact, sentiment=sentiment, category=category)


def neg(id, published, source, domain, title, text):
    """A hard negative: shares names or vocabulary with the story but is not about it."""
    return _add(id, relevant=False, dev=None, published=published, source=source, domain=domain, title=title,
                text=text, impact=None, sentiment=None, category=None)


def syn(orig_id, id, source, domain, title, *, published=None, drop_last=False, tail=None):
    """A reprint of ``orig_id`` under the outlet's own headline, as syndication partners run wire copy."""
    orig = _BY_ID[orig_id]
    paras = orig["text"].split("\n\n")
    if drop_last and len(paras) > 1:
        paras = paras[:-1]
    if tail:
        paras.append(tail)
    lab = orig["label"]
    return _add(id, relevant=lab["relevant"], dev=lab["development"], published=published or orig["published"],
                source=source, domain=domain, title=title, text="\n\n".join(paras), impact=lab["impact"],
                sentiment=lab["sentiment"], category=lab["category"], syndicated_of=orig_id)


def hn(points: int, comments: int, url: str, note: str = "") -> str:
    """The body of a Hacker News RSS item: link, comment link, counts, optionally a submitter's comment."""
    body = f"Article URL: {url}\n\nComments URL: https://news.ycombinator.com/item?id={points * 1013}"
    body += f"\n\nPoints: {points}\n\n# Comments: {comments}"
    return body + (f"\n\n{note}" if note else "")


AP_TAIL = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed."
)

# =========================================================================== the story so far
# --------------------------------------------------------------------------- Jan 9 memo
news("h2-memo-bd", "memo-any-lawful-use", "2026-01-12T14:05:00-05:00", "Breaking Defense", "breakingdefense.com",
     "Hegseth Memo Tells AI Vendors: Accept &#8216;Any Lawful Use&#8217; Or Walk",
     """
     A Jan. 9 directive from Secretary Pete Hegseth instructs Pentagon contracting officers to write an "any
     lawful use" clause into every new agreement for artificial intelligence models, and gives companies with
     existing deals until the end of February to strip out their own usage restrictions.

     The two-page document does not name a company. But people familiar with the department's AI portfolio say
     only one frontier lab, Anthropic, currently ships its models to the department with written limits on
     domestic surveillance and on weapons that pick targets without a human.

     A Pentagon spokesperson said the department "will not let a vendor's terms of service decide what the
     warfighter can do." Anthropic said it was reviewing the memo.

     The post Hegseth Memo Tells AI Vendors: Accept &#8216;Any Lawful Use&#8217; Or Walk appeared first on
     Breaking Defense.
     """)
news("h2-memo-gn", "memo-any-lawful-use", "2026-01-13", "Federal News Network", "federalnewsnetwork.com",
     "Pentagon orders 'any lawful use' terms in AI buys, putting Anthropic limits in question - Federal News Network",
     """
     New acquisition guidance signed by Defense Secretary Pete Hegseth would bar AI suppliers from restricting
     how the department uses their models&nbsp;&#8230;
     """)

# --------------------------------------------------------------------------- xAI classified deal
news("h2-xai-reuters", "xai-classified-deal", "2026-02-11T19:42:00Z", "Reuters", "reuters.com",
     "Musk's xAI cleared to run Grok on Pentagon classified networks -sources",
     """
     WASHINGTON, Feb 11 (Reuters) - Elon Musk's xAI has signed an agreement allowing its Grok models to operate
     on the U.S. military's classified networks, two people familiar with the matter said on Wednesday, ending
     the period in which Anthropic was the only large language model provider approved for that work.

     One of the people said xAI agreed to the department's standard terms, which allow any lawful use of the
     software. Anthropic has been negotiating with the Pentagon for weeks over limits it places on surveillance
     and autonomous weapons.

     xAI and the Pentagon did not respond to requests for comment. (Reporting by Reuters staff; Editing by
     Chizu Nomiyama)
     """)
news("h2-xai-verge", "xai-classified-deal", "2026-02-11T21:10:00Z", "The Verge", "theverge.com",
     "Grok is headed to the Pentagon's secret networks",
     """
     xAI has a deal to put Grok on classified Defense Department systems, a spot that until now belonged only
     to Anthropic's Claude. It's a clear signal that the Pentagon has alternatives if Anthropic keeps its
     usage limits. Read more&#8230;
     """)

# --------------------------------------------------------------------------- ultimatum
news("h2-ult-ap", "ultimatum", "2026-02-24T18:31:00Z", "Associated Press", "apnews.com",
     "Pentagon chief sets Friday cutoff for Anthropic in clash over how military may use AI",
     """
     WASHINGTON (AP) — The Pentagon's top official delivered a blunt message to Anthropic's chief executive in
     a Tuesday meeting: lift the company's conditions on military use of Claude by one minute past 5 o'clock
     Friday evening, or pay for it. Two officials briefed on the session described it to The Associated Press.

     If Anthropic refuses, the officials said, the Pentagon is prepared to cancel its contract with the
     company, declare it a risk to the defense supply chain and possibly use the Defense Production Act, a
     Korean War-era law, to compel it to cooperate. The officials spoke on condition of anonymity to describe
     a private conversation.

     Dario Amodei, who runs Anthropic, has held firm on two points: no help with watching Americans in bulk,
     and no weapons that fire without a person making the call. A spokesperson for
     the San Francisco company said the talks were "candid" and that Anthropic wants to keep working with the
     military.

     The meeting followed weeks of tension. Earlier this month the department signed a separate agreement with
     Elon Musk's xAI for classified work.
     """)
syn("h2-ult-ap", "h2-ult-ksdk", "KSDK", "ksdk.com",
    "Defense secretary sets Friday deadline for AI company Anthropic",
    published="2026-02-24T19:05:00Z", tail=AP_TAIL)
news("h2-ult-politico", "ultimatum", "2026-02-25T06:00:00-05:00", "Politico", "politico.com",
     "Pentagon readies Defense Production Act option as Anthropic deadline nears",
     """
     Pentagon lawyers have drafted paperwork that would invoke the Defense Production Act against Anthropic if
     the company does not meet Friday's deadline, according to a defense official and a congressional aide who
     has been briefed.

     Using the 1950 law to force changes to how a software product may be used would be without precedent, and
     several Republicans on the Armed Services committees privately questioned whether it would survive a court
     challenge.

     Subscribe to Politico Pro Defense for the full story.
     """, impact=8)
news("h2-ult-axios", "ultimatum", "2026-02-24T20:15:00Z", "Axios", "axios.com",
     "Scoop: Hegseth's ultimatum to Anthropic",
     """
     The Pentagon has given Anthropic a deadline of Friday evening to accept "all lawful uses" of Claude.

     Why it matters: Losing the Pentagon would cost Anthropic more than a contract. A supply chain risk label
     would ripple through every defense contractor that uses its models.

     Go deeper: the two safeguards at the center of the fight.
     """)

# --------------------------------------------------------------------------- Amodei statement
news("h2-stmt-cnbc", "amodei-statement", "2026-02-26T22:48:00Z", "CNBC", "cnbc.com",
     "Anthropic CEO Amodei says company won't remove safeguards despite Pentagon threats",
     """
     Anthropic's Dario Amodei on Thursday rejected the Defense Department's demands, one day ahead of the
     cutoff it had imposed, saying the company's two conditions for military customers stay in place.

     Writing on the company's blog, Amodei said Claude still may not be used to surveil Americans at scale or
     to run weapons with no human in the decision, and offered an orderly handover to a rival vendor should
     the department walk away.

     The Pentagon did not immediately comment. Anthropic is privately held; its investors include Amazon and
     Alphabet.

     WATCH NOW: VIDEO03:12
     """)
news("h2-stmt-hn", "amodei-statement", "2026-02-26T23:02:00Z", "Hacker News", "news.ycombinator.com",
     "Statement from Dario Amodei on our discussions with the Department of War",
     hn(2143, 1187, "https://www.anthropic.com/news/statement-department-of-war"))

# --------------------------------------------------------------------------- engineers' open letter
news("h2-letter-wired", "engineers-open-letter", "2026-02-27T13:30:00Z", "Wired", "wired.com",
     "Researchers at OpenAI and Google Sign Letter Backing Anthropic Against the Pentagon",
     """
     More than 300 engineers and researchers at rival AI labs, including OpenAI and Google DeepMind, have put
     their names to an open letter urging their own employers to refuse the same terms the Pentagon is
     demanding from Anthropic.

     The signatories say no model should be used for mass domestic surveillance or to kill without human
     judgment, and ask lab leaders to say publicly whether they would accept such uses. Several signed
     anonymously, citing fear of retaliation.
     """)
news("h2-letter-gn", "engineers-open-letter", "2026-02-27", "Business Insider", "businessinsider.com",
     "Hundreds of AI workers at rival labs rally behind Anthropic in Pentagon fight - Business Insider",
     """
     Employees from OpenAI, Google and other companies signed an open letter supporting Anthropic's refusal to
     loosen its military safeguards.
     """)

# --------------------------------------------------------------------------- Altman
news("h2-altman-fortune", "altman-red-lines", "2026-02-27T16:20:00Z", "Fortune", "fortune.com",
     "Sam Altman says OpenAI shares Anthropic's two military red lines",
     """
     In an internal note seen by Fortune, OpenAI's Sam Altman told staff on Friday that OpenAI draws the very
     same two lines as its rival, ruling out bulk spying on Americans and weapons that kill on their own,
     putting the industry's biggest player on Anthropic's side of the argument hours before the Pentagon's
     deadline.

     Altman added that OpenAI was still talking with the department about how it could help on national
     security work within those limits.
     """)
news("h2-altman-tc", "altman-red-lines", "2026-02-27T17:05:00Z", "TechCrunch", "techcrunch.com",
     "Altman sides with Anthropic on surveillance and autonomous weapons",
     """
     In a post on X, Sam Altman said OpenAI &quot;has the same red lines&quot; as Anthropic when it comes to
     surveilling Americans and weapons without human control. The comment comes as Defense Secretary Pete
     Hegseth's deadline for Anthropic runs out.
     """)

# --------------------------------------------------------------------------- OpenAI agreement
news("h2-oai-reuters", "openai-pentagon-agreement", "2026-02-28T02:14:00Z", "Reuters", "reuters.com",
     "OpenAI reaches agreement to deploy models on Pentagon networks",
     """
     SAN FRANCISCO, Feb 27 (Reuters) - OpenAI said late on Friday it had reached an agreement with the U.S.
     Defense Department to deploy its models in classified settings, hours after the government moved to cut
     off rival Anthropic.

     Chief Executive Sam Altman said the deal included commitments on surveillance and human control of
     weapons, though he did not publish the contract language. Critics said it was unclear how those
     commitments differed from the terms Anthropic had rejected.
     """)
news("h2-oai-verge", "openai-pentagon-agreement", "2026-02-28T15:40:00Z", "The Verge", "theverge.com",
     "OpenAI signs the Pentagon deal Anthropic wouldn't",
     """
     One day, one lab gets frozen out; the next, its biggest rival signs on. OpenAI says its agreement with
     the Department of War keeps humans in charge of lethal decisions. Anthropic, meanwhile, is staring at a
     federal ban.
     """)

# --------------------------------------------------------------------------- federal-use ban
news("h2-ban-ap", "federal-use-ban", "2026-02-27T23:40:00Z", "Associated Press", "apnews.com",
     "Trump cuts off Anthropic across the federal government as Pentagon deadline passes",
     """
     WASHINGTON (AP) — Every federal department must quit Anthropic's software at once, President Donald Trump
     ordered Friday evening, widening a feud that started with the company saying no to the Pentagon.

     The order came shortly after a Pentagon deadline for the San Francisco company passed. Agencies that rely
     on Claude were told to wean themselves off it, and Defense Secretary Pete Hegseth said his department
     would begin the paperwork to brand Anthropic a threat to its supply chain.

     Anthropic said it was disappointed and would challenge any designation "through every available avenue."
     At issue are two carve-outs the company keeps in its contracts: nothing that spies on Americans
     wholesale, nothing that picks and strikes targets by itself.

     Several Democratic lawmakers called the move retaliation. The White House said national security
     decisions belong to the government, not to vendors.
     """)
syn("h2-ban-ap", "h2-ban-wtop", "WTOP", "wtop.com",
    "Trump tells agencies to drop Anthropic AI after Pentagon standoff",
    published="2026-02-28T00:12:00Z", drop_last=True, tail=AP_TAIL)
news("h2-ban-fedscoop", "federal-use-ban", "2026-03-02T10:00:00-05:00", "FedScoop", "fedscoop.com",
     "Agencies begin unplugging Claude after White House directive",
     """
     Chief information officers at several civilian agencies told staff on Monday to stop using Claude for work
     tasks, following Friday's presidential directive barring federal use of Anthropic products. The General
     Services Administration removed the company's offering from its government-wide purchasing deal.

     Officials at two agencies said pilots built on Claude, including document review tools, would be paused
     while they look for replacements.
     """, impact=8)
news("h2-ban-gn", "federal-use-ban", "2026-02-28", "The Hill", "thehill.com",
     "White House bars federal agencies from using Anthropic technology - The Hill",
     """
     The directive follows the AI company's refusal to meet a Pentagon deadline over limits on military use.
     """)

# --------------------------------------------------------------------------- supply-chain designation
news("h2-scr-bd", "supply-chain-designation", "2026-03-04T17:25:00-05:00", "Breaking Defense", "breakingdefense.com",
     "Pentagon Formally Designates Anthropic A Supply Chain Risk, A First For An American Firm",
     """
     The Defense Department has issued a formal determination naming Anthropic a supply chain risk, a step
     that bars the AI company from Pentagon contracts and tells prime contractors to remove its products from
     work they do for the department.

     The authority, in Title 10 of the U.S. Code, was written with foreign adversaries in mind and had been
     used against companies tied to China. Officials briefed reporters that contractors will have a short
     period to certify they no longer use Claude on defense programs.

     Anthropic called the decision unlawful and said it would respond in court.

     The post Pentagon Formally Designates Anthropic A Supply Chain Risk, A First For An American Firm appeared
     first on Breaking Defense.
     """)
news("h2-scr-reuters", "supply-chain-designation", "2026-03-05T01:02:00Z", "Reuters", "reuters.com",
     "Pentagon labels Anthropic a supply-chain risk, banning it from defense work",
     """
     WASHINGTON, March 4 (Reuters) - The U.S. Defense Department formally labelled AI developer Anthropic a
     supply-chain risk on Wednesday, according to a notice sent to contractors, cutting the company off from
     military business after it refused to drop limits on how its models can be used.

     The notice, which Reuters reviewed, gives contractors 30 days to stop using Anthropic products in
     defense work.
     """)
news("h2-scr-d1", "supply-chain-designation", "2026-03-05T09:00:00-05:00", "Defense One", "defenseone.com",
     "The Pentagon made its Anthropic blacklist official. Here's what contractors have to do",
     """
     Wednesday's supply chain risk determination turns last week's threats into a binding rule for anyone
     holding a defense contract. Contractors must identify where Claude is used in DOD work and certify its
     removal.

     Sign up for the D Brief newsletter.
     """, impact=8)

# --------------------------------------------------------------------------- contractors drop Claude
news("h2-prime-bloomberg", "contractors-drop-claude", "2026-03-06T14:12:00Z", "Bloomberg", "bloomberg.com",
     "Lockheed Martin Tells Staff to Stop Using Anthropic's Claude",
     """
     Lockheed Martin Corp. instructed employees to stop using Anthropic's Claude on company systems following
     the Pentagon's supply-chain-risk designation, according to an internal message seen by Bloomberg News.

     The largest US defense contractor said it would move affected teams to other approved AI tools. Other
     prime contractors are reviewing their own use of Anthropic products, people familiar said.
     """)
news("h2-prime-wt", "contractors-drop-claude", "2026-03-09T08:30:00-04:00", "Washington Technology",
     "washingtontechnology.com",
     "Primes rush to audit Claude use as DOD deadline ticks",
     """
     Compliance teams at large integrators are combing through subcontractor agreements and software
     inventories to find any use of Anthropic's models on defense work. One executive said the exercise
     resembled the scramble after the ban on Huawei and ZTE telecom gear in 2019, except that this time the
     vendor is a U.S. company.

     Subscribe to our newsletter for daily updates.
     """, impact=6)

# --------------------------------------------------------------------------- lawsuits
news("h2-suit-reuters", "lawsuits-filed", "2026-03-09T16:48:00Z", "Reuters", "reuters.com",
     "Anthropic takes Pentagon to court in two venues over blacklisting",
     """
     March 9 (Reuters) - Claude maker Anthropic went to court on Monday to overturn the Pentagon's decision to
     treat it as a threat to the military supply chain, along with the White House order keeping agencies off
     its products.

     It brought one case before a trial judge in San Francisco and a second directly to the federal appeals
     court in Washington. Both filings say officials retaliated against the company's speech, breaching the
     First Amendment, and ignored steps the statute demands.

     The Pentagon declined to comment on pending litigation.
     """)
syn("h2-suit-reuters", "h2-suit-usnews", "U.S. News & World Report", "usnews.com",
    "Claude Developer Anthropic Mounts Legal Fight Against Defense Department", published="2026-03-09T17:20:00Z")
news("h2-suit-release", "lawsuits-filed", "2026-03-09T12:00:00-07:00", "Anthropic", "anthropic.com",
     "Anthropic files legal challenges to the Department of War's designation",
     """
     SAN FRANCISCO, March 9, 2026 — Anthropic today asked two courts, the federal trial court for Northern
     California and the D.C. Circuit, to set aside the Department of War's finding that the company endangers
     its supply chain.

     "We did not want this fight," the company said. "We are asking the courts to hold the government to the
     law." Anthropic said it continues to support American national security and will keep serving customers
     who are not affected by the designation.

     About Anthropic: Anthropic is an AI safety and research company based in San Francisco.

     Media contact: press@anthropic.com
     """, sentiment="neutral")
news("h2-suit-cns", "lawsuits-filed", "2026-03-10T07:15:00-07:00", "Courthouse News Service",
     "courthousenews.com",
     "AI developer claims Pentagon blacklisting was payback for speech",
     """
     SAN FRANCISCO (CN) — Anthropic says the Defense Department branded it a threat to national security
     because the company publicly refused to let its software be used for domestic spying and robot weapons,
     according to a federal complaint filed Monday.

     The 61-page complaint seeks a preliminary injunction against the designation and the presidential
     directive, claiming First Amendment retaliation and violations of the Administrative Procedure Act.
     """)

# --------------------------------------------------------------------------- preliminary injunction
news("h2-pi-ap", "preliminary-injunction", "2026-03-26T22:05:00Z", "Associated Press", "apnews.com",
     "Court puts Pentagon's Anthropic blacklist on hold, citing likely retaliation",
     """
     SAN FRANCISCO (AP) — The government may not, for now, treat Anthropic as a danger to the military supply
     chain, a federal judge ruled Thursday, saying officials appear to have gone after the AI company because
     of what it said in public.

     The 40-page order reasons that the timing and officials' own remarks point to punishment for speech,
     which the First Amendment forbids. Until the lawsuit is decided, the White House instruction keeping
     agencies off Claude is frozen as well.

     Government lawyers are likely to seek review higher up. An Anthropic spokesperson welcomed the decision.
     """)
syn("h2-pi-ap", "h2-pi-kron", "KRON4", "kron4.com",
    "SF judge halts Pentagon's blacklisting of AI firm Anthropic", published="2026-03-26T23:30:00Z",
    tail=AP_TAIL)
news("h2-pi-law360", "preliminary-injunction", "2026-03-27T09:40:00-04:00", "Law360", "law360.com",
     "Anthropic Wins Injunction Against DOD Supply Chain Designation",
     """
     A California federal judge granted Anthropic a preliminary injunction Thursday, ruling the AI developer is
     likely to succeed on its claim that the Defense Department's supply chain risk designation was
     retaliation for protected speech.

     Law360 subscribers can read the full article. Already a subscriber? Log in.
     """)
news("h2-pi-gn", "preliminary-injunction", "2026-03-27", "The Verge", "theverge.com",
     "Anthropic wins court order pausing its 'supply chain risk' label - The Verge",
     """
     A judge found the government likely retaliated against the company for its stance on military AI.
     """)

# --------------------------------------------------------------------------- D.C. Circuit denies stay
news("h2-stay-politico", "dc-circuit-denies-stay", "2026-04-08T17:55:00-04:00", "Politico", "politico.com",
     "Appeals court won't pause Pentagon's Anthropic designation",
     """
     A three-judge D.C. Circuit panel on Wednesday refused Anthropic's request to suspend the Pentagon's own
     supply-chain-risk designation while the court hears the company's challenge, leaving it locked out of
     defense work for now.

     The order does not disturb the San Francisco injunction covering the rest of the government, so civilian
     agencies may keep using Claude. The Pentagon said it was pleased.
     """)
news("h2-stay-nextgov", "dc-circuit-denies-stay", "2026-04-09T11:20:00-04:00", "Nextgov/FCW", "nextgov.com",
     "Claude is back at civilian agencies, but the Pentagon door stays shut",
     """
     After Wednesday's D.C. Circuit order, agencies outside the Defense Department can resume using Anthropic's
     tools under the district court injunction, while the military's designation stays in force. Several CIOs
     said they would wait for written guidance from GSA before switching pilots back on.
     """, sentiment="neutral")

# --------------------------------------------------------------------------- May 1 classified clearances
news("h2-clear-bd", "classified-clearance-without-anthropic", "2026-05-01T15:30:00-04:00", "Breaking Defense",
     "breakingdefense.com",
     "Classified AI Roster Grows, And Anthropic Isn't On It",
     """
     Friday's approvals from the CDAO put OpenAI, Google and xAI models, among others, on the department's
     secret and top-secret systems. Anthropic, whose Claude was the first
     model on those networks, was not included; the department's supply chain risk designation remains in
     effect after the D.C. Circuit declined to pause it.

     The post Classified AI Roster Grows, And Anthropic Isn&#8217;t On It appeared first on Breaking Defense.
     """)
news("h2-clear-dscoop", "classified-clearance-without-anthropic", "2026-05-01T16:02:00-04:00", "DefenseScoop",
     "defensescoop.com",
     "Pentagon expands classified AI roster without Anthropic",
     """
     A memo from the department's AI office lists the vendors now authorized for classified workloads. Missing
     from the list: the company it designated a supply chain risk in March.
     """)

# --------------------------------------------------------------------------- May 19 oral argument
news("h2-oral-cns", "dc-circuit-oral-argument", "2026-05-19T18:10:00-04:00", "Courthouse News Service",
     "courthousenews.com",
     "DC Circuit panel skeptical of both sides in Anthropic fight with Pentagon",
     """
     WASHINGTON (CN) — A government attorney faced pointed questions from the appellate panel on Tuesday over whether
     a law aimed at foreign sabotage could reach a domestic company over a contract dispute, but also questioned
     whether courts can second-guess military procurement choices.

     The panel heard roughly an hour of argument on Anthropic's petition for review and gave no indication of
     when it would rule.
     """)
news("h2-oral-blaw", "dc-circuit-oral-argument", "2026-05-19T16:45:00Z", "Bloomberg Law", "news.bloomberglaw.com",
     "Anthropic, DOD Face Off Before DC Circuit on Supply-Chain Label",
     """
     Anthropic urged the D.C. Circuit to vacate the Pentagon's supply-chain-risk designation at oral argument
     Tuesday, saying the department never identified any actual risk of sabotage.
     """, impact=6)

# --------------------------------------------------------------------------- June 19 truce
news("h2-truce-ap", "truce", "2026-06-19T21:20:00Z", "Associated Press", "apnews.com",
     "After Oval Office sit-down, Trump softens on Anthropic",
     """
     WASHINGTON (AP) — Months after ordering the government to drop Anthropic, President Donald Trump
     said Friday he no longer sees the company as a danger, following an hourlong Oval Office talk with
     Dario Amodei.

     Whether the Pentagon will withdraw its supply-chain finding went unanswered by Trump,
     and the Defense Department referred questions to the White House. Anthropic called the meeting
     "productive."

     The court cases over the designation remain pending.
     """)
news("h2-truce-politico", "truce", "2026-06-20T06:00:00-04:00", "Politico", "politico.com",
     "Playbook: An uneasy truce between Trump and Anthropic",
     """
     The president's warm words after his sit-down with Dario Amodei stop short of an actual reversal. The
     supply-chain-risk label is still on the books, and Pentagon officials told Playbook they had received no
     new instructions. Still, it's the first sign of a thaw since February.
     """, sentiment="bullish", impact=6)
news("h2-truce-cnbc", "truce", "2026-06-19T22:40:00Z", "CNBC", "cnbc.com",
     "Anthropic and Trump reach an uneasy truce after White House meeting",
     """
     President Trump said after meeting Anthropic CEO Dario Amodei that the company no longer posed a threat,
     a sharp turn from February, when he ordered agencies to stop using its AI. Investors welcomed the shift,
     though the Pentagon's formal designation has not been withdrawn.
     """)

# =========================================================================== later turns (in neither other set)
news("h2-ndaa-rollcall", "ndaa-amendment", "2026-06-11T19:30:00-04:00", "Roll Call", "rollcall.com",
     "House Armed Services adopts limit on supply chain risk labels for U.S. companies",
     """
     The House Armed Services Committee voted 34-24 during its markup of the annual defense authorization bill
     to require notice, an explanation and a chance to respond before the Pentagon can designate a domestic
     company a supply chain risk.

     The amendment's sponsors said it responds to the department's designation of AI developer Anthropic in
     March. Opponents argued it would slow the military's response to real threats.
     """)
news("h2-ndaa-bd", "ndaa-amendment", "2026-06-12T08:10:00-04:00", "Breaking Defense", "breakingdefense.com",
     "NDAA Markup: Lawmakers Move To Rein In Pentagon's Anthropic-Style Blacklists",
     """
     An amendment added to the House NDAA would make it harder for the Defense Department to repeat what it did
     to Anthropic, requiring due process before a U.S. firm can be named a supply chain risk. The Senate bill
     has no matching language yet.
     """, impact=4)

news("h2-merits-reuters", "dc-circuit-merits-ruling", "2026-07-24T15:05:00Z", "Reuters", "reuters.com",
     "US appeals court vacates Pentagon's supply-chain risk designation of Anthropic",
     """
     WASHINGTON, July 24 (Reuters) - The Pentagon overreached when it branded Anthropic a supply-chain threat,
     a federal appeals court in Washington held on Friday, stretching a statute written for foreign sabotage
     past what Congress permitted.

     The D.C. Circuit panel returned the matter to the department. The
     government can ask the full court to rehear the case or appeal to the Supreme Court.

     Anthropic said the decision confirmed that it had done nothing to put national security at risk.
     """)
news("h2-merits-gn", "dc-circuit-merits-ruling", "2026-07-24", "Lawfare", "lawfaremedia.org",
     "D.C. Circuit Sets Aside Anthropic Supply Chain Risk Designation - Lawfare",
     """
     The panel held that Section 3252 does not authorize the designation on this record. Read the opinion.
     """)
news("h2-merits-axios", "dc-circuit-merits-ruling", "2026-07-24T16:30:00Z", "Axios", "axios.com",
     "Anthropic wins appeal against Pentagon blacklist",
     """
     The D.C. Circuit vacated the Pentagon's label on Anthropic in a 2-1 ruling.

     What's next: The Defense Department can seek rehearing, but it would have to start over to reimpose the
     designation.
     """)

news("h2-rescind-bd", "designation-rescinded", "2026-08-13T12:45:00-04:00", "Breaking Defense",
     "breakingdefense.com",
     "Pentagon Formally Rescinds Anthropic Supply Chain Risk Designation",
     """
     The Defense Department on Thursday withdrew its supply chain risk determination against Anthropic and told
     contractors they may again use the company's Claude models on defense work, ending a six-month
     blacklisting. The department said it would not seek further review of the appeals court ruling.

     A spokesperson said Anthropic had agreed to discuss "mission-specific terms" for future contracts but did
     not say whether the company had changed its two usage restrictions.
     """)
news("h2-rescind-verge", "designation-rescinded", "2026-08-13T18:00:00Z", "The Verge", "theverge.com",
     "The Pentagon takes Anthropic off its blacklist",
     """
     Six months after branding it a national security risk, the Defense Department has dropped its designation
     of Anthropic, clearing the way for contractors like Lockheed Martin to use Claude again. Subscribe to The
     Verge to read more.
     """)

# =========================================================================== opinion and explainers
view("h2-op-wsj", "2026-02-26T18:00:00-05:00", "The Wall Street Journal", "wsj.com",
     "Anthropic Doesn't Get to Write the Pentagon's Rules",
     """
     A private company that sells software to the military is welcome to its values. It is not welcome to
     veto lawful missions. Anthropic's insistence on deciding in advance which operations its models may
     support inverts civilian control of the armed forces, replacing elected officials and commanders with a
     terms-of-service page written in San Francisco.

     Secretary Hegseth is right to demand that vendors accept the same rules every other supplier accepts.
     """, impact=2, sentiment="bearish")
view("h2-op-wapo", "2026-03-03T07:00:00-05:00", "The Washington Post", "washingtonpost.com",
     "Opinion | Blacklisting Anthropic should alarm every American company",
     """
     A tool built to keep Chinese telecom equipment out of military networks is now being used against a
     U.S. firm for saying no. Whatever one thinks of Anthropic's limits on surveillance and autonomous weapons,
     punishing a company for stating them publicly sets a precedent that no business should want.

     Congress should demand the Pentagon explain what risk, exactly, Claude poses to the supply chain.
     """, impact=2, sentiment="bullish")
view("h2-ex-lawfare", "2026-03-06T10:00:00-05:00", "Lawfare", "lawfaremedia.org",
     "What Is a Supply Chain Risk Designation, and Can the Pentagon Use It Against Anthropic?",
     """
     The Defense Department's decision to treat Anthropic as a supply chain risk rests on 10 U.S.C. &sect;
     3252, a provision that lets the Secretary exclude a source from covered procurements to reduce the risk
     that an adversary might sabotage, maliciously introduce unwanted function into, or otherwise subvert a
     national security system. Until now it has been invoked quietly, typically against suppliers with ties
     to foreign governments, and the statute limits the information the excluded party receives.

     That history matters for the coming litigation in three ways. First, the statute's text is oriented to
     adversaries and sabotage. The government will argue that a vendor able to restrict or remotely alter how
     a model behaves on a military system creates exactly such a risk: a supplier that reserves the right to
     refuse certain uses could, in principle, degrade a capability in the middle of an operation. Anthropic
     will answer that a published usage policy is the opposite of covert subversion, and that the
     department's own officials described the dispute as a disagreement over contract terms.

     Second, the procedures. The provision requires a written determination that less intrusive measures are
     not reasonably available, and notice to congressional committees. Courts generally give the executive
     wide latitude on national security procurement, but they do review whether an agency followed the steps
     Congress set out. If the determination was drafted in a few days, after a public ultimatum, a court may
     ask whether the alternatives were genuinely considered.

     Third, the First Amendment. Anthropic's strongest argument may be that the designation came in response
     to what it said, not to anything its software did. Retaliation claims against the government require a
     showing that protected speech was a substantial or motivating factor in the adverse action. Public
     statements by officials tying the penalty to the company's refusal will be central evidence, and the
     timing, days after the chief executive's public refusal, will feature in every brief.

     There are also questions the courts may not reach. Does the presidential directive to civilian agencies
     rest on any statute at all, or only on the President's general management authority? Can the Defense
     Production Act, which the Pentagon floated but did not use, compel a software company to change its
     terms? And what happens to contractors that built products on top of Claude for non-defense customers,
     given that the designation reaches only covered procurements?

     The litigation will be closely watched well beyond AI. If the designation survives, any supplier whose
     terms the department dislikes could face a similar exclusion. If it falls, the government will still
     hold the ordinary tools of a buyer: it can decline to renew contracts and choose other vendors. The
     difference between those two outcomes is the difference between a customer walking away and a customer
     declaring the seller a threat.
     """, impact=3, sentiment="neutral")
view("h2-ex-vox", "2026-03-12T06:30:00-04:00", "Vox", "vox.com",
     "The Anthropic-Pentagon fight, explained",
     """
     If you have not been following the fight between Anthropic and the Defense Department, here is the short
     version: the maker of the Claude chatbot told the military there were two things it would not let its AI
     do, and the government responded by trying to cut the company off from federal work entirely.

     The two things are bulk surveillance of people in the US and weapons that run on full autopilot, meaning weapons that
     choose and attack targets with no person deciding. Anthropic's argument is partly ethical and partly
     practical. It says today's AI systems make mistakes that would be unacceptable when lives are on the
     line, and that feeding them huge amounts of data about citizens is a civil liberties problem the law has
     not caught up with.

     The Pentagon's argument is about who is in charge. In January, Defense Secretary Pete Hegseth issued a
     memo telling AI suppliers the military would only buy from companies that accept any lawful use. From the
     department's point of view, a company that reserves the right to say no to certain missions is a company
     that cannot be relied on when it matters. Officials also pointed out that the law already restricts
     domestic surveillance, so the company's extra rule is, in their telling, unnecessary.

     Things escalated fast in late February. Hegseth met Anthropic's CEO, Dario Amodei, and set a Friday
     evening deadline. Amodei said no, publicly. Within hours of the deadline passing, the president ordered
     every agency to stop using Anthropic, and the Pentagon soon formally declared the company a supply chain
     risk. That label had previously been aimed at firms linked to foreign governments, and it forces anyone
     doing military work under contract to pull Claude out of it.

     Why does this matter beyond one company? For one, it shows how much leverage the government has over
     tech firms that want federal business. The Defense Production Act, which officials threatened to use,
     was designed for steel and vaccines, not for rewriting a software license. It also shows divisions
     inside the industry. Hundreds of engineers at rival labs signed a letter supporting Anthropic, and
     OpenAI's chief executive said his company shares the same two limits, yet OpenAI then signed its own
     agreement with the Pentagon, and Elon Musk's xAI had already done so.

     Anthropic has now sued, in San Francisco and in the federal appeals court in Washington, arguing the
     government punished it for its speech. Those cases will decide whether a supply chain risk label can be
     used as a bargaining chip. For people who just use Claude at work, the practical effect depends on
     where they work: federal employees and defense contractors are the ones who have had to switch tools.

     What to watch: whether the San Francisco judge grants interim relief, whether other contractors
     follow Lockheed Martin in dropping Claude, and whether Congress, which wrote the supply chain law, says
     anything about how it is being used.
     """, impact=3, sentiment="bearish", category="Opinion")
view("h2-op-newsletter", "2026-03-02T08:00:00-05:00", "Stratechery", "stratechery.com",
     "Anthropic, the Pentagon, and the Cost of Saying No",
     """
     The most interesting thing about Anthropic's standoff with the Pentagon is not who is right; it is that
     the company clearly did the math and decided the federal business was worth less than its brand with
     developers and enterprises. That may be correct, but the supply chain designation makes the bill far
     larger than one contract&hellip;

     This Daily Update is for subscribers. Subscribe now to keep reading.
     """, impact=2, sentiment="neutral")
view("h2-op-hn", "2026-03-05T14:22:00Z", "Hacker News", "news.ycombinator.com",
     "Ask HN: Is your company dropping Claude because of the Pentagon designation?",
     hn(412, 388, "https://news.ycombinator.com/item?id=44210001",
        "We do some defense subcontracting and legal told us Tuesday to stop using Claude Code on anything "
        "touching DoD work. Curious how others are handling the supply chain risk label."),
     impact=2, sentiment="bearish")
view("h2-op-podcast", "2026-03-13T05:00:00Z", "Hard Fork", "nytimes.com",
     "Hard Fork: Anthropic vs. the Pentagon, and What Amodei Risked",
     """
     This week, we talk through the collapse of Anthropic's relationship with the Defense Department: the
     ultimatum, the federal ban, the supply chain risk label and the lawsuits that followed. Plus: is the
     industry really united on military red lines? Unlock full access to New York Times podcasts and explore
     everything from politics to pop culture. Subscribe today at nytimes.com/podcasts.
     """, impact=2, sentiment="neutral")
view("h2-op-general", "2026-05-21T09:00:00-04:00", "Breaking Defense", "breakingdefense.com",
     "Silicon Valley Can't Hold A Veto Over How America Fights",
     """
     Opinion: A retired Air Force lieutenant general argues the Anthropic dispute shows why the military must
     own its AI stack rather than rent it from companies that can change the rules at will. Whatever the D.C.
     Circuit decides, the department should never again depend on a single lab for classified AI.

     The post Silicon Valley Can&#8217;t Hold A Veto Over How America Fights appeared first on Breaking
     Defense.
     """, impact=2, sentiment="bearish")
view("h2-op-ft", "2026-06-22T04:00:00Z", "Financial Times", "ft.com",
     "Anthropic's truce with Washington is a win, but a fragile one",
     """
     The president's change of tone will ease pressure on Anthropic's enterprise sales, but the legal fight over
     the Pentagon's label is unresolved and could be reopened by the next quarrel. Investors should not
     mistake a handshake for a settlement.
     """, impact=3, sentiment="bullish")

# =========================================================================== hard negatives
# --------------------------------------------------------------------------- other Anthropic news
neg("n2-ant-model", "2026-04-16T17:00:00Z", "The Verge", "theverge.com",
    "Anthropic's new Claude model can work on coding tasks for hours without supervision",
    """
    Anthropic released a new version of its Claude model on Thursday that the company says can keep working on
    long software projects for hours, checking its own progress along the way. The model is available to paid
    subscribers and through the API at the same price as its predecessor. Read more&#8230;
    """)
neg("n2-ant-funding", "2026-05-06", "Bloomberg", "bloomberg.com",
    "Anthropic in Talks to Raise Funding at a Higher Valuation - Bloomberg",
    """
    The Claude developer is in early discussions with investors about a new round that would lift its value
    well above its last private price, people familiar with the matter said.
    """)
neg("n2-ant-authors", "2026-01-21T20:10:00Z", "Associated Press", "apnews.com",
    "Judge signs off on Anthropic's settlement with book authors",
    """
    SAN FRANCISCO (AP) — A federal judge on Wednesday gave final approval to a settlement between Anthropic and
    a class of authors who said the company trained its AI on pirated copies of their books. Payments to
    writers are expected to begin this spring. The company did not admit wrongdoing.
    """)
neg("n2-ant-music", "2026-04-02T13:55:00Z", "Reuters", "reuters.com",
    "Judge denies music publishers' bid for injunction against Anthropic over lyrics",
    """
    April 2 (Reuters) - A federal judge in California on Thursday declined to order Anthropic to stop using
    song lyrics in training its Claude chatbot, ruling that Universal Music Group and other publishers had not
    shown they would suffer irreparable harm while their copyright lawsuit proceeds. The publishers said they
    were considering an appeal.
    """)
neg("n2-ant-office", "2026-05-12T09:00:00+09:00", "PR Newswire", "prnewswire.com",
    "Anthropic Opens Seoul Office, Expands Partnerships With Korean Enterprises",
    """
    SEOUL, South Korea, May 12, 2026 /PRNewswire/ -- Anthropic today announced the opening of its Seoul office,
    its third in Asia-Pacific, and new agreements with several Korean companies to deploy Claude for
    customer service and software development.

    SOURCE Anthropic
    """)
neg("n2-ant-outage", "2026-06-03T15:40:00Z", "Hacker News", "news.ycombinator.com",
    "Claude is down (status.anthropic.com)",
    hn(276, 198, "https://status.anthropic.com/incidents/k8t2", "Elevated errors on claude.ai and the API since "
       "about 15:10 UTC."))
neg("n2-ant-econ", "2026-02-19T10:00:00-05:00", "Axios", "axios.com",
    "Anthropic data shows which jobs lean hardest on AI",
    """
    Anthropic's latest Economic Index finds software development still dominates Claude usage, but writing and
    education tasks are growing fastest, with sharp differences between states.
    """)

# --------------------------------------------------------------------------- other Pentagon AI work
neg("n2-dod-scale", "2026-03-17T13:00:00-04:00", "DefenseScoop", "defensescoop.com",
    "CDAO taps Scale AI for expanded test and evaluation work",
    """
    The Pentagon's Chief Digital and AI Office awarded Scale AI a follow-on agreement to build benchmarks and
    evaluation tools for large language models used across the department, officials said.
    """)
neg("n2-dod-palantir", "2026-05-28T18:20:00Z", "Reuters", "reuters.com",
    "Pentagon raises ceiling on Palantir's Maven Smart System contract",
    """
    May 28 (Reuters) - The U.S. Defense Department has raised the ceiling of its Maven Smart System contract
    with Palantir Technologies, citing growing demand from combatant commands for the AI targeting and data
    platform. Palantir shares rose 3% in extended trading.
    """)
neg("n2-dod-anduril", "2026-04-22T10:30:00-04:00", "Breaking Defense", "breakingdefense.com",
    "Army Picks Anduril For Autonomous Drone Interceptor Prototypes",
    """
    The Army has selected Anduril Industries to build prototypes of an autonomous counter-drone interceptor,
    which officials stressed will operate under existing Pentagon policy requiring appropriate human judgment
    over the use of force.

    The post Army Picks Anduril For Autonomous Drone Interceptor Prototypes appeared first on Breaking Defense.
    """)
neg("n2-dod-google", "2026-01-29", "FedScoop", "fedscoop.com",
    "Google's Gemini rolls out on Pentagon's enterprise AI platform - FedScoop",
    """
    Service members can now use Gemini for drafting and research on the department's unclassified generative
    AI portal, the CDAO said.
    """)
neg("n2-dod-navy", "2026-06-16T08:00:00-04:00", "Defense News", "defensenews.com",
    "Navy awards $94 million for AI-driven ship maintenance forecasting",
    """
    The Naval Sea Systems Command awarded a contract to a consortium of small firms to predict maintenance
    needs on surface ships using machine learning, aiming to cut time ships spend in depots.
    """)

# --------------------------------------------------------------------------- other AI regulation
neg("n2-reg-euai", "2026-08-02T07:00:00+02:00", "Euractiv", "euractiv.com",
    "EU AI Act rules for high-risk systems kick in amid calls for delay",
    """
    Obligations for high-risk AI systems under the EU AI Act begin to apply this month, though the Commission
    has proposed pushing back some deadlines through its digital omnibus package. Industry groups say
    guidance on standards arrived too late.
    """)
neg("n2-reg-california", "2026-01-05T12:00:00-08:00", "CalMatters", "calmatters.org",
    "California's frontier AI safety law takes effect. Here's what companies must disclose",
    """
    Starting this year, the largest AI developers must publish safety frameworks and report serious incidents
    to the state under SB 53. Companies including OpenAI, Google and Anthropic will have to file reports with
    the Office of Emergency Services.
    """)
neg("n2-reg-moratorium", "2026-05-14T16:00:00-04:00", "Politico", "politico.com",
    "Senate Republicans revive push to preempt state AI laws",
    """
    A group of Senate Republicans unveiled legislation that would bar states from enforcing their own AI rules
    for ten years, reviving an idea that collapsed last summer. Governors from both parties have already
    objected.
    """)
neg("n2-reg-colorado", "2026-03-30", "The Colorado Sun", "coloradosun.com",
    "Colorado lawmakers again delay start of state's AI discrimination law",
    """
    The General Assembly approved another postponement of the Colorado AI Act, giving businesses more time to
    prepare impact assessments for automated hiring and lending decisions.
    """)

# --------------------------------------------------------------------------- other supply-chain-risk actions
neg("n2-scr-fasc", "2026-02-18T11:00:00-05:00", "Federal News Network", "federalnewsnetwork.com",
    "Federal Acquisition Security Council issues exclusion order against Chinese drone maker",
    """
    The Federal Acquisition Security Council issued an order barring agencies from buying products from a
    Chinese drone manufacturer, citing supply chain risk to federal networks. It is the council's second
    exclusion order since it gained the authority.
    """)
neg("n2-scr-kaspersky", "2026-04-09T14:30:00-04:00", "The Record", "therecord.media",
    "Commerce adds more Kaspersky-linked entities to sanctions list",
    """
    The Commerce Department added firms it said were linked to Kaspersky Lab to its Entity List, extending
    the 2024 ban on sales of the Russian company's antivirus software in the United States.
    """)
neg("n2-scr-huawei", "2026-06-09T09:15:00+02:00", "Reuters", "reuters.com",
    "Germany orders carriers to strip Huawei parts from 5G core by 2026 deadline",
    """
    BERLIN, June 9 (Reuters) - Germany's interior ministry said mobile operators must finish removing Huawei
    and ZTE components from their 5G core networks on schedule, rejecting industry calls for more time over
    what it called a supply chain risk to critical infrastructure.
    """)
neg("n2-scr-tplink", "2026-03-25", "The Wall Street Journal", "wsj.com",
    "US moves toward banning TP-Link routers over security concerns - WSJ",
    """
    Commerce officials have proposed barring sales of the Chinese-linked router brand, people familiar said.
    """)
neg("n2-scr-fcc", "2026-07-08T15:00:00-04:00", "Ars Technica", "arstechnica.com",
    "FCC adds DJI to Covered List, blocking approval of new drone models",
    """
    The Federal Communications Commission added DJI to its list of communications equipment deemed a national
    security risk, meaning new DJI drones can no longer get FCC authorization. Existing models can still be
    sold and used.
    """)

# --------------------------------------------------------------------------- 'anthropic' / 'Claude' in other senses
neg("n2-word-cosmo", "2026-03-18T10:00:00-04:00", "Quanta Magazine", "quantamagazine.org",
    "Is the Universe Fine-Tuned for Life? Physicists Revisit the Anthropic Principle",
    """
    The anthropic principle holds that the constants of nature must allow observers, or we would not be here
    to measure them. New measurements of dark energy have revived the debate over whether that reasoning
    explains anything or merely restates the question.
    """)
neg("n2-word-ecology", "2026-05-04", "Phys.org", "phys.org",
    "Anthropic noise changes how urban songbirds sing, study finds",
    """
    Researchers found that great tits in noisy city parks raise the pitch of their songs, adding to evidence
    that anthropic disturbance reshapes animal communication. The team recorded birds at 40 sites across
    three European cities.
    """)
neg("n2-word-soil", "2026-02-10T08:00:00Z", "Science News", "sciencenews.org",
    "Ancient Amazon farmers built fertile 'anthropic soils' on purpose",
    """
    Dark earth deposits found along the Amazon were made deliberately by Indigenous communities, a new study
    argues, challenging the idea that these anthropic soils were a side effect of waste disposal.
    """)
neg("n2-word-monet", None, "WTOP", "wtop.com",
    "National Gallery to show Claude Monet's late water lilies this fall",
    """
    The exhibition brings together more than 40 paintings from the artist's final decades at Giverny, several
    on loan from private collections for the first time. Tickets go on sale next month.
    """)

# --------------------------------------------------------------------------- Hegseth, not AI
neg("n2-heg-fires", "2026-04-14T20:00:00Z", "Associated Press", "apnews.com",
    "Hegseth removes another senior Navy officer as shake-up continues",
    """
    WASHINGTON (AP) — Defense Secretary Pete Hegseth on Tuesday removed the head of a major Navy command, the
    latest in a series of dismissals of senior officers. The Pentagon gave no reason for the decision.
    """)
neg("n2-heg-nato", "2026-06-05T12:30:00+02:00", "Politico Europe", "politico.eu",
    "Hegseth tells NATO allies to hit spending targets before summit",
    """
    The U.S. defense secretary pressed European counterparts in Brussels to show concrete plans for reaching
    the alliance's new spending goal, warning that Washington would not carry the burden alone.
    """)
neg("n2-heg-fitness", "2026-01-27", "Military Times", "militarytimes.com",
    "Hegseth orders review of fitness and grooming standards across the services - Military Times",
    """
    The memo gives the services 60 days to report how their standards compare with a single combat benchmark.
    """)
neg("n2-heg-ig", "2026-07-15T17:45:00-04:00", "NBC News", "nbcnews.com",
    "Inspector general report faults Hegseth's handling of sensitive messages",
    """
    A Pentagon inspector general report released Wednesday found that Defense Secretary Pete Hegseth risked
    exposing sensitive information by discussing operational details on a commercial messaging app. Hegseth
    said the report vindicated him.
    """)

# --------------------------------------------------------------------------- same phrases, other stories
neg("n2-phrase-dpa", "2026-03-11T14:00:00-04:00", "E&amp;E News", "eenews.net",
    "White House invokes Defense Production Act to speed rare earth magnet output",
    """
    President Trump signed a determination under the Defense Production Act directing funding toward domestic
    production of rare earth magnets used in motors and missiles, citing dependence on Chinese supply.
    """)
neg("n2-phrase-iran", "2026-02-25T09:00:00Z", "BBC News", "bbc.com",
    "Iran talks: US sets out red lines ahead of Friday deadline",
    """
    US negotiators have told Iran that enrichment above agreed levels remains a red line, as both sides race
    to meet a Friday deadline for a framework agreement in Oman.
    """)


def negative_kind(id: str) -> str:
    return next(kind for prefix, kind in NEGATIVE_KINDS.items() if id.startswith(prefix + "-"))


def summary(rows: list[dict]) -> list[str]:
    """Counts by development (original + reprints), opinion pieces, and kind of negative."""
    devs: dict[str, list[int]] = {d: [0, 0] for d in DEVELOPMENTS}
    negs: dict[str, int] = {}
    views = 0
    for r in rows:
        lab = r["label"]
        if lab["development"]:
            devs[lab["development"]][1 if lab["syndicated_of"] else 0] += 1
        elif lab["relevant"]:
            views += 1
        else:
            kind = negative_kind(r["id"])
            negs[kind] = negs.get(kind, 0) + 1
    out = [f"  {d:<40} {n} + {s} reprints" for d, (n, s) in devs.items()]
    out.append(f"  {'opinion / explainer':<40} {views}")
    out += [f"  negative: {k:<62} {n}" for k, n in negs.items()]
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ARTICLES:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    rel = sum(1 for r in ARTICLES if r["label"]["relevant"])
    print(f"wrote {len(ARTICLES)} articles ({rel} relevant, {len(ARTICLES) - rel} negatives) to {OUT}")
    print("\n".join(summary(ARTICLES)))


if __name__ == "__main__":
    main()
