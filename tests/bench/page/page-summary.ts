import type { BenchPage } from './bench-pages';
import type { ExtensionRun } from './measure-extension-run';
import { median } from './median';
import type { PeerRun } from './measure-peer-run';

/** The medians over one page's runs, and the ratios the targets are about. */
export interface PageSummary {
  page: BenchPage;
  scanMs: number;
  navToScanMs: number;
  floorMs: number;
  floorHits: number;
  markJsMs: number;
  markJsMarks: number;
  longestInScanMs: number;
  longTasksInScan: number;
  longestBeforeScanMs: number;
  /** The page's own longest task after DOMContentLoaded, without the extension. */
  pageLongestMs: number;
  heapMb: number;
  /** The extension's heap minus the same page's heap without it. */
  heapDeltaMb: number;
  matches: number;
  /** Scan time over floor time. */
  vsFloor: number;
  /** Scan time over mark.js time. */
  vsMarkJs: number;
}

const MB = 1024 * 1024;

/** Takes the median of each number over the runs of one page. */
export function summarise(
  page: BenchPage,
  runs: readonly ExtensionRun[],
  peers: readonly PeerRun[],
): PageSummary {
  const of = (values: number[]): number => median(values);
  const scanMs = of(runs.map((r) => r.scanMs));
  const floorMs = of(runs.map((r) => r.floor.ms));
  const markJsMs = of(peers.map((p) => p.markJs.ms));
  const heap = of(runs.map((r) => r.heapBytes));
  return {
    page,
    scanMs,
    navToScanMs: of(runs.map((r) => r.navToScanMs)),
    floorMs,
    floorHits: of(runs.map((r) => r.floor.hits)),
    markJsMs,
    markJsMarks: of(peers.map((p) => p.markJs.hits)),
    longestInScanMs: of(runs.map((r) => r.longestInScanMs)),
    longTasksInScan: of(runs.map((r) => r.longTasksInScan)),
    longestBeforeScanMs: of(runs.map((r) => r.longestBeforeScanMs)),
    pageLongestMs: of(peers.map((p) => p.pageLongestMs)),
    heapMb: heap / MB,
    heapDeltaMb: (heap - of(peers.map((p) => p.heapBytes))) / MB,
    matches: of(runs.map((r) => r.matches)),
    vsFloor: scanMs / floorMs,
    vsMarkJs: scanMs / markJsMs,
  };
}
