import type { RawArticle } from "../../src/model/article.js";

/**
 * Invented news reports for the stream tests: three outlets on a bridge closure in a made-up town,
 * three on a made-up company's factory, and one on a chess tournament. General English, invented names.
 */
export const BRIDGE: readonly RawArticle[] = [
  {
    id: "bridge-a",
    path: "bridge-a.txt",
    outlet: "Valley Courier",
    published: "2030-03-04",
    title: "Norvale river bridge closed after cracks found in main span",
    body:
      "Engineers closed the Norvale river bridge on Tuesday after inspectors found deep cracks in its main steel span.\n\n" +
      "Mayor Edith Calloway said the crossing would stay shut for at least six weeks while repairs are planned. \"Nobody crosses that bridge until we know it is safe,\" Calloway told reporters.\n\n" +
      "About 18,000 vehicles use the bridge every day, and commuters now face a detour of 40 kilometres through the hill road.",
  },
  {
    id: "bridge-b",
    path: "bridge-b.txt",
    outlet: "Norvale Tribune",
    published: "2030-03-04",
    title: "Cracked steel span shuts Norvale bridge for weeks",
    body:
      "The Norvale river bridge was closed to all traffic on Tuesday when inspectors discovered cracks in the steel of the main span.\n\n" +
      "Mayor Edith Calloway said repairs could take six weeks or more, and the town council will meet on Thursday to approve emergency funds for the bridge.\n\n" +
      "Drivers who cross the river daily must take the hill road, a detour of about 40 kilometres, the council said.",
  },
  {
    id: "bridge-c",
    path: "bridge-c.txt",
    outlet: "Regional Wire",
    published: "2030-03-05",
    title: "Norvale commuters face long detour as cracked bridge stays closed",
    body:
      "Commuters in Norvale faced long queues on the hill road on Wednesday, a day after the river bridge was closed because of cracks in its main span.\n\n" +
      "Inspectors found the cracks during a routine check, according to the town's engineers. Mayor Edith Calloway repeated that the bridge would remain closed for at least six weeks.\n\n" +
      "Local shops near the bridge said customers had stopped coming since the closure.",
  },
];

export const FACTORY: readonly RawArticle[] = [
  {
    id: "factory-a",
    path: "factory-a.txt",
    outlet: "Business Daily",
    published: "2030-03-05",
    title: "Quillon Systems opens battery factory, promising 1,200 jobs",
    body:
      "Quillon Systems opened a battery factory in Ashgrove on Wednesday, saying the plant would employ 1,200 people by next year.\n\n" +
      "Chief executive Marten Oyelaran said the factory cost $850 million and would make cells for electric buses. \"This is the largest investment in our history,\" Oyelaran said.\n\n" +
      "Production lines will start at half capacity before reaching full output in the autumn.",
  },
  {
    id: "factory-b",
    path: "factory-b.txt",
    outlet: "Ashgrove Herald",
    published: "2030-03-05",
    title: "New Quillon battery plant opens in Ashgrove",
    body:
      "A new battery plant run by Quillon Systems opened in Ashgrove on Wednesday, with the company promising 1,200 jobs.\n\n" +
      "Marten Oyelaran, the chief executive, said the $850 million factory will supply battery cells to makers of electric buses.\n\n" +
      "Union leaders welcomed the jobs but asked for guarantees on wages at the plant.",
  },
  {
    id: "factory-c",
    path: "factory-c.txt",
    outlet: "Tech Ledger",
    published: "2030-03-06",
    title: "Quillon's Ashgrove factory bets on electric bus batteries",
    body:
      "Quillon Systems is betting on electric buses with its new Ashgrove battery factory, which opened this week at a cost of $850 million.\n\n" +
      "The plant will employ about 1,200 workers when fully staffed, chief executive Marten Oyelaran said at the opening.\n\n" +
      "Analysts said demand for bus battery cells is growing quickly as cities replace diesel fleets.",
  },
];

export const CHESS: RawArticle = {
  id: "chess-a",
  path: "chess-a.txt",
  outlet: "Board Games Weekly",
  published: "2030-03-05",
  title: "Teenager wins the Lakemoor chess open",
  body:
    "Sixteen-year-old Ilse Varga won the Lakemoor chess open on Sunday, beating three grandmasters on the way to the title.\n\n" +
    "Varga finished with seven points from nine rounds, half a point ahead of the defending champion.\n\n" +
    "Organisers said a record 240 players entered the tournament this year.",
};

/** A syndicated copy of `BRIDGE[0]`: the same text with a different outlet line and a changed last sentence. */
export const BRIDGE_COPY: RawArticle = {
  ...(BRIDGE[0] as RawArticle),
  id: "bridge-a-copy",
  path: "bridge-a-copy.txt",
  outlet: "Coast Syndicate",
  body: `${(BRIDGE[0] as RawArticle).body.replace("hill road.", "hill road, officials said.")}`,
};

/** A fourth report on the bridge closure, a day later, on the repair money. */
export const BRIDGE_FUNDS: RawArticle = {
  id: "bridge-d",
  path: "bridge-d.txt",
  outlet: "Hill Road Gazette",
  published: "2030-03-06",
  title: "Norvale council approves emergency money to repair cracked bridge",
  body:
    "The Norvale town council on Thursday approved emergency funds to repair the river bridge, closed since Tuesday after inspectors found cracks in its main steel span.\n\n" +
    "Mayor Edith Calloway said the bridge would stay closed for at least six weeks, and that commuters should keep using the hill road detour.\n\n" +
    "Engineers will start work on the cracked span next week, the council said.",
};
