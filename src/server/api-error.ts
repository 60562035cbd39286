import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Rejected } from "../model/article.js";

/** An error the API reports as `{error}` JSON with this status; the message is for a person. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    message: string,
    readonly rejected?: readonly Rejected[],
  ) {
    super(status, { message });
  }
}

/** The JSON body of every API error. */
export function errorBody(message: string, rejected?: readonly Rejected[]): { error: string; rejected?: Rejected[] } {
  return rejected && rejected.length > 0 ? { error: message, rejected: [...rejected] } : { error: message };
}
