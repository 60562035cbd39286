/** JavaScript's white space (`\s`): what `text.split(/\s+/)` splits at. */
const SPACE = /\s/;
const SPACE_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) SPACE_CODE[c] = SPACE.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * How many pieces `text.slice(start, end).split(/\s+/)` gives (one more than the runs of white
 * space), counted without building them.
 * @example wordCount("They met on Friday.") // 4
 */
export function wordCount(text: string, start = 0, end = text.length): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? SPACE_CODE[c] === 1 : SPACE.test(text[i] as string);
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}
