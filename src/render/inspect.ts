import type { Doc } from "../model/doc.js";

/* What Parallax made of one article (`parallax inspect`, `POST /api/inspect`), as JSON or Markdown. */

/** A Doc as plain JSON: the cleaned text, what was dropped and every annotation with its text. */
export type DocJson = Pick<Doc, "article" | "entities" | "quotes" | "values" | "opinion" | "warnings"> & {
  sentences: Array<Doc["sentences"][number] & { text: string }>;
};

/** A Doc as plain JSON (see DocJson). */
export function docToJson(doc: Doc): DocJson {
  const text = doc.article.text;
  return {
    article: doc.article,
    sentences: doc.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
    entities: doc.entities,
    quotes: doc.quotes,
    values: doc.values,
    opinion: doc.opinion,
    warnings: doc.warnings,
  };
}

/** A Doc as readable Markdown. */
export function docToMarkdown(doc: Doc): string {
  const a = doc.article;
  const t = a.text;
  const lines = [`# ${a.title}`, "", `\`${a.id}\` (${a.path}) — ${doc.sentences.length} sentences, ${t.length} characters`, ""];
  lines.push("## Dropped by cleaning", "");
  if (a.dropped.length === 0) lines.push("_nothing_");
  for (const d of a.dropped) lines.push(`- \`${d.rule}\` at ${d.start}-${d.end}: "${d.text.slice(0, 100)}" — ${d.reason}`);
  lines.push("", "## Sentences", "");
  for (const s of doc.sentences) lines.push(`${s.index + 1}. [${s.start}-${s.end}] ${t.slice(s.start, s.end)}`);
  if (doc.entities.length) {
    lines.push("", "## Entities", "");
    for (const e of doc.entities) lines.push(`- ${e.name} (${e.type}${e.title ? `, ${e.title}` : ""}) [${e.start}-${e.end}]`);
  }
  if (doc.quotes.length) {
    lines.push("", "## Quotes", "");
    for (const q of doc.quotes) lines.push(`- ${q.speaker ?? "unknown speaker"}: “${q.text}” [${q.start}-${q.end}] (${q.rule})`);
  }
  if (doc.values.length) {
    lines.push("", "## Values", "");
    for (const v of doc.values) {
      const slot = v.slot ? ` — ${v.slot.subject}/${v.slot.predicate}` : "";
      lines.push(`- ${v.text} (${v.kind}${v.unit ? `, ${v.unit}` : ""}, ${v.approx}: ${v.low}..${v.high})${slot} [${v.start}-${v.end}]`);
    }
  }
  if (doc.opinion.length) {
    lines.push("", "## Opinion and loaded language", "");
    for (const o of doc.opinion) {
      lines.push(`- ${o.kind} [${o.evidence.start}-${o.evidence.end}]: "${t.slice(o.evidence.start, o.evidence.end).slice(0, 120)}" — ${o.reason}`);
    }
  }
  if (doc.warnings.length) {
    lines.push("", "## Warnings", "");
    for (const w of doc.warnings) lines.push(`- ${w.stage}/${w.rule}: ${w.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
