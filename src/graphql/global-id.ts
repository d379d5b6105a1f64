import { encodeGlobalID } from '@pothos/plugin-relay';

/** The Relay global ID `article(id:)` and `node(id:)` accept, for a stored article id (import runs, the CLI). */
export const articleGlobalId = (articleId: string): string => encodeGlobalID('Article', articleId);
