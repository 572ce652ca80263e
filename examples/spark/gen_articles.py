#!/usr/bin/env python3
"""Generate a deterministic corpus of news-like articles as JSONL.

Each output line is one article::

    {"id": "gen-000042", "url": "https://news.example.com/...", "date": "2024-03-07",
     "publisher": "The Daily Ledger", "title": "...", "text": "..."}

The articles mix the attribution patterns whosaid looks for -- direct quotes
with a trailing cue ("...," she said), fronted cues (He said: "..."),
multi-sentence and multi-paragraph quotes, indirect speech ("X said that ..."),
"according to ..." attributions, pronoun speakers, appositions ("Ana Ruiz, a
spokeswoman for ...") -- with plain filler sentences, curly and straight quote
marks and some non-ASCII names, so that byte/character offsets get exercised.

The output depends only on --seed and --count (no clock, no hash
randomisation), so the same command always writes the same bytes.

Usage::

    python3 gen_articles.py --count 3000 --seed 7 -o generated.jsonl
    python3 gen_articles.py --count 3000 --seed 7 -o generated.jsonl.gz   # gzip
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import random
import sys

FIRST_NAMES_F = [
    "Maria", "Sarah", "Aisha", "Chen", "Ingrid", "Priya", "Zoë", "Fatima", "Olga",
    "Laura", "Kemi", "Hannah", "Lucía", "Mei", "Rachel", "Agnieszka", "Nadia", "Emma",
]
FIRST_NAMES_M = [
    "John", "Ahmed", "Pierre", "Kenji", "Carlos", "David", "José", "Tomasz", "Samuel",
    "Rahul", "Mikhail", "Oliver", "Kwame", "Lars", "Daniel", "Björn", "Marco", "Peter",
]
LAST_NAMES = [
    "Smith", "García", "Okafor", "Nguyen", "Müller", "Kowalski", "Haddad", "Tanaka",
    "O'Brien", "Johansson", "Rossi", "Petrov", "Mensah", "Patel", "Fernández",
    "Dubois", "Schneider", "Kim", "Ali", "Novak", "Eriksen", "Costa", "Brennan",
]
TITLES = {
    "minister": ["Finance Minister", "Health Minister", "Foreign Minister"],
    "officer": ["Police Chief", "Fire Chief", "Mayor", "Governor", "Senator"],
    "none": [""],
}
ROLES = [
    ("a spokeswoman for", "f"), ("a spokesman for", "m"), ("a spokesperson for", "n"),
    ("the chief executive of", "n"), ("a senior analyst at", "n"),
    ("a professor of economics at", "n"), ("the director of", "n"),
    ("a researcher at", "n"), ("the head of communications at", "n"),
]
ORGS = [
    "the Ministry of Finance", "Acme Logistics", "the World Health Organization",
    "Northwind Bank", "the city council",
    "the European Commission", "Globex Energy", "the National Weather Service",
    "the Red Cross", "Initech", "the Federal Reserve", "Umbrella Pharmaceuticals",
    "the Port Authority", "the teachers' union",
]
ACADEMIC_ORGS = ["the University of Lisbon", "Imperial College London", "the Kiel Institute",
                 "Université Laval"]
PUBLISHERS = [
    "The Daily Ledger", "Metro Herald", "Global Wire", "The Evening Post",
    "Coastal Times", "Financial Courier",
]
TOPICS = [
    ("budget", "the new budget", "spending cuts", "the deficit"),
    ("storm", "the storm", "the evacuation", "the flood defences"),
    ("merger", "the merger", "the takeover bid", "job losses"),
    ("vaccine", "the vaccination campaign", "the new vaccine", "hospital capacity"),
    ("strike", "the strike", "the pay offer", "the negotiations"),
    ("election", "the election", "voter turnout", "the coalition talks"),
    ("housing", "the housing market", "rent controls", "mortgage rates"),
    ("climate", "the climate summit", "emission targets", "the carbon tax"),
]
SAY_VERBS = ["said", "said", "said", "told reporters", "added", "explained", "warned",
             "insisted", "noted", "argued", "stressed", "claimed"]
INDIRECT_VERBS = ["said", "said", "stated", "announced", "warned", "argued", "claimed",
                  "believes", "told the committee", "acknowledged"]
CLAIMS = [
    "{t2} would be delayed until next year",
    "the government had underestimated the cost of {t2}",
    "{t3} posed the most serious risk",
    "talks about {t2} had made real progress",
    "nobody had been consulted about {t2}",
    "the figures on {t3} were worse than expected",
    "{t1} could still be approved before the summer",
    "further measures on {t3} were not ruled out",
    "the decision on {t2} was final",
]
QUOTES = [
    "We are doing everything we can to manage {t2}.",
    "This is not the time to panic about {t3}.",
    "Frankly, {t1} is a disaster for ordinary families.",
    "I have never seen anything like {t2} in thirty years.",
    "Our priority is to keep people safe.",
    "There will be no further comment until the review is complete.",
    "We welcome the decision, but we remain concerned about {t3}.",
    "It's too early to say what {t2} will mean for us.",
    "Nobody should be surprised by this.",
    "The numbers speak for themselves.",
    "We expect to publish a full report on {t3} next month.",
    "I think we can all agree that {t1} needs more work.",
]
FILLER = [
    "The announcement came after weeks of speculation.",
    "Shares in the company fell 3.2 per cent in early trading.",
    "The meeting lasted more than four hours.",
    "Officials did not provide further details.",
    "Similar measures were introduced in 2019.",
    "The report runs to more than 200 pages.",
    "Dozens of people gathered outside the building on Tuesday.",
    "It was not immediately clear how many people were affected.",
    "The issue is expected to dominate the next session of parliament.",
    "Critics have long called for an independent inquiry.",
    "Temperatures are forecast to drop sharply overnight.",
    "The U.S. Treasury and the E.U. both declined to comment.",
]

QUOTE_STYLES = [("\u201c", "\u201d"), ('"', '"')]  # curly and straight


class Person:
    def __init__(self, rng: random.Random):
        self.gender = rng.choice("fm")
        first = rng.choice(FIRST_NAMES_F if self.gender == "f" else FIRST_NAMES_M)
        self.first = first
        self.last = rng.choice(LAST_NAMES)
        kind = rng.choice(["minister", "officer", "none", "none", "none"])
        self.title = rng.choice(TITLES[kind])
        role, role_gender = rng.choice(ROLES)
        if role_gender in "fm" and role_gender != self.gender:
            role = "a spokesperson for"
        academic = role.startswith(("a professor", "a researcher"))
        self.role = f"{role} {rng.choice(ACADEMIC_ORGS if academic else ORGS)}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def titled(self) -> str:
        return f"{self.title} {self.full}" if self.title else self.full

    @property
    def pronoun(self) -> str:
        return "she" if self.gender == "f" else "he"


def fill(template: str, topic: tuple) -> str:
    return template.format(t1=topic[1], t2=topic[2], t3=topic[3])


def quote_body(rng: random.Random, topic: tuple, sentences: int) -> str:
    return " ".join(fill(template, topic) for template in rng.sample(QUOTES, sentences))


def trailing_comma(body: str) -> str:
    """'Foo bar.' -> 'Foo bar,' as in: "Foo bar," she said."""
    return body[:-1] + "," if body.endswith(".") else body


def paragraph(rng: random.Random, topic: tuple, people: list, state: dict) -> str:
    """One paragraph; state tracks who was introduced and who was named last."""
    oq, cq = rng.choice(QUOTE_STYLES)
    kind = rng.randrange(9)
    if kind == 7:  # filler with an embedded number/abbreviation
        return " ".join(rng.sample(FILLER, rng.randint(1, 3)))
    if kind == 8:  # unattributed quoted fragment inside a sentence (a scare quote)
        sign = rng.choice(["Not in our name", "Enough is enough", "Fair pay now",
                           "Save our town"])
        return f"Protesters held signs reading {oq}{sign}{cq} as {topic[1]} was debated."
    p = rng.choice(people)
    first_mention = p.full not in state["introduced"]
    was_last = state.get("last") is p
    state["introduced"].add(p.full)
    state["last"] = p
    name = p.titled if first_mention else p.last
    verb = rng.choice(SAY_VERBS)
    if kind == 0:  # "...," X said.
        q = trailing_comma(quote_body(rng, topic, rng.randint(1, 2)))
        if first_mention:
            inverted = rng.choice(["said", "said", "added", "explained"])
            return f"{oq}{q}{cq} {inverted} {p.titled}, {p.role}."
        return f"{oq}{q}{cq} {p.last} {verb}."
    if kind == 1:  # "...," she said.  (pronoun, only right after the person was named)
        if first_mention:
            v = rng.choice(INDIRECT_VERBS)
            return f"{p.titled}, {p.role}, {v} that {fill(rng.choice(CLAIMS), topic)}."
        if not was_last:
            q = trailing_comma(quote_body(rng, topic, 1))
            return f"{oq}{q}{cq} {p.last} {verb}."
        q = trailing_comma(quote_body(rng, topic, 1))
        return f"{oq}{q}{cq} {p.pronoun} {verb}."
    if kind == 2:  # X said: "..."
        return f"{name} {verb}: {oq}{quote_body(rng, topic, rng.randint(1, 3))}{cq}"
    if kind == 3:  # X said that ...
        v = rng.choice(INDIRECT_VERBS)
        return f"{name} {v} that {fill(rng.choice(CLAIMS), topic)}."
    if kind == 4:  # According to X, ...
        claim = fill(rng.choice(CLAIMS), topic)
        if rng.random() < 0.5:
            return f"According to {name}, {claim}."
        return f"{claim[0].upper()}{claim[1:]}, according to {name}."
    if kind == 5:  # split quote: "A," X said. "B."
        a = trailing_comma(fill(rng.choice(QUOTES), topic))
        b = fill(rng.choice(QUOTES), topic)
        return f"{oq}{a}{cq} {name} {verb}. {oq}{b}{cq}"
    # kind 6: "...," said X, role.
    q = trailing_comma(quote_body(rng, topic, 1))
    return f"{oq}{q}{cq} said {p.titled}, {p.role}."


def article(rng: random.Random, i: int, start: dt.date) -> dict:
    topic = rng.choice(TOPICS)
    people = [Person(rng) for _ in range(rng.randint(1, 4))]
    state: dict = {"introduced": set(), "last": None}
    paras = [
        f"{rng.choice(FILLER)} The row over {topic[1]} deepened this week.",
    ]
    for _ in range(rng.randint(2, 9)):
        paras.append(paragraph(rng, topic, people, state))
    if rng.random() < 0.15:  # multi-paragraph quote: no closing mark on the first
        p = people[0]
        oq, cq = QUOTE_STYLES[0]
        paras.append(f"{p.full} said in a statement: {oq}{quote_body(rng, topic, 2)}")
        paras.append(f"{oq}{quote_body(rng, topic, 1)}{cq}")
    if rng.random() < 0.1:  # empty line noise and odd whitespace
        paras.append("  ")
    day = start + dt.timedelta(days=rng.randrange(365))
    slug = f"{topic[0]}-{i:06d}"
    return {
        "id": f"gen-{i:06d}",
        "url": f"https://news.example.com/{day:%Y/%m/%d}/{slug}",
        "date": day.isoformat(),
        "publisher": rng.choice(PUBLISHERS),
        "title": f"Row over {topic[1]} deepens",
        "text": "\n\n".join(paras),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=3000, help="number of articles")
    ap.add_argument("--seed", type=int, default=7, help="random seed")
    ap.add_argument("-o", "--output", default="-",
                    help="output file (.gz for gzip), '-' for stdout")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    start = dt.date(2024, 1, 1)
    if args.output == "-":
        out = sys.stdout
    elif args.output.endswith(".gz"):
        # mtime=0 keeps the gzip header (and so the file) byte-identical across runs
        out = io.TextIOWrapper(gzip.GzipFile(args.output, "wb", mtime=0),
                               encoding="utf-8", newline="\n")
    else:
        out = open(args.output, "w", encoding="utf-8", newline="\n")
    try:
        for i in range(args.count):
            out.write(json.dumps(article(rng, i, start), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
