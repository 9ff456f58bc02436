import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from './pack-json-schema';

describe('assets/pack.schema.json', () => {
  it('is what the valibot schema says (run `npm run schema` after changing the format)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../assets/pack.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(packJsonSchema());
  });
});
