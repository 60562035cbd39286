/** An edit to one raw line, in that line's coordinates: insert a space, or drop a range. */
export type InlineEdit =
  | { readonly kind: "space"; readonly at: number; readonly rule: string }
  | { readonly kind: "drop"; readonly start: number; readonly end: number; readonly rule: string; readonly reason: string };

export interface InlineRule {
  readonly name: string;
  /** `isLastLine`: the line is the article's last paragraph (trailers live there). */
  readonly find: (line: string, isLastLine: boolean) => InlineEdit[];
}
