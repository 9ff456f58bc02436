/** One window size for both browsers, so screenshots compare. */
export const viewport = { width: 1024, height: 768 } as const;
