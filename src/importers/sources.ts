import { z } from 'zod';
import configured from '../../infra/import-sources.json' with { type: 'json' };

const sourcesSchema = z.object({ sources: z.array(z.object({ name: z.string().min(1), url: z.url() })) });

export type ImportSource = z.infer<typeof sourcesSchema>['sources'][number];

/** The scheduled import's sources: IMPORT_SOURCES (JSON) when set, else infra/import-sources.json. */
export function loadSources(env: NodeJS.ProcessEnv = process.env): ImportSource[] {
  const raw = env.IMPORT_SOURCES ? (JSON.parse(env.IMPORT_SOURCES) as unknown) : configured;
  const result = sourcesSchema.safeParse(raw);
  if (!result.success)
    throw new Error(
      `import sources are malformed: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data.sources;
}
