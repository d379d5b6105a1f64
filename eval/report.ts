import type { DetectorAccuracy } from './detectors.js';
import { f1, precision, recall, type Tally } from './score.js';

export interface EvalResults {
  generatedAt: string;
  documents: number;
  languages: string[];
  /** People found from each document alone (its text and metadata). */
  people: Record<string, Tally>;
  /** People when the table already knows the people the importer found in the other gold documents. */
  peopleWithTable: Record<string, Tally>;
  flags: Record<string, Tally>;
  flagsOnCleanText: number;
  seedFlags: { right: number; expected: number; extracted: number };
  events: { right: number; extracted: number };
  language: {
    article: { right: number; total: number };
    declaredHonoured: { right: number; total: number };
    /** The headline's language as the importer assigns it (declared, or the article's unless confidently other). */
    headlines: DetectorAccuracy;
    /** Detection on the headline alone, as before (no declared language, no body). */
    headlinesAlone: DetectorAccuracy;
    paragraphs: DetectorAccuracy;
  };
  detectors: Record<string, { headlines: DetectorAccuracy; paragraphs: DetectorAccuracy }>;
  details: { id: string; problems: string[]; authorsAsPeople: string[] }[];
  /** Held-out documents with an error; their errors are not shown, so they never guide tuning. */
  heldOutWithErrors: number;
}

const fixed = (n: number) => n.toFixed(2);
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
const ratio = (r: { right: number; total: number }) => (r.total ? r.right / r.total : 1);

function peopleTable(title: string, people: Record<string, Tally>): string[] {
  const lines = [
    title,
    '',
    '| Language | TP | FP | FN | Precision | Recall | F1 | Target P / R | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [language, t] of Object.entries(people).sort(([a], [b]) =>
    a.startsWith('en') === b.startsWith('en') ? a.localeCompare(b) : a.startsWith('en') ? -1 : 1,
  )) {
    const [tp, tr] = language.startsWith('en') ? [0.95, 0.85] : [0.9, 0.7];
    lines.push(
      `| ${language} | ${t.tp} | ${t.fp} | ${t.fn} | ${fixed(precision(t))} | ${fixed(recall(t))} | ${fixed(f1(t))} | ${tp} / ${tr} | ${mark(precision(t) >= tp && recall(t) >= tr)} |`,
    );
  }
  return lines;
}

/** The report as Markdown: every figure beside the issue's target. */
export function renderReport(r: EvalResults): string {
  const lines = [
    `# Enrichment evaluation`,
    '',
    `${r.documents} gold documents in ${r.languages.length} languages (${r.languages.join(', ')}); ${r.generatedAt}.`,
    '',
  ];
  lines.push(
    ...peopleTable('## People, each document alone', r.people),
    '',
    'With the table: each document enriched knowing the people (names and aliases) the importer found in the',
    "other gold documents, as an import into a table that already holds them links them. Never the gold's names.",
    '',
    ...peopleTable('## People, with the table', r.peopleWithTable),
  );
  const allFlags = Object.values(r.flags).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  lines.push(
    '',
    '## Quality flags',
    '',
    '| Kind | TP | FP | FN | Precision | Recall |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const [kind, t] of Object.entries(r.flags).sort())
    lines.push(`| ${kind} | ${t.tp} | ${t.fp} | ${t.fn} | ${fixed(precision(t))} | ${fixed(recall(t))} |`);
  lines.push(
    `| all | ${allFlags.tp} | ${allFlags.fp} | ${allFlags.fn} | ${fixed(precision(allFlags))} | ${fixed(recall(allFlags))} |`,
    '',
  );
  lines.push(
    `- Flag precision overall: ${fixed(precision(allFlags))} (target ≥ 0.9: ${mark(precision(allFlags) >= 0.9)})`,
  );
  lines.push(
    `- Flags on professionally edited text: ${r.flagsOnCleanText} (target 0: ${mark(r.flagsOnCleanText === 0)})`,
  );
  lines.push(
    `- Seed: ${r.seedFlags.right} of its ${r.seedFlags.expected} true flags kept, ${r.seedFlags.extracted} raised (target 4 of 4 and no other: ${mark(r.seedFlags.right === r.seedFlags.expected && r.seedFlags.extracted === r.seedFlags.expected)})`,
  );
  lines.push(
    '',
    '## Events',
    '',
    `- Precision: ${fixed(ratio({ right: r.events.right, total: r.events.extracted }))} (${r.events.right} of ${r.events.extracted} extracted events are in the gold set with a date it does not contradict)`,
  );
  const l = r.language;
  lines.push(
    '',
    '## Languages',
    '',
    '| Measure | Right | Total | Accuracy | Target | |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const row = (name: string, v: { right: number; total: number }) =>
    lines.push(`| ${name} | ${v.right} | ${v.total} | ${fixed(ratio(v))} | 0.98 | ${mark(ratio(v) >= 0.98)} |`);
  row('Stored article language', l.article);
  row('Declared language kept exactly', l.declaredHonoured);
  row('Headline language as assigned (declared honoured, short headlines from the body)', l.headlines);
  row('Detection on the headline alone', l.headlinesAlone);
  row('Detection on paragraphs (≥ 40 characters)', l.paragraphs);
  lines.push(
    '',
    '### Detectors compared (same samples, nb/nn/no counted as one)',
    '',
    '| Detector | Headlines | Paragraphs |',
    '| --- | --- | --- |',
  );
  for (const [name, d] of Object.entries(r.detectors))
    lines.push(
      `| ${name} | ${fixed(ratio(d.headlines))} (${d.headlines.right}/${d.headlines.total}) | ${fixed(ratio(d.paragraphs))} (${d.paragraphs.right}/${d.paragraphs.total}) |`,
    );
  lines.push('', '## Errors by document', '');
  for (const d of r.details)
    lines.push(
      `- ${d.id}: ${d.problems.join('; ')}${d.authorsAsPeople.length ? ` (authors tagged as people: ${d.authorsAsPeople.join(', ')})` : ''}`,
    );
  lines.push(
    '',
    `Held-out documents with an error: ${r.heldOutWithErrors} (not listed, so they are never used to tune the rules).`,
    '',
    '## Detection errors of the importer',
    '',
    ...[...l.headlines.wrong, ...l.paragraphs.wrong].map((w) => `- ${w}`),
    '',
  );
  return lines.join('\n');
}
