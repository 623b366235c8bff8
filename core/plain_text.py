"""The words a reader reads, from rendered HTML: one unit per block, tags dropped.

Search indexes this text and snippets quote it; the reading-level checks measure it.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Each block element is a separate unit for a reader: a heading or list item is not part of
# the next sentence, so it ends with a full stop here.
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.units: list[str] = []
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        self._buf.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            self.units.append(text if text[-1] in ".!?:;" else text + ".")


def html_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector.flush()
    return " ".join(collector.units)
