import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { tokenIndexAt } from "../quote-context.js";
import { isReportingToken } from "./find-reporting-verb.js";

/**
 * Rule: a quote with no reporting verb in its own frame that follows a quote of a known speaker in the
 * same paragraph, or opens the paragraph right after it: `"We are close," Brennan said. "Very close."`
 * The speaker is taken over, not guessed: the quote before must be at most two sentences back.
 */
export function continuation(ctx: QuoteContext): SpeakerFind | undefined {
  const { doc, quote } = ctx;
  if ([...ctx.before, ...ctx.after].some((i) => isReportingToken(doc, i))) return undefined;
  const prev = [...ctx.earlier].reverse().find((e) => e.quote.depth === quote.depth);
  if (!prev?.speaker || prev.name === null) return undefined;
  const here = doc.tokens[tokenIndexAt(doc.tokens, quote.open)]?.sentence ?? 0;
  const there = doc.tokens[tokenIndexAt(doc.tokens, prev.quote.close)]?.sentence ?? 0;
  const hereP = doc.sentences[here]?.paragraph ?? 0;
  const thereP = doc.sentences[there]?.paragraph ?? 0;
  if (here - there > 2 || hereP - thereP > 1) return undefined;
  // Other people named between the two quotes make the takeover a guess.
  // People named in the earlier quote's own attribution ("said Hale, speaking of Ode's plan") do not count.
  const between = doc.entities.filter(
    (e) => e.type === "person" && e.start > prev.quote.close && e.end < quote.open && (doc.tokens[tokenIndexAt(doc.tokens, e.start)]?.sentence ?? 0) > there,
  );
  const prevName = prev.name;
  if (between.some((e) => (e.full ?? e.name) !== prevName)) return undefined;
  return { ...prev.speaker, rule: "continuation", resolved: { name: prevName, span: prev.speaker.resolved?.span ?? prev.speaker.span } };
}
