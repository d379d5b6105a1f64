import type { TracedCall } from './trace.js';

/** One import's calls and units, grouped: by command, by item kind written, by what was read. */
export interface ImportProfile {
  label: string;
  calls: number;
  readUnits: number;
  writeUnits: number;
  byCommand: Row[];
  writesByKind: Row[];
  reads: Row[];
}
interface Row {
  name: string;
  calls: number;
  items: number;
  units: number;
}

/**
 * Groups the traced calls of one import. A call's reported units go to the item kinds it wrote in
 * proportion to each item's size estimate (a transaction reports one total for all its items).
 */
export function profileOf(label: string, calls: readonly TracedCall[]): ImportProfile {
  const byCommand = new Map<string, Row>();
  const writes = new Map<string, Row>();
  const reads = new Map<string, Row>();
  const add = (map: Map<string, Row>, name: string, calls: number, items: number, units: number) => {
    const row = map.get(name) ?? { name, calls: 0, items: 0, units: 0 };
    map.set(name, { name, calls: row.calls + calls, items: row.items + items, units: row.units + units });
  };
  for (const call of calls) {
    add(byCommand, call.command, 1, call.items.length || call.returned, call.readUnits + call.writeUnits);
    if (call.query) add(reads, `Query ${call.query}`, 1, call.returned, call.readUnits);
    else if (call.readUnits || /Get/.test(call.command)) {
      const kinds = [...new Set(call.items.map((i) => i.kind))].join('+');
      add(reads, `${call.command} ${kinds}`, 1, call.returned, call.readUnits);
    } else {
      const total = call.items.reduce((sum, i) => sum + i.estimate, 0) || 1;
      const kinds = new Set(call.items.map((i) => i.kind));
      for (const kind of kinds) {
        const mine = call.items.filter((i) => i.kind === kind);
        const share = mine.reduce((sum, i) => sum + i.estimate, 0) / total;
        add(writes, kind, 1, mine.length, call.writeUnits * share);
      }
    }
  }
  const sorted = (map: Map<string, Row>) => [...map.values()].sort((a, b) => b.units - a.units || b.calls - a.calls);
  return {
    label,
    calls: calls.length,
    readUnits: calls.reduce((sum, c) => sum + c.readUnits, 0),
    writeUnits: calls.reduce((sum, c) => sum + c.writeUnits, 0),
    byCommand: sorted(byCommand),
    writesByKind: sorted(writes),
    reads: sorted(reads),
  };
}

const f = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Markdown tables for a profile. */
export function renderProfile(p: ImportProfile): string[] {
  const table = (title: string, head: string, rows: Row[]) => [
    '',
    `| ${title} | calls | ${head} | units |`,
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.calls} | ${r.items} | ${f(r.units)} |`),
  ];
  return [
    `**${p.label}**: ${p.calls} calls, ${f(p.writeUnits)} WCU, ${f(p.readUnits)} RCU.`,
    ...table('command', 'items', p.byCommand),
    ...table('written item kind', 'items', p.writesByKind),
    ...table('read', 'items returned', p.reads),
  ];
}
