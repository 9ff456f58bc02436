/**
 * npm run schema: writes assets/pack.schema.json from the valibot schema in
 * src/core/packs/pack-schema.ts (the one source of truth). A unit test fails
 * when the committed file and the schema drift apart.
 */
import { writeFileSync } from 'node:fs';
import { packJsonSchema } from '../src/core/packs/pack-json-schema';

const target = new URL('../assets/pack.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
