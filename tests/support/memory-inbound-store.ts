import { type InboundEntry, type InboundStore, TooLateToRecord } from '../../src/app/ports/inbound-store.ts';
import type { View } from '../../src/views/view-model.ts';

/** InboundStore in memory, for channel tests without a database; the contract suite runs it beside the real one. */
export function memoryInboundStore(): InboundStore & { entries: Map<string, InboundEntry> } {
  const entries = new Map<string, InboundEntry>();
  const claimed = new Set<string>();
  return {
    entries,
    async warmUp() {},
    async accept(keys, request, stillWanted) {
      if (keys.length === 0) throw new Error('An inbound delivery needs at least one key');
      if (keys.some((key) => claimed.has(key))) return false;
      if (stillWanted && !stillWanted()) throw new TooLateToRecord();
      for (const key of keys) claimed.add(key);
      const key = keys[0] as string;
      entries.set(key, {
        key,
        request: JSON.parse(JSON.stringify(request)),
        receivedAt: new Date(),
        answer: undefined,
        replied: false,
      });
      return true;
    },
    async find(key) {
      const entry = entries.get(key);
      return entry && { ...entry };
    },
    async saveAnswer(key, answer: View) {
      const entry = entries.get(key);
      if (!entry) throw new Error(`no inbound entry ${key}`);
      entry.answer ??= JSON.parse(JSON.stringify(answer)) as View;
      return entry.answer;
    },
    async markReplied(key) {
      const entry = entries.get(key);
      if (entry && !entry.replied) Object.assign(entry, { replied: true, request: undefined });
    },
  };
}
