import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { annotateOpinion, SENTENCE_OPINION_KINDS } from "../../../src/annotate/opinion/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { assertGolden } from "../../golden.js";
import { makeDoc } from "./make-doc.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/opinion-rules");

/** One rule: invented text, and the kind each sentence must get (null: reporting, no mark). */
const CASES: Array<{ name: string; text: string; kinds: Array<string | null> }> = [
  {
    name: "reader-address",
    text: "The council approved the budget on Tuesday. If you don't trust the council's accountants, you can feel reassured that the auditors signed off too.",
    kinds: [null, "address"],
  },
  {
    name: "reader-address-explainer",
    text: "The new map app launched this week. When you search for a town, you'll get a box with its history.",
    kinds: [null, null],
  },
  {
    name: "first-person",
    text: "The bridge reopened to traffic on Monday. I drove across it twice and never once felt the deck sway.",
    kinds: [null, "first-person"],
  },
  {
    name: "first-person-numeral",
    text: "The ship was launched before World War I and sank off the cape decades later.",
    kinds: [null],
  },
  {
    name: "first-person-initials",
    text: "Analysts at I.B.M. expect the merger to close in spring.",
    kinds: [null],
  },
  {
    name: "first-person-speaker-run",
    text: "The minister wrote to the committee on Monday. \"I will not resign,\" she wrote. I have done nothing wrong. My record speaks for itself.",
    kinds: [null, null, null, null],
  },
  {
    name: "stance",
    text: "I have covered the harbour for ten years. The mayor promised new money for it. Of course, the fact that the mayor said it does not mean the money will arrive.",
    kinds: ["first-person", null, "opinion"],
  },
  {
    name: "rhetorical-question",
    text: "The river rose two metres overnight. Will the new rules stop the next flood? I doubt it.",
    kinds: [null, "opinion", "first-person"],
  },
  {
    // A question about what is sets up its answer, even in a column; one about what will be argues.
    name: "question-about-what-is",
    text: "I walked the flooded streets on Sunday. Do we have a flood barrier in this town? There is one, on paper. The council built it in 1990 for four million dollars. Engineers inspected it in May. Crews closed its gates on Saturday night. Water came over the top by midnight. Should anyone be surprised that it failed? Why does the council keep paying for studies?",
    kinds: ["first-person", null, null, null, null, null, null, "opinion", "opinion"],
  },
  {
    // With no other sign of the writer's voice, a question sets up what follows ("Is this number correct?").
    name: "set-up-question-alone",
    text: "The senator said the border sees 53 million dollars of drugs a week. Is this number correct? Customs data suggest it is close.",
    kinds: [null, null, null],
  },
  {
    name: "interview-question",
    text: "The coach spoke after the final. Did you expect the team to win? What happens next?",
    kinds: [null, null, null],
  },
  {
    name: "exclamation",
    text: "Frankly, I think the valley deserves better than this. The storm knocked out power across the valley. Nobody in the town had seen anything like it! The theatre reopens with a revival of Sunny Meadows! The council will meet on Monday. Repairs will cost two million dollars, the council said. Crews worked through the night.",
    kinds: ["first-person", null, "opinion", null, null, null, null],
  },
  {
    name: "exclamation-alone",
    text: "Eighty giant spiders of light cover the bridge this winter. Arachnophobic visitors are warned!",
    kinds: [null, null],
  },
  {
    // The senses, a product's conditions and a presented example are not the reader's views.
    name: "reader-address-plain-you",
    text: "The laptop runs hot under load. If you press slowly, you can feel where the click is. Battery life will vary depending on your workload. Consider this older model, which ran cooler.",
    kinds: [null, null, null, null],
  },
  {
    name: "double-apostrophe-quotes",
    text: "The museum opened on Saturday. The singer joked of it, ''I haven't seen it yet, but I'm going to.''",
    kinds: [null, null, null],
  },
  {
    name: "reporter-as-i-did",
    text: "The plan creates new tax brackets. His doubts were echoed by the tax experts I spoke to this week, as I did earlier about the rival plan.",
    kinds: [null, null],
  },
  {
    // "Morgan added:" hands the next paragraph to the named speaker, questions and "I mean" included.
    name: "colon-handover-by-name",
    text: "The host spoke for an hour on Monday.\n\nMorgan added:\n\nAnd this reeks of the greatest fear that I have ever seen. She can't win without stacking the deck? I mean, that's the message this is sending.\n\nThe debate is on Tuesday.",
    kinds: [null, null, null, null, null, null],
  },
  {
    // A lyric line has no full stop; a data-table row ends in a query mark; a party's reply is theirs.
    name: "verse-table-and-reply",
    text: "The band closed with the old hit.\n\nI saw you, yes I saw you, coming back to me\n\nThe fossils were measured twice.\n\nV-1 (KU 133862) 52 68 – Ungual ?\n\nIn their reply the owners call the argument absurd.",
    kinds: [null, null, null, null, null],
  },
  {
    // "Of course" before a plain fact, in a report with no other sign of the writer, is a transition.
    name: "concession-before-a-fact",
    text: "The host was named on Friday. Of course, she was also nominated for an Emmy for her first stint. The ceremony is in March.",
    kinds: [null, null, null],
  },
  {
    name: "concession-with-a-judgement",
    text: "I liked the first film. The studio wants the director back. It has offered him a three-film deal. Talks began in May. Of course, if he asks for too much, the studio could easily hire someone else.",
    kinds: ["first-person", null, null, null, "opinion"],
  },
  {
    // Even where the writer says "I", a concession before a plain fact is a transition, not a verdict.
    name: "concession-before-a-fact-in-a-column",
    text: "I watched the ceremony from the back row. Of course, she was also nominated for an Emmy for her first stint.",
    kinds: ["first-person", null],
  },
  {
    // Hedges, verdicts, questions and exclamations alone in a report: no sign of the writer's own
    // voice (an "I" or an address to the reader), so none of them is marked.
    name: "weak-cues-alone-in-a-report",
    text: "The county bought a new ferry in March. The ferry is probably the most expensive boat it has ever bought. Unfortunately, the engine failed on its first run. Will the county ever get its money back? Repairs are expected to take a month, and the old ferry is back in service!",
    kinds: [null, null, null, null, null],
  },
  {
    name: "weak-cues-with-the-writer",
    text: "I rode the new ferry in March. The ferry is probably the most expensive boat the county has ever bought. Unfortunately, the engine failed on its first run. Will the county ever get its money back? Repairs are expected to take a month, and the old ferry is back in service!",
    kinds: ["first-person", "speculation", "opinion", "opinion", "opinion"],
  },
  {
    // "Please ..." on a page is an instruction, not the writer addressing the reader's views.
    name: "please-is-an-instruction",
    text: "The keepers found the otter on Monday. Please check the map weekly to see where she is.",
    kinds: [null, null],
  },
  {
    // British quotation marks, and "I/O" as an abbreviation.
    name: "single-quotes-and-io",
    text: "The witness was hit in the arm. 'At the time, I thought it was a brick, but it was a bullet,' Mrs Park said. The chip virtualizes I/O for every server.",
    kinds: [null, null, null],
  },
  {
    name: "speculation",
    text: "If you ride it, you will agree: the county bought a fine ferry in March. The ferry is probably the most expensive boat the county has ever bought.",
    kinds: ["address", "speculation"],
  },
  {
    name: "attributed-stays-reporting",
    text: "\"This plan is a disaster,\" said Mara Quill, a local farmer. Quill believes the council should resign. According to the auditor, the costs are absurd. \"I think we were misled,\" Quill added.",
    kinds: [null, null, null, null],
  },
  {
    name: "quote-continues",
    text: "The chairman read a statement. \"We have made mistakes. I am sorry for them, and I will fix them.\"",
    kinds: [null, null, null],
  },
  {
    name: "closing-column",
    text: [
      "The council voted 7-2 on Tuesday to close the old library on Elm Street.",
      "The building will shut at the end of June, and its books will move to a new site by the river.",
      "The move will cost 4 million dollars, according to the council's budget office.",
      "Library staff will keep their jobs, the council said.",
      "Depending on your view, the best news here is that the books will survive.",
      "If you love the old building, you may be forgiven for mourning it.",
      "But the new site is simply larger and closer to the schools.",
      "Charm does not pay for heating.",
    ].join("\n"),
    // "Charm does not pay for heating." carries no cue of its own: a plain claim stays unmarked.
    kinds: [null, null, null, null, "address", "address", "analysis", null],
  },
  {
    name: "no-column-in-reporting",
    text: [
      "The council voted 7-2 on Tuesday to close the old library on Elm Street.",
      "The building will shut at the end of June.",
      "Its books will move to a new site by the river.",
      "Staff must reapply for their posts by May.",
    ].join("\n"),
    kinds: [null, null, null, null],
  },
  {
    // An open letter reproduced after its announcement and a heading, without quotation marks.
    name: "reproduced-letter",
    text: "The senator penned an open letter to the student who spoke in court.\n\nAn Open Letter to a Brave Student\n\nI do not know your name. I am in awe of your courage.\n\nYou were failed by the people around you.",
    kinds: [null, null, null, null, null],
  },
  {
    name: "reproduced-post-after-colon",
    text: "The founder explained his decision in a blog post:\n\nThe company is not a game maker. I have the greatest respect for its engineers, but this is where we part ways.\n\nThe deal closed on Tuesday.",
    kinds: [null, null, null, null],
  },
  {
    // A post mentioned in passing does not hand the next paragraph to its writer.
    name: "post-mentioned-not-reproduced",
    text: "A student wrote a post that led her friends to march.\n\nGiving people a voice matters. I think the march changed the city.",
    kinds: [null, null, "first-person"],
  },
  {
    name: "first-person-initial-and-title",
    text: "The governor pardoned I. Lewis Grant on Friday. The ARSO-I then created a task force.",
    kinds: [null, null],
  },
  {
    name: "hedge-after-reported-statement",
    text: "The professor said that leopard skins are showing up in markets. At the same time, their forests are disappearing faster here than perhaps anywhere else.",
    kinds: [null, null],
  },
  {
    name: "page-instructions",
    text: "The storm closed the port.\nPlease turn on JavaScript.\nGet the Daily Harbour app for iPhone & iPad!\nRiver Otter Back On The Loose In North County Residents be on the lookout, as the otter is on the run!",
    kinds: [null, null, null, null],
  },
  {
    // An organisation's or a newsroom's "we" alone is not the writer's opinion; with the writer's "I" it is.
    name: "we-needs-the-writer",
    text: "The shelling went on overnight. We believe the army is setting up mortar positions.",
    kinds: [null, null],
  },
  {
    name: "we-with-the-writer",
    text: "I walked the town's streets last week. We know the army will come back.",
    kinds: ["first-person", "first-person"],
  },
  {
    name: "interview-question-answered",
    text: "The striker spoke to us after the match.\n\nWill the league punish the club?\n\n\"I would have preferred an honest talk first. I am disappointed.\"",
    kinds: [null, null, null, null],
  },
  {
    name: "embedded-post-split-into-sentences",
    text: "Tributes poured in overnight. RIP to one of the greatest ever!!! I need to hear that album again. — Jo Park (@jopark) June 20, 2017",
    kinds: [null, null, null],
  },
  {
    // A roundup: each excerpt is credited after it, so its "I" is that reviewer's; the writer's own
    // words after the last credit stay the writer's.
    name: "credited-excerpts",
    text: "Three reviewers tried the new console this week.\n\nI played for hours and it never lagged once. It felt like a real console.\n\n[ The Review Site ]\n\nI have my doubts about the price.\n\n[ Games Weekly ]\n\nOverall, I think the console is worth a look.",
    kinds: [null, null, null, null, null, null, "first-person"],
  },
  {
    // One bracketed line alone is not a roundup: the writer's "I" before it stays the writer's.
    name: "one-credit-is-no-roundup",
    text: "I played the new console for hours this week.\n\n[ Games Weekly ]\n\nThe console costs 500 dollars.",
    kinds: ["first-person", null, null],
  },
  {
    name: "first-person-numeral-list",
    text: "The trial has three phases. Phases I and II ended in May, and the unguals II and I were measured twice.",
    kinds: [null, null],
  },
  {
    // A text that speaks mostly as "we" is an organisation's or a speaker's own statement, not the outlet's.
    name: "collective-voice",
    text: "We are thrilled to reach our goal. Thank you for backing us! We will start filming in May, and our crew is ready. I could not be prouder. We take your trust seriously.",
    kinds: [null, null, null, null, null],
  },
  {
    // A columnist's "I" with a "we" now and then stays the writer's.
    name: "column-with-some-we",
    text: "I rode the new ferry in March. We all know the county overpaid. I doubt the engine will last the winter.",
    kinds: ["first-person", "first-person", "first-person"],
  },
  {
    // In a closing run, a plain fact and an author's line stay reporting; a sentence with a cue of its own is commentary.
    name: "closing-run-needs-a-cue",
    text: [
      "The council voted 7-2 on Tuesday to close the old library on Elm Street.",
      "The building will shut at the end of June.",
      "Its books will move to a new site by the river.",
      "I grew up reading in that building.",
      "The new site opens in September.",
      "Surely the council should wait a year.",
      "If you love the old building, you may be forgiven for mourning it.",
      "Jo Park is a columnist for the paper.",
    ].join("\n"),
    kinds: [null, null, null, "first-person", null, "analysis", "address", null],
  },
  {
    name: "boilerplate",
    text: "The festival drew record crowds. Sign up for our newsletter and get the best stories in your inbox. Follow the reporter on social media.",
    kinds: [null, null, null],
  },
  {
    // "Read the full transcript below": the paragraphs after it are the speaker's, her "I" and "my bet" included.
    name: "transcript-announced-below",
    text: "I watched the show last night.\n\nRead the full transcript below, and let us know what you think in the comments.\n\nThe council's plan will make or break this town.\n\nAnd as I said last night, we are on the edge of a crisis. My bet is, the mayor knows it.",
    kinds: ["first-person", null, null, null, null],
  },
  {
    // A forum directory flattened into one paragraph: its questions and "I" are the thread starters'.
    name: "link-directory",
    text: "I moved to the valley last spring.\n\nShould I move to the valley?: Springfield: apartments, rent - Springfield (OH) Can the town survive?: Springfield: jobs, crime - Springfield (OH) Page 2: Dayton: schools, homes Can the town survive - Springfield (OH) Page 3: Dayton: rent, buses Can the town survive - Springfield (OH) I am new here. Any advice?: Dayton: movers - Springfield (OH)\n\nI think the valley is a fine place to live.",
    kinds: ["first-person", null, null, null, null, null, "first-person"],
  },
  {
    // An advertiser's block (contact details and a call to get in touch) and the site's sign-off are not the writer's.
    name: "contact-block-and-sign-off",
    text: "I love the lake in autumn.\n\nWant help planning your trip? As a licensed travel planner, my goal is to help you plan the trip your way. And did I mention that my services are free? Get in touch toll-free at 1-800-555-0199 or by email at planner@example.com.\n\nThank you for visiting the Lake Weekly site!",
    kinds: ["first-person", null, null, null, null, null],
  },
  {
    // A post printed over three short lines, signed on the line below them; the writer's "I" four lines up stays the writer's.
    name: "post-signed-lines-below",
    text: "I read the posts all night.\n\nThe fire broke out on a Sunday.\n\nI keep thinking about the date of the fire.\n\n4 7\n\nThat makes 47. Odd. pic.twitter.com/abc123\n\n— Jo Park (@jopark) May 2, 2019",
    kinds: ["first-person", null, null, null, null, null, null],
  },
  {
    // A page that prints a source's words as blocks after "she said:": a first-person paragraph between
    // narration about "she" and a hand-over to "she" is hers too.
    name: "voice-before-handover",
    text: "I covered the hearing for the paper.\n\nHer lawyer, Dana Reyes, said:\n\nThis ruling makes no sense to anyone who has read the lease. My client was a child when this happened.\n\nThe tenant moved away last year.\n\nShe was ordered back to the city by the court.\n\nPart of me did not want to come back because I was scared. I would have been fined.\n\nAbout the hearing itself, she said:\n\nI did not talk about it for years. You never forget what happens.",
    kinds: ["first-person", null, null, null, null, null, null, null, null, null, null],
  },
];

for (const c of CASES) {
  test(`opinion: ${c.name}`, () => {
    const doc = annotateOpinion(makeDoc(c.text), normalizeOptions());
    const text = doc.article.text;
    const kinds = doc.sentences.map((s) => {
      const m = doc.opinion.find((o) => SENTENCE_OPINION_KINDS.has(o.kind) && o.evidence.start === s.start);
      return m ? m.kind : null;
    });
    assert.deepEqual(kinds, c.kinds);
    // Sentence-level marks cover whole sentences, so the summary can drop exactly those sentences.
    for (const m of doc.opinion.filter((o) => SENTENCE_OPINION_KINDS.has(o.kind))) {
      assert.ok(doc.sentences.some((s) => s.start === m.evidence.start && s.end === m.evidence.end), `mark ${m.kind} covers a whole sentence`);
    }
    assertGolden(join(FIXTURES, `${c.name}.json`), {
      text: c.text,
      marks: doc.opinion.map((m) => ({ kind: m.kind, text: text.slice(m.evidence.start, m.evidence.end), reason: m.reason, ...(m.term ? { term: m.term } : {}), ...(m.neutral ? { neutral: m.neutral } : {}) })),
    });
  });
}

test("opinion: a press release's own voice is the organisation's, reported: no sentence marks, one warning", () => {
  const text = "Acme Corp today announced a new water filter for homes.\n\nWe are thrilled to bring clean water to our customers! Isn't that what matters? I could not be prouder of the team.\n\nFor more information, please visit the company's website.";
  const doc = annotateOpinion(makeDoc(text), normalizeOptions());
  assert.deepEqual(doc.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)), []);
  assert.deepEqual(doc.warnings.map((w) => w.rule), ["organisation-statement"]);
  // The same words quoted from a spokesperson in a news report are no cue: the writer's verdict counts.
  const report = annotateOpinion(makeDoc("Acme Corp today announced a new water filter. \"We are thrilled to bring clean water to our customers,\" a spokesperson said. The filter costs 400 dollars. Frankly, I find it overpriced."), normalizeOptions());
  assert.deepEqual(report.warnings.map((w) => w.rule), []);
  assert.deepEqual(report.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)).map((m) => m.kind), ["first-person"]);
});

test("opinion: a candidate's own pitch and a study's own report are theirs, not the outlet's opinion", () => {
  const pitch = annotateOpinion(makeDoc("A vote for me is a vote for lower taxes. Four years ago, you sent me to fix the roads, and my administration delivered. I will do it again!"), normalizeOptions());
  assert.deepEqual(pitch.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)), []);
  assert.deepEqual(pitch.warnings.map((w) => w.rule), ["organisation-statement"]);
  const study = annotateOpinion(makeDoc("We test whether hunger spills over to objects. Our results show it does. Perhaps hunger is a general state of wanting."), normalizeOptions());
  assert.deepEqual(study.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)), []);
  // One cue alone ("my administration" in a column) is not enough.
  const column = annotateOpinion(makeDoc("The mayor boasted of what my administration would call a record. Perhaps he is right."), normalizeOptions());
  assert.deepEqual(column.warnings.map((w) => w.rule), []);
});

test("opinion: a text speaking mostly as 'we' gets no sentence marks and one collective-voice warning", () => {
  const doc = annotateOpinion(makeDoc("We are thrilled to reach our goal. Thank you for backing us! We will start filming in May, and our crew is ready. I could not be prouder."), normalizeOptions());
  assert.deepEqual(doc.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)), []);
  assert.deepEqual(doc.warnings.map((w) => w.rule), ["collective-voice"]);
  assert.match(doc.warnings[0]?.reason ?? "", /"we" in 3 sentences and as "I" in 1/);
});

test("opinion: loaded words are marked in the writer's words only, with a neutral alternative", () => {
  const text = "The regime slammed the protesters, who staged a stunt outside parliament. \"They are thugs,\" the minister said.";
  const doc = annotateOpinion(makeDoc(text), normalizeOptions());
  const loaded = doc.opinion.filter((m) => m.kind === "loaded");
  assert.deepEqual(loaded.map((m) => m.term), ["regime", "slammed", "stunt"]);
  assert.equal(loaded.find((m) => m.term === "slammed")?.neutral, "criticized");
  for (const m of loaded) assert.equal(text.slice(m.evidence.start, m.evidence.end), m.term);
  assertGolden(join(FIXTURES, "loaded-terms.json"), { text, marks: loaded });
});

test("opinion: no loaded word is marked inside a sentence already marked as opinion", () => {
  const doc = annotateOpinion(makeDoc("The vote passed. I think the regime staged a stunt."), normalizeOptions());
  assert.deepEqual(doc.opinion.map((m) => m.kind), ["first-person"]);
});

test("opinion: quotes found by the quotes stage count as attributed", () => {
  const base = makeDoc("I read the plan twice. The plan is absurd and the costs are laughable.");
  const s = base.sentences[1];
  assert.ok(s);
  const unquoted = annotateOpinion(base, normalizeOptions());
  assert.equal(unquoted.opinion.filter((m) => m.kind === "opinion").length, 1);
  const quoted = annotateOpinion({ ...base, quotes: [{ start: s.start, end: s.end, text: "", speaker: null, rule: "test", sentenceStart: s.start, sentenceEnd: s.end }] }, normalizeOptions());
  assert.equal(quoted.opinion.filter((m) => m.kind === "opinion").length, 0);
});

test("opinion: a source mostly in the writer's opinion gets one warning, a news report none", () => {
  const essay = annotateOpinion(makeDoc("I love this town. I think the mayor is wrong. Of course, he could still surprise me. Will it ever change? I doubt it."), normalizeOptions());
  assert.deepEqual(essay.warnings.map((w) => w.rule), ["opinion-piece"]);
  const report = annotateOpinion(makeDoc("The council met on Monday. It approved the budget. \"I think it is wrong,\" said Ada Brennan."), normalizeOptions());
  assert.deepEqual(report.warnings, []);
});

test("opinion: loaded-word forms that are neutral in context are left alone", () => {
  const text = "The flood claimed six lives. The mayor claimed that the dam held. Think tanks met with the band behind The Infamous. Shares tanked.";
  const doc = annotateOpinion(makeDoc(text), normalizeOptions());
  assert.deepEqual(doc.opinion.map((m) => m.term), ["claimed", "tanked"]);
  assert.equal(text.slice(doc.opinion[0]?.evidence.start, doc.opinion[0]?.evidence.end), "claimed");
  assert.ok((doc.opinion[0]?.evidence.start ?? 0) > text.indexOf("mayor"));
});

test("opinion: 'the mine', a party label and a progressive reporting verb are not the writer's", () => {
  const text = "The company that owns the mine is paying for the move. Sen. Jo Park (I-Vt.) won the vote. Party leaders are warning the seat will perhaps be lost.";
  const doc = annotateOpinion(makeDoc(text), normalizeOptions());
  assert.deepEqual(doc.opinion.filter((m) => m.kind !== "loaded"), []);
});

test("opinion: an embedded post and a signed pull quote are someone else's words", () => {
  const text = "The vote drew a sharp reply online. I will fight this bill in every committee. https://t.co/a1B2c3 — Jo Park (@jopark) April 1, 2019 Every day they sit, I'll be there. — Ana Ruiz, his mother";
  const doc = annotateOpinion(makeDoc(text), normalizeOptions());
  assert.deepEqual(doc.opinion.filter((m) => m.kind !== "loaded").map((m) => text.slice(m.evidence.start, m.evidence.end)), []);
});

/** The sentences of `text` that get a sentence-level opinion mark, as text. */
function markedSentences(text: string): string[] {
  const doc = annotateOpinion(makeDoc(text), normalizeOptions());
  return doc.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)).map((m) => text.slice(m.evidence.start, m.evidence.end));
}

test("opinion: a poem or song printed with its line breaks lost is the poet's, not the writer's", () => {
  const poem = [
    "Let the river be the river again. Let it be the road it used to be.",
    "I am the boatman, full of strength and hope, Tangled in that ancient endless chain Of nets, of ropes, of grab the oar!",
    "Let the town be the dream the dreamers dreamed-- Let it be that great strong place of love Where never lords connive nor rulers scheme That any man be crushed.",
    "O, let my land be a land where Liberty Is crowned with no false wreath, But bread is real, And life is free!",
  ].join("\n");
  assert.deepEqual(markedSentences(poem), []);
  // The same "I" and "!" in the writer's own prose are still marked.
  assert.deepEqual(markedSentences("The council met on Monday. I was there, and I left angry. What a waste of an evening!"), ["I was there, and I left angry.", "What a waste of an evening!"]);
});

test("opinion: song lyrics kept as short unpunctuated lines are the singer's", () => {
  const lyrics = ["The summer held its breath too long", "The winter looked the same as if it never had gone", "And through an open window where no curtain hung", "I saw you, I saw you, coming back to me", "Was it just something that I made up for fun?", "I saw you, yes I saw you, coming back to me"].join("\n");
  assert.deepEqual(markedSentences(lyrics), []);
});

test("opinion: a post whose signature stands on the next line is the poster's", () => {
  const text = "The mayor answered at once.\nIt is the worst plan of all time. Give it up and try again in three years!\n— Jo Park (@jopark) November 18, 2017\nThe mayor stayed silent all week.\nI think the mayor has a point.";
  assert.deepEqual(markedSentences(text), ["I think the mayor has a point."]);
});

test("opinion: a pull quote credited at its end without a dash is the credited person's", () => {
  const text = "The fund grew fast.\nHe has always been good with money. I remember him being very outspoken about taxes. Former partner Ana Ruiz, who hired him in 1993\nI think he will win.";
  assert.deepEqual(markedSentences(text), ["I think he will win."]);
});

test("opinion: a fundraiser's own page in the first person is the organiser's, not the outlet's opinion", () => {
  const page = "This is my dear cousin, Jo. She has been in hospital since July. I really didn't know what to set the donation amount at because I have never had to do this. Any help offered would be so appreciated! Thank you and God bless.";
  const doc = annotateOpinion(makeDoc(page), normalizeOptions());
  assert.deepEqual(doc.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)), []);
  assert.deepEqual(doc.warnings.map((w) => w.rule), ["organisation-statement"]);
});

test("opinion: remarks printed whole after a speaker's label stay the speaker's; a Q&A's answers stay the writer's", () => {
  const remarks = "THE PRESIDENT: I wanted to come out here to speak to you about the ruling.\nThe judge conducted the trial in a professional manner. The jury rendered a verdict.\nYou know, when he was first shot I said that this could have been my son. That includes me.";
  assert.deepEqual(markedSentences(remarks), []);
  // A reader's question ("Q:") hands over to the answer, which is the writer's own advice.
  const explainer = "I answer readers' money questions every week.\nQ: How much should I give my family?\nA: Helping relatives is natural. If you don't trust them with cash, you can feel reassured that a trust fund works too.";
  assert.deepEqual(markedSentences(explainer), ["I answer readers' money questions every week.", "If you don't trust them with cash, you can feel reassured that a trust fund works too."]);
});

test("opinion: 'My' opening a Title Case book title after a colon is not the writer's", () => {
  assert.deepEqual(markedSentences("I read it twice. Released in 2016, Home Cooking: My Favourite Family Recipes sold well."), ["I read it twice."]);
});
