"""Hypothesis strategies for neutral Messages, shared by the renderer property tests.

Each renderer's tests choose their own hostile texts, URLs and sizes; the shape of a Message is built here once.
"""

from __future__ import annotations

from hypothesis import strategies as st

from bot.models import Block, Message, Span


def message_strategy(
    texts: st.SearchStrategy[str],
    urls: st.SearchStrategy[str | None],
    *,
    field_names: st.SearchStrategy[str] | None = None,
    max_bullets: int,
    max_context: int,
    max_fields: int,
    max_blocks: int,
    fallback: st.SearchStrategy[str] | None = None,
    **extra: st.SearchStrategy[object],
) -> st.SearchStrategy[Message]:
    """Messages of every block kind whose spans carry ``texts`` and ``urls``; ``extra`` sets other Message fields."""
    spans = st.builds(Span, text=texts, bold=st.booleans(), italic=st.booleans(), code=st.booleans(), url=urls)
    inline = st.lists(spans, max_size=4).map(tuple)
    blocks = st.one_of(
        st.builds(Block, kind=st.just("header"), spans=inline),
        st.builds(Block, kind=st.just("paragraph"), spans=inline),
        st.builds(Block, kind=st.just("bullets"), items=st.lists(inline, max_size=max_bullets).map(tuple)),
        st.builds(Block, kind=st.just("context"), items=st.lists(inline, max_size=max_context).map(tuple)),
        st.builds(Block, kind=st.just("fields"),
                  fields=st.lists(st.tuples(texts if field_names is None else field_names, inline), max_size=max_fields).map(tuple)),
        st.builds(Block, kind=st.just("divider")),
    )
    return st.builds(Message, blocks=st.lists(blocks, max_size=max_blocks).map(tuple), fallback=texts if fallback is None else fallback,
                     **extra)
