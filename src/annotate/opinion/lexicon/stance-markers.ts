/**
 * Words and phrases by which a writer takes a position in their own voice. Matched only in text that
 * is neither quoted nor attributed. `strong` cues mark a sentence on their own; `weak` ones only count
 * inside a closing run of the writer's own commentary (see rules/mark-closing-column.ts).
 */
export interface StanceMarker {
  readonly pattern: RegExp;
  readonly reason: string;
}

/**
 * The writer concedes or insists: "Of course, ...", "Needless to say, ...". News prose uses these
 * before plain facts too ("Of course DeGeneres was also nominated for an Emmy", "Needless to say, the
 * developers applauded"), so such a marker needs a judgement or a modal in the same sentence
 * (CONCEDED_JUDGEMENT), and, like every weak cue, the writer's voice elsewhere in the article.
 */
export const CONCESSION: StanceMarker = { pattern: /\b(?:of course|needless to say|make no mistake|to be sure|let(?:'|’)s be (?:clear|honest|frank)|it goes without saying)\b/i, reason: "the writer's concession or emphasis (\"of course\", \"make no mistake\")" };

/** What makes a conceded sentence a judgement: "Of course, that could be the beginning of the end", "it's hardly surprising". */
export const CONCEDED_JUDGEMENT = /\b(?:(?:does|do|did)(?:n(?:'|’)t| not) mean|could|might|may|would|should|must|ought|hardly|scarcely|surely|probably|perhaps|impressive|surprising|obvious|wrong|right|better|worse|best|worst|bad|good|great|terrible|valuable|important)\b|[!?]/i;

/** The writer says what to think: a verdict, a "the real question is". */
export const STRONG_STANCE: readonly StanceMarker[] = [
  { pattern: /\bthe (?:best|worst|good|bad|real|bigger|biggest|larger|only|true) (?:news|question|problem|issue|irony|story|lesson|takeaway|worry|danger)\b(?: \w+){0,8} (?:is|was|may be|might be)\b/i, reason: "the writer's verdict (\"the real question is\")" },
  { pattern: /\b(?:it is|it's|it’s|it was|that is|that's|that’s) (?:hard|difficult|impossible|easy|tempting) (?:not )?to (?:see|imagine|believe|argue|overstate|ignore|say|escape)\b/i, reason: "the writer's judgement (\"it is hard to see\")" },
  { pattern: /^(?:(?:but|and|yet|so|still),? )?(?:frankly|ironically|sadly|tragically|thankfully|mercifully|fortunately|unfortunately|regrettably|alas|admittedly|undeniably|undoubtedly|inevitably),/i, reason: "an evaluative sentence adverb in the writer's voice" },
  { pattern: /\b(?:ludicrous|absurd|laughable|shameful|disgraceful|outrageous|appalling|pathetic|idiotic|incomprehensible|inexcusable|unconscionable|unforgivable|deplorable|despicable)\b/i, reason: "a verdict adjective in the writer's voice" },
  { pattern: /\b(?:it remains to be seen|time will tell|only time will tell|one (?:suspects|wonders|hopes|imagines)|one can only (?:hope|imagine|wonder))\b/i, reason: "the writer's speculation (\"it remains to be seen\")" },
];

/** Evaluative or intensifying words that colour a sentence without deciding it. */
export const WEAK_STANCE: readonly StanceMarker[] = [
  { pattern: /\b(?:intriguing|remarkable|striking|telling|curious|stunning|extraordinary|impressive|disappointing|encouraging|troubling|worrying|alarming|baffling|puzzling|welcome|unwelcome|reassuring|reassured|naive|cynical|dubious|hollow|empty)\b/i, reason: "an evaluative adjective" },
  { pattern: /\b(?:clearly|obviously|surely|certainly|simply|merely|at least|at best|at worst|in fact|indeed|naturally|really|truly)\b/i, reason: "an intensifier or hedge of the writer's own" },
  { pattern: /\b(?:should|must|ought to|needs to|need to|has to|have to)\b/i, reason: "a prescription (\"should\", \"must\")" },
  { pattern: /\b(?:perhaps|probably|presumably|arguably|possibly|maybe|likely|seems|appears|may well|might well|could well)\b/i, reason: "a hedge or speculation" },
  { pattern: /\b(?:we|us|our|ourselves)\b/i, reason: "the writer's \"we\"" },
  { pattern: /!/, reason: "an exclamation" },
];

/** Hedges that make a claim the writer's guess rather than a report. */
export const SPECULATION: readonly StanceMarker[] = [
  { pattern: /\b(?:perhaps|presumably|arguably|conceivably)\b/i, reason: "a hedge in the writer's voice (\"perhaps\", \"arguably\")" },
  { pattern: /\b(?:is|are|was|were|will be|would be) (?:probably|almost certainly|surely|doubtless|no doubt)\b/i, reason: "the writer's estimate (\"is probably\")" },
  { pattern: /\b(?:may well|might well|could well)\b/i, reason: "the writer's forecast (\"may well\")" },
];
