import { beforeAll, describe, expect, it } from 'vitest';
import { essayPack } from '../../src/core/packs/essay-pack';
import { buildCli, hypeScan } from './hype-scan';

beforeAll(buildCli);

const MYTHS = [
  'scaling-laws',
  'emergence',
  'trend-extrapolation',
  'data-supply',
  'synthetic-data',
  'bigger-models',
  'agi-imminent',
  'benchmarks-utility',
];

interface Listed {
  id: string;
  title: { en: string; ko: string };
  verdict: { en: string; ko: string };
  facts: { en: string[]; ko: string[] };
}

describe('hype-scan --list-myths', () => {
  it('prints all 8 myths of the bundled pack as JSON, with titles, verdicts and fact texts in both languages', () => {
    const { code, stdout } = hypeScan(['--list-myths', '--format', 'json']);
    expect(code).toBe(0);
    const myths = JSON.parse(stdout) as Listed[];
    expect(myths.map((m) => m.id)).toEqual(MYTHS);
    for (const myth of myths) {
      expect(Object.keys(myth)).toEqual(['id', 'title', 'verdict', 'facts']);
      const packed = essayPack.myths.find((m) => m.id === myth.id)!;
      expect(myth.title).toEqual(packed.title);
      expect(myth.verdict).toEqual({ en: packed.card.en!.verdict, ko: packed.card.ko!.verdict });
      expect(myth.facts).toEqual({
        en: packed.card.en!.facts.map((f) => f.text),
        ko: packed.card.ko!.facts.map((f) => f.text),
      });
    }
  });

  it('prints a readable list in the chosen language with the text format', () => {
    const en = hypeScan(['--list-myths']).stdout;
    const ko = hypeScan(['--list-myths', '--lang', 'ko']).stdout;
    for (const id of MYTHS) expect(en).toContain(id);
    const scaling = essayPack.myths[0]!;
    expect(en).toContain(scaling.title.en);
    expect(ko).toContain(scaling.title.ko);
    expect(ko).not.toContain(scaling.title.en);
  });
});
