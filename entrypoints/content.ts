import '../assets/highlights.css';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { findHype } from '../src/core/match/find-hype';
import { startAnnotator } from '../src/content/start-annotator';
import { sendMessage } from '../src/shared/send-message';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    try {
      const packs = await sendMessage('getMatcherPacks', {});
      if (ctx.isInvalid || !packs) return;
      const matcher = compileMatcher(packs);
      startAnnotator({
        doc: document,
        findHype: (text) => findHype(text, matcher),
        getCard: (myth) => sendMessage('getCard', { myth }).catch(() => null),
        signal: ctx.signal,
      });
    } catch (error) {
      // An extension update or a broken pack must never break the page: say why and stay out of the way.
      if (ctx.isValid) console.warn('Hype Lens: not annotating this page:', error);
    }
  },
});
