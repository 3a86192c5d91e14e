import { splitForMiddleTruncation } from '../lib/middle-truncate';

/** Props of the top bar. */
export interface ToolbarProps {
  /** File name of the open article, or null on the welcome screen. */
  readonly sourceName: string | null;
  /** Full path of the open article, shown on hover. */
  readonly sourcePath?: string | null;
  readonly canExport: boolean;
  readonly findingsPanelOpen: boolean;
  readonly settingsOpen: boolean;
  /** In the narrow layout the sidebar is a sheet the toolbar opens, instead of a panel beside the text. */
  readonly narrow?: boolean;
  readonly sheetOpen?: boolean;
  readonly onOpen: () => void;
  readonly onExport: () => void;
  readonly onToggleFindings: () => void;
  readonly onToggleSheet?: () => void;
  readonly onToggleSettings: () => void;
  readonly helpOpen?: boolean;
  readonly onToggleHelp?: () => void;
}

/** The app's top bar: name, the open file, the file actions once an article is open, and settings. */
export function Toolbar(props: ToolbarProps) {
  const { sourceName, sourcePath, canExport, findingsPanelOpen, settingsOpen, narrow = false, sheetOpen = false } = props;
  const { onOpen, onExport, onToggleFindings, onToggleSheet, onToggleSettings, helpOpen = false, onToggleHelp } = props;
  const name = sourceName ? splitForMiddleTruncation(sourceName) : null;
  return (
    <header className="toolbar">
      <div className="toolbar-brand">
        <span className="toolbar-logo" aria-hidden="true" />
        <span className="toolbar-name">Sourcelight</span>
        {name && (
          // Cut in the middle: the start says what it is, the end tells versions and the format apart.
          <span className="toolbar-file" title={sourcePath ?? sourceName ?? undefined}>
            <span className="toolbar-file-head">{name.head}</span>
            {name.tail && <span className="toolbar-file-tail">{name.tail}</span>}
          </span>
        )}
      </div>
      <div className="toolbar-actions">
        {/* On the welcome screen its own button opens the first article; the bar stays quiet. */}
        {sourceName !== null && (
          <>
            {narrow ? (
              <button type="button" className="button" aria-expanded={sheetOpen} aria-controls="reader-sidebar" data-sheet-toggle="" onClick={onToggleSheet}>
                Layers and findings
              </button>
            ) : (
              <button type="button" className="button" aria-pressed={findingsPanelOpen} onClick={onToggleFindings}>
                Findings panel
              </button>
            )}
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
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          aria-expanded={helpOpen}
          aria-controls={helpOpen ? 'help-panel' : undefined}
          aria-keyshortcuts="?"
          data-help-toggle=""
          onClick={onToggleHelp}
        >
          Help
        </button>
      </div>
    </header>
  );
}
