import type { JsonSchema } from '../model/schemas/common.js';

export interface FieldInfo {
  /** The property's Vietnamese title, where the schema gives one. */
  title?: string;
  description?: string;
  /** The sub-schema with `$ref`s followed. */
  schema?: JsonSchema;
  /** The last key was not a property of its map but matched one of its `patternProperties` (a guide's own stage id). */
  byPattern?: boolean;
}

function resolve(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  for (let guard = 0; current && typeof current.$ref === 'string' && guard < 20; guard++) {
    const name = current.$ref.replace(/^#\/\$defs\//, '');
    const defs = root.$defs as Record<string, JsonSchema> | undefined;
    const target = defs?.[name];
    // The title beside a $ref names the place of use; it wins over the definition's own.
    current = target ? { ...target, ...withoutRef(current) } : undefined;
  }
  return current;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ignored, ...rest } = schema;
  return rest;
}

/** The schema of the value at a data path, followed through properties, items and $refs. */
export function fieldAt(root: JsonSchema, path: readonly (string | number)[]): FieldInfo {
  let schema = resolve(root, root);
  let byPattern = false;
  for (const segment of path) {
    if (!schema) break;
    byPattern = false;
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    const patterns = schema.patternProperties as Record<string, JsonSchema> | undefined;
    const pattern = typeof segment === 'string' && patterns ? Object.keys(patterns).find((p) => new RegExp(p, 'u').test(segment)) : undefined;
    if (typeof segment === 'number' && schema.items) {
      schema = resolve(root, schema.items as JsonSchema);
    } else if (props && typeof segment === 'string' && props[segment]) {
      schema = resolve(root, props[segment]);
    } else if (pattern !== undefined) {
      schema = resolve(root, patterns![pattern]);
      byPattern = true;
    } else if (typeof schema.additionalProperties === 'object') {
      schema = resolve(root, schema.additionalProperties as JsonSchema);
    } else {
      schema = undefined;
    }
  }
  return {
    title: typeof schema?.title === 'string' ? schema.title : undefined,
    description: typeof schema?.description === 'string' ? schema.description : undefined,
    schema,
    ...(byPattern ? { byPattern } : {}),
  };
}

/** The names of the properties a map at this path may have. */
export function allowedProperties(root: JsonSchema, path: readonly (string | number)[]): string[] {
  const props = fieldAt(root, path).schema?.properties;
  return props ? Object.keys(props) : [];
}
