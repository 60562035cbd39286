import type { Briefing } from "../../model/briefing.js";
import type { Entity } from "../../model/entity.js";
import type { Quote } from "../../model/quote.js";
import type { BriefingSection, RenderHelpers } from "../section.js";

/** At most this many people and quotes in text output; the JSON has all of them. */
const PEOPLE_SHOWN = 10;
const QUOTES_SHOWN = 20;

/** People first by how many outlets mention them, then by mentions. */
function keyPeople(b: Briefing): Entity[] {
  return b.entities
    .filter((e) => e.type === "person" && (e.sources.length > 1 || e.mentions.length > 1))
    .sort((x, y) => y.sources.length - x.sources.length || y.mentions.length - x.mentions.length)
    .slice(0, PEOPLE_SHOWN);
}

/** Quotes with a known speaker first, those carried by most outlets first. */
function keyQuotes(b: Briefing): Quote[] {
  return [...b.quotes]
    .filter((q) => q.text.split(/\s+/).length >= 4)
    .sort((x, y) => Number(y.speaker !== null) - Number(x.speaker !== null) || y.sources.length - x.sources.length)
    .slice(0, QUOTES_SHOWN);
}

/** "Foreign Minister [1], top diplomat [3]": each outlet's title for the person. */
function rolesText(e: Entity, h: RenderHelpers): string {
  const byTitle = new Map<string, string[]>();
  for (const r of e.roles) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), `${h.sourceNumber(r.source)}`]);
  return [...byTitle].map(([t, s]) => `${t} [${[...new Set(s)].join(",")}]`).join("; ");
}

function speakerName(q: Quote): string {
  return q.speaker?.name ?? "unknown speaker";
}

function markdown(b: Briefing, h: RenderHelpers): string {
  const people = keyPeople(b);
  const quotes = keyQuotes(b);
  if (people.length === 0 && quotes.length === 0) return "";
  const parts: string[] = ["## Who said what\n"];
  if (people.length > 0) {
    parts.push(
      `### People\n\n${people
        .map((e) => {
          const roles = rolesText(e, h);
          const differ = e.rolesDiffer ? " _(outlets give different titles)_" : "";
          return `- **${e.name}**${roles ? `: ${roles}` : ""}${differ} (${e.sources.length}/${b.sources.length} outlets)`;
        })
        .join("\n")}\n`,
    );
  }
  if (quotes.length > 0) {
    const lines = quotes.map((q) => {
      const head = `- **${speakerName(q)}**: "${q.text}" (${q.sources.length}/${b.sources.length} outlets) ${h.mdCite(q.variants.map((v) => v.evidence))}`;
      if (!q.differs) return head;
      const variants = q.variants.map((v) => `  - [${h.sourceNumber(v.source)}] ${h.sourceLabel(v.source)}: "${v.text}"`).join("\n");
      return `${head}\n  _Wording differs between outlets:_\n${variants}`;
    });
    parts.push(`### Quotes\n\n${lines.join("\n")}\n`);
  }
  return parts.join("\n");
}

function html(b: Briefing, h: RenderHelpers): string {
  const people = keyPeople(b);
  const quotes = keyQuotes(b);
  if (people.length === 0 && quotes.length === 0) return "";
  const peopleHtml = people.length
    ? `<h3>People</h3><ul>${people
        .map((e) => {
          const roles = rolesText(e, h);
          return `<li><strong>${h.esc(e.name)}</strong>${roles ? `: ${h.esc(roles)}` : ""}${e.rolesDiffer ? ' <em class="differs">outlets give different titles</em>' : ""} <span class="support">${e.sources.length}/${b.sources.length}</span></li>`;
        })
        .join("")}</ul>`
    : "";
  const quotesHtml = quotes.length
    ? `<h3>Quotes</h3><ul>${quotes
        .map((q) => {
          const variants = q.differs
            ? `<ul class="variants">${q.variants.map((v) => `<li>[${h.sourceNumber(v.source)}] ${h.esc(h.sourceLabel(v.source))}: “${h.esc(v.text)}”</li>`).join("")}</ul>`
            : "";
          return `<li><strong>${h.esc(speakerName(q))}</strong>: “${h.esc(q.text)}” <span class="support">${q.sources.length}/${b.sources.length}</span> <span class="cites">${h.htmlCite(q.variants.map((v) => v.evidence))}</span>${variants}</li>`;
        })
        .join("")}</ul>`
    : "";
  return `<section id="who-said-what"><h2>Who said what</h2>${peopleHtml}${quotesHtml}</section>`;
}

/** "Who said what": key people with each outlet's title for them, and quotes with each outlet's wording. */
export const whoSaidWhatSection: BriefingSection = { id: "who-said-what", title: "Who said what", markdown, html };
