#!/usr/bin/env python3
"""Reads the DOM that headless Chromium rendered from a textpipe report
(chromium --dump-dom) and checks it against the run's output, as a person
comparing the page with the JSON would. Used by scripts/check-report.

  report-dom.py entities OUTPUT.jsonl DOM.html ID   the document ID is shown with exactly its entities
  report-dom.py search DOM.html ID [COUNT]          the list finds ID (and COUNT documents in all)
  report-dom.py text DOM.html ID TEXT               the document ID's text contains TEXT
  report-dom.py attribute DOM.html NAME             prints <html NAME="..."> (data-render-ms, ...)
Exits 1 with a message when a check fails."""
import html.parser
import json
import sys
import urllib.parse


class Element:
    def __init__(self, tag, attributes, parent):
        self.tag, self.attributes, self.parent, self.children = tag, dict(attributes), parent, []

    def text(self):
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def descendants(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.descendants()


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attributes):
        element = Element(tag, attributes, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(path):
    builder = TreeBuilder()
    with open(path, encoding="utf-8") as file:
        builder.feed(file.read())
    return builder.root


def fail(message):
    print("report check failed: " + message, file=sys.stderr)
    sys.exit(1)


def document_element(root, doc_id):
    found = [e for e in root.descendants() if e.attributes.get("data-doc-id") == doc_id]
    if len(found) != 1:
        fail(f"{len(found)} elements carry data-doc-id={doc_id!r}, expected 1")
    return found[0]


def check_entities(output_path, dom_path, doc_id):
    with open(output_path, encoding="utf-8") as file:
        records = [json.loads(line) for line in file if line.strip()]
    record = next((r for r in records if r["id"] == doc_id), None)
    if record is None:
        fail(f"{doc_id!r} is not in {output_path}")
    # The contract's offsets count code points: Python's str indexes by code point too.
    text = record["text"]
    expected = [(e["label"], text[e["start"]:e["end"]]) for e in sorted(record.get("entities", []), key=lambda e: e["start"])]
    shown = [(e.attributes["data-label"], e.text()) for e in document_element(parse(dom_path), doc_id).descendants()
             if "data-label" in e.attributes]
    if shown != expected:
        fail(f"document {doc_id!r} shows {shown} but its output has {expected}")
    print(f"ok: {doc_id!r} shows its {len(expected)} entities with their labels")


def check_search(dom_path, doc_id, count=None):
    root = parse(dom_path)
    lists = [e for e in root.descendants() if e.attributes.get("id") == "doc-list"]
    if not lists:
        fail("no document list in the page")
    links = [urllib.parse.unquote(a.attributes.get("href", "")[len("#doc="):]) for a in lists[0].descendants()
             if a.tag == "a" and a.attributes.get("href", "").startswith("#doc=")]
    if doc_id not in links:
        fail(f"the search did not list {doc_id!r}; it listed {links[:5]}")
    matches = lists[0].attributes.get("data-matches")
    if count is not None and matches != count:
        fail(f"the search found {matches} documents, expected {count}")
    print(f"ok: the search lists {doc_id!r} ({matches} matching)")


def check_text(dom_path, doc_id, needle):
    shown = document_element(parse(dom_path), doc_id).text()
    if needle not in shown:
        fail(f"document {doc_id!r} does not show {needle!r}")
    print(f"ok: {doc_id!r} shows {needle!r} as text")


def attribute(dom_path, name):
    root = parse(dom_path)
    page = next(e for e in root.descendants() if e.tag == "html")
    print(page.attributes.get(name, ""))


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    {"entities": check_entities, "search": check_search, "text": check_text, "attribute": attribute}[command](*arguments)
