import type { RawArticle } from "../model/article.js";

/**
 * What clustering and near-duplicate detection need from one article, computed once at ingest and
 * stored beside it so a later run rebuilds its index without re-analysing anything.
 */
export interface ArticleFeatures {
  /** Content lemmas (nouns, proper nouns, verbs, adjectives) with their counts. */
  terms: Record<string, number>;
  /** Named people, organisations and places (fullest form, lower case) with their counts. */
  entities: Record<string, number>;
  /** Typed numbers and dates as keys ("money:USD:5000000", "date:20300"). */
  values: string[];
  /** Publication day (days since the epoch), when known. */
  day?: number;
  /** MinHash signature of the word shingles of the cleaned text, for near-duplicate detection. */
  minhash: number[];
}

/** One article to store; the store adds the id it finally used and the time it stored it. */
export interface NewArticle {
  /** Preferred id (the file stem); the store appends the hash when it is taken. */
  id: string;
  /** Content hash of the cleaned text: the same article twice is stored once. */
  hash: string;
  raw: RawArticle;
  /** The cleaned text (what citations point into). */
  text: string;
  title: string;
  features: ArticleFeatures;
  /** The story to join, or null to start a new one titled `title`. */
  storyId: number | null;
  /** Id of the stored article this one is a near-identical (syndicated) copy of. */
  copyOf?: string;
}

/** What `addArticle` reports. `duplicate` when an article with the same hash was already stored. */
export type AddResult =
  | { status: "stored"; id: string; storyId: number; seq: number }
  | { status: "duplicate"; id: string; storyId: number };

/** An article as stored. */
export interface StoredArticle {
  id: string;
  hash: string;
  storyId: number;
  /** Insertion order across the whole store. */
  seq: number;
  /** When it was stored (ISO 8601). */
  storedAt: string;
  path: string;
  url?: string;
  outlet?: string;
  title: string;
  published?: string;
  copyOf?: string;
  raw: RawArticle;
  text: string;
}

/** A stored article without its texts: what a listing of a story shows. */
export type ArticleListing = Omit<StoredArticle, "raw" | "text">;

/** What the clustering index is rebuilt from. */
export interface IndexEntry {
  id: string;
  storyId: number;
  copyOf?: string;
  features: ArticleFeatures;
}

/** A story with its counts. Times are ISO 8601 (when its articles were stored). */
export interface StorySummary {
  id: number;
  title: string;
  articles: number;
  outlets: number;
  firstUpdate: string;
  lastUpdate: string;
}

/**
 * The one interface every backend implements (SQLite embedded, PostgreSQL shared). Each call that
 * writes is one transaction, so an interrupted ingest loses nothing already reported stored.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** The stored article with this content hash, if any. */
  findByHash(hash: string): Promise<{ id: string; storyId: number } | null>;
  /** Store one article (and its new story when `storyId` is null) in one transaction. */
  addArticle(article: NewArticle): Promise<AddResult>;
  /** Move every article of story `from` into story `into`; `from` is kept as merged. */
  mergeStories(from: number, into: number): Promise<void>;
  /**
   * Move one article (and its syndicated copies) to another story; a story left empty is kept as
   * merged into that one, so its id keeps working.
   */
  moveArticle(id: string, storyId: number): Promise<void>;
  /**
   * Move articles (and their syndicated copies) out of their story into a new story titled after
   * the first of them, in one transaction; returns the new story's id.
   */
  splitArticles(ids: readonly string[]): Promise<number>;
  /** Every stored article's story and features, in storing order. */
  loadIndex(): Promise<IndexEntry[]>;
  /** Live (not merged) stories, most recently updated first. */
  listStories(): Promise<StorySummary[]>;
  /** One story, following merges; null when there is no such story. */
  getStory(id: number): Promise<StorySummary | null>;
  /** The articles of a story in storing order. */
  storyArticles(id: number): Promise<StoredArticle[]>;
  /** The articles of a story in storing order, without their texts (listings of large stores). */
  storyArticleList(id: number): Promise<ArticleListing[]>;
  /** Record that a story was briefed at `at` (ISO 8601). */
  recordBriefing(storyId: number, at: string): Promise<void>;
  /** When the story was last briefed, or null. */
  lastBriefing(storyId: number): Promise<string | null>;
  /** Number of stored articles. */
  countArticles(): Promise<number>;
  close(): Promise<void>;
}

/** Injected clock so tests can pin "stored at" times. */
export interface StoreEffects {
  now(): Date;
}

export const defaultStoreEffects: StoreEffects = { now: () => new Date() };
