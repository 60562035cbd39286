import type { ArticleFeatures, IndexEntry } from "../store/store.js";
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from "./cluster-options.js";
import { estimateJaccard } from "./sign-shingles.js";
import { addInto, unitSublinear, type Vec, weightedNorm } from "./weighted-vector.js";

type Part = "terms" | "entities" | "values";
const PARTS: readonly Part[] = ["terms", "entities", "values"];
/** An article's strongest terms that are looked up to find candidate stories. */
const CANDIDATE_TERMS = 25;
/** Stories scored in full per article. */
const MAX_CANDIDATES = 40;
/** Likewise for entities and values (an article has few; a story's profile can have hundreds). */
const CANDIDATE_ENTITIES = 10;
/** Articles of each story compared pairwise for an average-link merge. */
const LINK_MEMBERS = 24;
/** Largest story that settling tries to bisect (the pairwise similarities grow as its square). */
const SPLIT_MEMBERS = 64;
/** LSH bands over the MinHash signature: 16 bands of 4 rows find pairs of Jaccard 0.8 with p > 0.999. */
const BANDS = 16;

/** One article's vectors, as the index keeps them. */
interface DocVectors {
  terms: Vec;
  entities: Vec;
  values: Vec;
  day?: number;
}

/** A story's profile: the sum of its articles' unit vectors (its centroid, unnormalized). */
interface Profile {
  id: number;
  size: number;
  vecs: Record<Part, Vec>;
  firstDay?: number;
  lastDay?: number;
  /** idf-weighted norms, valid while the story is unchanged and the corpus has not grown much. */
  norms?: { docs: number; values: Record<Part, number> };
}

/** Vectors ready for scoring against many profiles. */
interface Prepared {
  scaled: Record<Part, Vec>;
  norms: Record<Part, number>;
}

/** One change `settle` made: an article moved to another story, or a story merged into another. */
export type SettleStep = { kind: "move"; id: string; to: number } | { kind: "merge"; from: number; into: number };

export interface Assignment {
  /** The story to join, or null to start a new one. */
  storyId: number | null;
  /** Similarity to the best story (0 when there was no candidate). */
  score: number;
}

function vectorsOf(f: ArticleFeatures): DocVectors {
  const values: Record<string, number> = {};
  for (const v of f.values) values[v] = 1;
  return {
    terms: unitSublinear(f.terms),
    entities: unitSublinear(f.entities),
    values: unitSublinear(values),
    ...(f.day !== undefined ? { day: f.day } : {}),
  };
}

/**
 * The online story clustering index: single-pass assignment of each article to the most similar
 * story profile (idf-weighted cosine over content terms, entities and values, within a time window
 * when dates are known), merging of stories that turn out to be one, and syndicated-copy lookup.
 * Rebuilt from the store's features with `add`, so it needs no NLP and no state of its own.
 */
export class StoryIndex {
  private readonly opts: ClusterOptions;
  private docs = 0;
  private readonly df: Record<Part, Map<string, number>> = { terms: new Map(), entities: new Map(), values: new Map() };
  private readonly stories = new Map<number, Profile>();
  private readonly postings: Record<Part, Map<string, Set<number>>> = { terms: new Map(), entities: new Map(), values: new Map() };
  private readonly bands = new Map<string, string[]>();
  private readonly signatures = new Map<string, number[]>();
  private readonly docStory = new Map<string, number>();
  private readonly members = new Map<number, string[]>();
  /** Each original article as a one-article profile, for the best-member similarity. */
  private readonly docProfiles = new Map<string, Profile>();
  /** Syndicated copies of each original article, which move with it. */
  private readonly copies = new Map<string, string[]>();
  private readonly docDays = new Map<string, number>();

  private readonly weights: Record<Part, number>;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.opts = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    this.weights = { terms: this.opts.termWeight, entities: this.opts.entityWeight, values: this.opts.valueWeight };
  }

  /** Live stories in the index. */
  get storyCount(): number {
    return this.stories.size;
  }

  private idf(part: Part): (k: string) => number {
    const df = this.df[part];
    const n = this.docs;
    return (k) => Math.log(1 + (n + 1) / ((df.get(k) ?? 0) + 1));
  }

  private profileNorms(p: Profile): Record<Part, number> {
    if (p.norms && this.docs <= p.norms.docs * 1.1 + 5) return p.norms.values;
    const values = {
      terms: weightedNorm(p.vecs.terms, this.idf("terms")),
      entities: weightedNorm(p.vecs.entities, this.idf("entities")),
      values: weightedNorm(p.vecs.values, this.idf("values")),
    };
    p.norms = { docs: this.docs, values };
    return values;
  }

  /** Weighted mean of the parts' cosines, over the parts both sides have (a missing part is no evidence). */
  private similarity(a: Prepared, p: Profile): number {
    const pNorms = this.profileNorms(p);
    let sum = 0;
    let total = 0;
    for (const part of PARTS) {
      if (a.norms[part] === 0 || pNorms[part] === 0) continue;
      let dot = 0;
      const pv = p.vecs[part];
      const av = a.scaled[part];
      // Walk the smaller map: a story profile can hold thousands of terms.
      if (av.size <= pv.size) {
        for (const [k, w] of av) {
          const o = pv.get(k);
          if (o !== undefined) dot += w * o;
        }
      } else {
        for (const [k, o] of pv) {
          const w = av.get(k);
          if (w !== undefined) dot += w * o;
        }
      }
      sum += this.weights[part] * (dot / (a.norms[part] * pNorms[part]));
      total += this.weights[part];
    }
    return total === 0 ? 0 : sum / total;
  }

  /** An article's (or story's) vectors with idf squared folded in, and their idf-weighted norms. */
  private prepare(vecs: Record<Part, Vec>): Prepared {
    const scaled = { terms: new Map(), entities: new Map(), values: new Map() } as Record<Part, Vec>;
    const norms = { terms: 0, entities: 0, values: 0 } as Record<Part, number>;
    for (const part of PARTS) {
      const idf = this.idf(part);
      let sq = 0;
      for (const [k, w] of vecs[part]) {
        const i = idf(k);
        scaled[part].set(k, w * i * i);
        sq += w * i * w * i;
      }
      norms[part] = Math.sqrt(sq);
    }
    return { scaled, norms };
  }

  /**
   * Similarity of an article to a story: to its centroid, or to its closest member when that is
   * higher by the member weight (a story's reports can differ in focus: "the remake" review and the
   * box-office report of the same film share more with one member than with their average).
   */
  private storyScore(a: Prepared, p: Profile): number {
    const centroid = this.similarity(a, p);
    if (this.opts.memberWeight <= 0 || p.size <= 1) return centroid;
    let member = 0;
    for (const id of this.members.get(p.id) ?? []) {
      const d = this.docProfiles.get(id);
      if (d) member = Math.max(member, this.similarity(a, d));
    }
    return Math.max(centroid, member * this.opts.memberWeight);
  }

  /** Outside the time window: both dated and more than `windowDays` apart. */
  private outsideWindow(first: number | undefined, last: number | undefined, p: Profile): boolean {
    if (first === undefined || last === undefined || p.firstDay === undefined || p.lastDay === undefined) return false;
    const w = this.opts.windowDays;
    return last < p.firstDay - w || first > p.lastDay + w;
  }

  /**
   * Stories sharing the strongest terms, entities or values with `vecs`: the `MAX_CANDIDATES` with the
   * most idf-weighted keys in common (scoring every story that shares a common word is the slow part).
   */
  private candidates(vecs: Record<Part, Vec>): number[] {
    const shared = new Map<number, number>();
    const limit: Record<Part, number> = { terms: CANDIDATE_TERMS, entities: CANDIDATE_ENTITIES, values: CANDIDATE_ENTITIES };
    for (const part of PARTS) {
      const idf = this.idf(part);
      const keys = [...vecs[part]].map(([k, w]) => [k, w * idf(k)] as const);
      if (keys.length > limit[part]) keys.sort((x, y) => y[1] - x[1]);
      for (const [k, w] of keys.slice(0, limit[part])) {
        for (const s of this.postings[part].get(k) ?? []) shared.set(s, (shared.get(s) ?? 0) + w);
      }
    }
    return [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES).map(([id]) => id);
  }

  /** The story an article belongs to, or null for a new story. */
  assign(features: ArticleFeatures): Assignment {
    const d = vectorsOf(features);
    const vecs = { terms: d.terms, entities: d.entities, values: d.values };
    const prepared = this.prepare(vecs);
    let best: Assignment = { storyId: null, score: 0 };
    for (const id of this.candidates(vecs)) {
      const p = this.stories.get(id);
      if (!p || this.outsideWindow(d.day, d.day, p)) continue;
      const score = this.storyScore(prepared, p);
      if (score > best.score || (score === best.score && best.storyId !== null && id < best.storyId)) best = { storyId: id, score };
    }
    return best.score >= this.opts.joinThreshold ? best : { storyId: null, score: best.score };
  }

  /**
   * Whether a settled article's best story (scoring `best`, the runner-up or its own story `second`)
   * is close enough to move to: above the join threshold, or above the lower clear-join threshold
   * and well ahead of every other story. Only when settling: by then the stories that formed after
   * the article are there to be the runner-up, where online the right story may not exist yet.
   */
  private joins(best: number, second: number): boolean {
    if (best >= this.opts.joinThreshold) return true;
    const { clearJoinThreshold, clearJoinRatio } = this.opts;
    return clearJoinRatio > 1 && best >= clearJoinThreshold && best >= clearJoinRatio * second;
  }

  /** A stored article this one is a near-identical copy of (estimated shingle Jaccard), if any. */
  findCopy(features: ArticleFeatures): string | undefined {
    const seen = new Set<string>();
    let best: { id: string; j: number } | undefined;
    for (const key of bandKeys(features.minhash)) {
      for (const id of this.bands.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const j = estimateJaccard(features.minhash, this.signatures.get(id) ?? []);
        if (j >= this.opts.copyJaccard && (!best || j > best.j)) best = { id, j };
      }
    }
    return best?.id;
  }

  /** The story a stored article is in now (after merges), if the index knows it. */
  storyOf(articleId: string): number | undefined {
    return this.docStory.get(articleId);
  }

  /** Add a stored article to its story (creating the profile when new). Copies are not counted twice. */
  add(entry: IndexEntry): void {
    this.docStory.set(entry.id, entry.storyId);
    const list = this.members.get(entry.storyId);
    if (list) list.push(entry.id);
    else this.members.set(entry.storyId, [entry.id]);
    if (entry.copyOf) {
      const list = this.copies.get(entry.copyOf);
      if (list) list.push(entry.id);
      else this.copies.set(entry.copyOf, [entry.id]);
      return;
    }
    const f = entry.features;
    this.signatures.set(entry.id, f.minhash);
    for (const key of bandKeys(f.minhash)) {
      const list = this.bands.get(key);
      if (list) list.push(entry.id);
      else this.bands.set(key, [entry.id]);
    }
    const d = vectorsOf(f);
    this.docs++;
    this.docProfiles.set(entry.id, {
      id: entry.storyId,
      size: 1,
      vecs: { terms: d.terms, entities: d.entities, values: d.values },
    });
    let p = this.stories.get(entry.storyId);
    if (!p) {
      p = { id: entry.storyId, size: 0, vecs: { terms: new Map(), entities: new Map(), values: new Map() } };
      this.stories.set(entry.storyId, p);
    }
    p.size++;
    delete p.norms;
    for (const part of PARTS) {
      for (const k of d[part].keys()) {
        this.df[part].set(k, (this.df[part].get(k) ?? 0) + 1);
        let set = this.postings[part].get(k);
        if (!set) this.postings[part].set(k, (set = new Set()));
        set.add(entry.storyId);
      }
      addInto(p.vecs[part], d[part]);
    }
    if (d.day !== undefined) {
      this.docDays.set(entry.id, d.day);
      p.firstDay = p.firstDay === undefined ? d.day : Math.min(p.firstDay, d.day);
      p.lastDay = p.lastDay === undefined ? d.day : Math.max(p.lastDay, d.day);
    }
  }

  /** Another story that `storyId` turned out to be one with, if any: the caller merges them. */
  findMerge(storyId: number): { from: number; into: number; score: number } | undefined {
    const p = this.stories.get(storyId);
    if (!p) return undefined;
    const prepared = this.prepare(p.vecs);
    let best: { other: Profile; score: number } | undefined;
    for (const id of this.candidates(p.vecs)) {
      const other = this.stories.get(id);
      if (!other || id === storyId || this.outsideWindow(p.firstDay, p.lastDay, other)) continue;
      const score = this.opts.mergeLink === "average" ? this.averageLink(p.id, id) : this.similarity(prepared, other);
      if (score >= this.opts.mergeThreshold && (!best || score > best.score)) best = { other, score };
    }
    if (!best) return undefined;
    // The smaller story moves into the larger (the older on a tie), so ids of big stories stay stable.
    const [from, into] =
      best.other.size > p.size || (best.other.size === p.size && best.other.id < p.id) ? [p, best.other] : [best.other, p];
    return { from: from.id, into: into.id, score: best.score };
  }

  /**
   * Mean similarity over pairs of one story's articles with the other's (average link): two stories
   * are one when their reports match one another on the whole, not when their sums happen to.
   */
  private averageLink(a: number, b: number): number {
    // The latest LINK_MEMBERS articles of each side: the cost stays bounded as stories grow.
    const latest = (id: number) => (this.members.get(id) ?? []).slice(-LINK_MEMBERS);
    const left = latest(a).map((id) => this.docProfiles.get(id)).filter((d): d is Profile => d !== undefined);
    const right = latest(b).map((id) => this.docProfiles.get(id)).filter((d): d is Profile => d !== undefined);
    if (!left.length || !right.length) return 0;
    let sum = 0;
    for (const l of left) {
      const prepared = this.prepare(l.vecs);
      for (const r of right) sum += this.similarity(prepared, r);
    }
    return sum / (left.length * right.length);
  }

  /**
   * A better story for a stored article than the one it is in, if any: after the stream has grown,
   * an early article may fit a later story better than the one it started (the first report of an
   * event chose among fewer stories). Its own story is scored without it.
   */
  findBetterStory(articleId: string, margin: number): number | undefined {
    const d = this.docProfiles.get(articleId);
    const own = this.docStory.get(articleId);
    if (!d || own === undefined) return undefined;
    const p = this.stories.get(own);
    if (!p) return undefined;
    const prepared = this.prepare(d.vecs);
    let ownScore = 0;
    if (p.size > 1) {
      const rest: Profile = { id: own, size: p.size - 1, vecs: { terms: new Map(p.vecs.terms), entities: new Map(p.vecs.entities), values: new Map(p.vecs.values) } };
      for (const part of PARTS) addInto(rest.vecs[part], d.vecs[part], -1);
      ownScore = this.similarity(prepared, rest);
    }
    let best: { id: number; score: number } | undefined;
    let second = ownScore;
    for (const id of this.candidates(d.vecs)) {
      const other = this.stories.get(id);
      // No time window here: the window bounds the online search, and a story that grew after the
      // article arrived may span more than it (measured: the window check cost 0.01 F1).
      if (!other || id === own) continue;
      const score = this.similarity(prepared, other);
      if (!best || score > best.score) {
        if (best) second = Math.max(second, best.score);
        best = { id, score };
      } else second = Math.max(second, score);
    }
    if (!best || best.score <= ownScore + margin || !this.joins(best.score, second)) return undefined;
    return best?.id;
  }

  /**
   * Settle a batch after the stream: `reassignPasses` times, move each of `articleIds` that fits
   * another story better than its own (k-means style), then merge stories that became one. Returns
   * what it did, in order, for the caller to apply to the store.
   */
  settle(articleIds: readonly string[]): SettleStep[] {
    const steps: SettleStep[] = [];
    for (let pass = 0; pass < this.opts.reassignPasses; pass++) {
      let moved = 0;
      for (const id of articleIds) {
        const to = this.findBetterStory(id, this.opts.reassignMargin);
        if (to === undefined) continue;
        this.move(id, to);
        steps.push({ kind: "move", id, to });
        moved++;
      }
      if (moved === 0) break;
    }
    const touched = new Set(articleIds.map((id) => this.docStory.get(id)).filter((s): s is number => s !== undefined));
    for (let story of touched) {
      for (let i = 0; i < 3 && this.stories.has(story); i++) {
        const m = this.findMerge(story);
        if (!m) break;
        this.merge(m.from, m.into);
        steps.push({ kind: "merge", from: m.from, into: m.into });
        story = m.into;
      }
    }
    return steps;
  }

  /**
   * A story that is two: its articles bisected (two groups grown from its two least alike articles,
   * each article then joining the group it matches better on average), returned when the two groups
   * match each other (average link) below `mergeThreshold` and below `splitRatio` times the
   * tighter group's own average link. Average link scores a mix of two events of one kind low where
   * the centroid does not: the mix's centroid is close to both.
   */
  findSplit(storyId: number): string[] | undefined {
    if (this.opts.splitRatio <= 0) return undefined;
    const ids = (this.members.get(storyId) ?? []).filter((id) => this.docProfiles.has(id));
    if (ids.length < 4 || ids.length > SPLIT_MEMBERS) return undefined;
    const docs = ids.map((id) => this.docProfiles.get(id) as Profile);
    const prepared = docs.map((d) => this.prepare(d.vecs));
    const n = ids.length;
    const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const s = this.similarity(prepared[i] as Prepared, docs[j] as Profile);
        (sim[i] as number[])[j] = s;
        (sim[j] as number[])[i] = s;
      }
    }
    const at = (i: number, j: number) => (sim[i] as number[])[j] as number;
    const meanTo = (i: number, group: readonly number[]) => {
      const others = group.filter((j) => j !== i);
      return others.length ? others.reduce((s, j) => s + at(i, j), 0) / others.length : 0;
    };
    const all = ids.map((_, i) => i);
    let a = 0;
    for (const i of all) if (meanTo(i, all) < meanTo(a, all)) a = i;
    let b = a === 0 ? 1 : 0;
    for (const i of all) if (i !== a && at(a, i) < at(a, b)) b = i;
    let side = all.map((i) => (i === b ? 1 : i === a ? 0 : at(i, a) >= at(i, b) ? 0 : 1));
    for (let round = 0; round < 5; round++) {
      const left = all.filter((i) => side[i] === 0);
      const right = all.filter((i) => side[i] === 1);
      const next = all.map((i) => (meanTo(i, left) >= meanTo(i, right) ? 0 : 1));
      if (next.every((x, i) => x === side[i])) break;
      side = next;
    }
    const left = all.filter((i) => side[i] === 0);
    const right = all.filter((i) => side[i] === 1);
    if (left.length < 2 || right.length < 2) return undefined;
    let cross = 0;
    for (const i of left) for (const j of right) cross += at(i, j);
    cross /= left.length * right.length;
    const cohesion = (g: number[]) => g.reduce((s, i) => s + meanTo(i, g), 0) / g.length;
    const tighter = Math.min(cohesion(left), cohesion(right));
    if (cross >= this.opts.mergeThreshold || cross >= this.opts.splitRatio * tighter) return undefined;
    // The group without the story's first article leaves, so the story keeps its id and title.
    const leaving = side[0] === 0 ? right : left;
    return leaving.map((i) => ids[i] as string);
  }

  /** Take stored articles (with their copies) out of their story into a new story `storyId`. */
  splitOff(articleIds: readonly string[], storyId: number): void {
    if (this.stories.has(storyId)) return;
    this.stories.set(storyId, { id: storyId, size: 0, vecs: { terms: new Map(), entities: new Map(), values: new Map() } });
    this.members.set(storyId, []);
    for (const id of articleIds) this.move(id, storyId);
  }

  /** Move one stored article to another story. */
  move(articleId: string, to: number): void {
    const d = this.docProfiles.get(articleId);
    const from = this.docStory.get(articleId);
    const f = from === undefined ? undefined : this.stories.get(from);
    const t = this.stories.get(to);
    if (!d || from === undefined || !f || !t || from === to) return;
    for (const part of PARTS) {
      addInto(f.vecs[part], d.vecs[part], -1);
      addInto(t.vecs[part], d.vecs[part]);
      for (const k of d.vecs[part].keys()) {
        let set = this.postings[part].get(k);
        if (!set) this.postings[part].set(k, (set = new Set()));
        set.add(to);
      }
    }
    f.size--;
    t.size++;
    const day = this.docDays.get(articleId);
    if (day !== undefined) {
      t.firstDay = Math.min(t.firstDay ?? day, day);
      t.lastDay = Math.max(t.lastDay ?? day, day);
    }
    delete f.norms;
    delete t.norms;
    const moving = [articleId, ...(this.copies.get(articleId) ?? [])];
    for (const id of moving) this.docStory.set(id, to);
    this.members.set(from, (this.members.get(from) ?? []).filter((id) => !moving.includes(id)));
    this.members.get(to)?.push(...moving);
    if (f.size <= 0) {
      this.stories.delete(from);
      this.members.delete(from);
    }
  }

  /** Move story `from` into story `into`. */
  merge(from: number, into: number): void {
    const f = this.stories.get(from);
    const t = this.stories.get(into);
    if (!f || !t || from === into) return;
    for (const part of PARTS) {
      addInto(t.vecs[part], f.vecs[part]);
      for (const k of f.vecs[part].keys()) {
        const set = this.postings[part].get(k);
        set?.delete(from);
        set?.add(into);
      }
    }
    t.size += f.size;
    const moved = this.members.get(from) ?? [];
    for (const id of moved) this.docStory.set(id, into);
    this.members.set(into, [...(this.members.get(into) ?? []), ...moved]);
    this.members.delete(from);
    if (f.firstDay !== undefined) t.firstDay = Math.min(t.firstDay ?? f.firstDay, f.firstDay);
    if (f.lastDay !== undefined) t.lastDay = Math.max(t.lastDay ?? f.lastDay, f.lastDay);
    delete t.norms;
    this.stories.delete(from);
  }
}

/** LSH band keys of a MinHash signature. */
function bandKeys(sig: readonly number[]): string[] {
  const rows = Math.max(1, Math.floor(sig.length / BANDS));
  const keys: string[] = [];
  for (let b = 0; b * rows < sig.length; b++) keys.push(`${b}:${sig.slice(b * rows, (b + 1) * rows).join(",")}`);
  return keys;
}
