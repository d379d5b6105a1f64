import type { BodyBlock } from '../../domain/body-blocks.js';
import { builder } from '../builder.js';
import { EmbedProviderEnum } from './embed-provider.js';

export type EmbedBlock = Extract<BodyBlock, { kind: 'embed' }>;

export const EmbedBlockRef = builder.objectRef<EmbedBlock>('EmbedBlock').implement({
  description: "Third-party content (a video, a post) the app may load with the provider's player.",
  fields: (t) => ({
    provider: t.field({ type: EmbedProviderEnum, resolve: (block) => block.provider }),
    url: t.exposeString('url', { description: "The embed's absolute http(s) URL, as the source gave it." }),
  }),
});
