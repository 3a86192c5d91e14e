/** Props of the top bar. */
export interface ToolbarProps {
  /** File name of the open article, or null on the welcome screen. */
  readonly sourceName: string | null;
  readonly canExport: boolean;
  readonly findingsPanelOpen: boolean;
  readonly settingsOpen: boolean;
  readonly onOpen: () => void;
  readonly onExport: () => void;
  readonly onToggleFindings: () => void;
  readonly onToggleSettings: () => void;
}

/** The app's top bar: name, the open file, the file actions once an article is open, and settings. */
export function Toolbar(props: ToolbarProps) {
  const { sourceName, canExport, findingsPanelOpen, settingsOpen, onOpen, onExport, onToggleFindings, onToggleSettings } = props;
  return (
    <header className="toolbar">
      <div className="toolbar-brand">
        <span className="toolbar-logo" aria-hidden="true" />
        <span className="toolbar-name">Sourcelight</span>
        {sourceName && (
          <span className="toolbar-file" title={sourceName}>
            {sourceName}
          </span>
        )}
      </div>
      <div className="toolbar-actions">
        {/* On the welcome screen its own button opens the first article; the bar stays quiet. */}
        {sourceName !== null && (
          <>
            <button type="button" className="button" aria-pressed={findingsPanelOpen} onClick={onToggleFindings}>
              Findings panel
            </button>
            <button type="button" className="button" onClick={onOpen}>
              Open article…
            </button>
            <button type="button" className="button button-primary" onClick={onExport} disabled={!canExport}>
              Export HTML
            </button>
          </>
        )}
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          aria-expanded={settingsOpen}
          aria-controls={settingsOpen ? 'settings-panel' : undefined}
          data-settings-toggle=""
          onClick={onToggleSettings}
        >
          Settings
        </button>
      </div>
    </header>
  );
}
