import type { Article, ArticleDocument } from './article.js';
import {
  applyMentionEdits,
  fingerprint,
  readField,
  writeField,
  type CorrectableField,
  type FieldOverride,
  type FieldValue,
  type MentionEdits,
  type PendingSourceChange,
} from './article-editorial.js';
import { InvalidInputError, NotFoundError } from './errors.js';
import type { EventCoverage } from './event.js';
import type { PersonMention } from './person.js';
import { keepDismissals, withFlagIds, type QualityFlag } from './quality.js';

/** What an editor asks to change; people and events are added or removed by id. */
export interface CorrectionRequest {
  fields: ReadonlyMap<CorrectableField, FieldValue>;
  addPeople?: readonly PersonMention[];
  removePeople?: readonly string[];
  addEvents?: readonly EventCoverage[];
  removeEvents?: readonly string[];
}

/**
 * An import of the source onto an article editors have worked on: overridden fields keep the editor's
 * value, and a source value that differs from the one the editor overrode is kept as a pending change
 * (once, with the time it was first seen); dismissed flags stay dismissed; notes and edits carry over.
 */
export function applyEditorial(fresh: ArticleDocument, stored: Article | undefined, now: string): ArticleDocument {
  if (!stored) return fresh;
  let document: ArticleDocument = {
    ...fresh,
    article: { ...fresh.article, qualityFlags: keepDismissals(fresh.article.qualityFlags ?? [], stored.qualityFlags) },
  };
  const pending: PendingSourceChange[] = [];
  for (const override of stored.overrides ?? []) {
    const value = readField(fresh, override.field);
    const seen = fingerprint(value);
    if (value !== undefined && seen !== override.sourceHash && seen !== fingerprint(override.value)) {
      const earlier = stored.pendingSourceChanges?.find((p) => p.field === override.field);
      pending.push({
        field: override.field,
        value,
        seenAt: earlier && fingerprint(earlier.value) === seen ? earlier.seenAt : now,
        ...(override.field === 'publishedAt' && fresh.article.dateSource
          ? { dateSource: fresh.article.dateSource }
          : {}),
      });
    }
    document = writeField(document, override.field, override.value, editorialDateSource(stored, override));
  }
  document = applyMentionEdits(document, stored.mentionEdits);
  return { ...document, article: { ...document.article, ...editorialRecord(stored, pending) } };
}

/** The date source the article had when the editor's date was stored (EDITOR, unless accepted since). */
const editorialDateSource = (stored: Article, override: FieldOverride) =>
  override.field === 'publishedAt' ? (stored.dateSource ?? 'EDITOR') : 'EDITOR';

function editorialRecord(stored: Article, pending: PendingSourceChange[]): Partial<Article> {
  return {
    ...(stored.overrides?.length ? { overrides: stored.overrides } : {}),
    ...(pending.length ? { pendingSourceChanges: pending } : {}),
    ...(stored.corrections?.length ? { corrections: stored.corrections } : {}),
  };
}

/**
 * An editor's correction: each changed field becomes an override remembering the source's value it
 * replaced, people and events edits are merged into the standing ones, and a dated note is added.
 * Flags pointing into a corrected field are dismissed by the correction. Nothing to change is an error.
 */
export function correct(
  document: ArticleDocument,
  request: CorrectionRequest,
  note: string,
  by: string,
  now: string,
): ArticleDocument {
  const { article } = document;
  if (!note.trim()) throw new InvalidInputError('note: say what was corrected (it is published with the article)');
  let next = document;
  const overrides = [...(article.overrides ?? [])];
  const changed: string[] = [];
  for (const [field, value] of request.fields) {
    if (fingerprint(readField(next, field)) === fingerprint(value)) continue;
    const standing = overrides.findIndex((o) => o.field === field);
    const sourceHash =
      standing >= 0 ? (overrides[standing] as FieldOverride).sourceHash : fingerprint(readField(next, field));
    const override: FieldOverride = { field, value, sourceHash, at: now };
    if (standing >= 0) overrides[standing] = override;
    else overrides.push(override);
    next = writeField(next, field, value);
    changed.push(field);
  }
  const edits = mergeEdits(article.mentionEdits, request);
  const withMentions = applyMentionEdits(next, edits);
  if (JSON.stringify(withMentions.article.people) !== JSON.stringify(article.people)) changed.push('people');
  if (JSON.stringify(withMentions.article.events) !== JSON.stringify(article.events)) changed.push('events');
  if (!changed.length) throw new InvalidInputError('nothing to correct: every value given is the one the article has');
  const dismissal = { by, at: now, note: `corrected: ${note.trim()}` };
  return {
    ...withMentions,
    article: {
      ...withMentions.article,
      overrides,
      corrections: [...(article.corrections ?? []), { at: now, note: note.trim(), fields: changed }],
      qualityFlags: withFlagIds(withMentions.article.qualityFlags ?? []).map((flag) =>
        !flag.dismissal && pointsInto(flag, changed) ? { ...flag, dismissal } : flag,
      ),
    },
  };
}

/** A flag about the headline, the body or the date is answered by correcting that field. */
const pointsInto = (flag: QualityFlag, fields: readonly string[]): boolean =>
  (flag.paragraph === -1 && fields.includes('headline')) ||
  (flag.paragraph >= 0 && fields.includes('body')) ||
  (flag.kind === 'DATE_FROM_FEED' && fields.includes('publishedAt'));

function mergeEdits(standing: MentionEdits | undefined, request: CorrectionRequest): MentionEdits | undefined {
  const removePeople = request.removePeople ?? [];
  const removeEvents = request.removeEvents ?? [];
  const addPeople = request.addPeople ?? [];
  const addEvents = request.addEvents ?? [];
  if (!standing && !removePeople.length && !removeEvents.length && !addPeople.length && !addEvents.length)
    return undefined;
  const base = standing ?? { addPeople: [], removePeople: [], addEvents: [], removeEvents: [] };
  return {
    addPeople: [...base.addPeople.filter((p) => !removePeople.includes(p.personId)), ...addPeople],
    removePeople: [...base.removePeople.filter((id) => !addPeople.some((p) => p.personId === id)), ...removePeople],
    addEvents: [...base.addEvents.filter((e) => !removeEvents.includes(e.eventId)), ...addEvents],
    removeEvents: [...base.removeEvents.filter((id) => !addEvents.some((e) => e.eventId === id)), ...removeEvents],
  };
}

/** The source's pending value replaces the editor's; the field follows the source again from now on. */
export function acceptSourceChange(document: ArticleDocument, field: CorrectableField): ArticleDocument {
  const { article } = document;
  const change = article.pendingSourceChanges?.find((p) => p.field === field);
  if (!change) throw new NotFoundError(`article ${article.id} has no pending source change to ${field}`);
  const next = writeField(document, field, change.value, change.dateSource ?? 'DOCUMENT');
  const overrides = (article.overrides ?? []).filter((o) => o.field !== field);
  const pending = (article.pendingSourceChanges ?? []).filter((p) => p.field !== field);
  const { overrides: _o, pendingSourceChanges: _p, ...rest } = next.article;
  return {
    ...next,
    article: {
      ...rest,
      ...(overrides.length ? { overrides } : {}),
      ...(pending.length ? { pendingSourceChanges: pending } : {}),
    },
  };
}
