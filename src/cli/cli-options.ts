import { normalizeOptions, type Options } from "../config/options.js";

/** Flags shared by commands that read articles, mapped onto the one Options object. */
export interface InputFlags {
  offline?: boolean;
  limit?: string;
  maxBytes?: string;
  maxPageBytes?: string;
  referenceDate?: string;
  maxFiles?: string;
  sentences?: string;
  allowPrivateNetwork?: boolean;
}

function int(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number, not "${value}"`);
  return n;
}

/** `--reference-date`: a calendar date (YYYY-MM-DD) that resolves "Friday" when an article has no date. */
function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--reference-date takes a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

/** A mistake in how the command was called: exit status 2. */
export class UsageError extends Error {}

export function optionsFromFlags(flags: InputFlags): Options {
  return normalizeOptions({
    offline: flags.offline ?? false,
    allowPrivateNetwork: flags.allowPrivateNetwork ?? false,
    ...(int(flags.limit, "--limit") ? { feedLimit: int(flags.limit, "--limit") } : {}),
    ...(int(flags.maxBytes, "--max-bytes") ? { maxFileBytes: int(flags.maxBytes, "--max-bytes") } : {}),
    ...(int(flags.maxPageBytes, "--max-page-bytes") ? { maxPageBytes: int(flags.maxPageBytes, "--max-page-bytes") } : {}),
    ...(int(flags.maxFiles, "--max-files") ? { maxFiles: int(flags.maxFiles, "--max-files") } : {}),
    ...(int(flags.sentences, "--sentences") ? { summarySentences: int(flags.sentences, "--sentences") } : {}),
    ...(flags.referenceDate !== undefined ? { referenceDate: isoDate(flags.referenceDate) } : {}),
  });
}
