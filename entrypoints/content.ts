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
    const packs = await sendMessage('getMatcherPacks', {});
    if (ctx.isInvalid || !packs) return;
    const matcher = compileMatcher(packs);
    startAnnotator({
      doc: document,
      findHype: (text) => findHype(text, matcher),
      getCard: (myth) => sendMessage('getCard', { myth }),
      signal: ctx.signal,
    });
  },
});
