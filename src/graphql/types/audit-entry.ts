import { encodeGlobalID } from '@pothos/plugin-relay';
import type { AuditEntry } from '../../domain/audit.js';
import { builder } from '../builder.js';
import { pageArgs, pageOf, toConnection } from '../connection.js';

const json = (value: Record<string, unknown> | undefined) => (value ? JSON.stringify(value) : null);

export const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  subGraphs: ['operator'],
  description: 'One operator action on one entity: who, when, what, why, and the values it changed.',
  fields: (t) => ({
    entityId: t.id({
      description: "The entity's global ID (it may since have been deleted).",
      resolve: (entry) => encodeGlobalID(entry.subject.type, entry.subject.id),
    }),
    entityType: t.string({ resolve: (entry) => entry.subject.type }),
    operation: t.exposeString('operation', { description: 'The mutation (unpublishArticle, addAuditNote, ...).' }),
    actor: t.exposeString('actor', {
      description: 'Who: the IAM principal ARN, or "local operator" for a request made with the operator key.',
    }),
    at: t.expose('at', { type: 'DateTime' }),
    reason: t.exposeString('reason', { nullable: true, description: "The operator's reason or note." }),
    before: t.string({
      nullable: true,
      description: 'The changed values before the action, as a JSON object.',
      resolve: (entry) => json(entry.before),
    }),
    after: t.string({
      nullable: true,
      description: 'The changed values after the action, as a JSON object.',
      resolve: (entry) => json(entry.after),
    }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.field({
    subGraphs: ['operator'],
    type: builder.connectionObject(
      { type: AuditEntryRef, name: 'AuditEntryConnection', subGraphs: ['operator'] },
      { subGraphs: ['operator'] },
    ),
    description: "An article's, person's or event's audit log, newest first (one Query).",
    args: {
      entityId: t.arg.id({ required: true, description: 'A global ID, as article(id:) takes it.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_, { entityId, ...args }, ctx) => toConnection(await ctx.audit.list(entityId, pageOf(args))),
  }),
}));

builder.mutationFields((t) => ({
  addAuditNote: t.field({
    type: AuditEntryRef,
    description:
      "Adds an editor's note to an entity's audit log. BAD_USER_INPUT for an empty note, NOT_FOUND for an unknown entity.",
    args: {
      entityId: t.arg.id({ required: true }),
      note: t.arg.string({ required: true }),
    },
    resolve: (_, { entityId, note }, ctx) => ctx.audit.addNote(entityId, note),
  }),
}));
