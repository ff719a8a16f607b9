"""A small, safe XML reader for list files: elements with their source line numbers.

Built on expat with everything a hostile file could use refused: a document
type declaration, entity declarations and external entities end the parse
(no "billion laughs", no file or network reads). Namespaces are dropped from
tag names (the EU file declares a default namespace). Each element keeps the
line it starts on, so an importer can say where a bad value is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from liaison_app.hub.watchlist_formats.errors import ListFormatError

__all__ = ["Element", "read_xml"]

MAX_DEPTH = 64


@dataclass(slots=True)
class Element:
    """One element: local tag name, attributes, text, children, the line it starts on."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The element's own text, surrounding white space removed."""
        return "".join(self.text_parts).strip()

    def find(self, tag: str) -> Element | None:
        """The first child named `tag`."""
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Element]:
        """Every child named `tag`."""
        return [c for c in self.children if c.tag == tag]

    def findtext(self, tag: str) -> str:
        """The text of the first child named `tag`, or ""."""
        child = self.find(tag)
        return child.text if child is not None else ""

    def iter(self, tag: str) -> Iterator[Element]:
        """Every descendant (and self) named `tag`, in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            if node.tag == tag:
                yield node
            stack.extend(reversed(node.children))


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def read_xml(path: Path) -> Element:
    """Parse `path` into a tree; refuse DTDs, entities and malformed XML with the line."""
    parser = expat.ParserCreate(namespace_separator=" ")
    root: list[Element] = []
    stack: list[Element] = []

    def refuse(what: str) -> None:
        raise ListFormatError(parser.CurrentLineNumber, "", f"the file holds {what}, which "
                              "list files never need; refused for safety")

    def start(name: str, attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise ListFormatError(parser.CurrentLineNumber, _local(name),
                                  f"elements nested deeper than {MAX_DEPTH}")
        node = Element(_local(name), {_local(k): v for k, v in attrs.items()},
                       parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack:
            stack[-1].text_parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = lambda *_a: refuse("a document type declaration")
    parser.EntityDeclHandler = lambda *_a: refuse("an entity declaration")
    parser.ExternalEntityRefHandler = lambda *_a: refuse("an external entity")  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        with path.open("rb") as handle:
            parser.ParseFile(handle)
    except expat.ExpatError as exc:
        raise ListFormatError(exc.lineno, "", f"not well-formed XML "
                              f"({expat.ErrorString(exc.code)}, column {exc.offset + 1})"
                              ) from exc
    if not root:
        raise ListFormatError(1, "", "the file holds no XML element")
    return root[0]
