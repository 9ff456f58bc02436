import { blockOf } from './collect-runs';
import { containsAcross } from './contains-across';
import { INLINE_TAGS } from './inline-tags';

/** Over this many changed subtrees in one batch, a full rescan is cheaper and simpler. */
export const FULL_RESCAN_THRESHOLD = 250;

/** What a batch of mutations asks for: some subtrees rescanned, or the whole page. */
export type ChangedRoots = { all: true } | { all: false; roots: Node[] };

function isInline(node: Node): boolean {
  return (
    node.nodeType === 3 ||
    (node.nodeType === 1 && INLINE_TAGS.has((node as Element).tagName.toUpperCase()))
  );
}

/**
 * Turns mutation records into the smallest set of subtrees to rescan: a
 * text or inline change rescans its block, an added block is scanned on
 * its own, and roots inside other roots (shadow trees included) are
 * dropped. Removed blocks need no scan (their matches are purged as
 * disconnected). `extra` are subtrees to rescan whatever the records say
 * (custom elements that were upgraded).
 */
export function changedRoots(
  records: readonly MutationRecord[],
  ignore: (node: Node) => boolean,
  extra: readonly Node[] = [],
): ChangedRoots {
  const roots = new Set<Node>(extra);
  const addBlockOf = (node: Node): void => {
    const block = blockOf(node);
    if (block) roots.add(block);
  };
  for (const record of records) {
    if (ignore(record.target)) continue;
    if (record.type === 'characterData') addBlockOf(record.target);
    else if (record.type === 'attributes') roots.add(record.target);
    else {
      for (const node of record.addedNodes) {
        if (ignore(node)) continue;
        if (isInline(node)) addBlockOf(record.target);
        else if (node.nodeType === 1) roots.add(node);
      }
      for (const node of record.removedNodes) if (isInline(node)) addBlockOf(record.target);
    }
    if (roots.size > FULL_RESCAN_THRESHOLD) return { all: true };
  }
  const list = [...roots].filter((n) => n.isConnected);
  const outer = list.filter((n) => !list.some((other) => other !== n && containsAcross(other, n)));
  return { all: false, roots: outer };
}
