import { describeBuilt, inputDocuments } from './input-documents.js';
import { createParsers } from './parse-input.js';
import type { RawInput } from './raw-input.js';

export type PreviewOutcome = 'READY' | 'DUPLICATE' | 'REJECTED';

/** What importing one document would write (an import's dry run). */
export interface DocumentPreview {
  document: string;
  outcome: PreviewOutcome;
  reason?: string;
  articleId?: string;
  headline?: string;
  flags?: string[];
  language?: string;
  publishedAt?: string;
  /** Languages of the translations stored beside the article. */
  translations?: string[];
  people: string[];
  events: string[];
}

export interface PreviewOptions {
  now?: () => Date;
  onParsed?: (documents: number) => void;
  onDocument?: (preview: DocumentPreview) => void;
}

/**
 * Parses and enriches inputs exactly as an import does and reports what each document would become,
 * writing nothing. The table is not read, so a document whose article is stored unchanged is READY too.
 */
export async function previewInputs(
  inputs: Iterable<RawInput> | AsyncIterable<RawInput>,
  options: PreviewOptions = {},
): Promise<DocumentPreview[]> {
  const now = options.now ?? (() => new Date());
  const parsers = createParsers(now);
  const previews: DocumentPreview[] = [];
  for await (const input of inputs) {
    const documents = inputDocuments(input, parsers, now);
    options.onParsed?.(documents.length);
    for (const found of documents) {
      const preview: DocumentPreview =
        'rejected' in found
          ? { document: found.document, outcome: 'REJECTED', reason: found.rejected, people: [], events: [] }
          : 'duplicate' in found
            ? { document: found.document, outcome: 'DUPLICATE', reason: found.duplicate, people: [], events: [] }
            : {
                document: found.document,
                outcome: 'READY',
                ...articleFields(found.built),
                ...describeBuilt(found.built),
                people: found.built.people.map((person) => person.name),
                events: found.built.events.map((event) => event.name),
              };
      previews.push(preview);
      options.onDocument?.(preview);
    }
  }
  return previews;
}

function articleFields(built: Parameters<typeof describeBuilt>[0]) {
  const document = built.article;
  if (!document) return {};
  return {
    articleId: document.article.id,
    language: document.article.language,
    publishedAt: document.article.publishedAt,
    translations: document.translations.map((translation) => translation.language),
  };
}
