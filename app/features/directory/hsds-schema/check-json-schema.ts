// A small JSON Schema checker for the keywords our HSDS schema uses ($ref to $defs, type, enum,
// properties, required, additionalProperties: false, items, minLength, maxLength, minimum,
// format uuid/date). It exists so the tests can hold the API to the schema without a new
// dependency; an unsupported keyword throws, so the schema cannot silently outgrow it.
type Schema = Record<string, unknown>;

const SUPPORTED = new Set([
  "$schema",
  "$id",
  "$defs",
  "$ref",
  "title",
  "description",
  "type",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minLength",
  "maxLength",
  "minimum",
  "format",
]);

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function checkJsonSchema(root: Schema, schema: Schema, value: unknown, path = "$"): string[] {
  for (const key of Object.keys(schema))
    if (!SUPPORTED.has(key)) throw new Error(`unsupported JSON Schema keyword ${key}`);
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace(/^#\/\$defs\//, "");
    const target = (root.$defs as Record<string, Schema>)[name];
    if (!target) throw new Error(`unknown $ref ${schema.$ref}`);
    return checkJsonSchema(root, target, value, path);
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const allowed = ([] as string[]).concat(schema.type as string | string[]);
    const ok = allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
    if (!ok) return [`${path}: expected ${allowed.join(" or ")}, got ${actual}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength)
      errors.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.format === "string" && FORMATS[schema.format] && !FORMATS[schema.format].test(value))
      errors.push(`${path}: not a ${schema.format}`);
  }
  if (typeof value === "number" && typeof schema.minimum === "number" && value < schema.minimum)
    errors.push(`${path}: below ${schema.minimum}`);
  if (actual === "array" && schema.items) {
    (value as unknown[]).forEach((item, i) =>
      errors.push(...checkJsonSchema(root, schema.items as Schema, item, `${path}[${i}]`)),
    );
  }
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...checkJsonSchema(root, properties[key], child, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected field ${key}`);
    }
  }
  return errors;
}

/** Check a value against one of the named definitions of a schema. */
export function checkAgainst(root: Schema, definition: string, value: unknown): string[] {
  return checkJsonSchema(root, { $ref: `#/$defs/${definition}` }, value);
}
