import { LAYER_IDS, LAYER_INFO } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';

/** Props of the welcome screen. */
export interface WelcomeProps {
  readonly onOpen: () => void;
}

/** What a first-time reader sees: what the app does, one button, and the drop hint. */
export function Welcome({ onOpen }: WelcomeProps) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome-title">
        See where the news comes from
      </h1>
      <p className="welcome-lead">
        Sourcelight marks who an article relies on, as three layers you can switch on and off:
      </p>
      <ul className={`welcome-layers ${READER_ROOT_CLASS}`}>
        {LAYER_IDS.map((layer) => (
          <li key={layer}>
            <mark className={highlightClassList([layer])}>{LAYER_INFO[layer].label}</mark>
            <span className="welcome-layer-description"> — {LAYER_INFO[layer].description.toLowerCase()}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-primary button-large" onClick={onOpen}>
        Open article…
      </button>
      <p className="welcome-hint">or drop an article file anywhere in this window</p>
    </section>
  );
}
