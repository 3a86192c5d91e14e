import { useEffect, useRef } from 'react';
import {
  FONT_SIZE_LIMITS,
  LINE_SPACINGS,
  LINE_WIDTHS,
  PAPERS as PAPER_CHOICES,
  THEME_CHOICES,
  TYPEFACES as TYPEFACE_CHOICES,
  type LineSpacing,
  type LineWidth,
  type Paper,
  type ReaderSettings,
  type ReadingSettings,
  type ThemeChoice,
  type Typeface,
} from '../../../shared/model/settings';
import type { Typology } from '../../../shared/model/finding';
import { TYPOLOGIES, TYPOLOGY_LABELS } from '../../../shared/model/typology';

/** Props of the settings panel. */
export interface SettingsPanelProps {
  readonly settings: ReaderSettings;
  readonly onChange: (change: Partial<ReaderSettings>) => void;
  /** Closes the panel; `returnFocus` when the keyboard closed it, so focus goes back to the Settings button. */
  readonly onClose: (returnFocus: boolean) => void;
}

/** The model's choices, in its order, each with the words this panel shows for it. */
function options<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): readonly { readonly value: T; readonly label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const THEMES = options<ThemeChoice>(THEME_CHOICES, { system: 'Follow the system', light: 'Light', dark: 'Dark' });
const TYPEFACES = options<Typeface>(TYPEFACE_CHOICES, { serif: 'Serif', sans: 'Sans serif' });
const WIDTHS = options<LineWidth>(LINE_WIDTHS, { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' });
const SPACINGS = options<LineSpacing>(LINE_SPACINGS, { compact: 'Compact', normal: 'Normal', loose: 'Loose' });
const PAPERS = options<Paper>(PAPER_CHOICES, { theme: 'As the theme', light: 'Light', sepia: 'Sepia', dark: 'Dark' });

function Choice<T extends string>(props: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}) {
  return (
    <fieldset className="settings-group settings-choice">
      <legend>{props.legend}</legend>
      <div className="settings-segmented">
        {props.options.map((option) => (
          <label key={option.value} className="settings-option">
            <input type="radio" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The reader's settings: theme, how the text is set, which state media to highlight, the panel; saved as they change. */
export function SettingsPanel({ settings, onChange, onClose }: SettingsPanelProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const panel = ref.current;
    panel?.querySelector<HTMLElement>('input:checked, input')?.focus();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose(true);
      }
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (
        panel &&
        event.target instanceof Node &&
        !panel.contains(event.target) &&
        !(event.target instanceof Element && event.target.closest('[data-settings-toggle]'))
      )
        onClose(false);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown);
    };
  }, [onClose]);

  const setReading = (change: Partial<ReadingSettings>): void => onChange({ reading: { ...settings.reading, ...change } });
  const size = settings.reading.fontSize;
  const setTypology = (typology: Typology, on: boolean): void => {
    onChange({ typologies: TYPOLOGIES.filter((candidate) => (candidate === typology ? on : settings.typologies.includes(candidate))) });
  };

  return (
    <div ref={ref} id="settings-panel" className="settings-panel" role="dialog" aria-labelledby="settings-title">
      <div className="settings-head">
        <h2 id="settings-title" className="settings-title">
          Settings
        </h2>
        <button type="button" className="button button-quiet" onClick={() => onClose(true)} aria-label="Close settings">
          ×
        </button>
      </div>
      <fieldset className="settings-group">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme.value} className="settings-option">
            <input type="radio" name="theme" value={theme.value} checked={settings.theme === theme.value} onChange={() => onChange({ theme: theme.value })} />
            {theme.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Text size</legend>
        <div className="settings-size">
          <button type="button" className="button button-small" disabled={size <= FONT_SIZE_LIMITS.min} onClick={() => setReading({ fontSize: size - 1 })}>
            Smaller
          </button>
          <output className="settings-size-value" aria-live="polite" aria-label="Text size">
            {size} px
          </output>
          <button type="button" className="button button-small" disabled={size >= FONT_SIZE_LIMITS.max} onClick={() => setReading({ fontSize: size + 1 })}>
            Larger
          </button>
        </div>
      </fieldset>
      <Choice legend="Typeface" name="typeface" options={TYPEFACES} value={settings.reading.typeface} onChange={(typeface) => setReading({ typeface })} />
      <Choice legend="Line width" name="line-width" options={WIDTHS} value={settings.reading.lineWidth} onChange={(lineWidth) => setReading({ lineWidth })} />
      <Choice
        legend="Line spacing"
        name="line-spacing"
        options={SPACINGS}
        value={settings.reading.lineSpacing}
        onChange={(lineSpacing) => setReading({ lineSpacing })}
      />
      <Choice legend="Page colour" name="paper" options={PAPERS} value={settings.reading.paper} onChange={(paper) => setReading({ paper })} />
      <fieldset className="settings-group">
        <legend>State media to highlight</legend>
        <p className="settings-hint">State Media Monitor typologies; the first three are editorially controlled by a state.</p>
        {TYPOLOGIES.map((typology) => (
          <label key={typology} className="settings-option">
            <input type="checkbox" checked={settings.typologies.includes(typology)} onChange={(event) => setTypology(typology, event.currentTarget.checked)} />
            {TYPOLOGY_LABELS[typology]} <span className="settings-code">{typology}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Layout</legend>
        <label className="settings-option">
          <input type="checkbox" checked={settings.findingsPanelOpen} onChange={(event) => onChange({ findingsPanelOpen: event.currentTarget.checked })} />
          Show the findings panel
        </label>
      </fieldset>
    </div>
  );
}
