import { builder } from './builder.js';
import './types/article.js';
import './types/photo.js';
import './types/translation.js';

/** The whole schema; built once per process. */
export const schema = builder.toSchema({ sortSchema: false });
