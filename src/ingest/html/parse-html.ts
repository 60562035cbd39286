import { parseHTML } from "linkedom";

/** Parse an HTML string into a DOM Document with linkedom (fast, no layout). */
export function parseHtmlDocument(html: string): Document {
  // linkedom needs an <html> root to build <head>/<body>; fragments and bare bodies get one.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
