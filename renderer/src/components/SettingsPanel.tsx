import { useEffect, useRef } from 'react';
import type { ReaderSettings, ThemeChoice } from '../../../shared/ipc/contract';
import type { Typology } from '../../../shared/model/finding';
import { ALL_TYPOLOGIES, TYPOLOGY_NAMES } from '../lib/finding-explanations';

/** Props of the settings panel. */
export interface SettingsPanelProps {
  readonly settings: ReaderSettings;
  readonly onChange: (change: Partial<ReaderSettings>) => void;
  /** Closes the panel; `returnFocus` when the keyboard closed it, so focus goes back to the Settings button. */
  readonly onClose: (returnFocus: boolean) => void;
}

const THEMES: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The reader's settings: which state media to highlight, the theme and the findings panel; saved as they change. */
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
      if (panel && event.target instanceof Node && !panel.contains(event.target) && !(event.target instanceof Element && event.target.closest('[data-settings-toggle]'))) onClose(false);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown);
    };
  }, [onClose]);

  const setTypology = (typology: Typology, on: boolean): void => {
    onChange({ typologies: ALL_TYPOLOGIES.filter((candidate) => (candidate === typology ? on : settings.typologies.includes(candidate))) });
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
        <legend>State media to highlight</legend>
        <p className="settings-hint">State Media Monitor typologies; the first three are editorially controlled by a state.</p>
        {ALL_TYPOLOGIES.map((typology) => (
          <label key={typology} className="settings-option">
            <input type="checkbox" checked={settings.typologies.includes(typology)} onChange={(event) => setTypology(typology, event.currentTarget.checked)} />
            {TYPOLOGY_NAMES[typology]} <span className="settings-code">{typology}</span>
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
