import nlp from 'compromise/one';
import type { CompiledTrigger } from './compiled-matcher';

/**
 * A compromise net of its own for each English trigger, made when first
 * asked for. A sweep first walks every word of its net, so sweeping the
 * whole net for the one or two triggers a sentence needs cost more than the
 * matching. A net answers for each of its matches alone, so the small nets
 * find what the whole one finds, with one exception kept here: the whole
 * net keeps only the first of two triggers with the same match string.
 */
export function netPerTrigger(triggers: readonly CompiledTrigger[]): (index: number) => unknown {
  const first = new Map<string, number>();
  triggers.forEach((t, index) => {
    if (t.compromise !== undefined && !first.has(t.compromise)) first.set(t.compromise, index);
  });
  const nets = new Map<number, unknown>();
  return (index) => {
    const match = triggers[index]?.compromise;
    if (match === undefined || first.get(match) !== index) return undefined;
    let net = nets.get(index);
    if (net === undefined) {
      const entries = [{ match, trigger: index }];
      net = nlp.buildNet(entries);
      nets.set(index, net);
    }
    return net;
  };
}
