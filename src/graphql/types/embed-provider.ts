import { EMBED_PROVIDERS } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';

export const EmbedProviderEnum = builder.enumType('EmbedProvider', {
  description: 'Services whose embeds are kept; embeds from any other service are dropped.',
  values: EMBED_PROVIDERS,
});
