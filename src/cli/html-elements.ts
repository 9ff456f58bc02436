const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/**
 * Which elements do what to the rendered text, by tag name. One table so
 * the HTML reader stays a reader.
 */
export const HTML_ELEMENTS = {
  /** Rendered as blocks: they end the paragraph before and after them. */
  block: words(
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol optgroup option p pre search section summary table tbody td tfoot th thead tr ul',
  ),
  /** Never have content or an end tag. */
  void: words('area base br col embed hr img input keygen link meta param source track wbr'),
  /** Their content is raw text up to their own end tag, and never rendered as prose. */
  rawText: words('script style textarea title xmp iframe noembed noframes noscript'),
  /** Rendered but not prose (code), or not rendered at all: their text is skipped. */
  skipped: words('head template code pre kbd samp select'),
  /** May sit in <head> without ending it. */
  headContent: words('base basefont bgsound link meta noscript script style template title'),
  /** Opening one of these closes an open <p> (the HTML parser's "close a p element"). */
  closesP: words(
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre search section summary table ul',
  ),
  /** Where the search for an open <p> to close stops. */
  pScope: words('applet button caption html marquee object table td template th'),
  /** Foreign content, where CDATA sections are text and "/>" closes an element. */
  foreign: words('svg math'),
} as const;
