import { briefArticles } from "../index.js";
import type { RawArticle } from "../model/article.js";
import { renderMarkdown } from "../render/markdown.js";

/**
 * Three short reports of an invented event, written for the warm-up: nothing from any real story.
 * Between them they reach most of what a brief reads (quotes of several forms, ages, money, shares,
 * weekdays and relative times, a figure the reports disagree on, loaded words, a closing analysis in
 * the first person), so the code and regular expressions behind each are compiled in the snapshot.
 */
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
  {
    id: "c",
    path: "warm-up-c.txt",
    title: "Bridge vote: what the council decided, and why it matters",
    outlet: "Third Weekly",
    published: "2024-03-10",
    body:
      "LOCAL NEWS\n\n" +
      "The council voted 6-3 last Thursday to build the bridge, a decision opponents slammed as reckless. " +
      "Jane Holloway, 52, the mayor since 2019, said the city could not wait any longer. " +
      'According to the finance office, the project will cost $45m, or about 15% of the yearly budget. ' +
      "Council member Omar Reyes, a former engineer, told the Riverside Gazette on Friday that \"the numbers simply do not add up.\" " +
      "Before the vote, about 200 residents marched from Market Square to City Hall; after the meeting, the association announced a legal challenge. " +
      "The state transport agency and the Harbor Authority of Eastport must still approve the plans by June 30.\n\n" +
      "Analysis\n\n" +
      "Why did the council rush? I have covered this city for twenty years, and I believe the vote came too soon. " +
      "If you live near the river, you deserve better answers. Perhaps the mayor is right; perhaps not. " +
      "Either way, the scathing debate will not end soon.",
  },
];

/**
 * Brief the invented reports once, so that the start-up snapshot holds the libraries' lazily built
 * tables and caches (compromise's lexicon, chrono's parsers, the regular expressions) ready for use.
 */
export function warmUp(): void {
  renderMarkdown(briefArticles(REPORTS));
}
