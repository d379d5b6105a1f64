import { parseTranslationId, translationId } from '../../domain/entity-reader.js';
import { translationKey } from '../keys.js';
import { joinTranslation, translationPartKeys } from '../translation-body.js';
import type { EntityDefinition } from './entity-definition.js';

/** A translation: its item by key, and a long body's parts (when the item counts any) in a second read. */
export const translationEntity: EntityDefinition<'Translation'> = {
  type: 'Translation',
  key: (id) => {
    const { articleId, language } = parseTranslationId(id);
    return translationKey(articleId, language);
  },
  fromItem: (item) => joinTranslation([item]),
  idOf: (translation) => translationId(translation.articleId, translation.language),
  otherKeys: translationPartKeys,
  fromItems: joinTranslation,
};
