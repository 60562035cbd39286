import type { BriefingSection } from "../section.js";
import { consensusSection } from "./consensus.js";
import { outletFramingSection } from "./outlet-framing.js";
import { disagreementsSection } from "./disagreements.js";
import { sourcesSection } from "./sources.js";
import { summarySection } from "./summary.js";
import { timelineSection } from "./timeline.js";
import { uniqueSection } from "./unique.js";
import { whoSaidWhatSection } from "./who-said-what.js";

/**
 * The briefing's sections in reading order. Each is its own module; register a new one here with one
 * line. "Where the sources differ" goes first when present.
 */
export const SECTIONS: BriefingSection[] = [disagreementsSection, summarySection, consensusSection, uniqueSection, whoSaidWhatSection, outletFramingSection, timelineSection, sourcesSection];
