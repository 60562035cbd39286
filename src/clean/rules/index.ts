import { headFurnitureLine } from "./head-furniture-line.js";
import { interfaceLine } from "./interface-line.js";
import type { LineRule } from "./line-rule.js";
import { logoLine } from "./logo-line.js";
import { navigationLine } from "./navigation-line.js";
import { tagCloudLine } from "./tag-cloud-line.js";
import { tailFurnitureLine } from "./tail-furniture-line.js";

/** Line rules in the order they are tried; the first that matches drops the line. */
export const LINE_RULES: readonly LineRule[] = [
  logoLine,
  tagCloudLine,
  navigationLine,
  interfaceLine,
  tailFurnitureLine,
  headFurnitureLine,
];
