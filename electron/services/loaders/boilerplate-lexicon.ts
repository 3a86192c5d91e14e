/** A line or block that is page furniture, not article text, when it matches as a whole. */
export interface WholeBoilerplate {
  readonly pattern: RegExp;
  readonly reason: string;
  /** Text the page itself sets as a picture's caption is kept as one although it has this shape. */
  readonly unlessCaption?: true;
}

/** Furniture that opens with a known phrase and runs to a known closing phrase (donation banners). */
export interface DelimitedBoilerplate {
  readonly opening: RegExp;
  readonly closing: RegExp;
  readonly reason: string;
  /** Longest text the pair may span; longer text is left alone in case it is the article. */
  readonly maxLength: number;
}

/** A label glued in front of real content, such as a gallery link before a picture caption. */
export interface PrefixBoilerplate {
  readonly pattern: RegExp;
  readonly reason: string;
  /** What the text after the prefix is. */
  readonly restKind: 'caption' | 'heading';
}

/**
 * Whole lines that are furniture. Each pattern is anchored at both ends and bounded in length so
 * an article sentence that merely mentions cookies or newsletters is never taken for one.
 */
export const WHOLE_BOILERPLATE: readonly WholeBoilerplate[] = [
  { pattern: /^advert(?:isement)?s?$/i, reason: 'advertisement label' },
  { pattern: /^(?:skip|close) advert(?:isement)?$/i, reason: 'advertisement label' },
  { pattern: /^(?:story continues below (?:this )?advert(?:isement)?|article continues below(?: this)? advert(?:isement)?)$/i, reason: 'advertisement label' },
  { pattern: /^(?:read more|continue reading|read the full (?:story|article)|show more|see more)\.?$/i, reason: 'read-more link' },
  {
    pattern: /^(?:share|share (?:this|the) (?:article|story|page|post)|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|e-mail))$/i,
    reason: 'share prompt',
  },
  { pattern: /^(?:copy link|link copied|comments?|view comments|\d+ comments?)$/i, reason: 'share or comment control' },
  { pattern: /^sign up (?:to|for) (?:our|the) .{0,60}newsletters?\b.{0,120}$/i, reason: 'newsletter sign-up' },
  { pattern: /^(?:subscribe|subscribe now|sign up|sign up now|support now|donate|donate now|register|log in|sign in)$/i, reason: 'sign-up or donation button' },
  { pattern: /^(?:skip to (?:main )?content|skip to navigation|back to top)$/i, reason: 'navigation link' },
  { pattern: /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.{0,400}$/i, reason: 'cookie notice' },
  { pattern: /^by (?:continuing to use|using) (?:this|our) (?:site|website).{0,200}cookies.{0,200}$/i, reason: 'cookie notice' },
  { pattern: /^(?:accept(?: all)? cookies|reject(?: all)? cookies|cookie (?:settings|policy|preferences)|manage cookies)$/i, reason: 'cookie notice' },
  { pattern: /^open image in gallery$/i, reason: 'gallery link' },
  {
    pattern: /^(?:continue reading the main story|story continues below|article continues (?:below|after (?:this )?advert(?:isement)?))$/i,
    reason: 'read-more link',
  },
  {
    pattern: /^(?:view|see|more from this) author(?:'s|’s)? (?:archive|profile|articles)$|^(?:view|see) (?:all )?(?:articles|stories|posts) by .{1,60}$/i,
    reason: 'author link',
  },
  {
    pattern: /^(?:e-?mail|contact|message) (?:the|this) (?:author|reporter|writer)$|^(?:e-?mail|contact) (?:the author|the reporter) at \S+@\S+$/i,
    reason: 'author link',
  },
  {
    pattern:
      /^follow (?:@\w{1,30}|us|me|him|her|them|.{1,40}) on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\.?$|^(?:follow on|find us on|like us on) (?:twitter|x|facebook|instagram)$/i,
    reason: 'social link',
  },
  {
    pattern:
      /^(?:enlarge|enlarge (?:this )?(?:image|photo|picture)|zoom|toggle caption|hide caption|view (?:larger )?(?:image|photo)|photo|image|video|watch|play video)$/i,
    reason: 'media control',
  },
  { pattern: /^\[(?:read|related|see also|more|also read|watch)(?::| -) .{1,200}\]$/i, reason: 'promoted link' },
  // A video's caption line ends with the agency's name in brackets; an article paragraph does not.
  { pattern: /^.{1,300}[.!?]?\s*\((?:reuters|reuters tv|reuters video|ap video|afp video)\)$/i, reason: 'video caption', unlessCaption: true },
  { pattern: /^powered by .{1,60}$/i, reason: 'site credit' },
  {
    pattern:
      /^(?:home|search|print|print (?:version|this (?:article|page|story))|printer[- ]friendly(?: version)?|e-?mail (?:article|story|this (?:article|story|page)(?: to a friend)?|to a friend)|text size|font size|[a-z]?[+-] ?text size|most (?:e-?mailed|viewed|read|popular)|don['’]t miss(?: \. \. \.|\.\.\.|…)?)$/i,
    reason: 'page tool',
  },
  // A bar of page tools run into one line ("Print this article E-mail this article Larger text | Smaller text"): only tool words.
  {
    pattern:
      /^(?:print|printer|printable|e-?mail|send|share|save|subscribe|bookmark|rss|feed|post|digg|del\.icio\.us|facebook|reddit|this|the|article|story|page|paper|to|a|friends?|by|friendly|version|larger|smaller|text|font|size|and|or)(?:[\s|:,·•/-]+(?:print|printer|printable|e-?mail|send|share|save|subscribe|bookmark|rss|feed|post|digg|del\.icio\.us|facebook|reddit|this|the|article|story|page|paper|to|a|friends?|by|friendly|version|larger|smaller|text|font|size|and|or)){2,24}[\s|:.]*$/i,
    reason: 'page tool',
  },
  {
    pattern: /^click (?:on )?(?:the )?(?:photo|image|picture|thumbnail)s? (?:to|for) (?:enlarge|a larger (?:view|version|image))\.?$/i,
    reason: 'media control',
  },
  // Boxes offering the site's headlines by e-mail: "Get our headlines emailed to you daily", "News alerts by email".
  {
    pattern:
      /^.{0,60}\b(?:headlines|newsletters?|alerts?)\b.{0,30}\b(?:e-?mailed to you|by e-?mail|per e-?mail|in your inbox)\b.{0,40}$|^.{0,60}\b(?:receive|get|sign up for) (?:our|the) (?:free )?e-?(?:mail )?newsletters?\b.{0,40}$/i,
    reason: 'newsletter sign-up',
  },
  // Breadcrumbs: "> Breaking News", "Home > World".
  { pattern: /^(?:[>»›] ?[\p{L}\p{N} &'’-]{1,40}|[\p{L}\p{N} &'’-]{1,30}(?: [>»›] [\p{L}\p{N} &'’-]{1,30}){1,5})$/iu, reason: 'breadcrumb' },
  {
    pattern:
      /^(?:related|related (?:articles?|stories|story|coverage|content|links|topics|video)|more on this (?:story|topic)|see also|recommended|most read|most popular|trending)(?::.{0,200})?$/i,
    reason: 'related links',
  },
  { pattern: /^.{0,200}\bnewsletters?\b.{0,300}\bsign up here\.?$/i, reason: 'newsletter sign-up' },
  { pattern: /^(?:sign up|subscribe) (?:here|now|today)\b.{0,100}\bnewsletter.{0,100}$/i, reason: 'newsletter sign-up' },
  // A gallery's "1 / 5" or "3 of 12" counter.
  { pattern: /^\d{1,3} ?(?:\/|of) ?\d{1,3}$/i, reason: 'gallery counter' },
  // Wire sign-offs: the agency's end mark, a desk e-mail tag, transmission codes.
  { pattern: /^(?:reuter|reuters|ap|afp|upi|dpa|xinhua|end|\(end\)|-{0,3}end-{0,3}|#{2,}|-?30-|ends)$/i, reason: 'wire sign-off' },
  { pattern: /^\(?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}\)?\s*(?:\(end\))?$/i, reason: 'wire sign-off' },
  { pattern: /^(?:[a-z]{2,3}\/)?[a-z]{2,4}(?:\/[a-z]{2,4}){1,3}$/, reason: 'wire sign-off' },
  { pattern: /^(?:reuter|end)\s*&#3;$/i, reason: 'wire sign-off' },
  // Transmission lines: a story's slug and word count ("BC-Iraq-Iran,0523"), "(MORE)" at a take's end.
  { pattern: /^(?:BC|AM|PM)-[A-Za-z][\w-]{2,60}(?:,\d{2,4})?(?:\s+[\w-]{1,20}){0,4}$|^\(?more\)?$/i, reason: 'transmission code' },
];

/** Banners recognised by their opening and closing words; matched only against a whole line or block. */
export const DELIMITED_BOILERPLATE: readonly DelimitedBoilerplate[] = [
  {
    opening: /^your support helps us (?:to )?tell the story\b/i,
    closing: /\b(?:read more|support now|donate now)\.?$/i,
    reason: 'donation banner',
    maxLength: 3000,
  },
  {
    opening: /^(?:help us|support) (?:keep )?(?:independent|quality|our) journalism\b/i,
    closing: /\b(?:support now|donate now|subscribe now|support us)\.?$/i,
    reason: 'donation banner',
    maxLength: 2000,
  },
];

/** Labels stripped from the front of a line, keeping what follows. */
export const PREFIX_BOILERPLATE: readonly PrefixBoilerplate[] = [
  { pattern: /^open image in gallery\s+/i, reason: 'gallery link', restKind: 'caption' },
  { pattern: /^(?:image|media|photo) caption,?\s+/i, reason: 'caption label', restKind: 'caption' },
  { pattern: /^enlarge (?:this )?(?:image|photo)\s+/i, reason: 'media control', restKind: 'caption' },
  // "Global Voices Online » Headline": the site's name glued before the headline of a saved page.
  { pattern: /^[\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,40} » (?=\p{Lu}|\p{N}|["“‘'])/u, reason: 'site name', restKind: 'heading' },
];
