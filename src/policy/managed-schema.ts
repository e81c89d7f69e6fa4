// Chrome's managed_schema.json, generated from the zod schema at build time
// (wxt.config.ts) so that the two cannot differ.
//
// Chrome accepts only a subset of JSON Schema here, and a value that fails
// it is dropped whole before the extension sees it, with the reason shown
// only at chrome://policy. So the generated schema says the types (which
// Chrome needs to read the Windows registry and macOS plists into the right
// shapes) and the titles and descriptions, and nothing else: lengths,
// patterns, formats and court ids are checked by the extension itself
// (./schema.ts), which says on its options page what it ignored and why.
import { z } from 'zod';
import { policySchema } from './schema';

type Json = { [key: string]: unknown };

const KEEP = new Set(['type', 'properties', 'items', 'title', 'description']);

function strip(node: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties') {
      out.properties = Object.fromEntries(Object.entries(v as Record<string, Json>).map(([name, s]) => [name, strip(s)]));
    } else if (k === 'items') {
      out.items = strip(v as Json);
    } else {
      out[k] = v;
    }
  }
  if (typeof out.type !== 'string') throw new Error(`managed schema: a node without one type: ${JSON.stringify(node)}`);
  return out;
}

/** The schema object Chrome reads: the top level an object of the policy keys, no additionalProperties. */
export function managedSchema(): Json {
  return strip(z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'throw' }) as Json);
}

/** The file's text, as written into the Chrome build. */
export function managedSchemaJson(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
