import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourcelightApi } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../../shared/model/settings';

// Until main's settings arrive, and when they cannot be read, the reader shows the model's defaults.
const DEFAULT_READER_SETTINGS: ReaderSettings = DEFAULT_SETTINGS;

/** The settings in force and a way to change them. */
export interface ReaderSettingsState {
  readonly settings: ReaderSettings;
  /** Applies a change at once and saves it; a function receives the settings in force. */
  readonly update: (change: Partial<ReaderSettings> | ((current: ReaderSettings) => Partial<ReaderSettings>)) => void;
}

/** Reads the remembered settings at start, saves every change, and follows changes made from the menu. */
export function useReaderSettings(api: SourcelightApi): ReaderSettingsState {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const current = useRef(settings);
  // A change made before the saved settings arrived must not be overwritten by them.
  const touched = useRef(false);
  const latestUpdate = useRef(0);

  const apply = useCallback((next: ReaderSettings) => {
    // The main process usually echoes what the reader already shows; that must not re-render anything.
    if (JSON.stringify(next) === JSON.stringify(current.current)) return;
    current.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (saved) => {
        if (live && !touched.current) apply({ ...DEFAULT_READER_SETTINGS, ...saved });
      },
      () => undefined,
    );
    const unsubscribe = api.onSettingsChanged((changed) => apply({ ...DEFAULT_READER_SETTINGS, ...changed }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api, apply]);

  const update = useCallback<ReaderSettingsState['update']>(
    (change) => {
      const partial = typeof change === 'function' ? change(current.current) : change;
      touched.current = true;
      const sequence = ++latestUpdate.current;
      apply({ ...current.current, ...partial });
      // The main process answers with what it stored (validated); that stays in force unless a newer change is on its way.
      api.updateSettings(partial).then(
        (stored) => {
          if (sequence === latestUpdate.current) apply({ ...DEFAULT_READER_SETTINGS, ...stored });
        },
        () => undefined,
      );
    },
    [api, apply],
  );

  return { settings, update };
}
