import type { RecentFile } from '../../../shared/model/recent-file';
import { LAYER_IDS, LAYER_INFO } from '../../../shared/model/layers';
import { READER_ROOT_CLASS, highlightClassList } from '../../../shared/render/highlight-markup';
import { useReaderRootTheme } from '../lib/theme-context';

/** Props of the welcome screen. */
export interface WelcomeProps {
  readonly recentFiles: readonly RecentFile[];
  readonly onOpen: () => void;
  readonly onOpenSample: () => void;
  readonly onOpenRecent: (path: string) => void;
}

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** What a first-time reader sees: what the app does, how to open an article, the sample and recent files. */
export function Welcome({ recentFiles, onOpen, onOpenSample, onOpenRecent }: WelcomeProps) {
  const themeAttribute = useReaderRootTheme();
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome-title">
        See where the news comes from
      </h1>
      <p className="welcome-lead">Sourcelight marks who an article relies on, as three layers you can switch on and off:</p>
      <ul className={`welcome-layers ${READER_ROOT_CLASS}`} {...themeAttribute}>
        {LAYER_IDS.map((layer) => (
          <li key={layer}>
            <mark className={highlightClassList([layer])}>{LAYER_INFO[layer].label}</mark>
            <span className="welcome-layer-description"> — {LAYER_INFO[layer].description.toLowerCase()}</span>
          </li>
        ))}
      </ul>
      <div className="welcome-actions">
        <button type="button" className="button button-primary button-large" onClick={onOpen}>
          Open article…
        </button>
        <button type="button" className="button button-large" onClick={onOpenSample}>
          Try the sample article
        </button>
      </div>
      <p className="welcome-hint">or drop an article file anywhere in this window</p>
      {recentFiles.length > 0 && (
        <nav className="welcome-recent" aria-labelledby="recent-title">
          <h2 id="recent-title" className="welcome-recent-title">
            Recent articles
          </h2>
          <ul>
            {recentFiles.map((file) => (
              <li key={file.path}>
                <button type="button" className="recent-entry" onClick={() => onOpenRecent(file.path)} title={file.path}>
                  <span className="recent-name">{file.name}</span>
                  <span className="recent-folder">{folderOf(file.path)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
