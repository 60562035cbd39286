/**
 * A small JSON Schema checker for the keywords zod's toJSONSchema emits for the briefing (type,
 * properties, required, additionalProperties, items, const, enum, anyOf, minimum, maximum), so the
 * published file itself is tested without another dependency. Returns the problems found.
 */
type Schema = Record<string, unknown>;

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "string":
      return typeof v === "string";
    case "integer":
      return Number.isInteger(v);
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return typeof v === "boolean";
    case "null":
      return v === null;
    default:
      throw new Error(`schema keyword type "${type}" is not supported by this checker`);
  }
}

const KNOWN = new Set(["$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties", "items", "const", "enum", "anyOf", "minimum", "maximum", "default"]);

export function checkJsonSchema(schema: Schema, value: unknown, at = "$"): string[] {
  const problems: string[] = [];
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`${at}: schema keyword "${k}" is not supported by this checker`);
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => checkJsonSchema(s, value, at).length === 0);
    if (!ok) problems.push(`${at}: matches none of anyOf`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeOk(t, value))) return [...problems, `${at}: expected ${types.join("|")}, got ${JSON.stringify(value)?.slice(0, 40)}`];
  }
  if ("const" in schema && value !== schema.const) problems.push(`${at}: expected const ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) problems.push(`${at}: ${value} < ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) problems.push(`${at}: ${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, v] of value.entries()) problems.push(...checkJsonSchema(schema.items as Schema, v, `${at}[${i}]`));
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in o)) problems.push(`${at}: missing "${r}"`);
    for (const [k, v] of Object.entries(o)) {
      if (props[k]) problems.push(...checkJsonSchema(props[k], v, `${at}.${k}`));
      else if (schema.additionalProperties === false) problems.push(`${at}: unexpected property "${k}"`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object") problems.push(...checkJsonSchema(schema.additionalProperties as Schema, v, `${at}.${k}`));
    }
  }
  return problems;
}
