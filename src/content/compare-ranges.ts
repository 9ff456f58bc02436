import { hostOf } from './parent-across';

/** `node`, then its shadow host, that host's host, and so on up to the document's tree. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let host = hostOf(node.getRootNode()); host; host = hostOf(host.getRootNode()))
    chain.push(host);
  return chain;
}

/** Order of two nodes of one tree; a host's shadow tree counts as coming before its light children. */
function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Compares the starts of two ranges in the order a reader meets them, also
 * when they lie in different shadow trees (where `compareBoundaryPoints`
 * throws): ranges in different trees are ordered by their ancestors (or
 * hosts) in the nearest tree they share.
 */
export function compareRanges(a: Range, b: Range): number {
  const chainA = hostChain(a.startContainer);
  const chainB = hostChain(b.startContainer);
  for (let i = 0; i < chainA.length; i += 1) {
    const nodeA = chainA[i] as Node;
    const tree = nodeA.getRootNode();
    const j = chainB.findIndex((n) => n.getRootNode() === tree);
    if (j < 0) continue;
    if (i === 0 && j === 0) return a.compareBoundaryPoints(Range.START_TO_START, b);
    return compareNodes(nodeA, chainB[j] as Node);
  }
  return 0;
}
