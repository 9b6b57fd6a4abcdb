"""Development clustering: same event across outlets, syndicated copies counted once, robust dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.classify.developments import Cluster, Clusterer, Item, jaccard, publisher_key, sketch, vector

WIRE = ("Defense Secretary Pete Hegseth gave Anthropic until 5:01 p.m. Friday to drop its limits on military use "
        "of its Claude models or face cancellation of a $200 million contract, officials said on Tuesday. The "
        "Pentagon also threatened to label the company a supply chain risk and to invoke the Defense Production "
        "Act, according to two people briefed on the meeting with chief executive Dario Amodei.")


def item(aid: int, title: str, body: str, publisher: str, day: int, event: str | None, kind: str = "news",
         month: int = 2) -> Item:
    return Item(article_id=aid, url=f"https://{publisher}/{aid}", title=title, publisher=publisher,
                when=date(2026, month, day), seen=datetime(2026, month, day, 12, tzinfo=UTC), event=event,
                kind=kind, vec=vector(title, body, {}), sketch=sketch(body))


def test_syndicated_copy_counts_once_and_names_the_original():
    c = Clusterer()
    a = c.assign(item(1, "Hegseth gives Anthropic until Friday", WIRE, "apnews.com", 24, "threat"))
    b = c.assign(item(2, "Pentagon chief gives AI firm Anthropic Friday deadline", WIRE.replace("Tuesday", "Tue."),
                      "sfgate.com", 25, "threat"))
    assert a.new and not b.new
    assert b.syndicated_of == 1 and b.cluster is a.cluster
    assert a.cluster.publishers == ["apnews.com"]  # the copy adds no independent source


def test_independent_reports_of_one_event_join_and_count_as_sources():
    c = Clusterer()
    a = c.assign(item(1, "Judge blocks Pentagon's blacklisting of Anthropic",
                      "A federal judge in San Francisco blocked the supply chain risk designation, finding likely "
                      "First Amendment retaliation.", "apnews.com", 26, "ruling_for", month=3))
    b = c.assign(item(2, "Federal judge halts Pentagon label on Anthropic",
                      "Judge Rita Lin granted a preliminary injunction against the Pentagon's designation of "
                      "Anthropic, writing that the label looked like retaliation.", "nytimes.com", 27, "ruling_for",
                      month=3))
    assert not b.new and b.syndicated_of is None
    assert a.cluster.publishers == ["apnews.com", "nytimes.com"]


def test_different_events_far_apart_stay_apart():
    c = Clusterer()
    a = c.assign(item(1, "Anthropic sues the Pentagon", "Anthropic filed two lawsuits challenging the label.",
                      "reuters.com", 9, "lawsuit", month=3))
    b = c.assign(item(2, "Appeals judges question the Pentagon's case against Anthropic",
                      "A D.C. Circuit panel heard oral argument on the designation.", "reuters.com", 19, "hearing",
                      month=5))
    assert b.new and a.cluster is not b.cluster


def test_commentary_stands_alone():
    c = Clusterer()
    c.assign(item(1, "Judge blocks Pentagon label", "A judge blocked the label.", "apnews.com", 26, "ruling_for"))
    op = c.assign(item(2, "The judge saw what everyone saw", "Officials said it openly; the ruling wrote it down.", "atlantic.com",
                       27, "ruling_for", kind="opinion"))
    assert op.new


def test_event_date_is_robust_to_an_outlier():
    cl = Cluster(id="d1", title="t", event=None, centroid={}, first_seen=datetime(2026, 3, 1, tzinfo=UTC),
                 updated=datetime(2026, 3, 1, tzinfo=UTC))
    for i, d in enumerate(["2026-01-03", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-03"]):
        cl.members.append({"id": i, "publisher": f"p{i}", "of": None, "date": d, "kind": "news"})
    assert cl.event_date() == date(2026, 3, 3)


def test_state_round_trips():
    c = Clusterer()
    a = c.assign(item(1, "Hegseth gives Anthropic until Friday", WIRE, "apnews.com", 24, "threat"))
    again = Clusterer([Cluster.from_json(x) for x in c.to_json()])
    b = again.assign(item(2, "Copy", WIRE, "kansas.com", 24, "threat"))
    assert b.cluster.id == a.cluster.id and b.syndicated_of == 1


def test_sketch_and_publisher_helpers():
    assert jaccard(sketch(WIRE), sketch(WIRE)) == 1.0
    assert jaccard(sketch(WIRE), sketch("Something else entirely about the weather in Lisbon today.")) < 0.1
    assert publisher_key(None, "https://www.reuters.com/x") == "reuters.com"
    assert publisher_key("Reuters", "https://www.reuters.com/x") == "Reuters"


def test_one_outlet_under_two_names_counts_once():
    from bot.classify.developments import same_publisher

    assert same_publisher("Reuters", "reuters.com")
    assert same_publisher("Nextgov/FCW", "fcw.com")
    assert same_publisher("Associated Press", "apnews.com")
    assert same_publisher("The Washington Post", "washingtonpost.com")
    assert not same_publisher("The Washington Post", "nypost.com")
    assert not same_publisher("Reuters", "Bloomberg")
    assert not same_publisher("The Verge", "theatlantic.com")
    assert not same_publisher("Bloomberg", "Bloomberg Law")


def test_development_impact_is_a_trimmed_consensus_not_a_count():
    from bot.classify.stream import consensus_impact
    from bot.models import ImpactReason, Signal

    def s(i: int, impact: int) -> Signal:
        return Signal(article_id=i, relevant=True, relevance=1.0, impact=impact,
                      impact_reasons=(ImpactReason("regulatory", impact - 2.0, "x"),))

    news = [s(1, 7), s(2, 7), s(3, 8), s(4, 7), s(5, 10)]  # one sensational write-up
    impact, reasons = consensus_impact(news, max(news, key=lambda x: x.impact))
    assert impact == 7 and reasons[-1].component == "consensus"
    many = [s(i, 7) for i in range(40)]  # forty outlets do not make it bigger
    assert consensus_impact(many, many[0])[0] == 7


def test_a_late_report_of_a_once_only_event_joins_it_but_a_new_event_does_not():
    c = Clusterer()
    first = c.assign(item(1, "Pentagon designates Anthropic a supply chain risk",
                          "The Department of War formally designated Anthropic a supply chain risk on Thursday.",
                          "reuters.com", 3, "designation", month=3))
    c.assign(item(2, "Pentagon finalizes supply chain risk label on Anthropic",
                  "The department completed the paperwork for its supply chain risk designation of Anthropic.",
                  "defensenews.com", 5, "designation", month=3))
    late = c.assign(item(3, "Pentagon puts Anthropic on HUAWEI LIST!!", "Claude is banned for all of you now?!",
                         "cryptoblog.example", 16, "designation", month=3))
    assert not late.new and late.cluster is first.cluster
    other = c.assign(item(4, "Anthropic SUES over the HUAWEI LIST!!", "The lawyers are coming for the Pentagon.",
                          "otherblog.example", 16, "lawsuit", month=3))
    assert other.cluster is not first.cluster  # another kind of event is another development
    too_late = c.assign(item(5, "Pentagon designates Anthropic a supply chain risk, again",
                             "A new designation covers Anthropic's subsidiaries.", "reuters.com", 10, "designation",
                             month=4))
    assert too_late.new  # weeks later: a new development


def test_a_once_only_event_in_the_body_only_keeps_the_ordinary_window():
    c = Clusterer()
    first = c.assign(item(1, "Pentagon designates Anthropic a supply chain risk",
                          "The Department of War formally designated Anthropic a supply chain risk on Thursday.",
                          "reuters.com", 3, "designation", month=3))
    it = item(2, "Contractors weigh their options", "Integrators met on Monday to discuss the designation.",
              "fcw.com", 16, "designation", month=3)
    it.event_in_title = False
    assert c.assign(it).cluster is not first.cluster


def test_two_rulings_ten_days_apart_are_two_developments():
    c = Clusterer()
    a = c.assign(item(1, "Judge blocks Pentagon's blacklisting of Anthropic",
                      "A federal judge in San Francisco granted a preliminary injunction against the label.",
                      "apnews.com", 26, "ruling_for", month=3))
    b = c.assign(item(2, "Court rejects government's bid to dismiss Anthropic case",
                      "The judge refused to throw out the complaint over the procurement statute.",
                      "reuters.com", 5, "ruling_for", month=4))
    assert b.new and b.cluster is not a.cluster
