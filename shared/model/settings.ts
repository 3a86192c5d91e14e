import { LAYER_IDS, type LayerId } from './layers';
import { DEFAULT_TYPOLOGIES, type Typology } from './typology';

/** Colour themes: follow the OS, or force one. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;

/** Colour theme: follow the OS, or force one. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Typefaces of the article text. */
export const TYPEFACES = ['serif', 'sans'] as const;

/** Typeface of the article text. */
export type Typeface = (typeof TYPEFACES)[number];

/** How long the article's lines may run. */
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;

/** How long the article's lines run. */
export type LineWidth = (typeof LINE_WIDTHS)[number];

/** Choices of space between the article's lines. */
export const LINE_SPACINGS = ['compact', 'normal', 'loose'] as const;

/** Space between the article's lines. */
export type LineSpacing = (typeof LINE_SPACINGS)[number];

/** Page colours behind the article. */
export const PAPERS = ['theme', 'light', 'sepia', 'dark'] as const;

/** The page colour behind the article: as the app's theme, or light, sepia or dark whatever the theme. */
export type Paper = (typeof PAPERS)[number];

/** How the article text is set, as a reader view lets one choose. */
export interface ReadingSettings {
  /** Size of the article text in CSS pixels. */
  readonly fontSize: number;
  readonly typeface: Typeface;
  readonly lineWidth: LineWidth;
  readonly lineSpacing: LineSpacing;
  readonly paper: Paper;
}

/** Smallest and largest article text size, in CSS pixels. */
export const FONT_SIZE_LIMITS = { min: 14, max: 30 } as const;

/** Zoom levels the app allows, as Electron counts them (0 is 100 %, each step is 20 %). */
export const ZOOM_LIMITS = { min: -3, max: 5 } as const;

/** The reading settings before the user changes any. */
export const DEFAULT_READING_SETTINGS: ReadingSettings = { fontSize: 18, typeface: 'serif', lineWidth: 'medium', lineSpacing: 'normal', paper: 'theme' };

/** Reader preferences remembered between runs (window size and position are kept by the main process). */
export interface ReaderSettings {
  readonly visibleLayers: readonly LayerId[];
  readonly typologies: readonly Typology[];
  readonly theme: ThemeChoice;
  /** Zoom level as Electron counts it: 0 is 100 %. */
  readonly zoomLevel: number;
  readonly findingsPanelOpen: boolean;
  readonly reading: ReadingSettings;
}

/** What the reader uses when nothing (valid) was saved: every layer on, the default typologies, the OS theme. */
export const DEFAULT_SETTINGS: ReaderSettings = {
  visibleLayers: LAYER_IDS,
  typologies: DEFAULT_TYPOLOGIES,
  theme: 'system',
  zoomLevel: 0,
  findingsPanelOpen: true,
  reading: DEFAULT_READING_SETTINGS,
};
