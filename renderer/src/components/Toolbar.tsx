/** Props of the top bar. */
export interface ToolbarProps {
  /** File name of the open article, or null on the welcome screen. */
  readonly sourceName: string | null;
  readonly canExport: boolean;
  readonly onOpen: () => void;
  readonly onExport: () => void;
}

/** The app's top bar: name, the open file, and the two file actions once an article is open. */
export function Toolbar({ sourceName, canExport, onOpen, onExport }: ToolbarProps) {
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
      {/* On the welcome screen its own button opens the first article; the bar stays quiet. */}
      {sourceName !== null && (
        <div className="toolbar-actions">
          <button type="button" className="button" onClick={onOpen}>
            Open article…
          </button>
          <button type="button" className="button button-primary" onClick={onExport} disabled={!canExport}>
            Export HTML
          </button>
        </div>
      )}
    </header>
  );
}
