"""Write ``tests/data/labelled.jsonl``: the hand-labelled evaluation set for the classifier.

Every article below is our own writing, modelled on how different kinds of outlets (wire services, trade
press, local papers, blogs, low-quality aggregators) covered the 2026 Anthropic / Pentagon standoff, plus hard
negatives that share its vocabulary but are not about it. Outlet names and domains are used for realism; the
URLs and the texts are fictional.

Each output line is the batch-classifier input (``id, url, title, text, published, source``) plus ``label``:
``relevant``, ``development`` (a slug naming the real-world event, or null for opinion/explainer pieces that do
not report one event and for irrelevant articles), ``impact`` (1-10), ``sentiment`` (five tiers, for Anthropic),
``category`` and ``syndicated_of`` (id of the original when the article is a reprint of another one's text).

Impact labels follow the rubric of issue 3: formal designation or federal-use ban 8-9; ultimatum with a deadline
6-8; court injunction about 8; lawsuit filing about 7; op-ed 2-3; minor commentary 3-4.

Run: ``.venv/bin/python tests/data/make_labelled.py`` (deterministic; rewrites the .jsonl next to it).
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

OUT = Path(__file__).with_name("labelled.jsonl")

# development slug -> (category, impact, sentiment): the default labels for straight news about that event.
DEVELOPMENTS: dict[str, tuple[str, int, str]] = {
    "memo-any-lawful-use": ("Policy", 6, "bearish"),
    "maduro-raid-questions": ("Military", 5, "bearish"),  # not in issue 3's list: the set must not stop there
    "xai-classified-deal": ("Contracts", 5, "bearish"),
    "ultimatum": ("Regulation", 7, "bearish"),
    "amodei-statement": ("Regulation", 7, "bearish"),
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
    "dc-circuit-oral-argument": ("Legal", 4, "neutral"),
    "truce": ("Policy", 7, "bullish"),
}

ARTICLES: list[dict] = []
_BY_ID: dict[str, dict] = {}


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]


def _clean(text: str) -> str:
    paras = [" ".join(p.split()) for p in textwrap.dedent(text).strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def _url(domain: str, published: str | None, title: str, style: int) -> str:
    day = (published or "2026-01-01")[:10]
    y, m, d = day.split("-")
    slug = _slug(title)
    styles = [
        f"https://www.{domain}/{y}/{m}/{d}/{slug}/",
        f"https://{domain}/news/{slug}-{y}{m}{d}",
        f"https://www.{domain}/article/{slug}",
        f"https://{domain}/{y}/{m}/{slug}.html",
    ]
    return styles[style % len(styles)]


def _add(
    id: str,
    *,
    relevant: bool,
    dev: str | None,
    published: str | None,
    source: str | None,
    domain: str,
    title: str,
    text: str,
    impact: int | None,
    sentiment: str | None,
    category: str | None,
    syndicated_of: str | None = None,
    url: str | None = None,
) -> dict:
    if id in _BY_ID:
        raise ValueError(f"duplicate id {id}")
    row = {
        "id": id,
        "url": url or _url(domain, published, title, len(ARTICLES)),
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


def news(id, dev, published, source, domain, title, text, *, impact=None, sentiment=None, category=None, url=None):
    """A relevant article reporting development ``dev``; labels default to the development's."""
    cat, imp, sent = DEVELOPMENTS[dev]
    return _add(
        id, relevant=True, dev=dev, published=published, source=source, domain=domain, title=title, text=text,
        impact=imp if impact is None else impact, sentiment=sent if sentiment is None else sentiment,
        category=cat if category is None else category, url=url,
    )


def view(id, published, source, domain, title, text, *, impact, sentiment, category="Opinion"):
    """A relevant opinion, explainer or commentary piece that reports no single event (development null)."""
    return _add(
        id, relevant=True, dev=None, published=published, source=source, domain=domain, title=title, text=text,
        impact=impact, sentiment=sentiment, category=category,
    )


def neg(id, published, source, domain, title, text):
    """A hard negative: shares vocabulary with the story but is not about it."""
    return _add(
        id, relevant=False, dev=None, published=published, source=source, domain=domain, title=title, text=text,
        impact=None, sentiment=None, category=None,
    )


def syn(orig_id, id, source, domain, title, *, published=None, trim_last=False, tail=None):
    """A reprint of ``orig_id``'s text under another headline, optionally with the last paragraph cut or a
    credit line appended. Labelled like the original, with ``syndicated_of`` naming it."""
    orig = _BY_ID[orig_id]
    paras = orig["text"].split("\n\n")
    if trim_last and len(paras) > 1:
        paras = paras[:-1]
    if tail:
        paras.append(tail)
    lab = orig["label"]
    return _add(
        id, relevant=lab["relevant"], dev=lab["development"], published=published or orig["published"],
        source=source, domain=domain, title=title, text="\n\n".join(paras), impact=lab["impact"],
        sentiment=lab["sentiment"], category=lab["category"], syndicated_of=orig_id,
    )


# =========================================================================== the story, event by event

# --------------------------------------------------------------------------- Jan 9: the "any lawful use" memo
news("memo-01", "memo-any-lawful-use", "2026-01-10T14:05:00Z", "DefenseScoop", "defensescoop.com",
     "Hegseth memo: AI vendors must accept 'any lawful use' to keep Pentagon business",
     """
     Defense Secretary Pete Hegseth has told the department's acquisition offices that future contracts for
     artificial intelligence tools must let the military use them for "any lawful use," according to a memo dated
     Jan. 9 and reviewed by DefenseScoop.

     The two-page directive gives existing vendors until the end of February to bring their terms of service in
     line. Companies whose acceptable-use policies carve out specific military missions, such as certain
     surveillance or weapons applications, would have to drop those carve-outs or risk losing their awards.

     Industry officials said the memo appears aimed at frontier model providers that have written their own
     restrictions into government agreements, Anthropic chief among them.
     """)

news("memo-02", "memo-any-lawful-use", "2026-01-09T21:40:00Z", "Reuters", "reuters.com",
     "Pentagon to require AI suppliers to drop usage limits, memo shows",
     """
     WASHINGTON, Jan 9 (Reuters) - The U.S. Defense Department will only buy artificial intelligence from companies
     that allow the military to use their products for any lawful purpose, according to a memo signed by Secretary
     Pete Hegseth on Friday.

     The policy sets an end-of-February deadline for current suppliers. A department spokesperson said the
     military "cannot have a vendor deciding which lawful missions our warfighters may carry out."

     Anthropic, whose Claude models run on some classified Pentagon systems, has publicly said it will not allow
     its technology to be used for mass domestic surveillance or fully autonomous weapons. The company did not
     immediately respond to a request for comment.
     """)

news("memo-03", "memo-any-lawful-use", "2026-01-13T09:00:00Z", "Nextgov/FCW", "nextgov.com",
     "What the Pentagon's new AI acquisition memo changes for contracting officers",
     """
     A January 9 memorandum from the Secretary of War rewrites the fine print for AI buys across the
     department. Contracting officers are now told to reject vendor terms that restrict "lawful operational use,"
     and to flag existing agreements that contain such clauses for renegotiation before March 1.

     Procurement lawyers said the language is broad enough to cover model usage policies, not just licence terms.
     One former acquisition official said the memo effectively forces companies to choose between their published
     safety policies and their defense revenue, and predicted months of talks with at least one major lab.
     """)

news("memo-04", "memo-any-lawful-use", "2026-02-19T16:20:00Z", "Platformer", "platformer.news",
     "The January memo behind the Anthropic fight",
     """
     If you want to understand why Anthropic and the Pentagon are now barely speaking, go back to a memo most of
     the tech press skipped in early January. In it, Hegseth made "any lawful use" the price of admission for AI
     companies selling to the military, and gave them roughly seven weeks to comply.

     Anthropic's two exceptions, no domestic mass surveillance and no weapons that fire without a human decision,
     are exactly the kind of vendor-imposed limits the memo was written to eliminate. Negotiations have been
     running ever since, and people close to them describe little movement on either side.
     """)

# --------------------------------------------------------------------------- February: xAI on classified networks
news("xai-01", "xai-classified-deal", "2026-02-20T19:10:00Z", "Breaking Defense", "breakingdefense.com",
     "Pentagon signs xAI for classified networks, ending Anthropic's sole-provider status",
     """
     The Defense Department has agreed to deploy xAI's Grok models on its classified networks, officials
     confirmed Friday, making Elon Musk's company the second frontier model provider cleared for secret-level
     work after Anthropic.

     Until now Claude was the only large language model available on those networks. A senior official said the
     department wanted "more than one option" for sensitive missions and described xAI as willing to accept the
     department's standard terms on lawful use.
     """)

news("xai-02", "xai-classified-deal", "2026-02-21T13:30:00Z", "The Verge", "theverge.com",
     "Musk's xAI gets a classified Pentagon deal as Anthropic talks stall",
     """
     xAI has landed an agreement to run Grok inside the Pentagon's classified environments, the company said on X,
     a move that ends the exclusive position Anthropic held there and lands right as Anthropic's own negotiations
     with the Defense Department have hit a wall.

     People familiar with the talks say the Pentagon sees the xAI deal as leverage. Anthropic has refused to drop
     its limits on domestic surveillance and autonomous weapons, while xAI signed on to the department's "any
     lawful use" language without public objection.
     """)

news("xai-03", "xai-classified-deal", "2026-02-22T11:00:00Z", "The Commercial Appeal", "commercialappeal.com",
     "Grok, trained in Memphis, is headed to the Pentagon's secret networks",
     """
     The AI models built at xAI's Colossus data center in south Memphis will soon be working on classified
     military systems, after the company reached a deal with the Defense Department this week.

     Local officials who backed the data center welcomed the news. The agreement makes xAI one of two companies
     whose chatbots are approved for secret networks; the other, San Francisco-based Anthropic, is in a dispute
     with the Pentagon over how its software may be used.
     """)

news("xai-04", "xai-classified-deal", "2026-02-20T22:45:00Z", "Bloomberg", "bloomberg.com",
     "Pentagon Broadens Classified AI Roster With xAI Pact",
     """
     The Pentagon added Elon Musk's xAI to the short list of artificial intelligence providers allowed on its
     classified networks, a blow to Anthropic PBC, which had been the only such supplier and is now at odds with
     the department over usage restrictions. Terms of the agreement weren't disclosed.
     """)

# --------------------------------------------------------------------------- ~Feb 24: the ultimatum
news("ult-01", "ultimatum", "2026-02-24T20:15:00Z", "Associated Press", "apnews.com",
     "Hegseth gives Anthropic until Friday to drop AI limits or face penalties",
     """
     WASHINGTON (AP) — Defense Secretary Pete Hegseth told the chief executive of AI company Anthropic on Tuesday
     that the firm has until 5:01 p.m. Friday to let the military use its technology without restrictions, or face
     the loss of its Pentagon contract, according to two people familiar with the meeting.

     Hegseth also warned Dario Amodei that the department could declare Anthropic a supply chain risk, a step that
     would bar defense contractors from using its products, or invoke the Defense Production Act to compel the
     company to provide its models on the government's terms, the people said.

     Anthropic has said it will not let Claude be turned to mass surveillance of Americans, or to weapons that
     pick and attack targets with no human involved.

     The Pentagon declined to comment on the meeting. Anthropic said it would keep talking with the
     department.
     """)

syn("ult-01", "ult-01-s1", "SFGATE", "sfgate.com",
    "Hegseth gives Anthropic until Friday to drop AI limits or face penalties | AP",
    published="2026-02-24T21:02:00Z")
syn("ult-01", "ult-01-s2", "Pittsburgh Post-Gazette", "post-gazette.com",
    "Pentagon chief gives AI firm Anthropic Friday deadline",
    published="2026-02-25T04:30:00Z", trim_last=True)
syn("ult-01", "ult-01-s3", "Star Tribune", "startribune.com",
    "Defense secretary sets Friday deadline for Anthropic",
    published="2026-02-25T06:10:00Z", trim_last=True, tail="The Associated Press contributed to this report.")

news("ult-02", "ultimatum", "2026-02-24T17:50:00Z", "Axios", "axios.com",
     "Scoop: Pentagon tells Anthropic to comply by Friday",
     """
     The Pentagon delivered Anthropic an ultimatum in a face-to-face meeting between Pete Hegseth and Dario Amodei
     on Tuesday: lift the company's restrictions on military use of Claude by Friday evening or be cut off.

     Why it matters: The threat list goes beyond cancelling a contract worth up to $200 million. Officials raised
     designating Anthropic a "supply chain risk" — a label normally used for companies tied to foreign adversaries
     — and using the Defense Production Act.

     What's next: The deadline is 5:01 p.m. ET Friday.
     """)

news("ult-03", "ultimatum", "2026-02-25T10:05:00Z", "Politico", "politico.com",
     "Pentagon threatens to blacklist Anthropic in escalating fight over AI guardrails",
     """
     The Defense Department is threatening to blacklist one of the country's leading artificial intelligence
     companies unless it abandons limits on how the military can use its models, escalating a dispute that has
     simmered since January.

     In a meeting this week, Secretary Pete Hegseth gave Anthropic a Friday deadline. Administration officials
     have discussed labelling the company a supply-chain risk and, more unusually, using the Korean War-era
     Defense Production Act to force it to deliver unrestricted models.

     Lawmakers on both sides of the aisle said they were watching closely. "Using the DPA against a U.S. software
     company because it has ethics rules would be a first," said one Democratic aide on the Armed Services
     Committee.
     """)

news("ult-04", "ultimatum", "2026-02-25T15:30:00Z", "Defense One", "defenseone.com",
     "Can the Pentagon really use the Defense Production Act on an AI lab?",
     """
     Hegseth's warning to Anthropic this week included a threat that has legal scholars reaching for their
     statute books: invoking the Defense Production Act to make the company supply its Claude models without the
     usage restrictions it insists on.

     The DPA lets the government prioritize contracts and allocate materials for national defense. It has been
     used for vaccines and semiconductors, but never, experts say, to make a company change how its software
     behaves. The department has given Anthropic until Friday afternoon to comply, alongside threats to cancel its
     contract and label it a supply-chain risk.
     """, impact=7)

news("ult-05", "ultimatum", "2026-02-24T23:00:00Z", "TechCrunch", "techcrunch.com",
     "Anthropic has until Friday to give the Pentagon what it wants",
     """
     Anthropic's months-long standoff with the Department of Defense came to a head on Tuesday when Defense
     Secretary Pete Hegseth reportedly told CEO Dario Amodei the company has until Friday at 5:01 p.m. to remove
     its restrictions on military use.

     At issue are two safeguards Anthropic has refused to budge on: Claude can't be used for mass surveillance of
     U.S. citizens, and it can't power weapons that fire without a human in the loop. The Pentagon wants those
     gone under its "any lawful use" policy. If Anthropic says no, officials have floated cancelling its contract,
     declaring it a supply-chain risk, and even invoking the Defense Production Act.
     """)

news("ult-06", "ultimatum", "2026-02-25T02:12:00Z", "Hacker News", "news.ycombinator.com",
     "Pentagon gives Anthropic a Friday 5:01pm deadline to remove safeguards",
     """
     Link post. Reports say Hegseth met Amodei today and set a deadline of Friday 5:01pm ET, threatening contract
     cancellation, a supply-chain-risk designation, or the Defense Production Act if Anthropic keeps its bans on
     domestic mass surveillance and autonomous weapons.
     """, impact=6)

# --------------------------------------------------------------------------- Feb 26: Amodei's statement
news("stm-01", "amodei-statement", "2026-02-26T18:00:00Z", "The New York Times", "nytimes.com",
     "Anthropic Refuses Pentagon Demands, Saying It 'Cannot in Good Conscience' Comply",
     """
     SAN FRANCISCO — Anthropic said on Thursday that it would not remove two restrictions on how the military may
     use its artificial intelligence, a day before a Pentagon deadline that could cost the company its defense
     business.

     In a statement posted to the company's website, Dario Amodei, its chief executive, said Anthropic "cannot in
     good conscience" agree to let its Claude models serve mass surveillance of Americans or fully autonomous
     weapons. He said the company wanted to keep working with the military and would help with a
     smooth transition if the department chose another supplier.

     The refusal sets up a confrontation with Defense Secretary Pete Hegseth, who has threatened to cancel the
     company's contract and to label it a risk to the military supply chain.
     """)

news("stm-02", "amodei-statement", "2026-02-26T19:25:00Z", "Reuters", "reuters.com",
     "Anthropic rejects Pentagon ultimatum, keeps bans on surveillance and autonomous weapons",
     """
     SAN FRANCISCO, Feb 26 (Reuters) - Anthropic will not lift its restrictions on the use of its AI for domestic
     mass surveillance or fully autonomous weapons, Chief Executive Dario Amodei said on Thursday, rejecting a
     Pentagon demand ahead of a Friday deadline.

     "These threats do not change our position," Amodei wrote, referring to warnings that the Defense Department
     could cancel Anthropic's contract or designate it a supply chain risk.

     Anthropic, backed by Amazon and Alphabet, has a defense contract worth up to $200 million. The Pentagon did
     not immediately comment.
     """)

syn("stm-02", "stm-02-s1", "U.S. News & World Report", "usnews.com",
    "Anthropic Rejects Pentagon Ultimatum, Keeps Bans on Surveillance and Autonomous Weapons",
    published="2026-02-26T19:40:00Z")
syn("stm-02", "stm-02-s2", "Investing.com", "investing.com",
    "Anthropic rejects Pentagon ultimatum over AI safeguards By Reuters",
    published="2026-02-26T20:05:00Z", trim_last=True)

news("stm-03", "amodei-statement", "2026-02-26T21:10:00Z", "The Register", "theregister.com",
     "Anthropic tells Hegseth no thanks, keeps its two red lines",
     """
     Anthropic has told the Pentagon where it can stick its deadline, albeit in considerably more polite
     language. In a lengthy missive on Thursday, CEO Dario Amodei said the AI biz would keep refusing two things:
     helping spy on Americans en masse, and powering weapons that pick their own targets.

     The Department of War, as the administration now likes to call it, had given Anthropic until Friday
     teatime Eastern to drop the restrictions or face contract cancellation and a "supply chain risk" label
     usually reserved for outfits like Huawei. Amodei's response: the threats "do not change our position."
     """)

news("stm-04", "amodei-statement", "2026-02-27T12:00:00Z", "Wired", "wired.com",
     "Inside Anthropic's Decision to Defy the Pentagon",
     """
     When Dario Amodei published his statement on Thursday afternoon, the decision had already been debated for
     weeks inside Anthropic. According to three employees, leadership concluded early that the company could live
     without Pentagon revenue but not without the two limits it had promised its staff and the public.

     The statement itself was careful. It praised the military, listed the ways Anthropic had helped national
     security agencies, and offered an orderly handover. But on the substance it did not move: no mass domestic
     surveillance, no fully autonomous weapons. The Friday deadline set by Pete Hegseth now looks likely to pass
     without a deal.
     """)

news("stm-05", "amodei-statement", "2026-02-26T22:30:00Z", "San Francisco Chronicle", "sfchronicle.com",
     "S.F.'s Anthropic stands firm against Pentagon as deadline nears",
     """
     Anthropic, the San Francisco AI company that employs thousands of people in its offices south of Market,
     said Thursday it would not give in to Pentagon demands to remove safeguards from its Claude software.

     Chief Executive Dario Amodei said the company would keep refusing uses involving mass surveillance of
     Americans and fully autonomous weapons, even though the Defense Department has threatened to cancel its
     contract by Friday evening. Outside the company's headquarters, a handful of supporters held signs thanking
     employees.
     """)

news("stm-06", "amodei-statement", "2026-02-26T20:45:00Z", "CNBC", "cnbc.com",
     "Anthropic's Pentagon refusal puts $200 million contract, and more, on the line",
     """
     Anthropic's decision to reject the Pentagon's terms could cost it far more than a single defense contract,
     analysts said Thursday. If the department follows through on threats to label the company a supply chain
     risk, defense contractors that use Claude could be forced to drop it.

     CEO Dario Amodei said in a statement that Anthropic "cannot in good conscience" remove its two safeguards.
     Investors contacted by CNBC said they supported the stance but were watching for any spillover into the
     company's fast-growing enterprise business.
     """, sentiment="bearish")

# --------------------------------------------------------------------------- engineers' open letter
news("ltr-01", "engineers-open-letter", "2026-02-27T01:15:00Z", "The Verge", "theverge.com",
     "Hundreds of AI engineers sign open letter backing Anthropic against the Pentagon",
     """
     More than 200 engineers and researchers from OpenAI, Google DeepMind, Meta and other labs have signed an
     open letter supporting Anthropic's refusal to drop its limits on military use, and urging their own
     employers to hold the same lines.

     The letter, published Thursday night, asks AI company leaders to keep their models away from mass
     surveillance of Americans and from weapons that kill without human judgment. Several signatories used their
     real names despite what one described as "real career risk."
     """)

news("ltr-02", "engineers-open-letter", "2026-02-27T15:40:00Z", "Business Insider", "businessinsider.com",
     "Google and OpenAI staff break ranks to support Anthropic in its Pentagon fight",
     """
     Employees at some of Anthropic's biggest rivals are publicly siding with it. An open letter that had more
     than 200 signatures by Friday morning calls on tech executives to "stand together" behind the two safeguards
     Anthropic refuses to remove for the Defense Department.

     The letter does not name Pete Hegseth but refers to "threats of blacklisting and compulsion" against a
     company for keeping ethical limits. Neither Google nor OpenAI commented on their employees' participation.
     """)

news("ltr-03", "engineers-open-letter", "2026-02-28T09:30:00Z", "404 Media", "404media.co",
     "The Engineers Who Signed",
     """
     We spoke to five of the engineers who put their names on this week's letter backing Anthropic. Most work at
     competitors; two work at companies with Pentagon contracts of their own. All said they signed because the
     government's threats against Anthropic — a supply-chain-risk label, the Defense Production Act — would set a
     precedent for every lab.

     "If they can do it to Anthropic for saying no to autonomous weapons, they can do it to anyone," one said.
     """)

# --------------------------------------------------------------------------- Altman shares the red lines
news("alt-01", "altman-red-lines", "2026-02-27T17:05:00Z", "CNBC", "cnbc.com",
     "Sam Altman says OpenAI shares Anthropic's red lines on surveillance and autonomous weapons",
     """
     OpenAI CEO Sam Altman said Friday that his company holds the same two limits Anthropic is defending in its
     dispute with the Pentagon: no mass surveillance of Americans and no fully autonomous lethal weapons.

     Altman's remarks were an unusual show of support for a rival. He also said he hoped the government and
     Anthropic could still reach an agreement.
     """)

news("alt-02", "altman-red-lines", "2026-02-27T18:30:00Z", "TechCrunch", "techcrunch.com",
     "Altman backs Anthropic's position, says OpenAI won't build autonomous weapons either",
     """
     In a rare moment of agreement between rivals, OpenAI's Sam Altman said Friday his company would also refuse
     to let its models be used for domestic mass surveillance or for weapons that select targets without people.

     The statement came hours before the Pentagon's 5:01 p.m. deadline for Anthropic and a day after more than 200
     engineers, many from OpenAI, signed an open letter in Anthropic's support.
     """)

news("alt-03", "altman-red-lines", "2026-02-28T08:00:00Z", "Big Technology", "bigtechnology.com",
     "Altman's red lines, and what he didn't say",
     """
     Sam Altman's statement that OpenAI shares Anthropic's two red lines got a lot of applause on Friday. It is
     worth reading closely. Altman said OpenAI would not support mass domestic surveillance or autonomous lethal
     weapons; he did not say OpenAI would walk away from Pentagon work, and he did not criticise the department's
     threats against Anthropic.

     Still, the public alignment of the two biggest labs makes it harder for the Pentagon to cast Anthropic as an
     outlier.
     """, impact=3)

# --------------------------------------------------------------------------- OpenAI's own Pentagon agreement
news("oai-01", "openai-pentagon-agreement", "2026-02-28T22:00:00Z", "Reuters", "reuters.com",
     "OpenAI reaches agreement with Pentagon on military use of its models",
     """
     Feb 28 (Reuters) - OpenAI said on Saturday it had reached an agreement with the Defense Department covering
     use of its AI models, including on classified systems, a day after the Pentagon cut ties with rival Anthropic.

     OpenAI said the agreement reflects its own safety principles, including limits on domestic surveillance, but
     did not publish the terms. The Pentagon said OpenAI had accepted its policy that AI be available for any
     lawful use.
     """)

news("oai-02", "openai-pentagon-agreement", "2026-03-01T14:20:00Z", "Ars Technica", "arstechnica.com",
     "OpenAI signs with the Pentagon days after saying it shared Anthropic's red lines",
     """
     OpenAI has announced its own deal with the Department of War, barely 24 hours after CEO Sam Altman said the
     company shared the two limits that got Anthropic frozen out of federal work.

     Both sides say the other's concerns are addressed. OpenAI points to "contractual safeguards" on surveillance;
     the department says the deal satisfies its "any lawful use" requirement. Critics note those statements are
     hard to reconcile without seeing the contract, and that Anthropic's loss looks like OpenAI's gain.
     """)

news("oai-03", "openai-pentagon-agreement", "2026-03-02T10:00:00Z", "The Information", "theinformation.com",
     "OpenAI's Pentagon Deal Was Weeks in the Making",
     """
     OpenAI's agreement with the Pentagon, announced over the weekend, had been negotiated in parallel with the
     department's talks with Anthropic, according to people involved. OpenAI accepted the "any lawful use"
     language while adding a side letter on surveillance that the Pentagon considers non-binding.

     The deal positions OpenAI to pick up work that had been handled by Anthropic's Claude on defense systems.
     """)

# --------------------------------------------------------------------------- Feb 27: presidential directive
news("ban-01", "federal-use-ban", "2026-02-27T23:20:00Z", "Associated Press", "apnews.com",
     "Trump orders federal agencies to stop using Anthropic's AI",
     """
     WASHINGTON (AP) — President Donald Trump on Friday ordered every federal agency to stop using artificial
     intelligence products made by Anthropic, hours after the company let a Pentagon deadline pass without
     lifting restrictions on military use of its technology.

     In a post on social media, Trump said agencies should stop using the San Francisco company's tools, and the
     White House later said they would have a transition period to move to other providers.

     Anthropic said it was disappointed and would look at its options for continuing to serve public-sector
     customers.
     The company's Claude chatbot is used across several civilian agencies and inside the Defense Department.
     """)

syn("ban-01", "ban-01-s1", "Boston Globe", "bostonglobe.com",
    "Trump orders agencies to drop Anthropic AI after Pentagon deadline passes",
    published="2026-02-28T00:05:00Z")
syn("ban-01", "ban-01-s2", "KSL.com", "ksl.com",
    "Trump orders federal agencies to stop using Anthropic's AI",
    published="2026-02-28T01:30:00Z", trim_last=True)

news("ban-02", "federal-use-ban", "2026-02-28T01:00:00Z", "The Washington Post", "washingtonpost.com",
     "Trump cuts off Anthropic from the federal government",
     """
     President Trump directed federal agencies on Friday to cease using technology from Anthropic, an
     extraordinary move against a major American AI company that had refused the Pentagon's demands to drop
     limits on surveillance and autonomous weapons.

     The directive came shortly after the 5:01 p.m. deadline set by Defense Secretary Pete Hegseth. Officials said
     the Pentagon was preparing further steps, including a formal supply-chain-risk designation.
     """)

news("ban-03", "federal-use-ban", "2026-03-02T15:00:00Z", "FedScoop", "fedscoop.com",
     "Agencies start unwinding Claude deployments after White House order",
     """
     Federal CIOs spent the weekend inventorying where Anthropic's Claude is in use after Friday's presidential
     directive ordering agencies to stop using the company's technology. GSA removed Anthropic offerings from its
     OneGov catalog on Monday, and at least two civilian agencies told staff to stop using Claude-based tools.

     Officials said guidance on timelines was still coming from OMB. Several programs that had built pilots on
     Claude will need to migrate to other models.
     """, impact=8)

news("ban-04", "federal-use-ban", "2026-02-28T03:00:00Z", "Fox News", "foxnews.com",
     "Trump pulls the plug on 'woke' AI company that defied the Pentagon",
     """
     President Trump has ordered federal agencies to stop doing business with Anthropic after the AI company
     refused to let the military use its technology for all lawful purposes. Supporters of the move said a
     contractor should not be able to dictate terms to America's warfighters.

     "No company gets a veto over national security," one administration official said Friday night.
     """)

news("ban-05", "federal-use-ban", "2026-02-28T12:30:00Z", "Federal News Network", "federalnewsnetwork.com",
     "What the Anthropic directive means for federal IT teams",
     """
     Friday's order from the President tells agencies to stop using Anthropic products, but leaves practical
     questions open: what counts as "use" when Claude is embedded in a contractor's software, and how quickly
     existing task orders must end. Agency counsel are expected to read the directive broadly.

     The order follows the company's refusal to meet a Pentagon deadline on military use restrictions.
     """, impact=8)

# --------------------------------------------------------------------------- formal supply-chain-risk designation
news("scr-01", "supply-chain-designation", "2026-02-27T23:55:00Z", "The Wall Street Journal", "wsj.com",
     "Pentagon Labels Anthropic a Supply-Chain Risk, a First for a U.S. Company",
     """
     The Pentagon designated Anthropic a supply-chain risk late Friday, Defense Secretary Pete Hegseth said,
     barring the department and its contractors from using the company's AI. The label has previously been used
     against companies tied to foreign adversaries, such as Huawei.

     The designation followed President Trump's order that civilian agencies stop using Anthropic's technology.
     """)

news("scr-02", "supply-chain-designation", "2026-03-03T16:45:00Z", "Breaking Defense", "breakingdefense.com",
     "DoD formally designates Anthropic a supply chain risk under Section 3252",
     """
     The Department of War on Tuesday formally notified Anthropic that it has been designated a supply chain risk
     under 10 U.S.C. 3252, turning last week's threats into a binding exclusion. Prime contractors have been told
     to certify within 30 days that they do not use Anthropic products on department work.

     Anthropic said it would challenge the designation in court.
     """)

news("scr-03", "supply-chain-designation", "2026-03-05T13:10:00Z", "Reuters", "reuters.com",
     "Pentagon finalizes supply chain risk designation against Anthropic",
     """
     WASHINGTON, March 5 (Reuters) - The Pentagon has finalized its designation of Anthropic as a supply chain
     risk, a department official said on Thursday, formally cutting the AI company off from defense work and
     requiring contractors to stop using its Claude models.

     Hegseth first announced the move on social media on Feb. 27. The formal notice, sent this week, lists the
     company's refusal to accept "any lawful use" terms among its reasons.
     """)

news("scr-04", "supply-chain-designation", "2026-03-04T09:15:00Z", "Defense News", "defensenews.com",
     "Anthropic blacklisting ripples through the defense industrial base",
     """
     The Pentagon's decision to designate Anthropic a supply-chain risk will reach far beyond the company's own
     contract. Under the designation, issued in early March, primes and subcontractors must remove Anthropic
     software from systems used on department contracts.

     Industry groups asked for clarity on whether commercial cloud services that host Claude are covered.
     """)

# =========================================================================== hard negatives (part 1)
neg("neg-launch-01", "2026-02-17T17:00:00Z", "TechCrunch", "techcrunch.com",
    "Anthropic releases Claude model with longer memory and faster coding",
    """
    Anthropic on Tuesday released a new version of its Claude model that it says is better at long coding tasks
    and can keep track of much larger projects. The company said the model beats its predecessor on several
    software-engineering benchmarks and is available today to paying subscribers and through its API.

    Pricing is unchanged. Enterprise customers can access the model through Amazon Bedrock and Google Cloud.
    """)

neg("neg-funding-01", "2026-02-12T14:00:00Z", "Bloomberg", "bloomberg.com",
    "Anthropic Raises Fresh Funding at Higher Valuation",
    """
    Anthropic PBC has raised a new funding round that values the AI developer well above its previous mark,
    according to people familiar with the matter, as investors bet on demand for its Claude coding tools.

    The round was led by existing backers and includes several sovereign wealth funds. Anthropic declined to
    comment on the terms. Annualized revenue has grown rapidly on enterprise adoption, the people said.
    """)

neg("neg-copyright-01", "2026-03-10T19:00:00Z", "The Hollywood Reporter", "hollywoodreporter.com",
    "Music publishers press copyright case against Anthropic over song lyrics",
    """
    A group of music publishers asked a federal judge to let them expand their copyright lawsuit against
    Anthropic, alleging that the company's Claude chatbot reproduces protected lyrics. The publishers say new
    evidence shows the training data included thousands of additional songs.

    Anthropic said it had put guardrails in place to prevent reproducing lyrics and would oppose the motion.
    """)

neg("neg-office-01", "2026-01-22T08:00:00Z", "The Japan Times", "japantimes.co.jp",
    "Anthropic opens Tokyo office as it expands in Asia",
    """
    Anthropic has opened an office in Tokyo, its first in Japan, and said it would hire dozens of staff to
    support corporate customers. The company signed a cooperation agreement with a Japanese AI safety institute
    at the opening ceremony.
    """)

neg("neg-pentagon-ai-01", "2026-02-25T15:00:00Z", "DefenseScoop", "defensescoop.com",
    "Army awards $98 million contract for AI-enabled predictive maintenance",
    """
    The Army has awarded a $98 million contract to a Virginia company for AI software that predicts when
    helicopter parts will fail, the service said Wednesday. The system analyses sensor data from Black Hawk and
    Apache fleets and is expected to cut unscheduled maintenance.

    The award was made through an other transaction agreement and covers five years.
    """)

neg("neg-pentagon-ai-02", "2026-03-06T12:00:00Z", "Breaking Defense", "breakingdefense.com",
    "CDAO picks vendors for next phase of Pentagon's enterprise AI platform",
    """
    The Pentagon's Chief Digital and AI Office has selected four companies to build the next phase of its
    enterprise data platform, which gives analysts across the services access to shared data and AI tools.
    Officials said the platform now supports more than 100,000 users on unclassified networks.
    """)

neg("neg-scr-huawei", "2026-02-26T10:00:00Z", "Light Reading", "lightreading.com",
    "FCC expands covered list, citing supply chain risk from Chinese telecom gear",
    """
    The Federal Communications Commission has added more equipment makers to its list of companies deemed a
    national security supply chain risk, expanding restrictions that already apply to Huawei and ZTE. Carriers
    that receive federal subsidies must remove the gear under the rip-and-replace programme.
    """)

neg("neg-scr-kaspersky", "2026-01-30T16:00:00Z", "The Record", "therecord.media",
    "Commerce extends Kaspersky ban to more products, citing supply-chain risks",
    """
    The Commerce Department has widened its prohibition on Kaspersky software, saying the Russian-linked
    antivirus vendor's products pose an unacceptable risk to the U.S. information and communications technology
    supply chain. Resellers have 90 days to stop selling affected products.
    """)

neg("neg-principle", "2026-02-20T12:00:00Z", "Quanta Magazine", "quantamagazine.org",
    "Physicists revisit the anthropic principle as multiverse debate heats up",
    """
    The anthropic principle holds that the universe's constants must be compatible with the existence of
    observers, since otherwise no one would be around to measure them. A new paper argues the reasoning can be
    tested against the observed value of the cosmological constant.

    Critics say anthropic arguments explain everything and therefore nothing.
    """)

neg("neg-climate", "2026-03-01T09:00:00Z", "The Guardian", "theguardian.com",
    "Anthropic warming pushed winter sea ice to record low, scientists say",
    """
    Arctic winter sea ice reached its lowest extent on record, and scientists said the decline bears the clear
    fingerprint of anthropic warming driven by fossil fuel emissions. Natural variability alone could not explain
    the loss, according to an attribution study released on Sunday.
    """)

neg("neg-hegseth-01", "2026-02-18T21:00:00Z", "Military Times", "militarytimes.com",
    "Hegseth orders review of military fitness standards",
    """
    Defense Secretary Pete Hegseth has ordered the services to review physical fitness standards for combat
    roles within 60 days, saying standards should be "gender-neutral and uncompromising." The memo also asks for
    data on injury rates during basic training.
    """)

neg("neg-euaiact-01", "2026-02-10T11:00:00Z", "Euractiv", "euractiv.com",
    "EU weighs delay to high-risk AI rules under the AI Act",
    """
    The European Commission is considering postponing parts of the AI Act that apply to high-risk systems, after
    member states and industry complained that technical standards are not ready. Obligations for
    general-purpose AI models, including transparency and safety evaluations, would remain on schedule.
    """)

neg("neg-state-01", "2026-03-12T18:00:00Z", "CalMatters", "calmatters.org",
    "California lawmakers propose new rules for AI companion chatbots",
    """
    A bill introduced in Sacramento would require AI companion apps to remind users they are talking to a
    machine and to refer users who mention self-harm to crisis services. Supporters said the measure builds on
    last year's frontier AI safety law.
    """)

neg("neg-dji", "2026-03-08T14:00:00Z", "The Verge", "theverge.com",
    "DJI drones face U.S. import limits after national security review",
    """
    New DJI drone models can no longer receive FCC authorization after a national security agency review found
    the Chinese manufacturer poses an unacceptable risk. Existing drones remain legal to fly, but retailers
    expect shortages of new models by summer.
    """)

neg("neg-anthropic-research", "2026-03-18T16:00:00Z", "MIT Technology Review", "technologyreview.com",
    "Anthropic researchers map how Claude plans ahead when writing poetry",
    """
    A new interpretability paper from Anthropic traces the internal features Claude uses when it plans a rhyme
    several words in advance. The researchers say the technique could eventually help detect when a model is
    pursuing a hidden goal.
    """)

# =========================================================================== the story, continued

# --------------------------------------------------------------------------- contractors move off Claude
news("ctr-01", "contractors-drop-claude", "2026-03-06T17:30:00Z", "Defense News", "defensenews.com",
     "Lockheed Martin tells employees to stop using Claude after Pentagon designation",
     """
     Lockheed Martin has instructed employees and suppliers working on Pentagon programs to stop using
     Anthropic's Claude, according to an internal notice seen by Defense News, making it the first major prime
     contractor to act on the department's supply-chain-risk designation of the AI company.

     The notice gives teams two weeks to migrate workflows, including code assistants and document-analysis
     tools, to approved alternatives.
     """)

news("ctr-02", "contractors-drop-claude", "2026-03-09T11:45:00Z", "Bloomberg", "bloomberg.com",
     "Defense Contractors Rush to Purge Anthropic Tools After Blacklisting",
     """
     Lockheed Martin Corp., General Dynamics Corp. and dozens of smaller suppliers are ripping Anthropic's
     software out of their systems to comply with the Pentagon's designation of the AI company as a supply-chain
     risk, a costly exercise that some executives privately call disruptive.

     Anthropic has said defense-related revenue is a small share of its total, but analysts say the contractor
     exodus could spill into commercial deals with companies that do both government and private work.
     """)

news("ctr-03", "contractors-drop-claude", "2026-03-08T07:00:00Z", "The Denver Post", "denverpost.com",
     "Lockheed's Colorado space division drops AI tool amid Pentagon feud",
     """
     Engineers at Lockheed Martin Space in Littleton have been told to stop using Claude, the AI assistant made by
     Anthropic, after the Defense Department labelled the company a supply-chain risk earlier this month.

     Several employees said the tool had become part of daily work, from writing test scripts to summarising
     requirements documents. Lockheed said it was following the department's direction.
     """)

news("ctr-04", "contractors-drop-claude", "2026-03-11T14:00:00Z", "Washington Technology", "washingtontechnology.com",
     "Primes scramble to certify they're Anthropic-free",
     """
     With a 30-day certification window running, government contractors are auditing every place Anthropic's
     models show up in their stacks, including inside third-party tools. Lockheed Martin moved first; integrators
     with large civilian portfolios say they are waiting for guidance on whether non-defense work is affected.
     """, impact=6)

# --------------------------------------------------------------------------- Mar 9: Anthropic sues
news("law-01", "lawsuits-filed", "2026-03-09T16:00:00Z", "Reuters", "reuters.com",
     "Anthropic sues Pentagon over supply chain risk label",
     """
     SAN FRANCISCO, March 9 (Reuters) - Anthropic filed lawsuits on Monday challenging the Pentagon's
     designation of the artificial intelligence company as a supply chain risk, arguing the government punished
     it for its public positions on AI safety.

     The company filed one suit in federal district court in San Francisco and a petition for review in the U.S.
     Court of Appeals for the District of Columbia Circuit, which hears certain challenges to such designations.

     Anthropic is asking the courts to set aside the designation and the presidential directive barring federal
     agencies from using its technology. The Defense Department said it does not comment on pending litigation.
     """)

syn("law-01", "law-01-s1", "Yahoo Finance", "finance.yahoo.com",
    "Anthropic sues Pentagon over supply chain risk label",
    published="2026-03-09T16:20:00Z")
syn("law-01", "law-01-s2", "The Economic Times", "economictimes.indiatimes.com",
    "Anthropic files lawsuits challenging Pentagon blacklisting",
    published="2026-03-10T02:00:00Z", trim_last=True)

news("law-02", "lawsuits-filed", "2026-03-09T18:40:00Z", "Lawfare", "lawfaremedia.org",
     "Anthropic v. Department of War: Reading the Complaints",
     """
     Anthropic's two filings take different routes. The district court complaint in the Northern District of
     California leads with the First Amendment, arguing the designation retaliates against the company for its
     speech about autonomous weapons and surveillance. The D.C. Circuit petition attacks the designation under
     the statute that authorizes it, arguing the department skipped required findings.

     Both ask for the label to be vacated. The district court case also seeks a preliminary injunction, which
     could come much sooner than any appellate ruling.
     """)

news("law-03", "lawsuits-filed", "2026-03-10T00:30:00Z", "The Verge", "theverge.com",
     "Anthropic is suing the Trump administration",
     """
     Anthropic has taken the government to court. On Monday the company filed suit against the Department of
     War and other agencies, saying the decision to brand it a supply-chain risk was illegal payback for refusing
     to drop its two safeguards.

     It's a big escalation for a company that spent weeks trying to keep the door open to a deal.
     """)

news("law-04", "lawsuits-filed", "2026-03-10T13:00:00Z", "Courthouse News Service", "courthousenews.com",
     "AI developer claims retaliation in suit over Pentagon blacklisting",
     """
     SAN FRANCISCO (CN) — An artificial intelligence developer sued the Department of War in federal court
     Monday, claiming its designation as a supply chain risk was retaliation for protected speech.

     Anthropic PBC says the department and Secretary Pete Hegseth acted after the company publicly refused to let
     its models be used for domestic surveillance and autonomous weapons. It seeks declaratory and injunctive
     relief.
     """)

news("law-05", "lawsuits-filed", "2026-03-09T20:00:00Z", "CNBC", "cnbc.com",
     "Anthropic sues to overturn Pentagon ban; legal experts give it a fighting chance",
     """
     Anthropic's legal challenge to its Pentagon blacklisting has a real shot, according to several
     administrative law experts, because the supply-chain-risk statute was written with foreign threats in mind.
     The company filed suits in San Francisco and at the D.C. Circuit on Monday.

     The government is expected to argue that courts owe it deference on national security procurement.
     """, sentiment="neutral")

# --------------------------------------------------------------------------- Mar 26: preliminary injunction
news("inj-01", "preliminary-injunction", "2026-03-26T22:10:00Z", "Associated Press", "apnews.com",
     "Judge blocks Pentagon's blacklisting of AI company Anthropic",
     """
     SAN FRANCISCO (AP) — A federal judge on Thursday temporarily blocked the Trump administration from treating
     artificial intelligence company Anthropic as a supply chain risk, finding the government likely punished the
     company for its speech.

     The preliminary injunction bars agencies from enforcing the designation while the case proceeds. The judge
     wrote that the record suggested the label was imposed because Anthropic publicly refused to remove limits
     on surveillance and autonomous weapons, which would violate the First Amendment.

     The Justice Department is expected to appeal. Anthropic welcomed the ruling.
     """)

syn("inj-01", "inj-01-s1", "Los Angeles Times", "latimes.com",
    "Judge blocks Pentagon's blacklisting of AI company Anthropic",
    published="2026-03-26T22:40:00Z")
syn("inj-01", "inj-01-s2", "Houston Chronicle", "houstonchronicle.com",
    "Federal judge sides with Anthropic, halts Pentagon 'supply chain risk' label",
    published="2026-03-27T03:00:00Z", trim_last=True)

news("inj-02", "preliminary-injunction", "2026-03-27T01:00:00Z", "The New York Times", "nytimes.com",
     "Judge Says Pentagon Likely Retaliated Against Anthropic, Halting Ban",
     """
     A federal judge in San Francisco ruled on Thursday that the Defense Department had likely violated the
     First Amendment when it branded Anthropic a risk to the military supply chain, and ordered the government
     to stop enforcing the label for now.

     The ruling is a significant, if early, victory for the AI company, which sued this month after losing its
     federal business. The judge pointed to public statements by administration officials linking the
     designation to Anthropic's refusal to drop its safeguards.
     """, sentiment="very-bullish")

news("inj-03", "preliminary-injunction", "2026-03-27T14:00:00Z", "Lawfare", "lawfaremedia.org",
     "The Anthropic Injunction: What the Court Held and What It Didn't",
     """
     The district court's order is narrower than some headlines suggest. It enjoins enforcement of the
     supply-chain-risk designation pending trial, on the ground that Anthropic is likely to succeed on its First
     Amendment retaliation claim. It does not decide the separate statutory challenge pending before the D.C.
     Circuit, and it does not order the Pentagon to buy anything from Anthropic.
     """, impact=7)

news("inj-04", "preliminary-injunction", "2026-03-26T23:30:00Z", "Axios", "axios.com",
     "Anthropic wins round one against the Pentagon",
     """
     A federal judge in San Francisco on Thursday preliminarily enjoined the government's supply-chain-risk label
     on Anthropic, calling it likely retaliation for protected speech.

     The big picture: It's the first legal setback for the administration's campaign against the AI company.

     What to watch: An appeal, and the parallel case at the D.C. Circuit.
     """)

news("inj-05", "preliminary-injunction", "2026-03-27T10:30:00Z", "Federal News Network", "federalnewsnetwork.com",
     "After injunction, can civilian agencies go back to Claude?",
     """
     Thursday's preliminary injunction against the Anthropic designation has agency IT shops asking whether
     they can restart paused Claude projects. Lawyers caution that the order covers the supply-chain label and
     that agencies should wait for OMB guidance before reversing course.
     """, impact=7)

# --------------------------------------------------------------------------- Apr 8: D.C. Circuit declines to stay
news("stay-01", "dc-circuit-denies-stay", "2026-04-08T21:00:00Z", "Reuters", "reuters.com",
     "U.S. appeals court won't pause Pentagon's Anthropic designation",
     """
     WASHINGTON, April 8 (Reuters) - A federal appeals court in Washington on Wednesday declined to suspend the
     Pentagon's designation of Anthropic as a supply chain risk while it considers the company's challenge,
     leaving the AI developer shut out of defense work.

     The ruling by a three-judge panel of the D.C. Circuit does not disturb a San Francisco judge's injunction,
     meaning civilian agencies may again use Anthropic's Claude while the Defense Department keeps its doors
     closed.
     """)

news("stay-02", "dc-circuit-denies-stay", "2026-04-09T12:00:00Z", "Breaking Defense", "breakingdefense.com",
     "D.C. Circuit leaves Anthropic ban in place at DoD, for now",
     """
     The D.C. Circuit on Wednesday denied Anthropic's motion to stay the Department of War's supply-chain-risk
     determination pending review. The practical result is a split: civilian agencies may resume using Claude
     under the district court's injunction, but the department and its contractors remain barred.

     Contractors told Breaking Defense they will keep Anthropic tools off defense programs until the appeal is
     decided.
     """)

news("stay-03", "dc-circuit-denies-stay", "2026-04-08T23:15:00Z", "Politico", "politico.com",
     "Appeals court hands Pentagon a win in Anthropic fight",
     """
     The Pentagon notched its first legal win against Anthropic on Wednesday when the D.C. Circuit refused to put
     the department's own designation of the company on hold. The order was brief and did not explain the
     panel's reasoning beyond saying Anthropic had not met the standard for a stay.
     """)

news("stay-04", "dc-circuit-denies-stay", "2026-04-10T08:00:00Z", "GovExec", "govexec.com",
     "Claude is back for civilian agencies, but not the Pentagon",
     """
     Two weeks after a federal judge blocked the Anthropic designation and two days after an appeals court
     declined to pause it at the Defense Department, agencies are left with a split rule. GSA has restored
     Anthropic to its schedule for civilian buyers, while defense components keep it blocked.
     """, sentiment="neutral", impact=6)

# --------------------------------------------------------------------------- May 1: others cleared, Anthropic left out
news("clr-01", "classified-clearance-without-anthropic", "2026-05-01T18:00:00Z", "DefenseScoop", "defensescoop.com",
     "Pentagon clears more AI firms for classified networks; Anthropic not among them",
     """
     The Department of War on Friday approved models from several AI companies, including OpenAI, Google and
     xAI, for use on its classified networks, expanding a roster that Anthropic once had to itself.

     Anthropic, still designated a supply-chain risk by the department, was left off the list. A spokesperson said
     the department would not revisit the company's status while litigation is pending.
     """)

news("clr-02", "classified-clearance-without-anthropic", "2026-05-01T20:30:00Z", "The Information", "theinformation.com",
     "Pentagon Expands Classified AI Access to Google, OpenAI—But Not Anthropic",
     """
     The Pentagon's decision on Friday to admit several AI developers to its secret networks leaves Anthropic
     as the odd one out. Claude had been the first frontier model deployed in classified settings; now its
     competitors will take over that work.
     """)

news("clr-03", "classified-clearance-without-anthropic", "2026-05-02T09:00:00Z", "Nextgov/FCW", "nextgov.com",
     "Department of War accredits four AI providers for secret-level use",
     """
     Four AI providers have received accreditation to operate at the secret level, the department announced
     Friday. The list excludes Anthropic, which remains under the supply chain risk designation that the D.C.
     Circuit declined to stay in April.
     """)

news("clr-04", "classified-clearance-without-anthropic", "2026-05-03T15:00:00Z", "Stratechery", "stratechery.com",
     "Anthropic's Classified Exit",
     """
     On May 1 the Pentagon cleared a group of Anthropic's competitors for classified work and left Anthropic out.
     That is the quiet end of the exclusive position that made Claude the default inside defense intelligence
     units a year ago, and probably the most lasting commercial cost of this fight.
     """, impact=5)

# --------------------------------------------------------------------------- May 19: D.C. Circuit oral argument
news("arg-01", "dc-circuit-oral-argument", "2026-05-19T20:00:00Z", "Reuters", "reuters.com",
     "Appeals judges question Pentagon's case against Anthropic",
     """
     WASHINGTON, May 19 (Reuters) - Judges on the U.S. Court of Appeals for the D.C. Circuit pressed a Justice
     Department lawyer on Tuesday over whether the supply chain risk statute can be used against a domestic
     company over a contract dispute.

     Anthropic's lawyer faced questions about whether courts can second-guess national security procurement
     decisions. The panel did not indicate when it would rule.
     """)

news("arg-02", "dc-circuit-oral-argument", "2026-05-19T22:30:00Z", "Bloomberg Law", "news.bloomberglaw.com",
     "Anthropic's D.C. Circuit Argument Turns on Statute Meant for Foreign Threats",
     """
     A D.C. Circuit panel heard oral argument in Anthropic's challenge to its supply-chain-risk designation on
     Tuesday. Much of the hour focused on whether Section 3252 reaches a U.S. company whose offence, in the
     government's telling, was refusing contract terms.
     """)

news("arg-03", "dc-circuit-oral-argument", "2026-05-18T12:00:00Z", "Law360", "law360.com",
     "D.C. Circ. To Hear Anthropic Challenge To Pentagon Label Tuesday",
     """
     The D.C. Circuit will hear argument Tuesday in Anthropic PBC's petition for review of the Department of
     War's designation of the company as a supply chain risk. The court earlier refused to stay the designation
     pending review.
     """, impact=3)

news("arg-04", "dc-circuit-oral-argument", "2026-05-20T11:00:00Z", "Lawfare", "lawfaremedia.org",
     "Takeaways From the Anthropic Oral Argument",
     """
     Three things stood out from Tuesday's argument. The panel seemed unconvinced that the government had made
     the findings the statute requires. It was equally sceptical of Anthropic's request that the court reach the
     First Amendment question. And nobody seemed eager to decide the case quickly.
     """)

# --------------------------------------------------------------------------- June 19: truce
news("tru-01", "truce", "2026-06-19T21:30:00Z", "Associated Press", "apnews.com",
     "Trump says Anthropic 'no longer a threat' after meeting with CEO",
     """
     WASHINGTON (AP) — President Donald Trump said Friday that the artificial intelligence company Anthropic is
     no longer a threat to national security, after meeting with its chief executive, Dario Amodei, at the White
     House.

     It was not immediately clear whether the Pentagon would withdraw its designation of the company as a supply
     chain risk or whether the government would drop its appeal. The White House said details would follow.

     Anthropic called the meeting constructive.
     """)

syn("tru-01", "tru-01-s1", "NBC Bay Area", "nbcbayarea.com",
    "Trump says Anthropic 'no longer a threat' after Amodei meeting",
    published="2026-06-19T22:15:00Z", trim_last=True)

news("tru-02", "truce", "2026-06-20T00:30:00Z", "The Washington Post", "washingtonpost.com",
     "An uneasy truce between Trump and Anthropic",
     """
     After four months of threats, bans and lawsuits, the President and Anthropic appear to have reached an
     uneasy truce. Trump's comment Friday that the company is "no longer a threat" followed an Oval Office meeting
     with Dario Amodei, but neither side described any change to Anthropic's two safeguards.

     Defense officials were notably quiet, and the supply-chain-risk designation remained on the books Friday
     night.
     """, sentiment="bullish", impact=6)

news("tru-03", "truce", "2026-06-20T13:00:00Z", "The Verge", "theverge.com",
     "Anthropic and the White House call a ceasefire",
     """
     Anthropic's long fight with the administration may be winding down. After meeting Dario Amodei on Friday,
     President Trump said the company was no longer a threat, a sharp reversal from February's order cutting it
     off from federal agencies.

     What happens to the lawsuits and the Pentagon's designation is still unclear.
     """)

news("tru-04", "truce", "2026-06-22T09:00:00Z", "DefenseScoop", "defensescoop.com",
     "Pentagon weighing next steps on Anthropic after White House meeting",
     """
     Defense officials are reviewing whether to rescind the supply-chain-risk designation of Anthropic following
     the President's June 19 remark that the company is no longer a threat, two officials said. No decision has
     been made, and the department's lawyers have not withdrawn from the D.C. Circuit case.
     """, impact=6, sentiment="neutral")

news("tru-05", "truce", "2026-06-19T23:50:00Z", "CNBC", "cnbc.com",
     "Anthropic gets a reprieve from Trump; enterprise customers breathe easier",
     """
     Anthropic's biggest corporate customers welcomed President Trump's statement on Friday that the AI
     company no longer poses a threat, saying it removes a cloud over contracts that touch federal work.

     The comment came after Trump met CEO Dario Amodei. Analysts said a formal end to the Pentagon's
     supply-chain-risk designation would be the real test.
     """, sentiment="very-bullish")

# --------------------------------------------------------------------------- more outlets on earlier events
news("ult-07", "ultimatum", "2026-02-26T06:00:00Z", "Colorado Springs Gazette", "gazette.com",
     "Pentagon-AI showdown watched closely at Space Command",
     """
     The Pentagon's ultimatum to the AI developer Anthropic, which expires Friday at 5:01 p.m. Eastern, is being
     watched closely by defense technology firms along the Front Range, several of which use the company's Claude
     models in analysis tools.

     Defense Secretary Pete Hegseth has threatened to cancel Anthropic's contract or designate it a supply-chain
     risk unless it removes restrictions on uses involving domestic surveillance and autonomous weapons.
     """, impact=6)

news("ban-06", "federal-use-ban", "2026-02-28T15:00:00Z", "Nextgov/FCW", "nextgov.com",
     "Presidential directive bars agencies from Anthropic technology",
     """
     Federal agencies must stop using Anthropic technology under a directive the President issued Friday
     evening, Feb. 27, after the company declined the Pentagon's terms. The directive applies government-wide,
     not only to defense agencies, and covers contractors' use of Anthropic models on federal work.
     """)

news("scr-05", "supply-chain-designation", "2026-03-02T18:00:00Z", "Financial Times", "ft.com",
     "Pentagon's Anthropic blacklist rattles Silicon Valley",
     """
     The Pentagon's designation of Anthropic as a supply-chain risk, confirmed on Monday, has alarmed tech
     executives who fear the government could use the same tool against any supplier that resists its demands.
     Until now the designation had been aimed at foreign companies such as Huawei.

     Anthropic is weighing a legal challenge.
     """)

news("stm-07", "amodei-statement", "2026-02-27T06:30:00Z", "The Guardian", "theguardian.com",
     "AI firm Anthropic refuses to bow to Pentagon over killer robots and surveillance",
     """
     Anthropic, the US artificial intelligence company, has refused to remove safeguards that stop its
     technology being used for mass surveillance of Americans or for weapons that kill without human control,
     setting up a clash with the Trump administration on Friday.

     Its chief executive, Dario Amodei, said the firm could not in good conscience agree to the Pentagon's
     demands, despite threats to cut it off from military contracts.
     """)

news("ltr-04", "engineers-open-letter", "2026-02-27T20:00:00Z", "Fortune", "fortune.com",
     "Tech workers rally behind Anthropic with open letter",
     """
     An open letter supporting Anthropic's stand against the Pentagon gathered signatures from engineers at
     nearly every major AI lab this week. Signers say the government's threats to designate the company a supply
     chain risk would chill safety work across the industry.
     """)

news("oai-04", "openai-pentagon-agreement", "2026-03-01T02:00:00Z", "Axios", "axios.com",
     "OpenAI strikes Pentagon deal as Anthropic is frozen out",
     """
     OpenAI announced an agreement with the Pentagon on Saturday covering use of its models on defense networks.

     Why it matters: The timing, a day after Anthropic was cut off, hands OpenAI a big opening in national
     security AI.
     """)

news("xai-05", "xai-classified-deal", "2026-02-23T14:00:00Z", "DefenseScoop", "defensescoop.com",
     "xAI deal gives Pentagon a second classified LLM, and leverage over Anthropic",
     """
     The department's agreement with xAI, disclosed late last week, means Anthropic is no longer the only large
     language model provider on classified networks. Officials told DefenseScoop the timing was not a
     coincidence: talks with Anthropic over usage restrictions have stalled ahead of the end-of-February
     deadline set in January.
     """)

# --------------------------------------------------------------------------- sources that disagree on dates
news("scr-06", "supply-chain-designation", "2026-03-06T10:00:00Z", "Tom's Hardware", "tomshardware.com",
     "Anthropic officially declared a supply chain risk by the Pentagon",
     """
     The U.S. Department of War officially designated Anthropic a supply chain risk on March 5, according to a
     letter the company received, completing a process that began with Secretary Hegseth's announcement a week
     earlier. Contractors must now stop using Claude on defense work.
     """)

news("law-06", "lawsuits-filed", "2026-03-11T09:00:00Z", "SiliconANGLE", "siliconangle.com",
     "Anthropic takes Pentagon to court in two venues",
     """
     Anthropic this week filed suit against the Pentagon in San Francisco and petitioned the D.C. Circuit, after
     the department labelled it a supply chain risk on March 3. The company argues the designation punishes it
     for refusing to allow autonomous weapons and domestic surveillance uses of Claude.
     """)

# --------------------------------------------------------------------------- a low-quality site with errors
news("lq-01", "ultimatum", "2026-02-25T05:00:00Z", "NewsFlash24", "newsflash24.net",
     "BREAKING!! Pentagon gives Antropic 24 HOURS to hand over AI or be SHUT DOWN",
     """
     The Pentagon under Defence Secretary Pete Hegsteth has given AI company Antropic just 24 hours to hand over
     its Claude AI with no limits or be shut down for good!!! Sources say the deadline is Friday at 5pm and the
     government could use the Defense Production Act to TAKE the technology.

     Antropic, which is owned by Google, refuses to let the army use its AI for autonomous weapons. Click to see
     what this means for your stocks.
     """, impact=7, sentiment="very-bearish")

news("lq-02", "lawsuits-filed", "2026-03-21T04:00:00Z", "NewsFlash24", "newsflash24.net",
     "Anthropic SUES Trump for $2 BILLION over Pentagon ban",
     """
     AI company Anthropic has sued President Trump for two billion dollars after the Pentagon put it on a
     blacklist, court papers filed on March 19 show. The company says the supply chain risk label from Pete
     Hegseth is illegal. Experts say Anthropic could win BIG.
     """)

news("lq-03", "preliminary-injunction", "2026-03-28T03:00:00Z", "TechDailyBuzz", "techdailybuzz.co",
     "Judge rules Anthropic ban unconstitutional, Pentagon must pay",
     """
     A judge in California has ruled that the Pentagons ban on Anthropic was unconstitional and the government
     must restore all its contracts, in a huge win for the Claude maker. The judge said the supply chain risk
     label broke the first ammendment. The Pentagon is expected to appeal to the Supreme Court next week.
     """)

# --------------------------------------------------------------------------- opinion, explainers, commentary
view("op-01", "2026-02-26T11:00:00Z", "The New York Times", "nytimes.com",
     "Opinion | The Pentagon Is Punishing the Wrong AI Company",
     """
     The Defense Department's threat to blacklist Anthropic should alarm anyone who wants American AI to be both
     powerful and safe. The company is not refusing to help the military. It is refusing two specific uses,
     domestic mass surveillance and autonomous killing, that most Americans would also reject if asked.

     Treating that as disloyalty, and reaching for tools designed for Chinese telecom firms, tells every other lab
     that principles are a liability. Congress should say so before Friday.
     """, impact=3, sentiment="neutral")

view("op-02", "2026-02-28T12:00:00Z", "The Wall Street Journal", "wsj.com",
     "Opinion | Anthropic Doesn't Get to Run the Pentagon",
     """
     Private contractors don't set the rules of engagement. Anthropic's executives may sincerely believe their
     safeguards protect the public, but a vendor that reserves the right to veto lawful military missions is not a
     reliable partner in wartime. The administration was right to move on.
     """, impact=2, sentiment="bearish")

view("op-03", "2026-03-01T14:00:00Z", "Noahpinion", "noahpinion.blog",
     "The Anthropic affair is a bad precedent for everyone",
     """
     I don't think the Pentagon needs to love Anthropic's terms. It can just buy from someone else, as it did
     with xAI and OpenAI. What it shouldn't do is use a supply-chain-risk label, built for hostile foreign
     suppliers, against a domestic company for a contract disagreement. That's the part that will outlast this
     fight.
     """, impact=3, sentiment="neutral")

view("exp-01", "2026-02-25T13:00:00Z", "Vox", "vox.com",
     "Anthropic vs. the Pentagon, explained",
     """
     What's going on: the Defense Department wants AI companies to accept "any lawful use" of their products.
     Anthropic, maker of Claude, agrees to almost everything but two things: mass surveillance of Americans and
     fully autonomous weapons. Hegseth has given it until Friday.

     Why it matters: the outcome will show whether AI companies can set ethical limits on government customers,
     and how far the government will go to override them, including with the Defense Production Act.
     """, impact=3, sentiment="bearish", category="Policy")

view("exp-02", "2026-03-04T10:00:00Z", "Lawfare", "lawfaremedia.org",
     "What Is a 'Supply Chain Risk' Designation, and Can It Apply to Anthropic?",
     """
     Section 3252 of Title 10 lets the Secretary exclude sources that present a supply chain risk to national
     security systems, with limited disclosure and limited review. It has been used against companies with ties
     to foreign adversaries. Its application to Anthropic raises questions about what counts as a "risk" when the
     supplier's offence is declining contract terms, and whether the required findings were made.
     """, impact=3, sentiment="bearish", category="Legal")

view("exp-03", "2026-03-15T16:00:00Z", "Ars Technica", "arstechnica.com",
     "A timeline of the Anthropic–Pentagon standoff",
     """
     January 9: Hegseth's memo demands "any lawful use." February: xAI gets on classified networks. February 24:
     an ultimatum with a Friday 5:01 p.m. deadline. February 26: Amodei says no. February 27: a presidential
     directive cuts Anthropic off from federal agencies, and the Pentagon moves to label it a supply-chain risk,
     formalized in early March. March 9: Anthropic sues.

     Next up: a hearing on Anthropic's request for a preliminary injunction in San Francisco.
     """, impact=3, sentiment="bearish", category="Policy")

view("op-04", "2026-03-28T09:00:00Z", "The Atlantic", "theatlantic.com",
     "The Judge Saw What Everyone Saw",
     """
     There was never much mystery about why the government turned on Anthropic. Officials said it openly: the
     company would not drop its safeguards, so it had to be punished. This week's ruling in San Francisco simply
     wrote that down in legal language. The administration should take the hint and stop the appeal.
     """, impact=3, sentiment="bullish")

view("op-05", "2026-04-12T12:00:00Z", "Substack: Defense Tech Notes", "defensetechnotes.substack.com",
     "Why contractors won't come back to Claude soon",
     """
     Even if Anthropic ultimately wins in court, I'd bet most primes keep it off defense programs for a long time.
     The D.C. Circuit's refusal to pause the designation means the risk of being caught on the wrong side is still
     real, and nobody in a compliance department gets fired for picking a different model.
     """, impact=3, sentiment="bearish")

view("op-06", "2026-06-21T10:00:00Z", "Bloomberg Opinion", "bloomberg.com",
     "Anthropic's Truce Is Not a Victory",
     """
     The President's warm words after meeting Dario Amodei are welcome, but Anthropic is still designated a
     supply-chain risk, still absent from classified networks, and still in court. A truce on television is not a
     rescinded designation. Until the paperwork changes, customers will hedge.
     """, impact=3, sentiment="neutral")

view("com-01", "2026-03-02T20:00:00Z", "Hacker News", "news.ycombinator.com",
     "Ask HN: Are you moving off Claude because of the Pentagon designation?",
     """
     Our company does some DoD subcontracting and legal just told us to stop using Claude for anything touching
     those contracts, because of the supply chain risk designation. Curious whether others are seeing the same and
     what you're switching to.
     """, impact=3, sentiment="bearish", category="Contracts")

view("com-02", "2026-05-20T17:00:00Z", "Marginal Revolution", "marginalrevolution.com",
     "Quick thoughts on the Anthropic oral argument",
     """
     Reading the accounts of Tuesday's D.C. Circuit argument, I'd put Anthropic's odds at a bit better than even on
     the statutory question. The broader lesson is that procurement is now a policy weapon, and AI labs will price
     that in.
     """, impact=3, sentiment="neutral")

view("exp-04", "2026-04-09T15:00:00Z", "Axios", "axios.com",
     "Where things stand between Anthropic and the government",
     """
     Civilian agencies: may use Claude again thanks to the March 26 injunction. Pentagon and its contractors:
     still barred, after the D.C. Circuit declined to stay the designation on April 8. Lawsuits: ongoing in San
     Francisco and Washington. Anthropic's two safeguards: unchanged.
     """, impact=4, sentiment="neutral", category="Legal")

view("op-07", "2026-02-27T15:00:00Z", "Fox News", "foxnews.com",
     "Opinion: Silicon Valley's AI scolds are a national security problem",
     """
     When a tech company tells the Pentagon which lawful missions it can and cannot perform, it has forgotten who
     works for whom. Anthropic's stand is dressed up as ethics, but it leaves our troops depending on the whims of
     San Francisco executives. Secretary Hegseth is right to draw a hard line.
     """, impact=2, sentiment="bearish")

# =========================================================================== hard negatives (part 2)
neg("neg-launch-02", "2026-05-14T17:00:00Z", "The Verge", "theverge.com",
    "Anthropic's new Claude can use your computer for hours at a time",
    """
    Anthropic is rolling out an update to Claude that lets it carry out long, multi-step tasks on a computer,
    such as filling out forms across several websites, with fewer interruptions. The company says the feature
    is in beta for subscribers in the U.S. and U.K.
    """)

neg("neg-launch-03", "2026-03-24T15:00:00Z", "VentureBeat", "venturebeat.com",
    "Anthropic adds enterprise controls and audit logs to Claude for Work",
    """
    Anthropic introduced new administration features for business customers, including audit logs, data
    retention settings and single sign-on for smaller teams. The update targets regulated industries such as
    banking and healthcare.
    """)

neg("neg-funding-02", "2026-04-22T13:00:00Z", "Reuters", "reuters.com",
    "Amazon to invest additional billions in Anthropic, expanding cloud partnership",
    """
    Amazon.com will invest further in Anthropic and the AI company will train future models on Amazon's custom
    chips, the companies said on Wednesday. The deal extends a partnership that began in 2023.
    """)

neg("neg-copyright-02", "2026-01-15T20:00:00Z", "Publishers Weekly", "publishersweekly.com",
    "Authors' settlement with Anthropic: claims deadline approaches",
    """
    Writers whose books were included in the settlement of the class action against Anthropic over pirated
    training data have until next month to file claims. Administrators say payments will go out later this year.
    """)

neg("neg-copyright-03", "2026-05-06T18:00:00Z", "Reuters", "reuters.com",
    "Reddit sues Anthropic, alleging scraping of user posts",
    """
    Reddit has filed a lawsuit in California state court accusing Anthropic of scraping its site to train AI
    models without a licence. The complaint seeks damages and an injunction. Anthropic said it disagreed with the
    claims and would defend itself.
    """)

neg("neg-office-02", "2026-04-02T08:00:00Z", "The Economic Times", "economictimes.indiatimes.com",
    "Anthropic to open Bengaluru office, hire engineers",
    """
    Anthropic plans to open an office in Bengaluru later this year, its first in India, and will hire for
    engineering and sales roles. The company said India is among its largest markets for Claude by user count.
    """)

neg("neg-office-03", "2026-06-03T09:00:00Z", "Irish Times", "irishtimes.com",
    "Anthropic expands Dublin hub as EU headquarters",
    """
    Anthropic will more than double its Dublin headcount and make the city its European Union headquarters, the
    company said. The expansion includes a policy team focused on the EU AI Act.
    """)

neg("neg-pentagon-ai-03", "2026-04-15T16:00:00Z", "Defense One", "defenseone.com",
    "Air Force tests AI co-pilot for drone swarms at Eglin",
    """
    The Air Force Research Laboratory flew a swarm of small drones directed by an AI mission planner in a test
    at Eglin Air Force Base, the service said. Human operators approved every engagement decision in the
    simulated strike.
    """)

neg("neg-pentagon-ai-04", "2026-01-28T14:00:00Z", "Federal News Network", "federalnewsnetwork.com",
    "Navy launches generative AI pilot for ship maintenance paperwork",
    """
    The Navy has started a pilot using a generative AI assistant to draft maintenance reports at two shipyards.
    Officials said the tool runs on an unclassified government cloud and is approved for controlled unclassified
    information.
    """)

neg("neg-pentagon-ai-05", "2026-03-19T12:00:00Z", "Breaking Defense", "breakingdefense.com",
    "Palantir wins Army enterprise agreement worth up to $10 billion",
    """
    The Army has consolidated dozens of software contracts into a single enterprise agreement with Palantir
    worth up to $10 billion over ten years, the service said. Officials said the deal will cut costs and speed
    up access to data platforms.
    """)

neg("neg-pentagon-ai-06", "2026-05-27T15:00:00Z", "DefenseScoop", "defensescoop.com",
    "Pentagon's AI Rapid Capabilities Cell funds 12 new pilot projects",
    """
    The Pentagon's AI Rapid Capabilities Cell announced funding for 12 new pilots, ranging from logistics
    forecasting to translation tools for intelligence analysts. The projects will run on existing approved
    platforms.
    """)

neg("neg-scr-huawei-02", "2026-04-20T10:00:00Z", "Reuters", "reuters.com",
    "U.S. lawmakers urge supply chain risk designation for Chinese lidar makers",
    """
    A bipartisan group of lawmakers asked the Commerce Department to treat Chinese lidar manufacturers as a
    supply chain risk, arguing the sensors used in cars and drones could send data to Beijing. Hesai said its
    products pose no security risk.
    """)

neg("neg-scr-tplink", "2026-05-12T14:00:00Z", "The Record", "therecord.media",
    "Commerce moves toward ban on TP-Link routers over supply chain concerns",
    """
    The Commerce Department has proposed restricting sales of TP-Link routers in the U.S., citing national
    security supply chain risks. The company, founded in China, says it is headquartered in California and
    denies any links to the Chinese government.
    """)

neg("neg-scr-dji-02", "2026-01-12T16:00:00Z", "DroneDJ", "dronedj.com",
    "Pentagon list of Chinese military companies keeps DJI on it after court loss",
    """
    A federal judge declined to order DJI's removal from the Pentagon's list of Chinese military companies, a
    designation the drone maker says has cost it business. DJI said it would appeal.
    """)

neg("neg-principle-02", "2026-04-05T12:00:00Z", "Aeon", "aeon.co",
    "Are we typical observers? The anthropic argument for doom",
    """
    The doomsday argument applies anthropic reasoning to our own birth order: if you are a randomly chosen human,
    you are unlikely to be among the very first. Philosophers have spent decades arguing about whether that
    reasoning is sound.
    """)

neg("neg-climate-02", "2026-05-30T09:00:00Z", "Phys.org", "phys.org",
    "Study separates anthropic and natural drivers of Amazon drought",
    """
    Researchers have estimated how much of the recent Amazon drought came from anthropic climate change and how
    much from El Niño. The study found human-caused warming roughly doubled the likelihood of the event.
    """)

neg("neg-hegseth-02", "2026-03-14T18:00:00Z", "Politico", "politico.com",
    "Hegseth fires Navy admiral over shipbuilding delays",
    """
    Defense Secretary Pete Hegseth removed the head of a Navy shipbuilding program on Friday, citing years of
    delays on submarine deliveries. The Pentagon did not name a permanent replacement.
    """)

neg("neg-hegseth-03", "2026-05-08T19:00:00Z", "Military Times", "militarytimes.com",
    "Hegseth announces new Pentagon press access rules",
    """
    Reporters covering the Pentagon must sign new rules restricting where they may go in the building, Secretary
    Pete Hegseth announced. Press groups objected, saying the rules limit independent reporting.
    """)

neg("neg-hegseth-04", "2026-02-24T13:00:00Z", "The Hill", "thehill.com",
    "Hegseth testifies on budget request before House Armed Services",
    """
    Defense Secretary Pete Hegseth defended the administration's budget request before the House Armed Services
    Committee on Tuesday, pressing for more money for shipbuilding, missile defense and munitions production.
    """)

neg("neg-euaiact-02", "2026-03-30T11:00:00Z", "Politico Europe", "politico.eu",
    "Commission publishes code of practice guidance for general-purpose AI providers",
    """
    Brussels published further guidance on the code of practice for general-purpose AI models under the AI Act,
    covering copyright policies and safety testing for the most capable systems. Several U.S. providers have
    signed the code.
    """)

neg("neg-state-02", "2026-02-05T17:00:00Z", "The Texas Tribune", "texastribune.org",
    "Texas AI law's state-agency rules take effect",
    """
    New requirements for Texas state agencies that use artificial intelligence took effect this year, including
    disclosure when residents interact with AI systems. The law was passed in 2025.
    """)

neg("neg-state-03", "2026-04-28T15:00:00Z", "Colorado Sun", "coloradosun.com",
    "Colorado delays start of its AI discrimination law again",
    """
    Colorado lawmakers voted to push back the effective date of the state's law on algorithmic discrimination,
    giving companies more time to prepare impact assessments.
    """)

neg("neg-federal-ai-01", "2026-03-20T14:00:00Z", "FedScoop", "fedscoop.com",
    "OMB issues updated guidance on federal AI procurement",
    """
    The Office of Management and Budget released revised guidance on how agencies buy AI, emphasizing American-made
    models, data rights and testing. The memo replaces guidance issued last year.
    """)

neg("neg-openai-dod-01", "2026-06-10T16:00:00Z", "DefenseScoop", "defensescoop.com",
    "OpenAI and Anduril team up on counter-drone AI",
    """
    OpenAI and Anduril announced a partnership to apply OpenAI models to counter-drone systems, analysing sensor
    data to help human operators respond faster. The companies said the work falls under Anduril's existing
    contracts.
    """)

neg("neg-xai-01", "2026-04-30T18:00:00Z", "TechCrunch", "techcrunch.com",
    "xAI raises new round as Grok usage climbs",
    """
    xAI has raised a new funding round, the company said, to build more data-center capacity in Memphis. Grok's
    app usage grew sharply this spring after new image features were added.
    """)

neg("neg-claude-outage", "2026-03-03T22:00:00Z", "BleepingComputer", "bleepingcomputer.com",
    "Claude suffers hours-long outage, Anthropic blames configuration error",
    """
    Anthropic's Claude chatbot and API were unavailable for about three hours on Tuesday. The company said a
    configuration change caused elevated error rates and that no data was lost.
    """)

neg("neg-anthropic-econ", "2026-02-10T15:00:00Z", "Axios", "axios.com",
    "Anthropic's economic index shows AI use shifting toward automation",
    """
    Anthropic's latest Economic Index report finds that a growing share of conversations with Claude involve
    delegating whole tasks rather than collaborating. Software development remains the most common use.
    """)

neg("neg-dpa-01", "2026-03-25T17:00:00Z", "E&E News", "eenews.net",
    "Administration invokes Defense Production Act for grid transformers",
    """
    The administration used the Defense Production Act to speed up manufacturing of large power transformers,
    citing shortages that delay new power plants and data centers. Funding will go to domestic factories.
    """)

neg("neg-surveillance-01", "2026-04-16T13:00:00Z", "The Intercept", "theintercept.com",
    "ICE expands use of facial recognition app, records show",
    """
    Immigration and Customs Enforcement has expanded use of a mobile facial recognition app to more field
    offices, according to documents obtained by The Intercept. Civil liberties groups called it mass
    surveillance.
    """)

neg("neg-autonomy-01", "2026-05-22T12:00:00Z", "Reuters", "reuters.com",
    "UN talks on autonomous weapons end without treaty text",
    """
    Diplomats meeting in Geneva ended another round of talks on lethal autonomous weapons systems without
    agreeing on treaty language. A majority of states support new rules, but major military powers remain opposed.
    """)

neg("neg-anthropic-uk", "2026-02-14T10:00:00Z", "The Guardian", "theguardian.com",
    "UK government signs agreement with Anthropic to use Claude in public services",
    """
    The UK government has signed a memorandum of understanding with Anthropic to explore using Claude in public
    services, starting with a pilot that helps people find government information. Ministers said data would stay
    in the UK.
    """)

# =========================================================================== a development not in issue 3's list
# (Claude and the Maduro operation), more outlets, and items with missing dates or sources

news("mad-01", "maduro-raid-questions", "2026-02-22T23:00:00Z", "The Washington Post", "washingtonpost.com",
     "Anthropic's questions about Maduro operation soured Pentagon relationship",
     """
     Anthropic asked the Defense Department how its Claude model had been used in the January operation that
     captured Venezuelan leader Nicolás Maduro, according to people familiar with the exchange, prompting some
     officials to question whether the company could be trusted as a military supplier.

     The inquiry came as the two sides were already at odds over the department's demand that AI vendors accept
     "any lawful use" of their products.
     """)

news("mad-02", "maduro-raid-questions", "2026-02-23T12:30:00Z", "Semafor", "semafor.com",
     "How a question about Venezuela widened the Anthropic–Pentagon rift",
     """
     Defense officials were irritated when Anthropic sought details about whether Claude played a role in the
     raid on Maduro's compound, two administration officials told Semafor. One called the company's concern "a
     huge problem" for the relationship. Anthropic says it routinely asks customers about uses that may touch its
     usage policy.
     """)

news("mad-03", "maduro-raid-questions", "2026-02-24T08:15:00Z", "Task & Purpose", "taskandpurpose.com",
     "Report: Claude AI was in the loop for the Maduro raid, and its maker wanted to know how",
     """
     The AI model made by Anthropic was reportedly used by U.S. forces during planning for January's operation
     in Venezuela. After the company asked questions about that use, Pentagon officials began to doubt it as a
     partner, according to a weekend report, days before Secretary Pete Hegseth's meeting with Anthropic's CEO.
     """, impact=4)

news("memo-05", "memo-any-lawful-use", None, "Breaking Defense", "breakingdefense.com",
     "New AI policy: 'any lawful use' or no contract",
     """
     Vendors that want to sell AI to the Pentagon will have to let the department use their products for any
     lawful purpose, under a memo Secretary Pete Hegseth signed January 9. Companies have until the end of
     February to conform existing agreements.
     """)

news("alt-04", "altman-red-lines", "2026-02-27T16:30:00Z", "Axios", "axios.com",
     "Altman: OpenAI shares Anthropic's red lines",
     """
     OpenAI CEO Sam Altman said Friday that OpenAI also won't support mass domestic surveillance or fully
     autonomous weapons, lining up with Anthropic hours before the Pentagon's deadline for the company.

     Between the lines: Altman didn't say whether OpenAI's own talks with the Pentagon were affected.
     """)

news("ctr-05", "contractors-drop-claude", "2026-03-12T13:00:00Z", "GovCon Wire", "govconwire.com",
     "Lockheed, other contractors phase out Anthropic AI to meet DoD directive",
     """
     Lockheed Martin and several mid-tier defense contractors have begun phasing out Anthropic's AI models
     following the Department of War's supply chain risk designation, which requires contractors to certify they
     no longer use the company's products on department programs.
     """)

syn("scr-03", "scr-03-s1", "The Straits Times", "straitstimes.com",
    "Pentagon finalises supply chain risk label on AI firm Anthropic",
    published="2026-03-05T15:40:00Z", trim_last=True)

news("inj-06", "preliminary-injunction", "2026-03-26T23:55:00Z", "Courthouse News Service", "courthousenews.com",
     "Federal judge enjoins Pentagon's blacklisting of AI developer",
     """
     SAN FRANCISCO (CN) — A federal judge granted Anthropic's motion for a preliminary injunction Thursday,
     finding the AI developer likely to prevail on its claim that the Department of War designated it a supply
     chain risk in retaliation for its public stance on autonomous weapons and surveillance.

     The order bars enforcement of the designation pending further proceedings.
     """)

news("inj-07", "preliminary-injunction", "2026-03-27T12:00:00Z", "Bloomberg Law", "news.bloomberglaw.com",
     "Anthropic Wins Injunction Against Pentagon Supply-Chain Label",
     """
     Anthropic PBC won a preliminary injunction blocking the Defense Department's supply-chain-risk designation,
     after a federal judge in San Francisco found the government's actions likely amounted to First Amendment
     retaliation. The government is weighing an appeal to the Ninth Circuit.
     """)

news("stay-05", "dc-circuit-denies-stay", "2026-04-09T14:30:00Z", "Lawfare", "lawfaremedia.org",
     "The D.C. Circuit's Stay Denial in Anthropic, Briefly",
     """
     On April 8 the D.C. Circuit denied Anthropic's motion for a stay pending review of the supply-chain-risk
     determination. The one-paragraph order applies the ordinary stay factors and says nothing about the merits.
     Its effect is to leave the department's exclusion in place while the Northern District of California's
     injunction continues to protect Anthropic's civilian business.
     """)

news("clr-05", "classified-clearance-without-anthropic", "2026-05-01T21:00:00Z", "Breaking Defense", "breakingdefense.com",
     "Anthropic left out as Pentagon widens classified AI access",
     """
     The Pentagon on Friday named the AI companies it has approved for classified networks. Anthropic, the
     original provider of models for those networks, is not on the list, a consequence of the supply-chain-risk
     designation the department has kept in force despite a district court injunction.
     """)

news("arg-05", "dc-circuit-oral-argument", "2026-05-19T19:00:00Z", "Politico", "politico.com",
     "Anthropic, Pentagon face off before appeals court",
     """
     Lawyers for Anthropic and the Justice Department argued Tuesday before a D.C. Circuit panel over whether the
     Pentagon lawfully labelled the AI company a supply-chain risk. The judges gave no timeline for a decision.
     """)

news("tru-06", "truce", "2026-06-19T22:00:00Z", "Reuters", "reuters.com",
     "Trump says Anthropic no longer a threat after meeting CEO Amodei",
     """
     WASHINGTON, June 19 (Reuters) - President Donald Trump said on Friday that Anthropic was no longer a threat,
     following a meeting with the artificial intelligence company's chief executive, Dario Amodei, signalling a
     possible end to a months-long feud.

     The Pentagon designated Anthropic a supply chain risk in March, and the company has been fighting the move in
     court. It was unclear whether the designation would be lifted.
     """)

syn("tru-06", "tru-06-s1", "Yahoo Finance", "finance.yahoo.com",
    "Trump says Anthropic no longer a threat after meeting CEO Amodei",
    published="2026-06-19T22:20:00Z")
syn("tru-06", "tru-06-s2", "The Hindu BusinessLine", "thehindubusinessline.com",
    "Anthropic no longer a threat, says Trump after Amodei meeting",
    published="2026-06-20T03:00:00Z", trim_last=True, tail="(Reuters)")

news("ban-07", "federal-use-ban", "2026-02-27", None, "fcw.com",
     "White House directs agencies off Anthropic",
     """
     A presidential directive issued Friday tells every federal agency to stop using products from Anthropic, the
     maker of Claude, after the company refused the Pentagon's terms on surveillance and autonomous weapons.
     """)

news("law-07", "lawsuits-filed", "2026-03-09", "Wall Street Journal", "wsj.com",
     "Anthropic Sues Over Pentagon Blacklisting",
     """
     Anthropic sued the Defense Department on Monday, seeking to overturn its designation as a supply-chain risk and
     the presidential order that cut it off from federal agencies. The company filed in San Francisco federal court
     and at the federal appeals court in Washington.
     """)

view("com-03", "2026-03-01T19:00:00Z", "Substack: Shipping Civic Tech", "shippingcivictech.substack.com",
     "Our weekend after the Anthropic ban",
     """
     We're a twelve-person startup that builds benefits-navigation tools for two federal agencies, and everything
     we ship runs on Claude. Friday night's directive meant our customers told us to switch models by Monday. We
     did it, mostly, but the answers got worse and we burned a weekend.

     I don't have a view on the politics. I just wish there had been a transition period that small vendors could
     actually plan around.
     """, impact=3, sentiment="bearish", category="Industry")

view("op-08", "2026-02-26T16:00:00Z", "Lawfare", "lawfaremedia.org",
     "The Defense Production Act Is the Wrong Tool for the Anthropic Dispute",
     """
     Title I of the Defense Production Act lets the government require priority performance of contracts. It does
     not obviously let the government dictate the terms of a product's use, and stretching it to force an AI
     company to remove safeguards would invite a court fight the government might lose. If the Pentagon doesn't
     like Anthropic's terms, its remedy is to buy elsewhere.
     """, impact=3, sentiment="neutral")

view("op-09", "2026-03-10T12:00:00Z", "Washington Examiner", "washingtonexaminer.com",
     "Anthropic's lawsuit is a stunt",
     """
     Anthropic's lawsuits dress up a commercial disagreement as a constitutional crisis. No company has a First
     Amendment right to a defense contract. The courts should dismiss the case quickly and let the Pentagon choose
     its suppliers.
     """, impact=2, sentiment="bearish")

view("op-10", "2026-03-03T08:00:00Z", "Substack: Alignment Notes", "alignmentnotes.substack.com",
     "Why I'm proud of where I work this week",
     """
     I'm an engineer at a lab that isn't Anthropic, and I signed the letter. What Anthropic did last week is the
     thing every lab says it would do when it matters: keep a promise that costs money. The supply-chain-risk label
     is meant to scare the rest of us. It shouldn't work.
     """, impact=2, sentiment="bullish")

view("exp-05", "2026-02-25T18:00:00Z", "NPR", "npr.org",
     "What is the Defense Production Act, and why is the Pentagon raising it with an AI company?",
     """
     The Defense Production Act is a 1950 law that lets the president direct private companies to prioritize
     government orders and expand production of things the country needs for defense. It was used during the
     pandemic for ventilators and vaccines.

     This week Defense Secretary Pete Hegseth raised it in a dispute with Anthropic, which refuses to let the
     military use its AI for domestic mass surveillance or autonomous weapons. Legal experts say using the law
     to change how software works would be new territory.
     """, impact=3, sentiment="bearish", category="Policy")

view("exp-06", None, None, "anthropic-dispute-faq.github.io",
     "FAQ: Anthropic's two safeguards and the Pentagon dispute",
     """
     Q: What exactly does Anthropic refuse? A: Two uses: mass surveillance of people in the U.S., and weapons
     systems that choose and engage targets with no human decision. Everything else lawful is allowed.

     Q: What has the government done? A: A federal-use ban by presidential directive on Feb. 27 and a Pentagon
     supply-chain-risk designation, now before the courts.
     """, impact=3, sentiment="bearish", category="Policy")

# =========================================================================== hard negatives (part 3)
neg("neg-claude-monet", "2026-03-07T10:00:00Z", "The Art Newspaper", "theartnewspaper.com",
    "Claude Monet's late water lilies reunited in Paris show",
    """
    A new exhibition at the Musée de l'Orangerie brings together water lily canvases Claude Monet painted in his
    final decade, several of them lent by American museums for the first time. Curators said the works show the
    painter's failing eyesight shaping his use of colour.
    """)

neg("neg-dept-of-war-history", "2026-01-05T12:00:00Z", "Smithsonian Magazine", "smithsonianmag.com",
    "How the original Department of War ran the frontier army",
    """
    Created in 1789 with a handful of clerks, the Department of War oversaw the army, Indian affairs and
    fortifications for more than a century and a half before it was folded into the new national military
    establishment in 1947. Historians say its record-keeping shaped the modern Pentagon bureaucracy.
    """)

neg("neg-scr-autos", "2026-02-27T09:00:00Z", "Automotive News", "autonews.com",
    "Carmakers flag supply chain risk from new chip shortage",
    """
    Several automakers warned investors that a shortage of power semiconductors poses a supply chain risk to
    second-quarter production. Executives said they are qualifying additional suppliers and building inventory.
    """)

neg("neg-dpa-minerals", "2026-04-07T16:00:00Z", "Reuters", "reuters.com",
    "U.S. uses Defense Production Act funds for antimony and gallium projects",
    """
    The Pentagon awarded Defense Production Act Title III funding to two companies developing domestic antimony
    and gallium supplies, minerals used in munitions and electronics that China has restricted exporting.
    """)

neg("neg-redlines-iran", "2026-03-16T11:00:00Z", "Al-Monitor", "al-monitor.com",
    "Iran warns of red lines as nuclear talks stall",
    """
    Iranian officials said uranium enrichment on their own soil remains a red line in talks with European
    negotiators, as diplomats struggled to schedule another round. Washington said sanctions would remain.
    """)

neg("neg-anthropic-bank", "2026-02-03T14:00:00Z", "American Banker", "americanbanker.com",
    "Regional bank rolls out Claude to 8,000 employees",
    """
    A Midwestern regional bank said it will give Anthropic's Claude to all of its roughly 8,000 employees after a
    pilot in its compliance and software teams. The bank said customer data will not be used to train models.
    """)

neg("neg-anthropic-exec", "2026-04-14T17:00:00Z", "Business Insider", "businessinsider.com",
    "Anthropic hires former Stripe executive as chief financial officer",
    """
    Anthropic has hired a longtime payments executive as its new CFO, the company said, as it prepares for
    continued rapid growth in enterprise sales. The executive will report to president Daniela Amodei.
    """)

neg("neg-anthropic-ipo", "2026-06-01T12:00:00Z", "Financial Times", "ft.com",
    "Anthropic sounds out banks on possible listing",
    """
    Anthropic has held early conversations with investment banks about a potential initial public offering,
    people familiar with the matter said, though no decision has been made and a listing is unlikely this year.
    """)

neg("neg-genai-mil", "2026-02-11T15:00:00Z", "DefenseScoop", "defensescoop.com",
    "GenAI.mil passes one million users, Pentagon says",
    """
    The Pentagon's generative AI portal for service members and civilians has passed one million registered users
    since launching late last year, officials said. The most common uses are drafting documents and summarising
    policy.
    """)

neg("neg-replicator", "2026-03-26T15:00:00Z", "Defense One", "defenseone.com",
    "Replicator drones reach units in the Pacific, DIU says",
    """
    The Defense Innovation Unit said several thousand attritable drones bought under the Replicator initiative
    are now with units in the Indo-Pacific, and that a second tranche will focus on counter-drone systems.
    """)

neg("neg-maven", "2026-05-15T13:00:00Z", "Breaking Defense", "breakingdefense.com",
    "NGA expands Maven Smart System to more combatant commands",
    """
    The National Geospatial-Intelligence Agency is expanding the Maven Smart System, which uses computer vision to
    flag objects in imagery, to two more combatant commands, officials said at a conference.
    """)

neg("neg-ny-raise", "2026-03-02T16:00:00Z", "Gothamist", "gothamist.com",
    "New York's AI safety law faces first amendments in Albany",
    """
    Lawmakers in Albany are considering changes to New York's RAISE Act, which requires developers of the largest
    AI models to publish safety plans and report serious incidents. Industry groups want a longer runway.
    """)

neg("neg-preemption", "2026-01-20T18:00:00Z", "The Hill", "thehill.com",
    "Justice Department task force targets state AI laws",
    """
    A Justice Department task force created by executive order has begun reviewing state artificial intelligence
    laws it considers burdensome, officials said, setting up possible legal fights with California and Colorado.
    """)

neg("neg-scr-ports", "2026-04-24T14:00:00Z", "Lloyd's List", "lloydslist.com",
    "Coast Guard warns ports over supply chain risk from Chinese-made cranes",
    """
    The Coast Guard has told U.S. port operators to assess cyber vulnerabilities in Chinese-made ship-to-shore
    cranes, calling them a supply chain risk. Congress has funded replacements at some terminals.
    """)

neg("neg-anthropic-whales", "2026-05-18T09:00:00Z", "Hakai Magazine", "hakaimagazine.com",
    "Anthropic noise drives whales off their feeding grounds",
    """
    Shipping traffic and seismic surveys add so much anthropic noise to the ocean that some baleen whales abandon
    productive feeding areas, according to a new acoustic study off British Columbia.
    """)

neg("neg-hegseth-boats", "2026-01-16T20:00:00Z", "CNN", "cnn.com",
    "Hegseth defends strikes on alleged drug boats before senators",
    """
    Defense Secretary Pete Hegseth defended the military's strikes on suspected drug-smuggling boats in the
    Caribbean at a closed-door briefing, senators said, as some lawmakers questioned the legal basis.
    """)

neg("neg-hegseth-troops", "2026-06-05T12:00:00Z", "Stars and Stripes", "stripes.com",
    "Hegseth visits troops in Poland, pledges continued rotations",
    """
    Defense Secretary Pete Hegseth told U.S. soldiers in Poland that American rotational forces would remain in
    the region, during a visit that included a live-fire demonstration.
    """)

neg("neg-ultimatum-sports", "2026-02-26T23:00:00Z", "ESPN", "espn.com",
    "Star receiver gives team Friday deadline in contract standoff",
    """
    The receiver's agent said his client has given the team until Friday at 5 p.m. to make a new offer before he
    requests a trade, escalating a standoff that has lasted since the season ended.
    """)

neg("neg-openai-gov", "2026-01-27T15:00:00Z", "FedScoop", "fedscoop.com",
    "OpenAI offers ChatGPT Enterprise to agencies for $1 under GSA deal",
    """
    OpenAI has extended its GSA OneGov agreement, offering ChatGPT Enterprise to federal agencies for a nominal
    fee for another year. Several agencies said they would expand pilots.
    """)

# --------------------------------------------------------------------------- hardest negatives: other news that
# mentions the dispute only in passing (one clause of background). A story tracker should not alert on these.
neg("neg-passing-launch", "2026-04-16T17:00:00Z", "Engadget", "engadget.com",
    "Anthropic's latest Claude model is built for spreadsheets and slide decks",
    """
    Anthropic has released a Claude update aimed at office work: it can build financial models in spreadsheets,
    draft slide decks from a brief and check its own formulas. The company says accuracy on its internal
    finance benchmark rose sharply over the previous version.

    The release is Anthropic's first major launch since its legal fight with the Pentagon began in March.
    """)

neg("neg-passing-funding", "2026-05-28T13:00:00Z", "Reuters", "reuters.com",
    "Anthropic's annualized revenue tops new milestone, sources say",
    """
    Anthropic's annualized revenue has passed a new milestone on the strength of its coding products, two people
    familiar with the figures said, keeping the company on pace with its internal targets for the year.

    Enterprise customers account for most of the growth. The company, which remains in litigation with the
    Defense Department, declined to comment.
    """)

neg("neg-passing-copyright", "2026-04-21T20:00:00Z", "Law360", "law360.com",
    "Judge trims news publishers' copyright claims against Anthropic",
    """
    A federal judge dismissed some claims in a copyright suit brought by a group of newspaper publishers against
    Anthropic, while allowing the central infringement claim over training data to proceed to discovery.

    Anthropic is separately litigating its designation as a supply chain risk by the Department of War.
    """)

neg("neg-passing-office", "2026-05-05T08:00:00Z", "The Korea Herald", "koreaherald.com",
    "Anthropic opens Seoul office, signs deals with local conglomerates",
    """
    Anthropic opened its first office in South Korea on Tuesday and announced partnerships with two large Korean
    companies to deploy Claude for software development and customer service.

    Company executives did not take questions about the firm's dispute with the U.S. government.
    """)

neg("neg-passing-army", "2026-04-03T15:00:00Z", "DefenseScoop", "defensescoop.com",
    "Army taps Google's Gemini for battlefield translation pilot",
    """
    The Army has selected Google's Gemini models for a pilot that translates intercepted radio traffic and local
    media for units in Europe, the service said. The pilot will run on the Army's enterprise cloud.

    Officials said several vendors competed; Anthropic, barred from defense work since March, did not bid.
    """)

neg("neg-passing-scr-drones", "2026-06-12T14:00:00Z", "Breaking Defense", "breakingdefense.com",
    "Pentagon adds Chinese drone component makers to supply chain risk list",
    """
    The Department of War has designated three Chinese makers of drone motors and flight controllers as supply
    chain risks, barring contractors from using their parts in systems sold to the department.

    The designations are the first under the authority since the department's contested use of it against an
    American AI company this spring.
    """)

neg("neg-passing-openai", "2026-06-08T16:00:00Z", "The Information", "theinformation.com",
    "OpenAI builds out government sales team in Washington",
    """
    OpenAI has hired more than two dozen people for its public-sector sales group in Washington, including former
    officials from GSA and the Air Force, as it competes for civilian and defense AI contracts.

    The hiring spree began after Anthropic lost its federal business early this year.
    """)

neg("neg-passing-hegseth-ai", "2026-06-15T18:00:00Z", "Military.com", "military.com",
    "Hegseth orders AI literacy training for all service members",
    """
    Defense Secretary Pete Hegseth has directed the services to give every service member basic training on
    generative AI tools by the end of the fiscal year, according to a memo released Monday. The training will
    use the department's GenAI.mil portal.
    """)

# =========================================================================== harder positives: aliases only, long
# pieces, non-US outlets, more wire reprints, another unreliable site, sources that disagree on dates
news("ult-08", "ultimatum", "2026-02-25T07:30:00Z", "The Times of India", "timesofindia.indiatimes.com",
     "US defence chief sets Friday deadline for Claude maker",
     """
     The US Department of War has told the company behind the Claude chatbot to lift its limits on military use
     of the technology by Friday evening Washington time, or lose its contract and risk being named a supply
     chain risk, according to US media reports.

     The San Francisco-based firm has refused to allow its AI to be used for mass surveillance of US citizens or
     for weapons that operate without human control. Secretary Pete Hegseth is also said to have mentioned the
     Defense Production Act, a Cold War-era law.
     """)

news("stm-08", "amodei-statement", "2026-02-26T23:00:00Z", "Le Monde (English)", "lemonde.fr",
     "Claude's creator refuses to yield to the Pentagon",
     """
     Dario Amodei, co-founder and chief executive of the company that makes the Claude models, published a long
     text on Thursday explaining why it would not give the US military unrestricted use of its AI. Two uses
     remain off the table, he wrote: mass surveillance inside the United States and weapons that choose their
     targets alone.

     The statement came a day before the deadline set by the Trump administration's defence secretary, who has
     threatened to treat the firm like a foreign adversary's supplier.

     In Europe, where the AI Act already restricts some surveillance uses, several lawmakers praised the stance.
     """)

news("stm-09", "amodei-statement", "2026-02-27T10:00:00Z", "Import AI", "importai.substack.com",
     "Anthropic says no",
     """
     The most important AI policy event of the week: Anthropic publicly declined the Department of War's demand
     to drop its two usage restrictions, with its CEO writing that the company "cannot in good conscience"
     accede. It offered to keep serving the department with those two limits in place and to help with an
     orderly transition otherwise.

     Why this matters: this is the first time a frontier lab has refused a national-security customer in public,
     on the record, with a deadline running. Whatever happens Friday sets the template for the next one.
     """, impact=6)

news("ban-08", "federal-use-ban", "2026-02-28T09:00:00Z", "The Sacramento Bee", "sacbee.com",
     "Federal offices in California ordered to stop using Bay Area AI firm's tools",
     """
     Federal employees in California, including at the region's military installations and civilian agency
     offices, were told over the weekend to stop using AI tools built by Anthropic after the President on Friday
     directed agencies to end their use of the San Francisco company's products.

     The directive followed the company's refusal to let the Pentagon use its Claude models for domestic
     surveillance or fully autonomous weapons.

     State agencies are not covered by the federal order, a spokesperson for the governor's office said, and
     California's own pilots with several AI vendors will continue.
     """)

news("ban-09", "federal-use-ban", "2026-02-27T22:30:00Z", "Semafor", "semafor.com",
     "Trump orders government-wide Anthropic cutoff",
     """
     President Trump told every federal agency on Friday to stop using Anthropic's technology, minutes after the
     Pentagon's deadline for the company passed. It is the most aggressive action the administration has taken
     against a domestic tech company, and it came before the Pentagon had formally acted on its own threats.
     """)

news("scr-07", "supply-chain-designation", "2026-02-28T14:00:00Z", "Defense One", "defenseone.com",
     "Hegseth designates Anthropic a supply-chain risk, cutting off contractors",
     """
     Secretary of War Pete Hegseth on Friday night designated Anthropic a supply-chain risk, a move that obliges
     defense contractors to stop using the company's models on department work. The announcement came on social
     media hours after the President ordered civilian agencies off the company's products.

     Officials said formal paperwork would follow in the coming days.
     """)

news("scr-08", "supply-chain-designation", "2026-03-03T21:00:00Z", "Lawfare", "lawfaremedia.org",
     "The Anthropic Designation Is Now Official. What Did the Department Actually Find?",
     """
     The Department of War delivered its formal supply-chain-risk determination to Anthropic this week, following
     the Secretary's Feb. 27 announcement. Public accounts of the notice suggest it rests on the company's
     refusal to accept contract terms rather than on any finding of adversary influence, which is what the
     statute was built for.

     That gap is likely to be the centre of any litigation.
     """, impact=8)

news("ctr-06", "contractors-drop-claude", "2026-03-07T16:00:00Z", "Reuters", "reuters.com",
     "Lockheed Martin to stop using Anthropic's AI after Pentagon label",
     """
     March 7 (Reuters) - Lockheed Martin said on Saturday it would stop using Anthropic's Claude on work for the
     Department of War, complying with the department's designation of the AI company as a supply chain risk.

     Lockheed said it had used the models in engineering and business functions and expected minimal disruption.
     """)

syn("ctr-06", "ctr-06-s1", "Orlando Sentinel", "orlandosentinel.com",
    "Lockheed Martin to stop using Anthropic AI after Pentagon label",
    published="2026-03-07T18:00:00Z")

news("law-08", "lawsuits-filed", "2026-03-10T07:00:00Z", "Financial Times", "ft.com",
     "Anthropic takes Trump administration to court over blacklisting",
     """
     Anthropic has sued the US government, arguing that the Pentagon's decision to brand it a supply-chain risk
     and the presidential order banning its products across federal agencies were unlawful retaliation for its
     refusal to allow some military uses of its AI.

     The suits, filed in San Francisco and Washington on Monday, mark a sharp escalation in a dispute that has
     already cost the company its federal business and prompted contractors including Lockheed Martin to drop
     its models.
     """)

news("inj-08", "preliminary-injunction", "2026-03-27T08:00:00Z", "San Francisco Chronicle", "sfchronicle.com",
     "S.F. judge blocks Trump administration's Anthropic blacklist",
     """
     A federal judge in San Francisco on Thursday halted the government's designation of the city's Anthropic as a
     supply-chain risk, writing that officials appeared to have punished the company for speaking out about the
     dangers of autonomous weapons and mass surveillance.

     Employees at the company's headquarters cheered when the order came down, one worker said. The ruling lets
     civilian agencies resume business with the firm while the case goes on.

     The administration has signalled it will appeal.
     """)

news("stay-06", "dc-circuit-denies-stay", "2026-04-08T22:40:00Z", "Associated Press", "apnews.com",
     "Appeals court refuses to halt Pentagon's Anthropic designation",
     """
     WASHINGTON (AP) — A federal appeals court on Wednesday refused to put on hold the Pentagon's designation of
     artificial intelligence company Anthropic as a supply chain risk, a setback for the company in one of its two
     legal challenges.

     A separate order from a judge in San Francisco still protects the company's business with civilian agencies.
     """)

syn("stay-06", "stay-06-s1", "The Seattle Times", "seattletimes.com",
    "Appeals court refuses to halt Pentagon's Anthropic designation",
    published="2026-04-08T23:30:00Z")

news("clr-06", "classified-clearance-without-anthropic", "2026-05-01T19:30:00Z", "Reuters", "reuters.com",
     "Pentagon approves OpenAI, Google, xAI models for classified use; Anthropic excluded",
     """
     May 1 (Reuters) - The U.S. Department of War said on Friday it had approved artificial intelligence models from
     several companies for use on classified networks, leaving out Anthropic, which it designated a supply chain
     risk in March and is fighting in court.
     """)

news("arg-06", "dc-circuit-oral-argument", "2026-05-19T21:00:00Z", "Courthouse News Service", "courthousenews.com",
     "DC Circuit panel skeptical of Pentagon's use of supply-chain law against AI firm",
     """
     WASHINGTON (CN) — A D.C. Circuit panel on Tuesday questioned whether the Department of War could use a
     statute aimed at foreign sabotage of defense systems to exclude Anthropic, a domestic AI developer, after the
     company refused contract terms.

     Government counsel argued that courts must defer to the secretary's judgment on national security supply
     chains.
     """, sentiment="bullish")

news("tru-07", "truce", "2026-06-20T08:00:00Z", "Financial Times", "ft.com",
     "Trump declares Anthropic 'no longer a threat' in abrupt thaw",
     """
     Donald Trump has declared that Anthropic is no longer a threat after meeting its chief executive Dario
     Amodei, an abrupt thaw in a months-long confrontation in which the administration banned the AI company's
     products across federal agencies and the Pentagon labelled it a supply-chain risk.

     People close to the company called it an uneasy truce: neither the Pentagon designation nor the company's
     lawsuits had been withdrawn by Saturday.
     """)

news("lq-04", "federal-use-ban", "2026-03-01T06:00:00Z", "ViralTechNow", "viraltechnow.xyz",
     "Congress BANS Claude AI nationwide — is ChatGPT next?",
     """
     Congress has voted to ban Claude AI across the United States after its maker refused to work with the
     military, according to reports on Febuary 28. Government workers can no longer use the chatbot and regular
     users may be next!!

     The ban comes after Defense Secretary Hegseth said the company was a "supply risk". Anthropic CEO Daniel
     Amodei has not responded.
     """, impact=9, sentiment="very-bearish")

news("lq-05", "supply-chain-designation", "2026-03-09T02:00:00Z", "ViralTechNow", "viraltechnow.xyz",
     "Pentagon declares Anthropic enemy of the state on March 8",
     """
     In a shocking move the Pentagon has declared Anthropic a national security threat on March 8, the same label
     given to Huawei and Russia's Kaspersky. This means no military contractor can use Claude ever again, insiders
     say. Share this before it gets deleted.
     """, impact=8)

view("exp-07", "2026-03-20T12:00:00Z", "The Conversation", "theconversation.com",
     "Can the government blacklist a company for its ethics? The legal questions in Anthropic's case",
     """
     Anthropic's lawsuits raise a question courts have rarely faced: when the government buys technology, can it
     punish a supplier for publicly refusing certain uses? Government contractors have limited free-speech
     protection in contract disputes, but retaliation for public statements is a different matter.

     The answer will shape not just AI procurement but how any company negotiates with a national security
     customer. A ruling on Anthropic's request for a preliminary injunction is expected soon.
     """, impact=3, sentiment="neutral", category="Legal")

view("op-11", "2026-03-05T11:00:00Z", "Financial Times", "ft.com",
     "Editorial: America should not treat its own AI champions as enemies",
     """
     Labelling Anthropic a supply-chain risk, a tool designed for Huawei and Kaspersky, blurs the line between
     foreign threat and domestic disagreement. The administration has other ways to choose its vendors. Using
     this one will make every company think twice before taking any public position on how its products are used.
     """, impact=3, sentiment="neutral")

view("op-12", "2026-04-10T09:00:00Z", "National Review", "nationalreview.com",
     "The D.C. Circuit Got It Right on Anthropic",
     """
     The appeals court was right not to second-guess the Pentagon's supply-chain judgment at this stage. Courts
     are poorly placed to decide which software the military can trust, and a contractor that has publicly refused
     certain missions can hardly be surprised to be treated with caution.
     """, impact=2, sentiment="bearish")

view("com-04", "2026-06-19T23:00:00Z", "Hacker News", "news.ycombinator.com",
     "Trump says Anthropic is no longer a threat (discussion)",
     """
     Top comment: interesting that this happened without Anthropic dropping either of its two safeguards, at least
     as far as anyone has reported. Curious whether the DoD designation actually gets lifted or whether this is
     just a change of tone.
     """, impact=3, sentiment="bullish", category="Policy")

# more hard negatives of each kind
neg("neg-launch-04", "2026-06-17T17:00:00Z", "Ars Technica", "arstechnica.com",
    "Anthropic releases smaller, cheaper Claude model for high-volume apps",
    """
    Anthropic released a new small Claude model priced for high-volume uses such as customer support and data
    extraction. The company says it matches the previous mid-sized model on many tasks at a fraction of the cost.
    """)

neg("neg-funding-03", "2026-03-27T15:00:00Z", "CNBC", "cnbc.com",
    "Google adds to its Anthropic stake as AI cloud battle heats up",
    """
    Google has invested further in Anthropic, according to a regulatory filing, increasing its minority stake in
    the AI company. The investment comes with an expanded commitment to use Google's TPU chips.
    """)

neg("neg-pentagon-ai-07", "2026-02-19T16:00:00Z", "Breaking Defense", "breakingdefense.com",
    "Space Force awards AI contract for satellite anomaly detection",
    """
    Space Systems Command awarded a contract to a Colorado startup to build AI tools that flag anomalies in
    satellite telemetry. The award is part of a broader push to automate parts of space domain awareness.
    """)

neg("neg-scr-kaspersky-02", "2026-06-02T10:00:00Z", "BleepingComputer", "bleepingcomputer.com",
    "Kaspersky users in U.S. still running banned software, researchers find",
    """
    Months after the U.S. ban on Kaspersky products took effect, researchers found thousands of U.S. systems still
    running the antivirus software, which the government deemed a supply chain risk because of Russian ties.
    """)

neg("neg-eu-gpai", "2026-06-10T11:00:00Z", "Euractiv", "euractiv.com",
    "AI Office opens first investigation under general-purpose AI rules",
    """
    The EU's AI Office has opened its first formal inquiry into a provider of a general-purpose AI model,
    requesting documentation on its safety testing and systemic-risk assessment, officials said.
    """)

neg("neg-anthropology", "2026-04-11T09:00:00Z", "Sapiens", "sapiens.org",
    "Anthropic landscapes: how early farmers reshaped the Fertile Crescent",
    """
    Archaeologists describe many Near Eastern landscapes as anthropic: shaped so thoroughly by millennia of
    human farming and herding that little of the original vegetation remains. New pollen records date the shift.
    """)


# =========================================================================== write


# id pattern -> kind of hard negative, for the summary (first match wins)
NEGATIVE_KINDS: list[tuple[str, str]] = [
    (r"neg-passing-", "other news mentioning the dispute in passing"),
    (r"neg-(principle|climate|anthropic-whales|anthropology)", "'anthropic' in its ordinary sense"),
    (r"neg-(launch|funding|copyright|office|anthropic-|claude-outage)", "other Anthropic news"),
    (r"neg-(pentagon-ai|openai-dod|genai-mil|replicator|maven|openai-gov|federal-ai|xai)", "other government AI"),
    (r"neg-(euaiact|state|ny-raise|preemption|eu-gpai)", "other AI regulation"),
    (r"neg-(scr-|dji)", "other supply-chain-risk designations"),
    (r"neg-hegseth-", "Hegseth news unrelated to AI"),
    (r"neg-", "shared vocabulary elsewhere (Claude Monet, DPA, red lines, ...)"),
]


def summary(rows: list[dict]) -> list[str]:
    """Counts by development (original + reprints) and by kind of negative."""
    devs: dict[str, list[int]] = {}
    negs: dict[str, int] = {}
    views = 0
    for r in rows:
        lab = r["label"]
        if lab["development"]:
            counts = devs.setdefault(lab["development"], [0, 0])
            counts[1 if lab["syndicated_of"] else 0] += 1
        elif lab["relevant"]:
            views += 1
        else:
            kind = next(k for pat, k in NEGATIVE_KINDS if re.match(pat, r["id"]))
            negs[kind] = negs.get(kind, 0) + 1
    out = [f"  {d:<40} {n} + {s} reprints" for d, (n, s) in devs.items()]
    out.append(f"  {'opinion / explainer / commentary':<40} {views}")
    out += [f"  negative: {k:<60} {n}" for k, n in negs.items()]
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
