import type { DocumentResult, ImportRun } from '../domain/import-run.js';
import { cleanReason } from '../importers/reasons.js';
import type { DocumentPreview } from '../importers/preview.js';
import { articleGlobalId } from '../graphql/global-id.js';

// Names, headlines and reasons come from the documents: cleaned so a hostile file cannot drive the terminal.
const clean = (text: string | undefined) => cleanReason(text ?? '');
const flagsOf = (flags: readonly string[] | undefined) => (flags?.length ? `  [${flags.join(', ')}]` : '');

export interface Target {
  endpoint: string;
  tableName: string;
}

/** A run as a table of counts, then each document's article (global ID, headline, flags), then the rejections. */
export function formatRun(run: ImportRun, target: Target): string {
  const rows: [string, string][] = [
    ['endpoint', target.endpoint],
    ['table', target.tableName],
    ['run', run.id],
    ['status', run.status],
    ['documents', String(run.counts.documents)],
    ['written', String(run.counts.written)],
    ['unchanged', String(run.counts.unchanged)],
    ['rejected', String(run.counts.rejected)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  if (run.message) lines.push(`message    ${clean(run.message)}`);
  const articles = run.documents.filter((d) => d.articleId);
  if (articles.length) lines.push('', 'articles (ID for article(id:), outcome, headline, flags):');
  for (const d of articles)
    lines.push(
      `  ${articleGlobalId(d.articleId as string)}  ${d.outcome.padEnd(9)}  ${clean(d.headline)}${flagsOf(d.flags)}`,
    );
  const rejected = run.documents.filter((d) => d.outcome === 'REJECTED');
  if (rejected.length) lines.push('', 'rejected:');
  for (const d of rejected) lines.push(`  ${clean(d.document)}: ${clean(d.reason)}`);
  return lines.join('\n');
}

/** The run as JSON, with global article IDs. */
export function runJson(run: ImportRun, target: Target) {
  return {
    endpoint: target.endpoint,
    table: target.tableName,
    run: { id: run.id, status: run.status, counts: run.counts, ...(run.message ? { message: run.message } : {}) },
    documents: run.documents.map(documentJson),
  };
}

function documentJson({ articleId, ...rest }: DocumentResult) {
  return { ...rest, ...(articleId ? { articleId: articleGlobalId(articleId) } : {}) };
}

/** A dry run: what each document would become. */
export function formatPreviews(previews: readonly DocumentPreview[]): string {
  const lines = [
    'dry run: nothing written (the table is not read: documents stored unchanged are listed as READY too)',
  ];
  for (const p of previews) {
    lines.push('', `${clean(p.document)}  ${p.outcome}`);
    if (p.reason) lines.push(`  reason    ${clean(p.reason)}`);
    if (!p.articleId) continue;
    const translations = p.translations?.length ? `, translations: ${p.translations.join(', ')}` : '';
    lines.push(`  article   ${articleGlobalId(p.articleId)}  ${clean(p.headline)}${flagsOf(p.flags)}`);
    lines.push(`  language  ${p.language}${translations}; published ${p.publishedAt}`);
    if (p.people.length) lines.push(`  people    ${p.people.map(clean).join('; ')}`);
    if (p.events.length) lines.push(`  events    ${p.events.map(clean).join('; ')}`);
  }
  const count = (outcome: string) => previews.filter((p) => p.outcome === outcome).length;
  lines.push(
    '',
    `documents ${previews.length}: ${count('READY')} ready, ${count('DUPLICATE')} duplicate, ${count('REJECTED')} rejected`,
  );
  return lines.join('\n');
}

export const previewJson = (previews: readonly DocumentPreview[]) => ({
  dryRun: true,
  documents: previews.map(({ articleId, ...rest }) => ({
    ...rest,
    ...(articleId ? { articleId: articleGlobalId(articleId) } : {}),
  })),
});
