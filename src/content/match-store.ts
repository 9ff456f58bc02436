import { compareRanges } from './compare-ranges';
import { containsAcross } from './contains-across';
import type { FoundMatch } from './found-match';

/**
 * The matches of the page, grouped by the block they were found in, so a
 * rescan of a subtree replaces exactly the matches inside it.
 */
export class MatchStore {
  #byBlock = new Map<Element | null, FoundMatch[]>();
  #ordered: FoundMatch[] | undefined;

  /** Adds the matches of one run. */
  add(found: readonly FoundMatch[]): void {
    if (found.length === 0) return;
    for (const f of found) {
      const list = this.#byBlock.get(f.block);
      if (list) list.push(f);
      else this.#byBlock.set(f.block, [f]);
    }
    this.#ordered = undefined;
  }

  /** Forgets the matches found in `root` or inside it, its shadow trees too (before a rescan of `root`). */
  removeWithin(root: Node): void {
    for (const block of this.#byBlock.keys()) {
      if (block === null ? root.nodeType === 9 : containsAcross(root, block)) {
        this.#byBlock.delete(block);
        this.#ordered = undefined;
      }
    }
  }

  /** Forgets matches whose text has left the document. */
  purgeDisconnected(): void {
    for (const [block, list] of this.#byBlock) {
      const kept = list.filter(
        (f) => f.range.startContainer.isConnected && f.range.endContainer.isConnected,
      );
      if (kept.length === list.length && (block === null || block.isConnected)) continue;
      if (kept.length === 0 || (block !== null && !block.isConnected)) this.#byBlock.delete(block);
      else this.#byBlock.set(block, kept);
      this.#ordered = undefined;
    }
  }

  clear(): void {
    this.#byBlock.clear();
    this.#ordered = undefined;
  }

  get size(): number {
    let n = 0;
    for (const list of this.#byBlock.values()) n += list.length;
    return n;
  }

  /** Every match in reading order (across shadow trees). */
  all(): readonly FoundMatch[] {
    if (!this.#ordered) {
      const all = [...this.#byBlock.values()].flat();
      all.sort((a, b) => {
        try {
          return compareRanges(a.range, b.range);
        } catch {
          return 0;
        }
      });
      this.#ordered = all;
    }
    return this.#ordered;
  }
}
