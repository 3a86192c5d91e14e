import { useEffect, useEffectEvent } from 'react';
import type { StepDirection } from '../lib/finding-navigation';
import { isTypingTarget } from './use-layer-shortcuts';

/** The direction a key moves through the findings: n / F3 forward, p / Shift+F3 back; null for other keys. */
export function stepForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): StepDirection | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'F3') return event.shiftKey ? 'previous' : 'next';
  if (event.key === 'n') return 'next';
  if (event.key === 'p') return 'previous';
  return null;
}

/** Moves through the findings with n / p and F3 / Shift+F3, except while the user is typing. */
export function useFindingKeys(onStep: (direction: StepDirection) => void): void {
  const step = useEffectEvent(onStep);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const direction = stepForKey(event);
      if (!direction) return;
      event.preventDefault();
      step(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
