"""Search snippets: the passages of an article around the words a search matched.

Whoosh's highlighter does the same job but builds and scores an object per match and per
passage, which cost more than the search itself. This works from the match offsets the index
already keeps (start and end character of each matched word) with plain tuples, and keeps
Whoosh's choices: passages grow from a match while the next one is close, gain some context
on each side, are trimmed to whole words, and the best have the most distinct words.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

Span = tuple[int, int, str]  # start, end, the matched term


def _passages(text: str, spans: list[Span], width: int, surround: int) -> list[tuple[int, int, list[Span]]]:
    passages = []
    i = 0
    while i < len(spans):
        left, right, _ = spans[i]
        j = i
        # Take the next match while it is close to this one and the passage stays short enough.
        while j + 1 < len(spans):
            end = spans[j + 1][1]
            if end - right <= surround and end - left <= width:
                j += 1
                right = end
            else:
                break
        start, stop = max(0, left - surround), min(len(text), right + surround)
        # Cut at spaces, so no passage begins or ends halfway through a word.
        space = text.find(" ", start, stop)
        if start > 0 and space > 0:
            start = min(space + 1, left)
        space = text.rfind(" ", start, stop)
        if stop < len(text) and space > 0:
            stop = max(space, right)
        passages.append((start, stop, spans[i : j + 1]))
        i = j + 1
    return passages


def _html(text: str, start: int, stop: int, spans: list[Span]) -> str:
    out, at = [], start
    for left, right, _ in spans:
        if left < at:  # overlaps the previous match (n-gram languages): already marked
            continue
        out.append(escape(text[at:left], quote=False))
        out.append(f"<mark>{escape(text[left:right], quote=False)}</mark>")
        at = right
    out.append(escape(text[at:stop], quote=False))
    return "".join(out)


def snippet(
    text: str,
    spans: Iterable[Span],
    *,
    width: int = 220,
    surround: int = 60,
    top: int = 2,
    between: str = " … ",
) -> str:
    """HTML for the best `top` passages of `text`, in reading order; "" when nothing matched.

    The text is escaped and matched words are wrapped in <mark>. A passage scores by how many
    different terms it holds first, then by how many matches.
    """
    ordered = sorted(spans, key=lambda s: (s[0], s[0] - s[1]))  # longest first at one place
    if not ordered:
        return ""
    passages = _passages(text, ordered, width, surround)
    ranked = sorted(
        range(len(passages)),
        key=lambda n: (-len({term for _, _, term in passages[n][2]}), -len(passages[n][2]), n),
    )
    chosen = sorted(ranked[:top])
    return between.join(_html(text, *passages[n]) for n in chosen)
