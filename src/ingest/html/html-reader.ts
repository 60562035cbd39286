import type { InputReader } from "../reader.js";
import { readHtmlArticle } from "./read-html-article.js";

/** Saved web pages: `.html` / `.htm` files. */
export const htmlReader: InputReader = {
  name: "html",
  accepts: (path) => !/^https?:\/\//i.test(path) && /\.x?html?$/i.test(path),
  read: async (path, id, effects, options) => readHtmlArticle(await effects.readFile(path), path, id, options),
};
