import { describe, expect, it } from 'vitest';
import { createReplayChannel } from './replay-channel';

describe('createReplayChannel', () => {
  it('hands the first listener the newest value sent before anyone listened', () => {
    const channel = createReplayChannel<string>();
    channel.emit('old');
    channel.emit('new');
    const seen: string[] = [];
    channel.subscribe((value) => seen.push(value));
    expect(seen).toEqual(['new']);
  });

  it('replays a held value once only', () => {
    const channel = createReplayChannel<string>();
    channel.emit('a');
    const first: string[] = [];
    const second: string[] = [];
    channel.subscribe((value) => first.push(value))();
    channel.subscribe((value) => second.push(value));
    expect(first).toEqual(['a']);
    expect(second).toEqual([]);
  });

  it('delivers to every listener and stops after unsubscribe', () => {
    const channel = createReplayChannel<number>();
    const seen: string[] = [];
    const stopA = channel.subscribe((value) => seen.push(`a${value}`));
    channel.subscribe((value) => seen.push(`b${value}`));
    channel.emit(1);
    stopA();
    channel.emit(2);
    expect(seen).toEqual(['a1', 'b1', 'b2']);
  });
});
