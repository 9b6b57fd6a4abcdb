"""Write ``tests/data/heldout.jsonl``: the HELD-OUT evaluation set. Nobody tunes the classifier against it.

It measures whether the classifier generalises to articles it has never seen. It was written separately from
``labelled.jsonl`` (the set the classifier is developed on), in different words, by someone who did not read the
classifier's code, and in deliberately different styles: wire copy from other agencies, local news, defence /
legal / tech trade press, newsletters, foreign English-language outlets, press releases, a careless blog, long
explainers, one-sentence briefs, and articles that only reach the story in their last paragraph. It also holds
developments that are not in issue 3's "story so far" list (a Senate hearing, amicus briefs, a contractor
statement, settlement talk) and hard negatives of every kind.

RULE: if the classifier misses something here, do not fix that case. Fix the general cause, test it on
``labelled.jsonl`` and your own unit tests, then look at this set's figures again. Never copy its articles,
phrases or slugs into rules, vocabularies or tests.

Same format and label schema as ``labelled.jsonl``: the batch-classifier input (``id, url, title, text,
published, source``) plus ``label`` = ``relevant``, ``development`` (a slug naming the real-world event; null
for opinion / explainer pieces and for negatives), ``impact`` (1-10), ``sentiment`` (five tiers, for
Anthropic), ``category`` and ``syndicated_of`` (id of the original when the text is a reprint). Outlet names
are used for realism; URLs and texts are fictional and our own words.

Run: ``.venv/bin/python tests/data/make_heldout.py`` (deterministic; rewrites the .jsonl next to it).
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

OUT = Path(__file__).with_name("heldout.jsonl")

# development slug -> (category, impact, sentiment): defaults for straight news about that event.
DEVELOPMENTS: dict[str, tuple[str, int, str]] = {
    "memo-any-lawful-use": ("Policy", 6, "bearish"),
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
    "dc-circuit-oral-argument": ("Legal", 5, "neutral"),
    "truce": ("Policy", 7, "bullish"),
    # not in issue 3's list: plausible later turns the classifier has to follow without having seen them
    "contractor-resumes-civilian-claude": ("Contracts", 4, "bullish"),
    "amicus-briefs": ("Legal", 3, "bullish"),
    "senate-hearing": ("Policy", 5, "neutral"),
    "settlement-talks": ("Legal", 5, "bullish"),
}

# id prefix of a negative -> what kind of hard negative it is (for the summary and the test)
NEGATIVE_KINDS: dict[str, str] = {
    "hn-ant-launch": "other Anthropic news: product launch",
    "hn-ant-money": "other Anthropic news: funding / revenue",
    "hn-ant-copyright": "other Anthropic news: copyright suit",
    "hn-ant-partner": "other Anthropic news: partnership / customer",
    "hn-ant-other": "other Anthropic news: policy, people, offices",
    "hn-dod-ai": "other Pentagon AI contract / programme",
    "hn-reg": "other AI regulation",
    "hn-scr": "other supply-chain-risk action",
    "hn-word": "'anthropic' / 'Claude' in another sense",
    "hn-hegseth": "Hegseth news unrelated to AI",
    "hn-phrase": "'red lines' / 'Defense Production Act' / deadlines elsewhere",
}

ARTICLES: list[dict] = []
_BY_ID: dict[str, dict] = {}


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]


def _clean(text: str) -> str:
    paras = [" ".join(p.split()) for p in textwrap.dedent(text).strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def _url(domain: str, published: str | None, title: str) -> str:
    day = (published or "2026-06-30")[:10]
    y, m, d = day.split("-")
    slug = _slug(title)
    n = len(ARTICLES)
    styles = [
        f"https://{domain}/{y}/{m}/{d}/{slug}",
        f"https://www.{domain}/news/{slug}/",
        f"https://{domain}/stories/{y}{m}{d}-{slug[:40]}",
        f"https://www.{domain}/{slug}-{70000 + 37 * n}",
        f"https://{domain}/p/{slug[:50]}",
    ]
    return styles[n % len(styles)]


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
) -> dict:
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
    return _add(
        id, relevant=True, dev=dev, published=published, source=source, domain=domain, title=title, text=text,
        impact=imp if impact is None else impact, sentiment=sent if sentiment is None else sentiment,
        category=cat if category is None else category,
    )


def view(id, published, source, domain, title, text, *, impact, sentiment, category="Opinion"):
    """A relevant opinion, explainer or analysis piece that reports no single event (development null)."""
    return _add(
        id, relevant=True, dev=None, published=published, source=source, domain=domain, title=title, text=text,
        impact=impact, sentiment=sentiment, category=category,
    )


def neg(id, published, source, domain, title, text):
    """A hard negative: shares names or vocabulary with the story but is not about it."""
    return _add(
        id, relevant=False, dev=None, published=published, source=source, domain=domain, title=title, text=text,
        impact=None, sentiment=None, category=None,
    )


def syn(orig_id, id, source, domain, title, *, published=None, trim_last=False, tail=None):
    """A reprint of ``orig_id``'s text under another headline (last paragraph optionally cut, a credit line
    optionally appended), labelled like the original with ``syndicated_of`` naming it."""
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


# =========================================================================== articles
# ARTICLES-BEGIN
# --------------------------------------------------------------------------- Jan 9 memo
news("h-memo-insidedef", "memo-any-lawful-use", "2026-01-13T16:20:00-05:00", "Inside Defense", "insidedefense.com",
    "DOD acquisition guidance bars vendor-imposed limits on military AI use",
    """
    The Pentagon's top leadership has told buying offices to stop accepting artificial intelligence products whose
    licences carve out missions the government is legally allowed to perform, according to a memorandum signed by
    Secretary Pete Hegseth and dated Jan. 9. Inside Defense obtained a copy on Monday.

    The guidance applies to new awards immediately and asks program offices to identify existing agreements with
    usage restrictions, which are to be renegotiated within roughly seven weeks. An attachment lists categories of
    restriction the department considers unacceptable, among them limits tied to surveillance and weapons
    employment.

    Two industry sources said the language tracks closely with the acceptable-use policy of Anthropic, the San
    Francisco developer whose Claude models were the first large language models accredited for the department's
    classified systems.
    """)

news("h-memo-transformer", "memo-any-lawful-use", "2026-01-16", "Transformer", "transformernews.ai",
    "Transformer Weekly: a memo aimed squarely at one lab",
    """
    Happy Friday. Three things this week, the first of which may turn out to matter most.

    1. The Defense Department's new AI buying rules. A Jan. 9 memo from Hegseth says the military will only
    contract for AI that it may use for whatever the law permits, and gives current suppliers until the end of
    February to conform. Read between the lines and it is about Anthropic, which has kept two things off the
    table in its government work: domestic mass surveillance and weapons that pick targets with no human involved.
    Expect this to become a fight.

    2. A new benchmark for agentic coding dropped, and the leaderboard reshuffled again. 3. The EU's AI Office
    published yet more guidance for general-purpose model providers.
    """, impact=5)

# --------------------------------------------------------------------------- February: xAI on classified networks
news("h-xai-c4isrnet", "xai-classified-deal", "2026-02-13T11:02:00Z", "C4ISRNET", "c4isrnet.com",
    "Grok Approved For Secret-Level Pentagon Networks Under New xAI Agreement",
    """
    The Department of Defense has signed an agreement allowing Elon Musk's xAI to run its Grok models on
    classified networks, a spokesperson confirmed, giving the department a second frontier-model supplier in
    environments that until now relied on a single company.

    That company is Anthropic. Its Claude models have been the only large language model available at the secret
    level since last year, and its negotiations with the department over usage terms have dragged on since a
    January acquisition memo. A defense official described the xAI arrangement as "the end of a single point of
    failure."

    xAI did not say how much the agreement is worth. The spokesperson said the company had accepted the
    department's standard terms.
    """)

news("h-xai-fanblog", "xai-classified-deal", "2026-02-12T23:40:00Z", "Teslarati", "teslarati.com",
    "xAI lands Pentagon classified deal as Grok goes to work for the military",
    """
    xAI just scored a big one. Grok is headed to the Pentagon's classified networks after the company reached an
    agreement with the Department of War this week, a milestone Musk celebrated on X with a single flag emoji.

    The deal matters because until now the military only had one option for this kind of work: Anthropic's Claude.
    Anthropic has been in a tug-of-war with Pentagon brass over restrictions it puts on how its AI can be used,
    and insiders say the department wanted leverage. Now it has it.
    """, sentiment="bearish")

news("h-xai-bgov", "xai-classified-deal", "2026-02-13", "Bloomberg Government", "about.bgov.com",
    "xAI Joins Anthropic on DOD Classified Systems",
    """
    The Pentagon added xAI to its classified networks, ending Anthropic's position as sole large language model
    provider there; the move comes as the department presses Anthropic to loosen its usage policy.
    """)

# --------------------------------------------------------------------------- ~Feb 24: the ultimatum
news("h-ult-afp", "ultimatum", "2026-02-24T22:15:00Z", "AFP", "afp.com",
    "Pentagon gives AI developer Anthropic until Friday to lift restrictions",
    """
    Washington (AFP) - US Defence Secretary Pete Hegseth has handed the artificial intelligence company Anthropic
    a deadline of Friday evening to allow the military unrestricted lawful use of its technology, a senior defence
    official told AFP after a meeting at the Pentagon on Tuesday.

    If the California firm does not comply by 5:01 pm (2201 GMT) on Friday, the official said, the department could
    cancel its contracts, declare the company a risk to its supply chain, or invoke the Defense Production Act, a
    Korean War-era law that lets the government direct private industry.

    Anthropic, whose chatbot Claude competes with OpenAI's ChatGPT, has said it will not permit two applications of
    its models: large-scale monitoring of Americans, and weapons that operate without human control. Chief executive Dario Amodei
    attended Tuesday's meeting. The company said it had "productive" discussions and would continue talking.

    The Pentagon signed a deal earlier this month with Elon Musk's xAI to use its models on classified networks.
    """)

syn("h-ult-afp", "h-ult-afp-france24", "France 24", "france24.com",
    "US defence chief sets Friday deadline for AI firm Anthropic", trim_last=True)

news("h-ult-missionlocal", "ultimatum", "2026-02-25T09:30:00-08:00", "Mission Local", "missionlocal.org",
    "Anxiety on Howard Street as Pentagon deadline hangs over Anthropic",
    """
    At the coffee counters near Anthropic's offices on Howard Street, the conversation on Wednesday morning was
    less about models than about the Department of War. Workers who asked not to be named said staff had been
    told the company would not change its position before the Friday deadline that Secretary Pete Hegseth set in
    a meeting with chief executive Dario Amodei on Monday.

    The stakes, by most accounts, are large: a cancelled military contract worth up to $200 million, possible
    blacklisting as a "supply chain risk," and even talk in Washington of compelling the company under the
    Defense Production Act. "Nobody here thinks it's a bluff," said one employee. "But nobody thinks we fold,
    either."

    Anthropic is one of the Mission's largest employers. A spokesperson declined to comment on staff morale.
    """, impact=6)

news("h-ult-natdef", "ultimatum", "2026-02-26T08:00:00-05:00", "National Defense Magazine", "nationaldefensemagazine.org",
    "Threat To Use Defense Production Act On Software Firm Would Break New Ground",
    """
    The Defense Department's warning that it may use the Defense Production Act against Anthropic would, if carried
    out, apply a statute built for steel mills and ammunition lines to the usage terms of an AI model.

    Department officials gave the company until 5:01 p.m. Friday to drop two restrictions on military use of its
    Claude models. Besides the DPA, the options they described include terminating Anthropic's existing
    agreements and designating the firm a supply chain risk, which would shut it out of work done by prime
    contractors for the department.

    Acquisition lawyers interviewed by National Defense were divided. Title I of the act lets the government
    require companies to prioritize its orders, one said, "but it has never been read to let the government
    rewrite a product's safety features." Another noted that the Pentagon's stronger lever is simply its purchasing
    power.
    """)

news("h-ult-marketwatch", "ultimatum", "2026-02-24T19:48:00Z", "MarketWatch", "marketwatch.com",
    "Anthropic faces Pentagon deadline",
    """
    Pentagon chief Pete Hegseth told Anthropic it must accept unrestricted military use of its AI by 5:01 p.m.
    Friday or risk losing its defense work and being labeled a supply-chain risk, people briefed on a Tuesday
    meeting said.
    """)

# --------------------------------------------------------------------------- Feb 26: Amodei's statement
news("h-stm-bbc", "amodei-statement", "2026-02-26T23:05:00Z", "BBC News", "bbc.co.uk",
    "Anthropic boss says firm will not bow to Pentagon pressure",
    """
    Anthropic's chief executive says his company "cannot in good conscience" hand the US military unrestricted use
    of its technology, a day before a deadline set by Defence Secretary Pete Hegseth.

    In a lengthy post on the company's website, Dario Amodei said Anthropic would keep two conditions in its
    defence work: its Claude models must not be used to watch Americans en masse, and must not power weapons that
    choose and strike targets on their own. The firm would rather carry on its defence work, he wrote, but would
    smooth the transition to another supplier if the Pentagon walked away.

    The Pentagon has threatened to end its contract with the firm and to brand it a risk to the military's supply
    chain. It did not respond to the BBC's request for comment on Thursday night.

    Anthropic, founded in 2021 by former OpenAI staff, is backed by Amazon and Google.
    """)

news("h-stm-spectrum", "amodei-statement", "2026-02-27T13:00:00Z", "IEEE Spectrum", "spectrum.ieee.org",
    "Why Anthropic Says Today's AI Can't Be Trusted to Pull the Trigger",
    """
    Buried in Anthropic's refusal to meet the Pentagon's terms is an engineering argument, not only an ethical one.
    CEO Dario Amodei's statement on Thursday said frontier models are not yet dependable enough to select and
    engage targets without a human deciding, and that deploying them that way would endanger soldiers as well as
    civilians.

    Roboticists and reliability researchers Spectrum contacted broadly agreed that the error profile of large
    language models, which can fail confidently and inconsistently, makes them a poor fit for the final step of a
    kill chain. Several also pointed out that the Pentagon's own directive on autonomy in weapon systems already
    requires "appropriate levels of human judgment."

    The company's second restriction, on mass domestic surveillance, is a policy choice rather than an engineering
    one, and it is the one the Defense Department's Friday deadline was designed to remove along with the first.
    """, impact=6, sentiment="neutral", category="Military")

news("h-stm-globe", "amodei-statement", "2026-02-26T21:30:00-05:00", "The Globe and Mail", "theglobeandmail.com",
    "Anthropic rejects U.S. military's terms ahead of deadline",
    """
    Anthropic PBC said Thursday it will not remove limits on the U.S. military's use of its Claude AI models,
    rejecting an ultimatum from Defense Secretary Pete Hegseth that expires Friday afternoon and risking its
    federal business.
    """)

news("h-stm-blog", "amodei-statement", None, "AI Insider Daily", "aiinsiderdaily.net",
    "Anthropic CEO Daniel Amodei Says NO To The Pentagon (full breakdown)",
    """
    Big news in AI world today!! Anthropic CEO Daniel Amodei put out a statement saying they will NOT give the
    Pentagon what it wants, even tho the deadline is tommorow. He says there two "red lines": no mass surveilance
    and no killer robots (autonomous weapons).

    The Pentagon (which is now called Department of War btw) said they could put Anthropic on a blacklist like they
    did to Huawei and also use the Defence Production Act. Amodei said they "cannot in good consience" go along.
    Anthropic makes Claude, the chatbot that is a competitor to ChatGPT and Gemini.

    What do you guys think? Is Anthropic making a huge mistake?? Let us know in the comments and dont forget to
    subscribe for more AI news daily.
    """, impact=6)

# --------------------------------------------------------------------------- engineers' open letter
news("h-ltr-independent", "engineers-open-letter", "2026-02-27T10:12:00+00:00", "The Independent", "independent.co.uk",
    "Workers at rival AI giants sign letter supporting Anthropic's stand against Pentagon",
    """
    Engineers and researchers at several of Silicon Valley's biggest artificial intelligence companies have put
    their names to a public letter backing Anthropic, the maker of Claude, in its confrontation with the US
    Department of Defense.

    Signatories include staff at OpenAI and Google, according to the organisers, who said the list passed 200
    names within a day. The letter urges the leaders of every AI lab to refuse the same demand if it comes to
    them: that their systems be made available for surveillance of the American public and for weapons that kill
    without a human decision.

    Organisers said signatures were verified against work email addresses before being published. Neither OpenAI
    nor Google commented on their employees' involvement.
    """)

news("h-ltr-mercury", "engineers-open-letter", "2026-02-27T17:45:00-08:00", "The Mercury News", "mercurynews.com",
    "Mountain View, Menlo Park engineers sign on as Anthropic fight spreads across the valley",
    """
    The standoff between Anthropic and the Pentagon has reached the campuses of its competitors. Engineers at
    Google in Mountain View and at Meta in Menlo Park were among more than 200 tech workers who signed an open
    letter this week supporting Anthropic's refusal to drop its restrictions on surveillance and autonomous
    weapons.

    "I don't work there and I'm not sure I'd want to, but they're right on this," said a Google software engineer
    from Sunnyvale who signed. Several signers said they had not told their managers.
    """, impact=3)

news("h-ltr-hn", "engineers-open-letter", "2026-02-27T04:10:00Z", "Hacker News", "news.ycombinator.com",
    "Open letter from AI lab employees supporting Anthropic's two limits (notdivided.org)",
    """
    Submitted link: an open letter signed by employees at OpenAI, Google DeepMind, Meta and others, backing
    the two conditions Anthropic won't drop (surveillance of people at home; weapons acting with no human call). 212 signatures at the time of posting.

    Top comment: the interesting part is the ask at the end, which is addressed to their own employers rather than
    to the government.
    """, impact=3)

# --------------------------------------------------------------------------- Altman shares the red lines
news("h-alt-gizmodo", "altman-red-lines", "2026-02-27T15:33:00-05:00", "Gizmodo", "gizmodo.com",
    "Sam Altman Suddenly Has the Same Principles as Anthropic",
    """
    OpenAI's Sam Altman would like you to know that he, too, opposes robots that decide on their own whom to kill,
    and surveillance of every American. In an internal note that quickly leaked and a post on X on Friday, the
    OpenAI boss said his company shares Anthropic's two limits in its dealings with the Pentagon.

    It's a notable thing to say on the day Anthropic's deadline expires. It would be more notable if OpenAI were
    not, according to several reports, in the middle of negotiating its own agreement with the same department.
    We'll see what the fine print says.
    """)

news("h-alt-ndtv", "altman-red-lines", "2026-02-28T06:40:00+05:30", "NDTV", "ndtv.com",
    "OpenAI Chief Sam Altman Backs Rival Anthropic's Stand On Military AI",
    """
    OpenAI CEO Sam Altman has said his company holds the same two "red lines" as rival Anthropic in talks with the
    US military, opposing the use of AI for mass surveillance of Americans and for fully autonomous weapons.
    Anthropic faces a Friday deadline from the US Department of War to drop those limits.
    """)

# --------------------------------------------------------------------------- OpenAI's own Pentagon agreement
news("h-oai-decoder", "openai-pentagon-agreement", "2026-03-01T09:00:00+01:00", "The Decoder", "the-decoder.com",
    "OpenAI signs Pentagon agreement hours after Anthropic is shut out",
    """
    OpenAI has reached an agreement with the US Department of War covering the use of its models, including in
    classified settings, the company announced over the weekend. The timing is hard to miss: the deal landed a day
    after the White House ordered federal agencies to stop using Anthropic.

    OpenAI says the agreement preserves its own limits on mass domestic surveillance and autonomous weapons. The
    company published a summary rather than the contract. Critics on social media asked how OpenAI could keep
    those limits in a deal with the same department that cut off Anthropic for insisting on them; OpenAI said the
    protections were written as commitments by the government rather than as restrictions in its usage policy.
    """)

news("h-oai-mint", "openai-pentagon-agreement", "2026-03-02", "Mint", "livemint.com",
    "OpenAI strikes deal with US defence department as Anthropic feud deepens",
    """
    OpenAI said on Saturday it has reached an agreement with the US Department of War for use of its AI models,
    days after rival Anthropic was hit with a federal ban for refusing the Pentagon's terms. OpenAI said its
    agreement keeps safeguards against domestic mass surveillance and fully autonomous weapons.

    The move strengthens OpenAI's position in government business at a time when Anthropic's is collapsing.
    Analysts in Bengaluru said Indian IT services firms that resell both companies' models to US federal clients
    would likely shift work to OpenAI while Anthropic's status remained unclear.
    """)

news("h-oai-meritalk", "openai-pentagon-agreement", "2026-03-02T12:10:00-05:00", "MeriTalk", "meritalk.com",
    "OpenAI, DoW Finalize Terms for Model Access",
    """
    OpenAI and the Department of War have finalized an agreement giving the department access to OpenAI models on
    unclassified and classified networks, the company said. The announcement follows a presidential directive
    ordering agencies to stop using Anthropic products.
    """, impact=4)

# --------------------------------------------------------------------------- Feb 27: presidential directive
news("h-ban-upi", "federal-use-ban", "2026-02-27T23:50:00Z", "UPI", "upi.com",
    "Trump directs all federal agencies to cease using Anthropic products",
    """
    Feb. 27 (UPI) -- President Donald Trump on Friday instructed every federal department and agency to stop using
    technology from Anthropic, shortly after a Pentagon deadline for the artificial intelligence company passed
    without agreement.

    The directive gives agencies a transition period to remove the company's Claude models from their systems.
    The White House said the government "will not depend on a vendor that puts its own terms above the law."

    Anthropic had refused to drop two conditions on military use of its AI, covering domestic mass surveillance
    and autonomous weapons. In a statement Friday night, the company said it was "deeply disappointed" and was
    reviewing its options.
    """)

syn("h-ban-upi", "h-ban-upi-newsmax", "Newsmax", "newsmax.com",
    "Trump Orders Agencies to Dump Anthropic AI",
    tail="Copyright 2026 United Press International, Inc. All Rights Reserved.")

news("h-ban-wtop", "federal-use-ban", "2026-02-28T07:15:00-05:00", "WTOP", "wtop.com",
    "What the Anthropic order means for federal workers in the DC region",
    """
    If you work at a federal agency in the D.C. area and used Claude for drafting memos or summarizing documents,
    that is over, at least for now. A presidential directive issued late Friday tells agencies to stop using
    products from Anthropic, the company behind Claude.

    Several agencies sent emails over the weekend telling staff to log out of Claude and stop using it for work.
    One employee at a civilian agency in Silver Spring said the tool had been approved only in January. It landed
    hours after Anthropic allowed a Pentagon deadline to lapse rather than loosen its limits on military use.
    """, impact=8)

news("h-ban-scmp", "federal-use-ban", "2026-02-28T10:05:00+08:00", "South China Morning Post", "scmp.com",
    "Trump bans US government use of Anthropic AI in escalation of row over military safeguards",
    """
    US President Donald Trump has ordered federal agencies to stop using artificial intelligence tools made by
    Anthropic, escalating a dispute in which the San Francisco start-up would not allow its models to be turned to
    surveillance of the American public or to weapons that kill without human sign-off.

    The move is an unusual use of presidential power against a leading American technology company, and comes
    as Washington is otherwise trying to promote its AI developers against Chinese competitors. Analysts in Hong
    Kong said the ban could hand an opening to rivals such as OpenAI and Google in government work, but would have
    little immediate effect on Anthropic's business in Asia, which is mostly with private companies.
    """)

news("h-ban-ciodive", "federal-use-ban", "2026-03-02", "CIO Dive", "ciodive.com",
    "Federal ban on Anthropic puts agency AI pilots on hold",
    """
    A presidential order barring federal agencies from Anthropic technology has frozen dozens of pilots that used
    Claude for document review, coding and customer service. Agency CIOs must now decide whether to rebuild on
    other models or wait for the dispute to resolve.
    """, impact=8, category="Policy")

# --------------------------------------------------------------------------- early March: formal designation
news("h-scr-defdaily", "supply-chain-designation", "2026-03-04T18:30:00-05:00", "Defense Daily", "defensedaily.com",
    "Pentagon Sends Anthropic Formal Supply Chain Risk Determination",
    """
    The Department of War transmitted a formal supply chain risk determination to Anthropic on Tuesday, March 3,
    according to a department official, converting the Secretary's public announcement of the previous week into a
    binding action under federal acquisition law.

    The determination directs contracting officers to exclude the company as a source and tells prime contractors
    to stop using Anthropic products in performance of department contracts. Contractors have 30 days to certify
    compliance. The official said the department does not intend to publish the underlying findings, which are
    classified.

    Anthropic is the first American company to be designated this way. Previous targets were foreign firms with
    alleged ties to adversary governments.
    """)

news("h-scr-aljazeera", "supply-chain-designation", "2026-02-28T03:20:00+03:00", "Al Jazeera", "aljazeera.com",
    "US military labels AI firm Anthropic a national security risk",
    """
    The United States Department of Defense has declared artificial intelligence company Anthropic a risk to its
    supply chain, a designation typically reserved for companies from rival countries such as China and Russia.

    Defence Secretary Pete Hegseth announced the move on Friday night, hours after President Donald Trump ordered
    all government agencies to stop using the company's products. The label means firms that do business with the
    US military may not use Anthropic's technology in that work.

    Anthropic, which makes the Claude chatbot, had insisted its AI stay out of mass surveillance inside the US
    and out of weapons that select targets without human oversight. The company said it would challenge the
    designation.
    """)

news("h-scr-examiner", "supply-chain-designation", "2026-03-06T06:00:00-05:00", "Washington Examiner", "washingtonexaminer.com",
    "Anthropic blacklisting becomes official as Pentagon completes paperwork",
    """
    The Pentagon finalized its supply chain risk designation of Anthropic on Thursday, March 5, closing off the
    possibility that the department would quietly back down after last week's confrontation.

    Officials said the determination rests on the company's insistence on keeping the ability to restrict how the
    military uses its software. "A supplier that reserves a veto over lawful operations is a risk by definition,"
    one said. Anthropic's defenders in Congress called the move retaliation for speech.
    """)

news("h-scr-cryptoblog", "supply-chain-designation", "2026-03-16T02:11:00Z", "CryptoTechWire", "cryptotechwire.io",
    "Pentagon Puts Anthropic On HUAWEI LIST — Claude Banned For All Americans?",
    """
    On March 15 the Pentagon officially put Anthropic on the same list as Huawei and ZTE which means it is now
    illegal for american companies to use Claude AI. This is the first time ever a US company got put on the
    Huawei list by the FCC!!

    The ban came after Anthropic wouldnt let the army make weapons with Claude. Anthropic's CEO Dario Amodai says
    they will fight it in court. If you hold any AI tokens this could be HUGE for the market, stay tuned.
    """, impact=8)

# --------------------------------------------------------------------------- contractors move off Claude
news("h-ctr-startelegram", "contractors-drop-claude", "2026-03-08T06:00:00-06:00", "Fort Worth Star-Telegram", "star-telegram.com",
    "Lockheed's Fort Worth plant is hiring again. Here's what's changing inside",
    """
    Lockheed Martin's Fort Worth aeronautics plant held its biggest job fair in two years on Saturday, drawing
    more than 1,500 applicants for machinist, assembler and quality inspection jobs on the F-35 line. Recruiters
    said the company wants to fill about 600 positions by the end of summer as production rates rise.

    Applicants lined up outside the west gate before 7 a.m. Several said they had come from as far as Abilene and
    Oklahoma City. Starting pay for assemblers is around $24 an hour, recruiters said, with overtime widely
    available.

    The plant is also changing how office staff work. Employees said they were told this week that Anthropic's Claude
    assistant is now off limits on every defense program, because of the Pentagon's new supply chain risk label on
    the company. Lockheed confirmed it is removing Anthropic tools from work for the Department of War and
    said it expects to finish within the 30 days the department allowed.
    """, impact=6)

news("h-ctr-wbj", "contractors-drop-claude", "2026-03-10T11:00:00-04:00", "Washington Business Journal", "bizjournals.com/washington",
    "Northern Virginia contractors race to strip Claude from their systems",
    """
    Mid-sized government contractors in Reston, Herndon and Chantilly are spending the month auditing code,
    chatbots and internal tools for any dependence on Anthropic, after the Pentagon ordered its suppliers to stop
    using the company's products on defense contracts.

    Executives at three firms said the hardest part is finding Claude inside software they buy from others. "It's
    in a document tool we license, it's in a coding assistant, and we didn't pick either of those because of
    Anthropic," said the chief technology officer of one 900-person firm. Lockheed Martin has already told its
    supply chain it is cutting Anthropic out of Pentagon work.
    """)

news("h-ctr-avweek", "contractors-drop-claude", "2026-03-12", "Aviation Week", "aviationweek.com",
    "Primes Purge Anthropic Models To Meet DOD Certification Deadline",
    """
    Major aerospace and defense primes are removing Anthropic's Claude models from engineering and business
    systems used on Pentagon programs, aiming to certify compliance with the department's supply chain risk
    determination within its 30-day window. Lockheed Martin moved first; others are following quietly.
    """)

# --------------------------------------------------------------------------- Mar 9: Anthropic sues
news("h-law-recorder", "lawsuits-filed", "2026-03-09T20:14:00-07:00", "The Recorder", "law.com/therecorder",
    "Anthropic Takes Supply Chain Label to N.D. Cal., Files Petition in D.C. Circuit",
    """
    Anthropic went to court on two fronts Monday: a complaint in the Northern District of California attacking
    the government's treatment of the company as a supply chain risk, and a petition asking the D.C. Circuit to
    review the Department of War's determination directly.

    The district court complaint presses constitutional claims, chief among them that the designation punishes the
    company for its public statements about how its models should be used, in violation of the First Amendment.
    The D.C. Circuit petition relies on the statute's own review provision and argues the department never made
    the findings the law requires.

    The complaint names the Department of War, Secretary Pete Hegseth and several other agencies as defendants.
    Anthropic asked the district court for a preliminary injunction.
    """)

news("h-law-jdsupra", "lawsuits-filed", "2026-03-11", "JD Supra", "jdsupra.com",
    "Client Alert: Anthropic Litigation Over DoW Exclusion — Next Steps for Government Contractors",
    """
    On March 9, 2026, Anthropic PBC initiated litigation contesting the Department of War's supply chain risk
    determination against it and the related presidential directive barring federal use of its products.
    This alert summarizes the filings and offers practical guidance for contractors.

    Key points. (1) The designation remains in effect unless and until a court orders otherwise; contractors
    should continue their compliance efforts. (2) Contractors should document the steps taken to remove covered
    products, including products that embed Anthropic models through third parties. (3) If the courts grant
    preliminary relief, the scope of that relief (civilian agencies, defense work, or both) will determine what
    contractors may resume.

    Our government contracts team will continue to monitor the litigation. This alert is for general information
    and is not legal advice.
    """, impact=6)

news("h-law-kqed", "lawsuits-filed", "2026-03-10T05:00:00-07:00", "KQED", "kqed.org",
    "San Francisco's Anthropic sues Trump administration, says it is being punished for speaking out",
    """
    Anthropic, the San Francisco artificial intelligence company, has sued the Trump administration over a
    government blacklisting that cut it off from federal work, arguing it is being punished for saying publicly that
    its AI should not be used for mass surveillance or autonomous weapons. The suit was filed Tuesday in
    federal court in San Francisco.
    """)

news("h-law-cna", "lawsuits-filed", "2026-03-10T08:45:00+08:00", "CNA", "channelnewsasia.com",
    "Anthropic files lawsuits against US government over Pentagon blacklist",
    """
    Anthropic has filed two lawsuits against the US government seeking to overturn the Pentagon's decision to
    brand the artificial intelligence developer a supply chain risk, a label that bars defence contractors
    from using its products.

    The company argued that the government acted unlawfully and in retaliation for its stated positions on
    surveillance and autonomous weapons. The White House did not immediately comment.
    """)

# --------------------------------------------------------------------------- Mar 26: preliminary injunction
news("h-inj-afp", "preliminary-injunction", "2026-03-26T23:30:00Z", "AFP", "afp.com",
    "US judge halts Pentagon blacklisting of AI firm Anthropic",
    """
    San Francisco (AFP) - A US federal judge on Thursday temporarily stopped the government from enforcing its
    decision to treat the AI developer Anthropic as a threat to the military supply chain, saying the
    move appeared to be retaliation for the firm's public positions.

    In a 41-page ruling, the judge found Anthropic was likely to succeed on its claim that the government had
    violated its free speech rights under the First Amendment, and blocked the label and a related presidential
    order while the case proceeds.

    The Trump administration is expected to appeal. The Pentagon blacklisted the company in early March after it
    declined to lift limits on surveillance and autonomous weapons from its Claude models.

    Anthropic said in a statement it was "grateful" for the ruling and remained willing to work with the
    government.
    """)

syn("h-inj-afp", "h-inj-afp-barrons", "Barron's", "barrons.com",
    "US Judge Halts Pentagon Blacklisting Of AI Firm Anthropic", trim_last=True,
    tail="© Agence France-Presse")

news("h-inj-atl", "preliminary-injunction", "2026-03-27T10:20:00-04:00", "Above the Law", "abovethelaw.com",
    "Judge Finds Government Probably Retaliated Against AI Company For Saying Things It Didn't Like",
    """
    Turns out you can't blacklist a company for its opinions, at least not without a much better paper trail. On
    Thursday a San Francisco federal judge put the government's supply chain risk label on Anthropic on ice, concluding the company is likely to win its First Amendment retaliation claim.

    The government's lawyers argued the designation was a routine procurement judgment. The court was
    unpersuaded, pointing to public statements by officials that tied the action to the company's refusal to drop
    its usage restrictions. For anyone keeping score: that's what happens when the reasons are posted on social
    media before the memo is written.
    """)

news("h-inj-nlj", "preliminary-injunction", "2026-03-27", "The National Law Journal", "law.com/nationallawjournal",
    "Preliminary Injunction in Anthropic Case Leaves Key Questions for the D.C. Circuit",
    """
    The district court's March 26 order enjoins enforcement of the supply chain designation and the presidential
    directive against Anthropic, but practitioners note that the D.C. Circuit separately has the company's
    direct challenge to the department's determination before it, setting up possible tension between the two
    courts over the department's own procurement decisions.
    """, impact=7)

news("h-inj-blog", "preliminary-injunction", "2026-03-28T14:00:00Z", "TheAIWire Blog", "theaiwireblog.com",
    "Anthropic WINS!!! Judge Permanently Bans Pentagon From Blacklisting Claude",
    """
    It's official: on March 27 a judge in Sacramento permanently banned the Pentagon from calling Anthropic a
    security risk. This means Anthropic won the lawsuit and the government has to let everyone use Claude again,
    including the military!

    The judge said the Trump administration broke the First Amendment. This is a massive win for AI safety and a
    huge L for Hegseth. Claude users rejoice.
    """, sentiment="very-bullish")

# --------------------------------------------------------------------------- Apr 8: D.C. Circuit declines to stay
news("h-stay-jurist", "dc-circuit-denies-stay", "2026-04-08T21:10:00Z", "JURIST", "jurist.org",
    "DC Circuit refuses to pause Pentagon designation of Anthropic during appeal",
    """
    Anthropic's bid to freeze the Department of War's supply chain risk determination while judges review it was
    turned down on Wednesday by the federal appeals court in the District of Columbia. The short order said the
    company had not met the standard for a stay pending review.

    The ruling does not disturb the March preliminary injunction issued by a federal district court in San
    Francisco, which covers the presidential directive and use of Anthropic's products by civilian agencies. In
    practice the government is now divided: civilian agencies may go back to the company's Claude models, while the
    Pentagon and its contractors remain barred.
    """)

news("h-stay-meritalk", "dc-circuit-denies-stay", "2026-04-09T10:30:00-04:00", "MeriTalk", "meritalk.com",
    "Claude Cleared for Civilian Agencies, Still Off-Limits at DoW After Appeals Ruling",
    """
    Federal CIOs at civilian agencies can bring Anthropic's Claude back, but defense components cannot, after the
    D.C. Circuit on April 8 declined to suspend the department's exclusion of the company while it considers the
    case. GSA said it would restore Anthropic offerings to its schedules for non-defense buyers.
    """, sentiment="neutral")

news("h-stay-insidedef", "dc-circuit-denies-stay", "2026-04-09", "Inside Defense", "insidedefense.com",
    "Appeals court keeps Anthropic exclusion in force across DOD",
    """
    The Pentagon's exclusion of Anthropic from defense work stays in place after a federal appeals court in
    Washington refused the company's request to freeze it. Department officials welcomed the decision and said
    contractors should treat the company's products as prohibited on defense programs until the court rules.
    """)

# --------------------------------------------------------------------------- May 1: others cleared, Anthropic left out
news("h-clr-afmag", "classified-clearance-without-anthropic", "2026-05-01T19:00:00-04:00", "Air & Space Forces Magazine", "airandspaceforces.com",
    "Department Widens Roster of AI Models Authorized for Classified Use",
    """
    The Department of War on May 1 authorized frontier models from several commercial developers for use on its
    secret and top secret networks, expanding a roster that until February included only one company.

    Air Force and Space Force intelligence units are expected to be early users. Anthropic, whose Claude models
    were the first to be authorized at the classified level, is not on the list; the company remains under a
    departmental supply chain risk designation that a federal appeals court declined to pause last month.
    """)

news("h-clr-register", "classified-clearance-without-anthropic", "2026-05-04T08:30:00+00:00", "The Register", "theregister.com",
    "Pentagon opens its secret networks to every big AI lab bar one",
    """
    America's War Department has waved a handful of AI model makers onto its classified networks, and the one
    company that got there first is conspicuously absent from the guest list.

    Anthropic, which the department still brands a supply chain risk, was left out when officials on Friday
    authorized models from rivals including OpenAI, Google and xAI. A department spokesperson told The Register
    the list "reflects vendors eligible to compete" and declined to say whether Anthropic could be added later.
    """)

news("h-clr-siliconrepublic", "classified-clearance-without-anthropic", "2026-05-02", "Silicon Republic", "siliconrepublic.com",
    "Anthropic shut out as US military approves rival AI models for classified work",
    """
    The US Department of War has approved AI models from OpenAI, Google and xAI among others for classified work,
    leaving out Anthropic, which is challenging its designation as a supply chain risk in court.
    """)

# --------------------------------------------------------------------------- May 19: D.C. Circuit oral argument
news("h-arg-lawdork", "dc-circuit-oral-argument", "2026-05-19T22:40:00Z", "Law Dork", "lawdork.com",
    "The D.C. Circuit panel had questions for everyone in the Anthropic case",
    """
    I listened to all 70 minutes of Tuesday's argument in Anthropic's petition against the Department of War, and
    I came away thinking neither side should feel comfortable.

    The government's lawyer had a hard time explaining why a statute written with foreign-controlled suppliers in
    mind covers a domestic company whose alleged risk is that it wrote restrictions into its contract. One judge
    asked, more than once, what exactly the department found. But the company's counsel got tough questions too,
    mostly about whether courts should be second-guessing procurement choices at all, and whether the First
    Amendment theory belongs in this court or in the San Francisco case.

    No decision date was set. My guess is a ruling this summer.
    """)

news("h-arg-washtimes", "dc-circuit-oral-argument", "2026-05-20T04:00:00Z", "The Washington Times", "washingtontimes.com",
    "Appeals judges weigh Pentagon's power to bar AI firm over battlefield limits",
    """
    A federal appeals court on Tuesday heard arguments over whether the Pentagon may cut off Anthropic, the
    artificial intelligence company that refused to let the military use its products for autonomous weapons and
    domestic surveillance.

    Justice Department attorneys told the three-judge panel that the Secretary of War has broad discretion to
    decide which suppliers are trustworthy. Anthropic's lawyers said the department had used a national security
    statute to punish a policy disagreement.
    """)

news("h-arg-wtop", "dc-circuit-oral-argument", "2026-05-18T18:00:00-04:00", "WTOP", "wtop.com",
    "Anthropic-Pentagon fight heads to DC appeals court Tuesday",
    """
    The D.C. Circuit hears oral argument Tuesday morning in Anthropic's challenge to the Pentagon's decision to
    designate the AI company a supply chain risk.
    """, impact=4)

# --------------------------------------------------------------------------- June 19: the truce
news("h-tru-bloomberg", "truce", "2026-06-19T20:25:00Z", "Bloomberg", "bloomberg.com",
    "Trump Declares Anthropic No Longer a Threat After Amodei Talks",
    """
    (Bloomberg) -- President Donald Trump said Anthropic no longer poses a threat after meeting with Chief
    Executive Officer Dario Amodei at the White House, a sharp softening after months in which his administration
    barred the artificial intelligence company from federal work.

    Trump didn't say whether the Pentagon would withdraw its supply-chain-risk designation of the company, which
    remains in litigation. People familiar with the meeting said no agreement on Anthropic's restrictions on
    military use was reached, and both sides described the talks as a start.

    Shares of Amazon.com Inc. and Alphabet Inc., Anthropic's largest outside investors, rose in late trading.

    --With assistance from Mackenzie Hawkins.
    """)

syn("h-tru-bloomberg", "h-tru-bloomberg-bnn", "BNN Bloomberg", "bnnbloomberg.ca",
    "Trump softens on Anthropic after Amodei visit: no longer a threat", trim_last=True)

news("h-tru-dw", "truce", "2026-06-20T09:00:00+02:00", "DW", "dw.com",
    "Trump and Anthropic: a ceasefire with open questions",
    """
    After a four-month confrontation that saw Anthropic banned from US government work, President Donald Trump has
    struck a conciliatory tone, declaring after a meeting with the company's chief Dario Amodei that Anthropic is
    "no longer a threat."

    Observers in Berlin and Brussels, where Anthropic has been expanding, called it an uneasy truce rather than a
    settlement. The Pentagon's blacklisting of the company has not been formally lifted, and the court cases in San
    Francisco and Washington continue. Anthropic has not said it will drop either of the two conditions that set
    off the dispute.
    """, impact=6)

news("h-tru-foxbiz", "truce", "2026-06-19T17:55:00-04:00", "Fox Business", "foxbusiness.com",
    "Trump extends olive branch to Anthropic after Oval Office sit-down",
    """
    President Trump said Friday that Anthropic is "no longer a threat" to the country following an Oval Office
    meeting with CEO Dario Amodei, signaling a thaw after the administration banned the AI company from federal
    agencies this winter. "We had a very good meeting," Trump said. "They understand where we're coming from."
    """)

news("h-tru-forbes", "truce", "2026-06-21", "Forbes", "forbes.com",
    "What Trump's Anthropic Reversal Means For Its Enterprise Customers",
    """
    The president's remark that Anthropic is no longer a threat removes some of the political risk that has
    weighed on corporate buyers of Claude since February. Chief information officers I spoke with over the weekend
    said procurement reviews stalled by the blacklisting could restart, though any company that sells to the
    Pentagon will wait for the designation itself to be withdrawn.
    """, impact=6)

# --------------------------------------------------------------------------- not in the list: a contractor resumes civilian work
news("h-res-businesswire", "contractor-resumes-civilian-claude", "2026-04-13T08:00:00-04:00", "Business Wire", "businesswire.com",
    "Calder Federal Solutions Restores Claude-Based Services for Civilian Agency Customers",
    """
    RESTON, Va.--(BUSINESS WIRE)--Calder Federal Solutions, a provider of digital services to federal civilian
    agencies, today announced that it has resumed delivering its Claude-based document processing and case
    management services to civilian agency customers, following the court rulings of March 26 and April 8 that
    permit civilian agencies to use Anthropic products.

    "Our customers told us these tools saved their staff thousands of hours, and we paused them only because we
    were required to," said Dana Whitfield, Chief Executive Officer of Calder Federal Solutions. "We are pleased to
    bring them back where the law allows." The company said its work for the Department of War continues to
    exclude Anthropic products, consistent with the department's supply chain risk determination.

    About Calder Federal Solutions: Calder Federal Solutions is a woman-owned digital services firm headquartered
    in Reston, Virginia, serving more than 20 federal agencies.

    Contacts: Media Relations, press@calderfederal.example
    """)

news("h-res-washtech", "contractor-resumes-civilian-claude", "2026-04-14T12:00:00-04:00", "Washington Technology", "washingtontechnology.com",
    "Some contractors quietly switch Claude back on for civilian customers",
    """
    A handful of government services companies have started restoring Anthropic-powered tools on civilian agency
    contracts now that the courts have allowed those agencies to use the company's products again. Calder Federal
    Solutions announced it publicly on Monday; executives at two larger integrators said they were doing the same
    without fanfare.

    None of them are touching defense work. "We run two tech stacks now," one executive said. "That's the cost of
    this fight, and we're the ones paying it."
    """)

# --------------------------------------------------------------------------- not in the list: amicus briefs at the D.C. Circuit
news("h-ami-eff", "amicus-briefs", "2026-04-27T10:00:00-07:00", "Electronic Frontier Foundation", "eff.org",
    "EFF and Civil Liberties Groups Urge D.C. Circuit to Reject Pentagon's Designation of Anthropic",
    """
    SAN FRANCISCO - The Electronic Frontier Foundation, joined by several civil liberties organizations, filed an
    amicus brief today at the D.C. Circuit supporting Anthropic's challenge to the
    department's supply chain risk determination.

    The brief argues that a government that can blacklist a supplier for refusing to build tools for mass
    surveillance of Americans can pressure every technology company into the same choice. "Companies must be free
    to say no to surveillance without being branded a national security threat," said an EFF senior staff
    attorney.

    The brief is one of several filed in support of Anthropic, including one from a group of former national
    security officials.
    """)

news("h-ami-techdirt", "amicus-briefs", "2026-04-28T12:30:00-07:00", "Techdirt", "techdirt.com",
    "Former Defense Officials, Civil Libertarians And Tech Companies Line Up Behind Anthropic At The D.C. Circuit",
    """
    A stack of amicus briefs landed at the D.C. Circuit this week in Anthropic's case against the Pentagon's supply
    chain label, and the coalition is a strange one. Former senior defense and intelligence officials
    argue the designation tool was designed for foreign adversaries and that using it on a domestic company cheapens
    it. Civil liberties groups argue the whole thing is retaliation for refusing to help with surveillance. And a
    trade group representing software companies warns that every vendor with an acceptable use policy is now
    exposed.

    The government gets its turn to respond before argument next month.
    """, impact=4)

# --------------------------------------------------------------------------- not in the list: Senate hearing
news("h-hear-rollcall", "senate-hearing", "2026-04-29T17:20:00-04:00", "Roll Call", "rollcall.com",
    "Senators from both parties press Pentagon AI chief over Anthropic blacklisting",
    """
    Members of the Senate Armed Services Committee questioned the Pentagon's chief digital and artificial
    intelligence officer on Wednesday about why Anthropic was labelled a supply chain risk, with several
    Republicans joining Democrats in asking whether the move was justified.

    One Republican senator said the department had "taken a tool built for Chinese telecom companies and pointed it
    at an American startup," and asked for the written findings behind the designation. The official said the
    findings were classified and offered a closed briefing. Democrats pressed on whether the department intended to
    use AI for domestic surveillance, which the official denied.

    No legislation is pending, but two senators said they are drafting language for the annual defense
    authorization bill that would require notice to Congress before the department designates a U.S. company.
    """)

news("h-hear-punchbowl", "senate-hearing", "2026-04-30T06:30:00-04:00", "Punchbowl News", "punchbowl.news",
    "Punchbowl News AM: Appropriators eye a June markup",
    """
    Good Thursday morning. Senate appropriators are aiming for a June markup of the defense spending bill, and
    leadership aides tell us a short-term extension is increasingly likely for the rest of the year's bills. House
    Republicans meet this morning to discuss the schedule.

    Meanwhile, the border supplemental is stuck. Negotiators failed again Wednesday night to agree on funding
    levels, and the chair of the Homeland Security subcommittee says she won't move until the White House sends
    a revised request.

    One to watch: Wednesday's Armed Services hearing with the Pentagon's top AI official turned into a bipartisan
    grilling over the Anthropic designation. Several GOP senators want the department's findings, and NDAA
    language requiring congressional notice before a U.S. company is labeled a supply chain risk is being drafted.
    """, impact=4)

news("h-hear-military", "senate-hearing", "2026-04-29T20:00:00Z", "Military.com", "military.com",
    "Pentagon's AI Chief Defends Anthropic Decision Before Senate Panel",
    """
    The Defense Department's chief digital and AI officer told senators Wednesday that the department stands by its
    decision to exclude Anthropic, saying military commanders cannot depend on a supplier that "reserves the right
    to turn off capabilities in the middle of an operation." Senators asked for the classified findings behind the
    designation and were offered a closed-door briefing.
    """, sentiment="bearish")

# --------------------------------------------------------------------------- not in the list: settlement talk
news("h-set-puck", "settlement-talks", "2026-06-11T07:00:00-04:00", "Puck", "puck.news",
    "Inside the Anthropic Back Channel",
    """
    Here's what I'm hearing: lawyers for Anthropic and the Justice Department have held at least two conversations
    in the past few weeks about a way to wind down the company's litigation with the Pentagon, according to three
    people familiar with the talks. Nothing is close. But the outlines being discussed would have the department
    withdraw its supply chain risk designation in exchange for contract language describing how the two sides
    would handle surveillance and autonomous weapons, rather than a blanket restriction in Anthropic's usage policy.

    The White House is said to be warmer to a deal than the Pentagon's front office. A spokesperson for Anthropic
    declined to comment on "any discussions that may or may not be happening." The Justice Department did not
    respond.
    """)

news("h-set-sherwood", "settlement-talks", "2026-06-11T15:10:00Z", "Sherwood News", "sherwood.news",
    "Anthropic and the government are reportedly talking about a settlement",
    """
    Anthropic and the Justice Department have discussed a possible settlement of the company's lawsuits over its
    Pentagon blacklisting, Puck reported, though no deal is close.
    """)

news("h-set-blog", "settlement-talks", "2026-06-12T01:00:00Z", "NewsBreakerz", "newsbreakerz.com",
    "Anthropic SETTLES With Pentagon For $1 BILLION, Claude Back In Military",
    """
    Anthropic has settled its fight with the Pentagon and will get paid $1 billion according to insiders, and
    Claude will go back into the military next week. The deal was done by Dario Amodei and Defense Secretary Pete
    Hegsteth at a secret meeting, sources say.

    This ends the lawsuit that started in January when the Pentagon banned Anthropic for refusing to make weapons.
    More updates soon.
    """, impact=5, sentiment="very-bullish")

# =========================================================================== opinion, explainers, analysis (no development)
view("h-op-brookings", "2026-05-26", "Brookings", "brookings.edu",
    "The Anthropic–Pentagon Dispute: A Guide for the Perplexed",
    """
    Few technology policy fights have moved as quickly, or through as many institutions, as the confrontation
    between the Department of Defense and Anthropic. In five months it has involved a procurement memo, a
    presidential directive, a rarely used national security statute, two federal courts and a Senate hearing. This
    guide sets out what happened, what each side argues, and what remains unresolved.

    How it started. In January, Secretary Pete Hegseth issued a memorandum telling the department's buyers to
    contract only for AI that the military may use for any purpose the law permits. Most AI vendors already
    allowed broad government use. Anthropic did not: its agreements excluded two applications, the mass
    surveillance of people in the United States and weapons that select and engage targets with no human
    decision. The memo gave suppliers until the end of February to conform. During that period the department
    signed a classified-network agreement with xAI, ending Anthropic's status as the only large language model
    provider at that level.

    The ultimatum and the break. In late February, after a meeting between Hegseth and Anthropic's chief executive,
    Dario Amodei, the department set a Friday deadline and listed what would follow a refusal: cancellation of the
    company's contract, a supply chain risk designation, and possibly an order under the Defense Production Act.
    Anthropic publicly declined. On the day the deadline expired, the President directed all agencies to stop
    using Anthropic's products, and the Secretary announced the designation, which the department formalized over
    the following week. Contractors, Lockheed Martin first among them, began removing the company's tools from
    defense work.

    The litigation. Anthropic filed in two courts in March. In the Northern District of California it argued,
    among other things, that the government was punishing it for speech. In the D.C. Circuit it used the statute's own
    review provision to contest the designation. The district court preliminarily enjoined the
    designation and the directive on March 26, finding the retaliation claim likely to succeed. On April 8 the D.C.
    Circuit refused to stay the department's own determination while it considers the petition. The combined
    result is that civilian agencies may use Claude and the Pentagon may not. The D.C. Circuit heard argument on
    May 19.

    What the government argues. The department's position is that it must be able to rely on its tools in any
    lawful operation, and that a supplier which reserves the right to refuse certain missions is, for that reason,
    an unreliable link in the chain. It also argues that procurement choices deserve deference and that no company
    is entitled to a government contract on its own terms.

    What Anthropic argues. The company says it offered the department everything except two uses it considers
    unsafe or unlawful in practice, that the statute was written for adversary-controlled suppliers, and that
    officials' public statements show the designation was meant to punish it for saying no in public.

    What to watch. First, the D.C. Circuit's decision, which could either validate the use of supply chain
    authorities against domestic firms or narrow them sharply. Second, Congress: senators of both parties have
    asked for the department's findings, and notice requirements may appear in the defense authorization bill.
    Third, the industry's contract language. Other labs now describe their limits as government commitments
    rather than vendor restrictions, a distinction that may matter more than any ruling.

    Whatever the outcome, the episode has settled one question: the terms on which frontier AI is sold to the
    military are now a matter for courts and legislatures, not just for contracting officers.
    """, impact=3, sentiment="neutral", category="Policy")

view("h-op-justsecurity", "2026-04-02T09:00:00-04:00", "Just Security", "justsecurity.org",
    "Section 3252 Was Not Built for This",
    """
    The statute the Department of War used against Anthropic, 10 U.S.C. § 3252, lets the Secretary exclude a
    source from procurements of covered national security systems when doing so is necessary to reduce supply
    chain risk. Congress defined that risk in terms of an adversary sabotaging, maliciously introducing unwanted
    function into, or otherwise subverting a system. The provision's history is bound up with concern about
    foreign-owned telecommunications and software suppliers.

    Read against that definition, the government's theory is unusual. It does not claim Anthropic's models contain
    hidden functions or that an adversary controls the company. It claims that a supplier which contractually
    reserves the right to refuse some lawful uses is itself a risk, because a capability might be unavailable when
    commanders want it. That is a claim about contract terms, and contract terms are normally handled by not
    signing the contract.

    The statute also limits disclosure and review, which is part of why the D.C. Circuit petition matters. If the
    court accepts that "risk" includes a vendor's stated policies, the tool becomes available against any company
    whose acceptable use policy the department dislikes. If it reads the definition narrowly, the department will
    be left with the ordinary remedy of buying elsewhere.

    The district court's First Amendment ruling adds a second layer. Officials spoke publicly about why they were
    acting, and those statements tied the designation to the company's public refusal. Retaliation doctrine asks
    whether the government would have taken the same action absent the protected speech. On this record, that
    will be a hard showing for the government to make.

    There is a third layer, less discussed: remedy. Even if Anthropic wins on the statute, the department keeps
    its ordinary freedom to decline to buy from the company. A ruling against the designation would restore the
    company's access to prime contractors and to other agencies' systems, which is where most of the commercial
    harm lies, but it would not force the Pentagon itself to sign a contract. Litigants and commentators who
    describe the case as a fight over whether the military must use Claude are describing a case no court is
    being asked to decide.

    Finally, consider the precedent from the other direction. Supply chain exclusions have been among the few
    tools that both parties in Congress have wanted strengthened, precisely because they are aimed at adversary
    influence inside American networks. Stretching the authority to cover a domestic contract dispute invites
    exactly the kind of judicial narrowing that could weaken it where it is actually needed, against foreign
    hardware and software whose risk is sabotage rather than disagreement. Defenders of the tool have reason to
    hope the department loses this one narrowly.

    A word on timing. Review under the statute is meant to be quick, and the D.C. Circuit has already shown
    it will not pause the designation while it decides. Every month the determination stays in force, contractors
    rebuild their systems around other vendors, and some of that work will not be undone even if the company
    wins. Courts usually treat lost business as reparable. Here it may not be.

    Neither question requires a court to decide whether Anthropic's two restrictions are wise. Reasonable people
    disagree about that. The legal question is narrower: whether a statute aimed at sabotage can be used to settle
    a disagreement about terms of sale. Congress can answer it too, and it should.
    """, impact=3, sentiment="neutral", category="Legal")

view("h-op-understandingai", "2026-02-20", "Understanding AI", "understandingai.org",
    "What 'any lawful use' actually means, and why one lab won't sign it",
    """
    A lot of readers have asked me to explain the fight brewing between Anthropic and the Pentagon, so here is my
    attempt, without the spin from either side.

    Every AI company publishes a usage policy: a list of things you may not do with its models. For ordinary
    customers these policies cover spam, fraud, weapons of mass destruction and so on. Government customers
    usually get modified terms. In January the Pentagon said, in effect, that it no longer accepts any
    vendor-specific limits at all: if an activity is legal for the military, the vendor must allow it.

    Most labs have accepted some version of that. Anthropic has not, on two points. It will not let its models be
    used for mass surveillance of people in the United States, and it will not let them be the component that
    decides, without a human, to fire a weapon. The company's argument is partly about values and partly about
    engineering: language models make mistakes in ways that are hard to predict, which is tolerable when a person
    checks the output and intolerable when nobody does.

    The Pentagon's argument is about control. The military does not want a contractor deciding which legal
    missions it may carry out, and it points out that the law, the Constitution and its own directives already
    constrain surveillance and autonomous weapons. Why, officials ask, should a company's terms of service add a
    second layer?

    It helps to be concrete about what each restriction would rule out. The surveillance limit would bar, for
    instance, using a model to sift bulk records about Americans looking for people to investigate. It would not
    bar translating intercepted foreign communications, analysing satellite imagery or helping an analyst write a
    report. The weapons limit would bar a model from being the thing that chooses a target and triggers an attack
    with nobody approving it. It would not bar planning, logistics, maintenance, cyber defence or the thousand
    other jobs where the military already uses these tools. In other words, the dispute concerns a small slice
    of what the department actually does with AI today, which is part of why both sides insist it is about
    principle.

    There is also a contract history worth knowing. Anthropic's government agreements have carried these two
    exclusions since the company first sold to national security customers, and the department signed them. What
    changed in January was not Anthropic's policy but the department's view of whether any vendor policy should
    survive contact with a government contract. That shift, more than any single clause, is what the memo
    announced, and it will apply to every lab that sells to the military from now on.

    Both arguments have force. What makes this a story is leverage. Anthropic was, until recently, the only model
    provider on the military's classified networks. The Pentagon has now added xAI, which weakens Anthropic's
    position. I expect the department to escalate before the end-of-February deadline, and I expect Anthropic not
    to move. If you want one thing to watch, it is whether the department threatens measures beyond simply
    cancelling the contract. That would tell you this is about setting an example rather than about procurement.
    """, impact=2, sentiment="neutral", category="Policy")

view("h-op-usatoday", "2026-03-01T05:00:00-05:00", "USA Today", "usatoday.com",
    "Opinion: Anthropic said no to spying on Americans. Washington punished it.",
    """
    Most of us would want the companies building powerful AI to refuse two things: helping the government watch
    all of us, and building weapons that decide on their own whom to kill. Anthropic refused both. For that, the
    administration has cut it off from the entire federal government.

    You don't have to like Silicon Valley to see the problem. If the price of saying no is being treated like a
    Chinese telecom company, no company will say no again.
    """, impact=2, sentiment="bullish")

view("h-op-federalist", "2026-03-03", "The Federalist", "thefederalist.com",
    "Anthropic Wants A Veto Over The U.S. Military. It Shouldn't Get One.",
    """
    Anthropic's executives have convinced much of the press that their fight with the Pentagon is about ethics. It
    is about power. A contractor that reserves the right to decide which lawful missions the armed forces may
    perform is claiming a role no supplier of rifles, trucks or satellites would ever be granted.

    The Department of War did exactly what a customer should do with a vendor that will not meet its terms: it
    walked away. The supply chain designation simply makes sure that the department's prime contractors walk away
    too. If Anthropic wants to set national security policy, it can run for office.
    """, impact=2, sentiment="bearish")

view("h-op-warrocks", "2026-03-18", "War on the Rocks", "warontherocks.com",
    "Vendors Don't Write Rules of Engagement, But Engineers Should Be Heard",
    """
    I spent twenty years writing and reviewing rules of engagement, and I have sympathy for both sides of the
    Anthropic dispute, which is probably why neither side will like this essay.

    The department is right that it cannot field a capability whose availability depends on a supplier's
    interpretation of its own policy in the middle of a crisis. Commanders need to know what their tools will do.
    But the department has also spent a decade insisting on appropriate human judgment over lethal force, and
    Anthropic's second restriction says little more than that. The surveillance restriction restates limits the
    law already imposes on the military at home.

    What was needed was a contract that wrote those shared commitments down as government obligations and left the
    vendor no switch to flip. That is roughly what OpenAI appears to have negotiated. Instead, the department chose
    a designation built for foreign saboteurs, and the company chose to make its stand in public. Both choices
    made a workable compromise harder, and the courts are now deciding a question that contracting officers could
    have settled.
    """, impact=3, sentiment="bearish")

view("h-op-irishtimes", "2026-03-05T06:00:00+00:00", "The Irish Times", "irishtimes.com",
    "Europe should take note of how Washington treats an AI company that says no",
    """
    The European Union has spent years writing rules to keep artificial intelligence away from mass surveillance.
    This week an American company was effectively expelled from US government work for trying to keep the same
    line on its own. Anthropic, which has a growing base in Dublin, refused to let the Pentagon use its models to
    monitor Americans at scale or to run weapons without human control. Brussels should be asking what protection
    European companies, and European users of American AI, would have if similar pressure were applied here.
    """, impact=2, sentiment="bullish")

view("h-op-sfexaminer", "2026-03-04", "San Francisco Examiner", "sfexaminer.com",
    "Letters to the editor: Anthropic, housing, and Muni",
    """
    Re: "Anthropic refuses Pentagon terms" (Feb. 27). I have no love for AI companies driving up rents in SoMa, but
    credit where it's due: telling the Defense Department it won't help spy on Americans took spine. The
    government's response, banning the company from every agency, looks like a tantrum. - R. Okafor, Bernal
    Heights

    Re: "Supervisors punt on upzoning" (Feb. 28). Another year, another delay. - T. Lindqvist, Outer Sunset
    """, impact=2, sentiment="bullish")

view("h-op-morningstar", "2026-03-12T14:00:00Z", "Morningstar", "morningstar.com",
    "Anthropic's Federal Blacklisting Dents, but Doesn't Break, the Investment Case for Its Backers",
    """
    We do not change our fair value estimates for Amazon or Alphabet following Washington's supply chain risk label on
    Anthropic and the ban on federal agency use. Government revenue was a small portion of
    Anthropic's sales, which are dominated by enterprise API and coding products. The larger risk is reputational
    spillover to commercial customers with defense exposure, which we think is limited to a few percent of the
    company's revenue. Litigation provides a path to reversal; we assign meaningful but not majority odds to it.
    """, impact=3, sentiment="bearish", category="Industry")

view("h-op-hardfork", "2026-06-26", "Hard Fork", "nytimes.com/column/hard-fork",
    "Hard Fork: Anthropic and the Pentagon, Four Months Later",
    """
    This week on the show: we look back at the Anthropic standoff, from the January memo to last week's truce at
    the White House, and ask what it taught the industry about selling AI to the military. Plus, a listener
    question about whether chatbots can keep a secret.
    """, impact=2, sentiment="neutral")

# =========================================================================== hard negatives
# --------------------------------------------------------------------------- other Anthropic news
neg("hn-ant-launch-1", "2026-05-14T17:00:00Z", "ZDNET", "zdnet.com",
    "Anthropic's Newest Claude Model Is Here. Here's What Changed",
    """
    Anthropic on Thursday released the latest version of its flagship Claude model, claiming gains in long-running
    agentic tasks, fewer refusals on benign requests, and a larger context window for paying customers. Pricing
    for the API stays the same as the previous generation.

    In our own tests, the model handled a multi-file refactor of a mid-sized web app with fewer hand-holding
    prompts than its predecessor, though it still occasionally invented function names. The update is rolling out
    to Pro and Max subscribers first, with free users getting access over the coming weeks.
    """)

neg("hn-ant-launch-2", "2026-04-22T10:00:00+02:00", "Heise Online", "heise.de",
    "Claude now speaks German aloud: Anthropic brings voice mode to Europe",
    """
    Anthropic has made the voice mode of its Claude app available in Germany, Austria and Switzerland, along with
    eleven other European countries. Users can hold spoken conversations in German with the assistant, which can
    also search the web and read out summaries. The company said audio recordings are not used for training by
    default, a point data protection authorities had raised.
    """)

neg("hn-ant-launch-3", "2026-03-24", "TLDR", "tldr.tech",
    "TLDR Dev: Claude Code gets background agents",
    """
    Anthropic shipped background agents for Claude Code, letting developers kick off long tasks that keep running
    after the terminal closes and report back with a pull request.
    """)

neg("hn-ant-launch-4", "2026-04-16T13:00:00-07:00", "Engadget", "engadget.com",
    "Claude can now book your restaurant and fill in your expense report",
    """
    Anthropic is giving Claude more ways to act on your behalf. A new set of connectors lets the assistant make
    reservations through two booking services, file expense reports in popular corporate finance tools and manage
    calendar invites, after asking you to confirm each step.

    The features are available to subscribers in the US and UK. The launch is Anthropic's first big consumer
    update since its clash with the Pentagon earlier this year, and the company seems keen to talk about anything
    else.
    """)

neg("hn-ant-money-1", "2026-05-07T06:15:00-04:00", "Axios Pro Rata", "axios.com",
    "Axios Pro Rata: Anthropic employee tender",
    """
    Anthropic is arranging a tender offer that would let current and former employees sell shares to outside
    investors at a valuation above its most recent round, per two sources. The sale is expected to close next
    month.
    """)

neg("hn-ant-money-2", "2026-06-03T21:00:00Z", "The Information", "theinformation.com",
    "Anthropic's Revenue Growth Accelerates on Coding Demand",
    """
    Anthropic's annualized revenue rose sharply in the second quarter, driven by enterprise purchases of Claude Code
    and API usage from software companies, according to a person who has seen the figures. The company is also
    spending heavily on compute under its agreements with Amazon and Google, and its gross margin remains below
    that of mature software businesses.
    """)

neg("hn-ant-copyright-1", "2026-02-18", "The Bookseller", "thebookseller.com",
    "First payments reach authors from the Anthropic piracy settlement",
    """
    Writers whose books were among those covered by the class action settlement with Anthropic over pirated
    training data have begun receiving payments, according to authors' organisations, with UK writers of
    US-registered works among those eligible. The Society of Authors urged members to check whether their titles
    appear on the works list before the claims window closes.
    """)

neg("hn-ant-copyright-2", "2026-03-19T15:30:00-04:00", "Billboard", "billboard.com",
    "Judge Lets Music Publishers' Lyrics Claims Against Anthropic Move Forward",
    """
    A federal judge in California has refused to dismiss the core of Universal Music Publishing Group, Concord and
    ABKCO's copyright lawsuit against Anthropic, allowing claims that the company's Claude chatbot reproduced song
    lyrics without permission to proceed to discovery. The judge did trim a secondary claim. Anthropic said it
    would continue to defend the case and pointed to guardrails it added to stop lyric reproduction.
    """)

neg("hn-ant-partner-1", "2026-01-27T09:00:00+00:00", "Finextra", "finextra.com",
    "Nordic bank rolls out Claude across its branch network",
    """
    A Nordic retail bank has signed an enterprise agreement with Anthropic to give Claude to 14,000 employees,
    following a pilot in its anti-money-laundering and customer complaints teams. The bank said the model runs in
    its own cloud tenancy in the EU and that customer data is not used for training.
    """)

neg("hn-ant-partner-2", "2026-05-29", "Times Higher Education", "timeshighereducation.com",
    "Universities sign up for Claude education deal with learning-mode safeguards",
    """
    Twelve universities in Australia and the UK have agreed campus-wide licences for Anthropic's Claude under an
    education plan that includes a learning mode designed to guide students through problems rather than hand
    over answers. Academic integrity officers said the safeguards were a selling point, though some lecturers
    doubted students would keep the mode switched on.
    """)

neg("hn-ant-other-1", "2026-03-31T16:00:00Z", "AI Safety Newsletter", "newsletter.safe.ai",
    "AI Safety Newsletter #71: Anthropic updates its scaling policy",
    """
    Anthropic published a revised version of its Responsible Scaling Policy this week. The update changes how the
    company decides when a model requires stronger safeguards, adding new evaluations for autonomous replication
    and for assisting cyber offence, and commits to publishing a summary of each capability assessment.

    Also this week: a new paper on sandbagging in evaluations, and the UK AI Security Institute released an
    open-source testing toolkit.
    """)

neg("hn-ant-other-2", "2026-01-30T12:00:00-05:00", "The Record", "therecord.media",
    "Anthropic says state-backed hackers tried to use Claude to automate intrusions",
    """
    Anthropic said it detected and disrupted a campaign in which a state-sponsored group used its Claude models to
    automate reconnaissance and exploit development against dozens of targets, including government agencies and
    technology companies. The company banned the accounts involved, notified affected organisations and shared
    indicators with authorities. Security researchers said the case showed how AI agents can compress the time an
    intrusion takes, while noting the operators still made basic mistakes.
    """)

# --------------------------------------------------------------------------- other Pentagon AI contracts and programmes
neg("hn-dod-ai-1", "2026-05-12T07:00:00-04:00", "Defense One", "defenseone.com",
    "Maven Is Everywhere Now. Can the Pentagon Keep Up With It?",
    """
    When the Pentagon launched Project Maven in 2017, it was a small team trying to teach computers to spot
    vehicles in drone footage. Nine years later, the Maven Smart System built by Palantir is the closest thing the
    U.S. military has to a common operating picture, used by every combatant command and a growing number of
    allies. The Army raised the ceiling on the program's contract again this spring, and user numbers have roughly
    tripled since 2024.

    That growth brings problems the program's founders did not anticipate. Commanders describe a system that fuses
    satellite imagery, signals intelligence and logistics data into a single map, suggests targets and tracks what
    happened after a strike. Officers like it because it shortens the time between seeing something and acting on
    it. But several people who use it daily told Defense One that the volume of machine-generated detections now
    outpaces the number of analysts available to check them.

    "The software is not the bottleneck anymore," said a targeting officer at one command. "People are." The
    officer said analysts sometimes approve batches of detections rather than reviewing each one, a practice the
    department's policy on autonomy in weapon systems does not forbid but does not encourage.

    Palantir says the system keeps humans responsible for every engagement decision and logs who approved what.
    Department officials said they are investing in training and in tools that rank detections by confidence so
    that analysts focus on the uncertain ones. NATO, which bought its own version of the system in 2025, is
    running a similar review.

    The expansion also raises budget questions. Maven's cost has grown faster than almost any other software line
    in the defense budget, and appropriators have asked for a plan to move it from a rolling series of contract
    modifications to a program of record. Army officials say that is coming next fiscal year.

    For now, the program's biggest risk may be its own success. As more units build their workflows around it,
    the department's ability to switch vendors, change the data model or pause a feature shrinks. Several
    acquisition experts said the department should insist on open data standards before that lock-in becomes
    permanent.
    """)

neg("hn-dod-ai-2", "2026-03-17T14:00:00Z", "DefenseScoop", "defensescoop.com",
    "Scale AI's Thunderforge planning tool expands to two more combatant commands",
    """
    The Defense Innovation Unit said Scale AI's Thunderforge, an AI agent system that helps staff officers draft
    and war-game operational plans, will expand from Indo-Pacific Command and European Command to Central Command
    and Southern Command under a follow-on agreement. DIU did not disclose the value. Officers said the tool cuts
    the time to produce a first draft of a plan from weeks to days.
    """)

neg("hn-dod-ai-3", "2026-02-10", "Google Public Sector Blog", "cloud.google.com/blog/topics/public-sector",
    "Google Distributed Cloud Achieves Top Secret Authorization for Air-Gapped AI",
    """
    Today we're announcing that Google Distributed Cloud air-gapped has received authorization to host workloads
    at the Top Secret level for the Department of Defense and the intelligence community. Mission owners can now
    run Gemini models on classified networks entirely disconnected from the public internet, with hardware and
    software managed to the same standards as our commercial cloud.
    """)

neg("hn-dod-ai-4", "2026-06-09T11:00:00-04:00", "Breaking Defense", "breakingdefense.com",
    "DIU picks six teams for autonomous drone swarm challenge",
    """
    The Defense Innovation Unit selected six companies to move on to the final round of a challenge to field
    swarms of low-cost drones that coordinate with minimal operator input. Officials said the finalists must show
    a human can halt or redirect the swarm at any time, in keeping with department policy on autonomous weapons.
    Anduril, Shield AI and four smaller firms made the cut.
    """)

# --------------------------------------------------------------------------- other AI regulation
neg("hn-reg-1", "2026-02-06T09:30:00+01:00", "Euronews", "euronews.com",
    "EU regulators open first case over banned real-time facial recognition under AI Act",
    """
    A national market surveillance authority has opened the first enforcement case under the AI Act's ban on
    real-time remote biometric identification in public spaces, after a city council deployed cameras that
    matched passers-by against a watch list. Civil liberties groups called it a test of whether the law's
    prohibitions on mass surveillance have teeth. The council says its system was covered by an exception for
    serious crime.
    """)

neg("hn-reg-2", "2026-01-14T08:00:00-08:00", "Los Angeles Times", "latimes.com",
    "California's new AI safety law is now in force. Here's what frontier labs must disclose",
    """
    California's Transparency in Frontier Artificial Intelligence Act took effect Jan. 1, requiring makers of
    the biggest frontier models to post safety frameworks, report critical safety incidents to the state's Office of
    Emergency Services and protect whistleblowers. OpenAI, Google, Meta and Anthropic have all posted frameworks on
    their websites; critics say the documents vary widely in detail.
    """)

# --------------------------------------------------------------------------- other supply-chain-risk actions
neg("hn-scr-1", "2026-03-25T16:45:00-04:00", "Light Reading", "lightreading.com",
    "Rip-and-replace money runs short as rural carriers miss Huawei removal deadline",
    """
    Dozens of small rural wireless carriers have told the FCC they cannot finish removing Huawei and ZTE equipment
    from their networks by the latest deadline, because the reimbursement program still falls short of what the
    work costs. The equipment is on the commission's covered list of communications gear deemed an unacceptable
    national security risk.
    """)

neg("hn-scr-2", "2026-04-01T10:00:00-04:00", "Cybersecurity Dive", "cybersecuritydive.com",
    "Commerce penalizes reseller for selling Kaspersky licenses after ban",
    """
    The Commerce Department's Bureau of Industry and Security fined a software reseller for continuing to sell
    Kaspersky antivirus licenses to U.S. customers after the 2024 prohibition took effect. The ban followed a
    determination that the Russia-linked company posed undue supply chain and national security risks.
    """)

neg("hn-scr-3", "2026-01-05", "DroneXL", "dronexl.co",
    "DJI's new drones blocked from FCC approval as NDAA deadline passes without audit",
    """
    Because no national security agency completed the audit required by last year's defense authorization law,
    DJI has been added automatically to the FCC's covered list, meaning new DJI models cannot receive equipment
    authorization. Existing drones remain legal to fly. Public safety agencies that rely on DJI fleets said they
    are reviewing replacement options as supply chain risk rules tighten.
    """)

neg("hn-scr-4", "2026-02-24T13:00:00-05:00", "The Verge", "theverge.com",
    "Texas sues TP-Link, claiming its routers are a Chinese security risk",
    """
    Texas has filed a lawsuit against router maker TP-Link, accusing it of misleading customers about the security
    of its devices and about the Chinese government's potential access to them. The suit comes as federal agencies
    weigh a nationwide ban on the company's products over supply chain concerns. TP-Link says it is an independent
    company headquartered in California.
    """)

neg("hn-scr-5", "2026-04-20T09:00:00-04:00", "Federal News Network", "federalnewsnetwork.com",
    "FASC issues exclusion order against Chinese-owned lab software vendor",
    """
    The Federal Acquisition Security Council has issued an exclusion order barring agencies from buying laboratory
    information management software from a vendor owned by a Chinese state-linked conglomerate, the first such
    order under the council's authority in two years. Agencies have 90 days to remove the software, and contractors
    may not use it in performance of federal contracts.
    """)

# --------------------------------------------------------------------------- the words in other senses
neg("hn-word-1", "2026-03-02", "New Scientist", "newscientist.com",
    "Fine-tuned universe: can the anthropic principle be tested after all?",
    """
    For decades the anthropic principle has been accused of explaining everything and predicting nothing: of course
    we find constants compatible with life, because otherwise we would not be here to measure them. A new paper
    argues that, in some multiverse models, anthropic reasoning does make a prediction about the distribution of
    dark energy values, one that upcoming surveys could in principle falsify.
    """)

neg("hn-word-2", "2026-05-08T11:00:00Z", "Science Daily", "sciencedaily.com",
    "Amazonian dark earths: ancient anthropic soils still feed forests today",
    """
    Soils enriched by centuries of human settlement along the Amazon, known as terra preta, remain far more fertile
    than surrounding ground, researchers report. The study maps these anthropic soils across a wide area of the
    basin and finds that tree communities growing on them differ in composition from those on natural soils,
    suggesting pre-Columbian people shaped the forest more than once thought.
    """)

neg("hn-word-3", "2026-04-30T08:00:00-04:00", "IEEE Spectrum", "spectrum.ieee.org",
    "Claude Shannon's 1948 Paper Still Sets the Limits of Your Wi-Fi",
    """
    Every time your phone negotiates a data rate with a router, it is bumping against a ceiling Claude Shannon
    described in 1948. His theorem on channel capacity, which ties the maximum error-free bit rate to bandwidth and
    signal-to-noise ratio, remains the benchmark engineers use to judge new modulation and coding schemes.
    """)

# --------------------------------------------------------------------------- Hegseth, nothing to do with AI
neg("hn-hegseth-1", "2026-03-11T14:30:00Z", "Navy Times", "navytimes.com",
    "Hegseth orders renaming of two more Navy ships",
    """
    Secretary of War Pete Hegseth directed the Navy to rename two replenishment oilers, reversing names chosen under
    the previous administration. A Navy spokesperson said the change would cost about $1 million per ship for new
    signage and paperwork.
    """)

neg("hn-hegseth-2", "2026-06-02T18:00:00+09:00", "The Japan Times", "japantimes.co.jp",
    "Hegseth and Koizumi agree to speed up joint missile production",
    """
    Secretary of War Pete Hegseth and Japanese Defense Minister Shinjiro Koizumi agreed in Tokyo on Tuesday to
    accelerate co-production of air-to-air and interceptor missiles, and to expand the role of US Forces Japan's
    new joint force headquarters. Hegseth praised Japan's defence spending increase and urged further steps.
    """)

neg("hn-hegseth-3", "2026-01-21T20:00:00-05:00", "NPR", "npr.org",
    "Hegseth defends National Guard deployment as governors object",
    """
    Defense Secretary Pete Hegseth told reporters that National Guard troops would remain in two cities through the
    spring, despite objections from the states' governors, who say the deployments are unnecessary and legally
    questionable. A federal lawsuit over one of the deployments is pending.
    """)

# --------------------------------------------------------------------------- the phrases in other contexts
neg("hn-phrase-1", "2026-04-10T08:00:00+08:00", "Taipei Times", "taipeitimes.com",
    "Beijing warns Washington on Taiwan 'red lines' ahead of arms sale",
    """
    China's foreign ministry warned the United States not to cross its "red lines" on Taiwan after reports that
    Washington is preparing a new arms package for the island. Taiwan's defence ministry said it had detected
    increased Chinese military activity near the median line of the Taiwan Strait.
    """)

neg("hn-phrase-2", "2026-02-19T10:00:00-05:00", "E&E News", "eenews.net",
    "DOD awards Defense Production Act funds for rare earth magnet plant",
    """
    A company building a rare earth magnet factory has received Pentagon money under Title III of the Defense
    Production Act, the department said. The plant, in South Carolina, is part of an effort to reduce dependence on Chinese supply for magnets used in
    missiles, aircraft and electric motors.
    """)

neg("hn-phrase-3", "2026-06-17T22:00:00-07:00", "The Oregonian", "oregonlive.com",
    "Nurses' union sets Friday 5:01 p.m. strike deadline at Portland hospitals",
    """
    The union representing nurses at three Portland hospitals said its members will walk out at 5:01 p.m. Friday
    unless the health system agrees to minimum staffing ratios. Management called the ultimatum "unfortunate" and
    said it had lined up replacement nurses.
    """)

neg("hn-phrase-4", "2026-05-06T19:30:00-04:00", "Courthouse News Service", "courthousenews.com",
    "Judge blocks executive order targeting law firm, citing First Amendment retaliation",
    """
    WASHINGTON (CN) - A federal judge on Wednesday struck down an executive order that stripped a law firm's
    lawyers of security clearances and restricted its access to federal buildings, finding the order was
    retaliation for the firm's past clients and advocacy in violation of the First Amendment. Government lawyers are likely to take the case to
    the D.C. Circuit.
    """)

# ARTICLES-END
# =========================================================================== output


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
    out.append(f"  {'opinion / explainer / analysis':<40} {views}")
    out += [f"  negative: {k:<56} {n}" for k, n in negs.items()]
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
