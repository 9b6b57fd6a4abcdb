"""Events, impact rubric and sentiment: calibration anchors, certainty, negation, quotes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.classify import analyse, build_story
from bot.classify.events import find, primary
from bot.classify.text import Doc
from bot.models import Article
from bot.seeds import load_seed_records


@pytest.fixture
def story(settings):
    return build_story(settings.story, load_seed_records(settings.seeds_dir))


def art(title: str, text: str, url: str = "https://example.com/news/a") -> Article:
    return Article(url=url, title=title, text=text, published=datetime(2026, 2, 24, 15, tzinfo=UTC))


def sig(story, title, text, url="https://example.com/news/a"):
    return analyse(story, art(title, text, url)).signal


def test_formal_designation_scores_8_to_9_and_cites_the_phrase(story):
    s = sig(story, "Pentagon formally designates Anthropic a supply-chain risk",
            "The Department of War designated Anthropic a supply chain risk on Thursday, barring contractors "
            "from using Claude on defense work. Lockheed Martin said it would stop using the tools.")
    assert 8 <= s.impact <= 9
    main = s.impact_reasons[1]
    assert main.component == "regulatory" and "designation" in main.phrase and "enacted" in main.phrase
    assert "designates" in main.note
    assert s.sentiment in ("very-bearish", "bearish")
    assert s.category == "Regulation"


def test_federal_use_ban_scores_8_to_9(story):
    s = sig(story, "Trump orders federal agencies to stop using Anthropic's AI",
            "President Trump directed every federal agency to stop using Anthropic technology, escalating the "
            "Pentagon dispute over the company's safeguards.")
    assert 8 <= s.impact <= 9
    assert s.sentiment == "very-bearish"


def test_ultimatum_with_deadline_scores_6_to_8(story):
    s = sig(story, "Hegseth gives Anthropic until Friday to drop AI limits or face penalties",
            "Defense Secretary Pete Hegseth gave Anthropic until 5:01 p.m. Friday to accept any lawful use of "
            "Claude, threatening to cancel its $200 million contract, label it a supply chain risk or invoke "
            "the Defense Production Act.")
    assert 6 <= s.impact <= 8
    assert any(d.kind == "deadline" for d in s.dates)


def test_op_ed_scores_2_to_3(story):
    s = sig(story, "Opinion | The Pentagon is punishing the wrong AI company",
            "Hegseth's move to designate Anthropic a supply chain risk is a mistake. I think the department "
            "should reconsider before the courts force it to.", url="https://example.com/opinion/x")
    assert s.kind == "opinion" and 2 <= s.impact <= 3
    assert s.category == "Opinion"
    assert any(r.component == "kind" for r in s.impact_reasons)


def test_negated_threat_is_not_an_event(story):
    doc = Doc("Pentagon did not designate Anthropic a supply chain risk, officials say",
              "Officials said the department has not designated Anthropic a supply chain risk and has no plans to.")
    hits = find(doc)
    assert hits and all(h.certainty == "negated" for h in hits if h.trigger.event == "designation")
    s = sig(story, doc.title, doc.body)
    enacted = sig(story, "Pentagon designates Anthropic a supply chain risk, officials say",
                  "Officials said the department designated Anthropic a supply chain risk.")
    assert s.impact < enacted.impact
    assert any("negated" in r.phrase for r in s.impact_reasons)


def test_threatened_scores_below_enacted(story):
    threat = sig(story, "Pentagon threatens to label Anthropic a supply chain risk",
                 "Officials warned they could designate Anthropic a supply chain risk unless it drops safeguards.")
    done = sig(story, "Pentagon labels Anthropic a supply chain risk",
               "The department designated Anthropic a supply chain risk on Friday.")
    assert threat.impact < done.impact


def test_headline_background_is_not_the_news():
    doc = Doc("Anthropic sues Pentagon over supply chain risk designation",
              "Anthropic filed suit in San Francisco on Monday.")
    assert primary(find(doc)).trigger.event == "lawsuit"  # type: ignore[union-attr]


def test_court_declining_to_pause_is_a_ruling_against():
    doc = Doc("U.S. appeals court won't pause Pentagon's Anthropic designation", "")
    assert primary(find(doc)).trigger.event == "ruling_against"  # type: ignore[union-attr]


def test_court_blocking_the_label_is_bullish(story):
    s = sig(story, "Judge blocks Pentagon's blacklisting of Anthropic",
            "A federal judge in San Francisco issued a preliminary injunction halting the supply chain risk "
            "designation, finding Anthropic likely to succeed on its First Amendment retaliation claim.")
    assert s.sentiment in ("bullish", "very-bullish")
    assert s.category == "Legal" and s.impact >= 7


def test_quotes_of_the_principal_about_threats_do_not_make_it_bearish(story):
    s = sig(story, "Anthropic's Amodei says the company supports national security work",
            'Amodei said: "These threats are terrible, awful and do not change our position." '
            "Anthropic said it will keep working with the Pentagon and its partners.")
    assert s.sentiment in ("neutral", "bullish", "very-bullish")


def test_support_letter_is_bullish_and_names_rivals(story):
    s = sig(story, "Hundreds of AI engineers sign open letter backing Anthropic against the Pentagon",
            "Engineers at OpenAI and Google signed an open letter supporting Anthropic's refusal to drop its "
            "red lines on mass surveillance.")
    assert s.sentiment in ("bullish", "very-bullish")
    assert {"OpenAI", "Google"} <= {e.name for e in s.entities}
    assert s.affected[0].party == "Anthropic" and s.affected[0].effect == "positive"


def test_key_facts_are_extractive_and_dates_have_kinds(story):
    text = ("The Pentagon set a deadline of Friday, February 27 for Anthropic to comply. "
            "Anthropic holds a $200 million contract with the Department of War. "
            "A hearing is scheduled for March 24 in San Francisco.")
    s = sig(story, "Pentagon sets deadline for Anthropic", text)
    assert s.key_facts and all(f in text for f in s.key_facts)
    kinds = {d.when.isoformat(): d.kind for d in s.dates}
    assert kinds.get("2026-02-27") == "deadline"
    assert kinds.get("2026-03-24") == "hearing"


def test_weekday_before_a_past_verb_is_behind_the_article(story):
    # Friday 2026-03-27: "ruled on Thursday" is the day before; "a hearing on Monday" is ahead
    a = Article(url="https://example.com/news/r", title="Judge blocks Pentagon label on Anthropic",
                text="A federal judge ruled on Thursday that the Pentagon likely retaliated against Anthropic. "
                     "A status hearing on Monday will set the schedule.",
                published=datetime(2026, 3, 27, 15, tzinfo=UTC))
    dates = {d.when.isoformat(): d.kind for d in analyse(story, a).signal.dates}
    assert dates.get("2026-03-26") == "past"
    assert dates.get("2026-03-30") == "hearing"


def test_a_senate_hearing_is_policy_not_a_court_hearing(story):
    s = sig(story, "Senate panel presses Hegseth on Anthropic blacklisting at hearing",
            "Senators on the Armed Services Committee questioned Defense Secretary Pete Hegseth about the "
            "supply chain risk designation of Anthropic during a hearing on Tuesday.")
    assert s.category == "Policy"
    assert any("lawmakers" in r.phrase for r in s.impact_reasons)


def test_amicus_briefs_are_legal_support(story):
    s = sig(story, "Tech groups file amicus briefs backing Anthropic in Pentagon case",
            "Several industry groups filed friend-of-the-court briefs supporting Anthropic's challenge to the "
            "Pentagon's supply chain risk designation.")
    assert s.category == "Legal" and s.sentiment in ("neutral", "bullish", "very-bullish")


def test_settlement_talks_score_below_a_settlement(story):
    talks = sig(story, "Anthropic and Pentagon in talks to settle blacklisting dispute",
                "People familiar said Anthropic and the Pentagon have held talks about settling the dispute over "
                "the supply chain risk label.")
    done = sig(story, "Anthropic and Pentagon settle blacklisting dispute",
               "Anthropic and the Pentagon settled the dispute over the supply chain risk label on Monday.")
    assert talks.impact < done.impact


def test_a_recap_of_many_events_is_an_explainer(story):
    text = ("On January 9 Hegseth signed a memo requiring any lawful use. On February 24 he gave Anthropic an "
            "ultimatum with a Friday deadline. Anthropic refused on February 26. On February 27 the president "
            "ordered federal agencies to stop using Anthropic. The Pentagon designated Anthropic a supply chain "
            "risk on March 3. Anthropic sued on March 9. A judge issued a preliminary injunction on March 26.")
    s = sig(story, "Anthropic and the Pentagon: the story so far, month by month", text)
    assert s.kind == "explainer" and s.impact <= 5


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("Pentagon adds Anthropic to supply chain risk list", "designation"),
        ("Agencies told Anthropic tools are now off-limits", "ban"),
        ("Anthropic takes legal action against the Defense Department", "lawsuit"),
        ("Anthropic loses bid to pause the Pentagon label", "ruling_against"),
        ("Court victory for Anthropic as judge halts label", "ruling_for"),
        ("Anthropic turns down the Pentagon's final terms", "refusal"),
        ("White House extends an olive branch to Anthropic", "truce"),
        ("Lockheed pauses work with Claude", "fallout"),
        ("Anthropic frozen out of the Pentagon's classified AI work", "exclusion"),
    ],
)
def test_varied_phrasings_name_the_event(title, event):
    assert primary(find(Doc(title, ""))).trigger.event == event  # type: ignore[union-attr]


def test_a_rival_cleared_and_the_principal_passed_over_are_one_kind_of_event():
    from bot.classify.events import event_key

    a = primary(find(Doc("Pentagon clears five AI firms for secret work, passed over Anthropic", "")))
    b = primary(find(Doc("Anthropic frozen out of the Pentagon's classified AI work", "")))
    assert event_key(a) == event_key(b) == "rival_access"


def test_analyst_scale_orders_what_happened(story):
    """What happened sets the score: a designation above an injunction above a lawsuit above a hearing above
    an open letter; an explainer of the same designation is background."""
    desig = sig(story, "Pentagon formally designates Anthropic a supply-chain risk",
                "The Department of War designated Anthropic a supply chain risk on Thursday.")
    inj = sig(story, "Judge blocks Pentagon's blacklisting of Anthropic",
              "A federal judge issued a preliminary injunction blocking the supply chain risk label.")
    suit = sig(story, "Anthropic sues Pentagon over supply chain risk label",
               "Anthropic filed a lawsuit in federal court on Monday challenging the designation.")
    hearing = sig(story, "Appeals judges question Pentagon lawyers in Anthropic case",
                  "The D.C. Circuit heard oral argument on Tuesday in Anthropic's challenge to the supply chain "
                  "risk designation.")
    letter = sig(story, "Engineers sign open letter backing Anthropic in its Pentagon fight",
                 "Hundreds of engineers signed an open letter supporting Anthropic's refusal to drop its limits on "
                 "mass surveillance and autonomous weapons, after Hegseth threatened a supply chain risk label.")
    explainer = sig(story, "What is a supply chain risk designation, and why did the Pentagon use it on Anthropic?",
                    "The Department of War designated Anthropic a supply chain risk on Thursday after the company "
                    "refused to allow any lawful use of Claude. Hegseth said the label bars contractors.")
    assert desig.impact >= 8 and inj.impact >= 7 and 6 <= suit.impact <= 8
    assert 4 <= hearing.impact <= 6 and 3 <= letter.impact <= 5
    assert desig.impact > hearing.impact > letter.impact
    assert explainer.kind == "explainer" and explainer.impact <= 3


def test_a_designation_recapped_in_the_background_barely_moves_a_rival_deal(story):
    plain = sig(story, "OpenAI signs agreement with the Pentagon",
                "OpenAI and the Department of War finalized an agreement giving the department access to its models.")
    recap = sig(story, "OpenAI signs agreement with the Pentagon",
                "OpenAI and the Department of War finalized an agreement giving the department access to its models. "
                "It comes after a presidential directive ordering agencies to stop using Anthropic products.")
    assert recap.impact - plain.impact <= 1
    assert recap.impact <= 6


def test_an_op_ed_leans_little_whatever_its_subject(story):
    s = sig(story, "Opinion: Washington punished an AI company for saying no",
            "Anthropic refused the Pentagon's demand for any lawful use of Claude. For that, the administration "
            "designated it a supply chain risk and cut it off from the federal government. I think that is a disgrace.",
            url="https://example.com/opinion/y")
    assert s.kind == "opinion" and s.sentiment in ("bearish", "neutral", "bullish")


def _event(title: str, body: str = "") -> str | None:
    hit = primary(find(Doc(title, body)))
    return hit.trigger.event if hit else None


def test_a_request_to_a_court_is_not_a_ruling():
    assert _event("Civil liberties groups urge appeals court to reject Pentagon's designation of Anthropic",
                  "The groups filed an amicus brief on Monday.") == "amicus"
    assert _event("Appeals court rejects Anthropic's bid to pause the designation") == "ruling_against"


def test_a_standing_state_or_an_earlier_event_is_background():
    body = ("The department cleared four more AI model makers for classified networks on Friday. Anthropic "
            "remains under a supply chain risk designation that an appeals court declined to pause last month.")
    assert _event("Department widens roster of AI models authorized for classified use", body) == "competitor_deal"
    doc = Doc("Claude cleared for civilian agencies, still off-limits at the Pentagon",
              "Civilian agencies may use Claude again after the D.C. Circuit declined to suspend the exclusion.")
    ban = next(h for h in find(doc) if h.trigger.event == "ban")
    assert not ban.in_title and ban.background
    assert primary(find(doc)).trigger.event == "ruling_against"  # type: ignore[union-attr]


def test_a_relative_clause_in_the_body_describes_a_party():
    body = "The judges pressed both sides on the statute used against the company that refused the military's terms."
    assert _event("Appeals judges weigh Pentagon's power to bar AI firm", body) == "hearing"


def test_a_legal_petition_is_not_an_open_letter():
    body = "I listened to Tuesday's argument in Anthropic's petition against the Department of War."
    assert _event("The appeals panel had questions for everyone", body) == "hearing"
    assert _event("Engineers circulate a petition backing Anthropic") == "support"


def test_switching_the_product_back_on_is_a_restoration_not_fallout(story):
    s = sig(story, "Contractors switch Claude back on for civilian agencies despite Pentagon label",
            "Several federal contractors have turned Anthropic's Claude back on for civilian agencies after the "
            "appeals court ruling, while keeping it off Pentagon work under the supply chain risk designation.")
    assert s.sentiment in ("bullish", "very-bullish", "neutral")
    assert s.category == "Contracts" and s.impact <= 6
    assert _event("Integrator restores Claude-based services for civilian customers") == "restoration"
    assert _event("Lockheed tells employees to stop using Claude") == "fallout"


def test_settlement_is_legal_and_talk_of_one_is_speculative(story):
    talks = sig(story, "Anthropic and the Pentagon are reportedly talking about a settlement",
                "Lawyers for Anthropic and the Department of War have discussed settling the lawsuit over the supply "
                "chain risk designation, people familiar said. Hegseth has not commented.")
    assert talks.category == "Legal" and 4 <= talks.impact <= 6
    assert any("speculated" in r.phrase for r in talks.impact_reasons)


def test_other_names_for_a_designation():
    assert _event("US military labels AI firm Anthropic a national security risk") == "designation"
    assert _event("Pentagon puts Anthropic on the Huawei list") == "blacklist"
    assert _event("Judge finds government probably retaliated against AI company") == "ruling_for"
    assert _event("Pentagon AI chief defends Anthropic decision before Senate panel") == "congress"


def test_what_came_before_in_the_body_is_background():
    body = ("OpenAI and the Department of War have finalized an agreement giving the department access to OpenAI "
            "models. The deal landed a day after the White House ordered federal agencies to stop using Anthropic.")
    assert _event("OpenAI and the department finalize terms for model access", body) == "competitor_deal"


def test_a_headline_question_covers_its_own_clause():
    hit = primary(find(Doc("Pentagon puts Anthropic on the Huawei list \u2014 Claude banned for all Americans?", "")))
    assert hit is not None and hit.trigger.event == "blacklist" and hit.certainty == "enacted"
    asked = primary(find(Doc("Will the Pentagon put Anthropic on the Huawei list?", "")))
    assert asked is None or asked.certainty == "speculated"


def test_more_phrasings_of_support_a_ban_and_a_court_barring_the_government():
    assert _event("Sam Altman suddenly has the same principles as Anthropic") == "endorsement"
    assert _event("Congress bans Claude AI nationwide") == "ban"
    assert _event("Judge bars Pentagon from blacklisting Claude") == "ruling_for"


def test_hearing_as_a_verb_is_not_a_court_hearing_and_winding_down_litigation_is_settlement_talk():
    body = ("Here's what I'm hearing: lawyers for Anthropic and the Justice Department have held two conversations "
            "about a way to wind down the company's litigation with the Pentagon, according to people familiar "
            "with the talks.")
    hit = primary(find(Doc("Inside the back channel", body)))
    assert hit is not None and hit.trigger.event == "settlement" and hit.certainty == "speculated"
    assert _event("Senators schedule a hearing on the Pentagon's AI vendors") == "congress"


def test_an_official_designation_without_the_statute_name():
    assert _event("The Anthropic designation is now official. What did the department find?") == "designation"
    assert _event("Claude is back for civilian agencies, but not the Pentagon") != "exclusion"
    assert _event("Pentagon expands classified AI access to Google and OpenAI, but not Anthropic") == "exclusion"


def test_a_hearing_preview_is_scheduled_and_scores_below_the_hearing():
    preview = primary(find(Doc("Appeals court to hear Anthropic challenge to Pentagon label Tuesday", "")))
    held = primary(find(Doc("Appeals judges question Pentagon lawyers in Anthropic case", "")))
    assert preview is not None and preview.certainty == "scheduled"
    assert held is not None and held.certainty == "enacted" and held.factor > preview.factor


def test_a_court_petition_is_not_an_open_letter():
    body = "That is part of why the D.C. Circuit petition matters, the author argues."
    assert not any(h.trigger.event == "support" for h in find(Doc("A statute not built for this", body)))


def test_what_an_announcement_follows_is_background():
    body = ("OpenAI and the Department of War have finalized an agreement giving the department access to OpenAI "
            "models. The announcement follows a presidential directive ordering agencies to stop using Anthropic.")
    assert _event("OpenAI and the department finalize terms", body) == "competitor_deal"
    body = "After weeks of talks, the Pentagon designated Anthropic a supply chain risk on Thursday."
    assert _event("A long-feared step", body) == "designation"  # a clause before a comma is not the event's past


def test_a_headline_whose_only_event_is_context_reports_its_lead():
    body = ("Senators pressed Defense Secretary Pete Hegseth at an Armed Services Committee hearing on Tuesday over "
            "the supply chain risk designation of Anthropic.")
    assert _event("Lawmakers grill Hegseth over Anthropic blacklisting", body) == "congress"
    # with nothing in the foreground of the lead, the headline's context is the news
    assert _event("Shares of defense AI startups slide after Anthropic blacklisting", "Investors were nervous.") \
        == "blacklist"


def test_an_appeal_is_its_own_event_and_what_is_appealed_is_context():
    assert _event("Government appeals Anthropic injunction") == "appeal"
    assert _event("Justice Department appeals ruling that blocked Anthropic label") == "appeal"
    assert _event("U.S. appeals court won't pause Pentagon's Anthropic designation") == "ruling_against"
    assert _event("The Court of Appeals for the D.C. Circuit hears the case") == "hearing"
    assert _event("Judge blocks Pentagon label; government says it will appeal") == "ruling_for"


def test_the_justice_department_is_not_a_court_and_market_demand_is_not_a_threat(story):
    hit = primary(find(Doc("Justice Department lawyers defend the Pentagon's Anthropic label", "")))
    assert hit is None or hit.trigger.component != "legal" or hit.trigger.event not in ("ruling_for", "ruling_against")
    s = sig(story, "Anthropic valuation holds up despite Pentagon fight, investors say",
            "Investors said the Pentagon's supply chain risk designation of Anthropic had not dented demand for "
            "Claude among enterprises.")
    main = s.impact_reasons[1]
    assert "threatened" not in main.phrase


def test_customers_keeping_the_product_and_a_dropped_threat_lean_bullish(story):
    assert _event("Amazon, Microsoft quietly keep using Claude despite Pentagon designation") == "restoration"
    assert _event("Pentagon drops threat to invoke Defense Production Act against Anthropic") == "truce"


def test_how_the_bench_leaned_sets_a_hearings_sentiment_but_not_its_development(story):
    from bot.classify.events import event_key

    doubt_gov = primary(find(Doc("Appeals panel skeptical of the Pentagon's use of a supply-chain law", "")))
    doubt_us = primary(find(Doc("Judges press Anthropic lawyers on the company's usage policy", "")))
    assert doubt_gov is not None and doubt_gov.trigger.lean > 0
    assert doubt_us is not None and doubt_us.trigger.lean < 0
    assert event_key(doubt_gov) == event_key(doubt_us) == "hearing"
    assert _event("Senators press Pentagon AI chief over Anthropic") == "congress"


def test_an_explainer_leans_with_the_balance_of_the_events_it_recounts(story):
    text = ("In January Hegseth signed a memo requiring any lawful use. In February the Pentagon gave Anthropic an "
            "ultimatum with a Friday deadline, and the president ordered federal agencies to stop using Anthropic. "
            "The Pentagon designated Anthropic a supply chain risk. Anthropic sued. A judge later issued a "
            "preliminary injunction blocking the label.")
    s = sig(story, "A timeline of the Anthropic-Pentagon standoff", text)
    assert s.kind == "explainer" and s.sentiment in ("bearish", "very-bearish", "neutral")
    assert any("balance" in r for r in s.sentiment_reasons)


def test_denials_reach_further_and_future_tense_is_a_threat():
    doc = Doc("Pentagon denies plans to blacklist Anthropic",
              "A spokesperson denied that the department plans to designate Anthropic a supply chain risk.")
    assert primary(find(doc)) is None
    hit = primary(find(Doc("Hegseth: 'We will designate Anthropic a supply chain risk'", "")))
    assert hit is not None and hit.trigger.event == "designation" and hit.certainty == "threatened"


def test_not_among_the_cleared_is_an_exclusion_and_under_a_designation_is_a_state():
    body = ("The Pentagon cleared OpenAI, Google and xAI for classified networks on Friday. Anthropic, under a "
            "supply chain risk designation, was not included.")
    assert _event("Anthropic not among firms cleared for classified work", body) == "exclusion"
    desig = next(h for h in find(Doc("x", body)) if h.trigger.event == "designation")
    assert desig.background


def test_a_measure_only_recalled_scores_as_background(story):
    recalled = sig(story, "Pentagon official resigns over Anthropic designation",
                   "A senior Pentagon official resigned in protest over the supply chain risk designation of "
                   "Anthropic, people familiar said.")
    fresh = sig(story, "Pentagon designates Anthropic a supply chain risk",
                "The Department of War on Friday designated Anthropic a supply chain risk, barring contractors "
                "from using Claude.")
    assert recalled.impact <= fresh.impact - 2
    assert any("recalled" in r.phrase for r in recalled.impact_reasons)
    body_ref = next(h for h in find(Doc("x", "Amodei said the supply chain risk designation was retaliation."))
                    if h.trigger.event == "designation")
    assert body_ref.background  # "the designation" in the body is one the reader already knows of


def test_a_measure_done_by_a_verb_after_the_is_news_not_a_reference():
    hits = find(Doc("Anthropic hit with Pentagon label",
                    "The department designated Anthropic a supply chain risk on Friday, barring contractors."))
    desig = next(h for h in hits if h.trigger.event == "designation")
    assert not desig.background


def test_a_denial_of_something_else_does_not_negate_the_next_clause():
    for body in ("Anthropic denied wrongdoing and said the Pentagon designated it a supply chain risk.",
                 "Anthropic denied the claims; the Pentagon designated it a supply chain risk on Friday."):
        desig = next(h for h in find(Doc("x", body)) if h.trigger.event == "designation")
        assert desig.certainty != "negated"


def test_a_triggers_own_words_and_past_talks_do_not_lower_its_certainty():
    hit = primary(find(Doc("Trump declares Anthropic no longer a threat after Amodei talks", "")))
    assert hit is not None and hit.trigger.event == "truce" and hit.certainty == "enacted"
    talks = primary(find(Doc("Anthropic and the White House in talks toward a truce", "")))
    assert talks is not None and talks.certainty == "speculated"
    weighed = primary(find(Doc("x", "The remark that Anthropic is no longer a threat removes a risk that has "
                                    "weighed on buyers since February.")))
    assert weighed is not None and weighed.certainty == "enacted"
    weighing = primary(find(Doc("x", "The Pentagon is weighing whether to designate Anthropic a supply chain risk.")))
    assert weighing is not None and weighing.certainty == "speculated"
