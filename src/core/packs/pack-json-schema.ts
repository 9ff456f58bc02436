import { toJsonSchema } from '@valibot/to-json-schema';
import { PackSchema } from './pack-schema';

/**
 * The pack format as JSON Schema, for pack authors and their editors. The
 * checks JSON Schema cannot say (patterns compile, no markup, languages
 * complete) are enforced by validatePack and described in the schema's text.
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(PackSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://hype-lens.dev/pack.schema.json',
    title: 'Hype Lens pack',
    description:
      'A Hype Lens rule pack, format 1. Beyond this schema, a pack must pass validatePack: every pattern compiles, every declared language is complete for every myth, myth ids are unique, text fields hold no markup, links are https, and the pack is at most 1 MB.',
  };
}
