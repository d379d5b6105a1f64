import type { EntityType } from '../domain/entity-reader.js';
import type { Context } from './context.js';
import { branded } from './node-brand.js';

/**
 * The `loadOne` of a registered entity's GraphQL node: the batched read by id (a merged person's or
 * event's id gives the survivor), branded with its type.
 */
export const nodeLoader =
  <T extends EntityType>(type: T) =>
  async (id: string, ctx: Context) =>
    branded(await ctx.entities.findFollowing(type, id, ctx.locales), type);
