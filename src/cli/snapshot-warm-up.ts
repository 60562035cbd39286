import { briefArticles } from "../index.js";
import type { RawArticle } from "../model/article.js";
import { renderMarkdown } from "../render/markdown.js";

/** Two short reports of an invented event, written for the warm-up: nothing from any real story. */
const REPORTS: RawArticle[] = [
  {
    id: "a",
    path: "warm-up-a.txt",
    title: "City council approves new bridge after long debate",
    outlet: "First Paper",
    published: "2024-03-08",
    body:
      'The city council approved a new bridge on Thursday after a debate that lasted about three hours. ' +
      'Mayor Jane Holloway said the project would cost $40 million and take two years. ' +
      '"This bridge will connect our neighbourhoods," Holloway told reporters. ' +
      "Opponents from the Riverside Association argued that the money should go to schools instead. " +
      "The bridge, 1.2 km (0.75 miles) long, will open in 2026. I think this is a mistake.",
  },
  {
    id: "b",
    path: "warm-up-b.txt",
    title: "Council backs $45 million bridge",
    outlet: "Second Paper",
    published: "2024-03-08",
    body:
      "Councillors voted 7-2 on Thursday to approve the bridge, after a two-hour meeting. " +
      "Holloway, the city's mayor, put the cost at $45 million, according to a statement. " +
      '"We listened to everyone," she said. The Riverside Association said it would appeal. ' +
      "Work is expected to begin next month and finish in 2026.",
  },
];

/**
 * Brief two invented reports once, so that the start-up snapshot holds the libraries' lazily built
 * tables and caches (compromise's tagger, chrono's parsers, the regular expressions) ready for use.
 */
export function warmUp(): void {
  renderMarkdown(briefArticles(REPORTS));
}
