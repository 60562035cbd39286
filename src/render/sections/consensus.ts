import type { BriefingSection } from "../section.js";

/** At most this many consensus facts in text output; the JSON has all of them. */
const SHOWN = 15;

export const consensusSection: BriefingSection = {
  id: "consensus",
  title: "What most sources agree on",
  markdown: (b, h) =>
    b.consensus.length === 0
      ? ""
      : `## What most sources agree on\n\n${b.consensus
          .slice(0, SHOWN)
          .map((f) => `- (${f.sources.length}/${b.sources.length}) ${f.text} ${h.mdCite(f.evidence)}`)
          .join("\n")}\n`,
  html: (b, h) =>
    b.consensus.length === 0
      ? ""
      : `<section id="consensus"><h2>What most sources agree on</h2><ul>${b.consensus
          .slice(0, SHOWN)
          .map(
            (f) =>
              `<li><span class="support">${f.sources.length}/${b.sources.length}</span> ${h.esc(f.text)} <span class="cites">${h.htmlCite(f.evidence)}</span></li>`,
          )
          .join("")}</ul></section>`,
};
