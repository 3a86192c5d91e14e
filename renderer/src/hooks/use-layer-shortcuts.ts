import { useEffect, useEffectEvent } from 'react';
import { LAYER_IDS, type LayerId } from '../../../shared/model/layers';

const TYPING_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/** Whether a key press is going into a field where "1" is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TYPING_INPUT_TYPES.has(target.type);
}

/** The layer a shortcut key toggles: 1, 2, 3 in legend order, or null. */
export function layerForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): LayerId | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const position = Number.parseInt(event.key, 10);
  if (!/^[1-9]$/.test(event.key) || position > LAYER_IDS.length) return null;
  return LAYER_IDS[position - 1] ?? null;
}

/** Toggles layers with the number keys, except while the user is typing. */
export function useLayerShortcuts(toggle: (layer: LayerId) => void): void {
  const onToggle = useEffectEvent(toggle);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat || isTypingTarget(event.target)) return;
      const layer = layerForKey(event);
      if (!layer) return;
      event.preventDefault();
      onToggle(layer);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
