import { useEffect, useRef } from 'react';
import { LAYER_HELP, LAYER_WHY } from '../../../shared/explain/finding-card';
import { LAYER_IDS, LAYER_INFO } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import { useReaderRootTheme } from '../lib/theme-context';

/** Props of the help panel. */
export interface HelpPanelProps {
  /** Closes the panel; `returnFocus` when the keyboard closed it. */
  readonly onClose: (returnFocus: boolean) => void;
}

/** The app's help: a "learn more" section per layer (what is marked, why it matters, what is not), and the keys. */
export function HelpPanel({ onClose }: HelpPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const themeAttribute = useReaderRootTheme();

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.help-close')?.focus();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <div ref={ref} id="help-panel" className="help-panel" role="dialog" aria-labelledby="help-title">
      <div className="settings-head">
        <h2 id="help-title" className="settings-title">
          Help
        </h2>
        <button type="button" className="button button-quiet help-close" onClick={() => onClose(true)} aria-label="Close help">
          ×
        </button>
      </div>
      <p className="help-lead">
        Highlights show how the article is sourced, not whether it is true. Hover or focus one to read its card: what was found, why it matters, and the
        evidence.
      </p>
      {LAYER_IDS.map((layer) => (
        <section key={layer} id={`help-${layer}`} className="help-layer" aria-labelledby={`help-${layer}-title`}>
          <h3 id={`help-${layer}-title`} className="help-layer-title">
            <span className={`findings-swatch ${READER_ROOT_CLASS}`} {...themeAttribute} aria-hidden="true">
              <mark className={highlightClassList([layer])}>Aa</mark>
            </span>
            Learn more: {LAYER_INFO[layer].label.toLowerCase()}
          </h3>
          <p>{LAYER_WHY[layer]}</p>
          <ul>
            {LAYER_HELP[layer].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="help-layer" aria-labelledby="help-keys-title">
        <h3 id="help-keys-title" className="help-layer-title">
          Keys
        </h3>
        <ul>
          <li>
            <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> switch the layers; <kbd>n</kbd> and <kbd>p</kbd> go to the next and previous finding from where you are
            reading.
          </li>
          <li>
            In the article, <kbd>Tab</kbd> reaches the highlights once; the arrow keys move between them.
          </li>
          <li>
            <kbd>?</kbd> opens this help; <kbd>Esc</kbd> closes it.
          </li>
        </ul>
      </section>
    </div>
  );
}
