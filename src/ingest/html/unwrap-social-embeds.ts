/** Embedded social posts: the post's text sits in the page as a blockquote until a script restyles it. */
const EMBED_SELECTOR = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.threads-embed";

/**
 * Keep embedded social posts as quotations. Their wrappers are often classed `social-media-embed`,
 * which Readability (and our furniture words) drop as share bars — but a quoted post is what someone
 * said, e.g. an official's statement posted as a tweet. We strip the embed's class and lift it out of
 * wrappers that hold nothing else, so it reads as a plain `<blockquote>` in the article.
 */
export function unwrapSocialEmbeds(document: Document): number {
  let count = 0;
  for (const quote of document.querySelectorAll(EMBED_SELECTOR)) {
    const text = (quote.textContent ?? "").trim();
    quote.removeAttribute("class");
    // Lift the quote out of wrappers that hold nothing else: Readability drops link-heavy small <div>s.
    let wrapper: Element | null = quote.parentElement;
    while (wrapper && wrapper.tagName !== "BODY" && wrapper.parentElement && (wrapper.textContent ?? "").trim() === text) {
      const outer: Element = wrapper.parentElement;
      outer.replaceChild(quote, wrapper);
      wrapper = outer;
    }
    count++;
  }
  return count;
}
