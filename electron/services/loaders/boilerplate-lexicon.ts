/** A line or block that is page furniture, not article text, when it matches as a whole. */
export interface WholeBoilerplate {
  readonly pattern: RegExp;
  readonly reason: string;
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
  readonly restKind: 'caption';
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
  { pattern: /^(?:share|share (?:this|the) (?:article|story|page|post)|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|e-mail))$/i, reason: 'share prompt' },
  { pattern: /^(?:copy link|link copied|comments?|view comments|\d+ comments?)$/i, reason: 'share or comment control' },
  { pattern: /^sign up (?:to|for) (?:our|the) .{0,60}newsletters?\b.{0,120}$/i, reason: 'newsletter sign-up' },
  { pattern: /^(?:subscribe|subscribe now|sign up|sign up now|support now|donate|donate now|register|log in|sign in)$/i, reason: 'sign-up or donation button' },
  { pattern: /^(?:skip to (?:main )?content|skip to navigation|back to top)$/i, reason: 'navigation link' },
  { pattern: /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.{0,400}$/i, reason: 'cookie notice' },
  { pattern: /^by (?:continuing to use|using) (?:this|our) (?:site|website).{0,200}cookies.{0,200}$/i, reason: 'cookie notice' },
  { pattern: /^(?:accept(?: all)? cookies|reject(?: all)? cookies|cookie (?:settings|policy|preferences)|manage cookies)$/i, reason: 'cookie notice' },
  { pattern: /^open image in gallery$/i, reason: 'gallery link' },
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
];
