import type { InputReader } from "./reader.js";
import { readTextArticle } from "./read-text-article.js";

/** Plain-text articles: .txt/.text/.md files and anything without a recognised extension. */
export const textReader: InputReader = {
  name: "text",
  accepts: (path) => !/^https?:\/\//i.test(path),
  read: async (path, id, effects, options) => {
    const bytes = await effects.readFile(path);
    return readTextArticle(bytes, path, id, options);
  },
};
