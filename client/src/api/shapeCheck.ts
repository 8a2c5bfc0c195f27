// A cheaper reading of a large answer against its zod schema. Helmet's CSP bars `eval`, so zod cannot compile
// its object checks and walks 10,000 queue items interpreted, copying each (~150 ms, Q1 in docs/benchmarks.md).
// This walks the same schema once, into plain closures that only look: an answer passes exactly when zod's
// parse would accept it, and is handed on as it came (zod would also drop keys the schema does not name).
// Any part of a schema this does not know is left to zod itself, and a schema that changes what it reads
// (defaults, transforms) is not checked here at all: the caller gets undefined and parses with zod.
import { z } from 'zod';

type Check = (value: unknown) => boolean;
type Def = { type: string; [key: string]: unknown };
type AnySchema = z.core.$ZodType;

/** Checks in a schema that only look, never rewrite the value (zod's `overwrite` does: trim, toLowerCase…). */
const LOOKING_CHECKS = new Set(['min_length', 'max_length', 'length_equals', 'string_format', 'greater_than', 'less_than', 'multiple_of', 'number_format', 'min_size', 'max_size']);
/** Kinds whose parse may hand back something other than what came in. */
const REWRITING = new Set(['pipe', 'transform', 'default', 'prefault', 'catch', 'success', 'promise', 'lazy', 'custom']);

class Rewrites extends Error {}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const checksOf = (def: Def) => ((def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? []).map((c) => c._zod.def.check);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod itself, for a part this file has no closure for (it still only looks: build() refused the rest). */
const byZod = (schema: AnySchema): Check => (value) => z.safeParse(schema, value).success;

function build(schema: AnySchema): Check {
  const def = defOf(schema);
  if (REWRITING.has(def.type)) throw new Rewrites(def.type);
  const checks = checksOf(def);
  if (checks.some((c) => !LOOKING_CHECKS.has(c))) throw new Rewrites(`check ${checks.join(',')}`);
  // Constraints (an int, a length) are zod's to judge, on this one value.
  if (checks.length > 0 && !(def.type === 'number' && checks.every((c) => c === 'number_format') && isSafeIntOnly(def))) return byZod(schema);
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return checks.length > 0 ? (v) => Number.isSafeInteger(v) : (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'enum':
    case 'literal': {
      const values = new Set<unknown>(def.type === 'enum' ? Object.values(def.entries as object) : (def.values as unknown[]));
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = build(def.innerType as AnySchema);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      const inner = build(def.innerType as AnySchema);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const element = build(def.element as AnySchema);
      return (v) => Array.isArray(v) && v.every(element);
    }
    case 'object': {
      // A strict object (catchall never) refuses unknown keys: zod's to judge.
      if (def.catchall !== undefined && defOf(def.catchall as AnySchema).type !== 'unknown') return byZod(schema);
      const fields = Object.entries(def.shape as Record<string, AnySchema>).map(([key, field]) => [key, build(field)] as const);
      return (v) => {
        if (!isObject(v)) return false;
        for (const [key, check] of fields) if (!check(v[key])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (def.options as AnySchema[]).map(build);
      return (v) => options.some((option) => option(v));
    }
    default:
      return byZod(schema);
  }
}

/** z.number().int(): zod's only number format check, which accepts safe integers. */
function isSafeIntOnly(def: Def): boolean {
  return ((def.checks as { _zod: { def: { format?: string } } }[]) ?? []).every((c) => c._zod.def.format === 'safeint');
}

/**
 * A zod type that reads like `schema` at the cost of a look: undefined when the schema rewrites what it
 * reads, so the caller keeps `schema`. A shape this refuses is asked of zod too, so a gap here can cost
 * time but never turn away an answer zod accepts.
 */
export function lookingSchema<T>(schema: z.ZodType<T>): z.ZodType<T> | undefined {
  let check: Check;
  try {
    check = build(schema);
  } catch (error) {
    if (error instanceof Rewrites) return undefined;
    throw error;
  }
  return z.custom<T>((value) => check(value) || schema.safeParse(value).success);
}
