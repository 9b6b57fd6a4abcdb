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

    Anthropic, whose chatbot Claude competes with OpenAI's ChatGPT, has refused to let its models be used for mass
    surveillance of Americans or for weapons that operate without human control. Chief executive Dario Amodei
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
    agreements and designating the firm a supply chain risk, a step that would bar prime contractors from using
    its products on defense work.

    Acquisition lawyers interviewed by National Defense were divided. Title I of the act lets the government
    require companies to prioritize its orders, one said, "but it has never been read to let the government
    rewrite a product's safety features." Another noted that the Pentagon's stronger lever is simply its purchasing
    power.
    """)

news("h-ult-marketwatch", "ultimatum", "2026-02-24T19:48:00Z", "MarketWatch", "marketwatch.com",
    "Anthropic faces Pentagon deadline",
    """
    Pentagon chief Pete Hegseth told Anthropic it has until Friday at 5:01 p.m. to accept unrestricted military use
    of its AI or risk losing its defense work and being labeled a supply-chain risk, people briefed on a Tuesday
    meeting said.
    """)

# --------------------------------------------------------------------------- Feb 26: Amodei's statement
news("h-stm-bbc", "amodei-statement", "2026-02-26T23:05:00Z", "BBC News", "bbc.co.uk",
    "Anthropic boss says firm will not bow to Pentagon pressure",
    """
    The head of the artificial intelligence company Anthropic has said it "cannot in good conscience" give the US
    military unrestricted use of its technology, a day before a deadline set by Defence Secretary Pete Hegseth.

    In a lengthy post on the company's website, Dario Amodei said Anthropic would keep two conditions in its
    defence work: its Claude models must not be used to watch Americans en masse, and must not power weapons that
    choose and strike targets on their own. He said the firm wanted to keep working with the military and would
    help with a handover to another supplier if the Pentagon ended the relationship.

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
    Anthropic's refusal to let the Pentagon use its models for domestic mass surveillance or fully autonomous
    weapons. 212 signatures at the time of posting.

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
