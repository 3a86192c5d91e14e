/** A one-line progress bar for a terminal; redrawn in place with a carriage return. */
export interface ProgressBar {
  /** Shows `done` of the total, with the file being worked on. */
  update(done: number, label: string): void;
  /** Erases the bar so a message can be written on a clean line. */
  clear(): void;
}

const BAR_WIDTH = 24;

/** Formats the bar's line: `[#####-------] 3/10 name`, cut to the terminal's width. */
export function progressLine(done: number, total: number, label: string, columns: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
  return line.length > columns - 1 ? `${line.slice(0, Math.max(0, columns - 2))}…` : line;
}

/** A bar drawing on `write`, or one that draws nothing when the stream is not a terminal. */
export function createProgressBar(write: (text: string) => void, total: number, terminal: { readonly isTTY: boolean; readonly columns: number }): ProgressBar {
  if (!terminal.isTTY) return { update: () => undefined, clear: () => undefined };
  let drawn = false;
  return {
    update(done, label) {
      // \x1b[2K erases the old line, which may have been longer.
      write(`\r\x1b[2K${progressLine(done, total, label, terminal.columns)}`);
      drawn = true;
    },
    clear() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}
