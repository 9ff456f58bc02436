import '../assets/highlights.css';
import { findHype } from '../src/core/match/find-hype';
import { loadMatcher } from '../src/content/load-matcher';
import { listenForTabMessages } from '../src/content/listen-for-tab-messages';
import { startAnnotator } from '../src/content/start-annotator';
import { sendMessage } from '../src/shared/send-message';

/** Child frames smaller than this (CSS px²) are left alone. */
const MIN_FRAME_AREA = 200 * 120;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Tracking pixels and tiny widgets hold no prose worth a matcher.
    if (window !== window.top && window.innerWidth * window.innerHeight < MIN_FRAME_AREA) return;
    try {
      const initial = await loadMatcher();
      if (ctx.isInvalid || !initial) return;
      let matcher = initial;
      const quietly = (p: Promise<unknown>): void => void p.catch(() => undefined);
      const annotator = startAnnotator({
        doc: document,
        findHype: (text) => findHype(text, matcher),
        getCard: (myth) => sendMessage('getCard', { myth }).catch(() => null),
        getPageSettings: (url) => sendMessage('getPageSettings', { url }),
        report: (report) => quietly(sendMessage('reportMatches', report)),
        dismiss: (url, key) => quietly(sendMessage('dismissMatch', { url, key })),
        hideMyth: (myth) => quietly(sendMessage('hideMyth', { myth })),
        signal: ctx.signal,
      });
      const onPacksChanged = async (): Promise<void> => {
        const next = await loadMatcher();
        // A failed fetch or a pack that does not compile leaves the last good matcher in force.
        if (!next || ctx.isInvalid) return;
        matcher = next;
        await annotator.rescanAll();
      };
      listenForTabMessages(annotator, onPacksChanged, ctx.signal);
    } catch (error) {
      // An extension update or a broken pack must never break the page: say why and stay out of the way.
      if (ctx.isValid) console.warn('Hype Lens: not annotating this page:', error);
    }
  },
});
