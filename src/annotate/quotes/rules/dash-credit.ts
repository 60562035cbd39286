import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { entityAt, wordAt } from "../quote-context.js";

const CAPITALISED = /^\p{Lu}/u;
const DASHES = new Set(["―", "—", "–", "-", "--"]);

/** Rule: a quote credited with a dash and a name, as in reader-comment round-ups: `"..." ― Jo Lin`. */
export function dashCredit(ctx: QuoteContext): SpeakerFind | undefined {
  const { doc, after } = ctx;
  const first = after[0];
  if (first === undefined || !DASHES.has(wordAt(doc, first))) return undefined;
  const next = after[1];
  if (next === undefined) return undefined;
  const ent = entityAt(doc, next);
  if (ent && ent.type === "person") return { span: { start: ent.start, end: ent.end }, kind: "entity", entity: ent, rule: "dash-credit" };
  // An unknown name: the capitalised words after the dash.
  let last = next;
  while (after.includes(last + 1) && CAPITALISED.test(wordAt(doc, last + 1))) last++;
  if (!CAPITALISED.test(wordAt(doc, next))) return undefined;
  const a = doc.tokens[next];
  const b = doc.tokens[last];
  if (!a || !b) return undefined;
  return { span: { start: a.start, end: b.end }, kind: "nominal", rule: "dash-credit" };
}
