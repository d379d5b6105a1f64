import { parseTranslationId, translationId } from '../../domain/entity-reader.js';
import { fromTranslationItem } from '../items.js';
import { translationKey } from '../keys.js';
import type { EntityDefinition } from './entity-definition.js';

export const translationEntity: EntityDefinition<'Translation'> = {
  type: 'Translation',
  key: (id) => {
    const { articleId, language } = parseTranslationId(id);
    return translationKey(articleId, language);
  },
  fromItem: fromTranslationItem,
  idOf: (translation) => translationId(translation.articleId, translation.language),
};
