import { z } from "zod";
import { BriefingSchema } from "../model/briefing.js";
import {
  BriefRequestSchema,
  ErrorBodySchema,
  InspectRequestSchema,
  StorySummarySchema,
} from "./request-schemas.js";

function schemaOf(schema: z.ZodType): Record<string, unknown> {
  // "input" so request bodies show optional fields as optional; refinements have no JSON Schema form.
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const COMMON_ERRORS = {
  "400": errorResponse("The body is not valid JSON, or does not match the schema; the message says where."),
  "401": errorResponse("An access token is required (server listening beyond loopback) and was missing or wrong."),
  "413": errorResponse("The body is larger than the server's limit."),
  "415": errorResponse("The body was not sent as application/json."),
  "504": errorResponse("The request took longer than the server's time limit."),
};

/** The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`. */
export function buildOpenApi(limits: { bodyBytes: number; articles: number; timeoutMs: number }): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Parallax API",
      version: "1",
      description:
        "Brief many outlets' reports of one event into a triangulated, cited briefing. Every citation is " +
        "{source, start, end}: offsets into that source's cleaned `text`. Errors are JSON {error} with a " +
        `readable message. Limits: ${limits.bodyBytes} bytes per body, ${limits.articles} articles per request, ` +
        `${Math.round(limits.timeoutMs / 1000)} s per request.`,
    },
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "Only when the server listens beyond loopback." } },
      schemas: {
        BriefRequest: schemaOf(BriefRequestSchema),
        InspectRequest: schemaOf(InspectRequestSchema),
        Briefing: schemaOf(BriefingSchema),
        StorySummary: schemaOf(StorySummarySchema),
        Error: schemaOf(ErrorBodySchema),
      },
    },
    security: [{}, { token: [] }],
    paths: {
      "/api/brief": {
        post: {
          summary: "Brief posted articles (each as text, HTML or an http(s) URL)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BriefRequest" } } } },
          responses: {
            "200": { description: "The briefing", content: { "application/json": { schema: { $ref: "#/components/schemas/Briefing" } } } },
            "422": errorResponse("None of the articles could be used; `rejected` says why for each."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/inspect": {
        post: {
          summary: "What Parallax made of one article: cleaned text, dropped lines, sentences, annotations",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/InspectRequest" } } } },
          responses: {
            "200": { description: "The analysed article", content: { "application/json": { schema: { type: "object" } } } },
            "422": errorResponse("The article could not be used; `rejected` says why."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/api/stories": {
        get: {
          summary: "List stored stories",
          responses: {
            "200": {
              description: "The stories",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { stories: { type: "array", items: { $ref: "#/components/schemas/StorySummary" } } } },
                },
              },
            },
            "501": errorResponse("This server has no story store."),
            "401": COMMON_ERRORS["401"],
          },
        },
      },
      "/api/stories/{id}/brief": {
        get: {
          summary: "Brief one stored story",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The briefing", content: { "application/json": { schema: { $ref: "#/components/schemas/Briefing" } } } },
            "404": errorResponse("No story with that id."),
            "501": errorResponse("This server has no story store."),
            "401": COMMON_ERRORS["401"],
          },
        },
      },
      "/api/openapi.json": { get: { summary: "This description", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
  };
}
