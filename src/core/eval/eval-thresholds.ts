import type { Lang } from '../packs/pack-schema';

/** The held-out targets of the matcher issue; `npm run eval` checks the development corpus against them. */
export const EVAL_TARGETS: Record<
  Lang,
  { precision: number; recall: number; trapFlagged: number; rejectFlagged: number }
> = {
  en: { precision: 0.9, recall: 0.8, trapFlagged: 0.05, rejectFlagged: 0.1 },
  ko: { precision: 0.85, recall: 0.7, trapFlagged: 0.05, rejectFlagged: 0.1 },
};
