import type { RawInput } from './raw-input.js';

export interface SourceState {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  timeoutMs: number;
  /** Attempts for 429 and 5xx answers, with exponential backoff (Retry-After honoured up to maxDelayMs). */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 10_000,
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxBytes: 20 * 1024 * 1024,
};

export type FetchResult =
  | { status: 'fetched'; input: RawInput; state: SourceState }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: string };

/**
 * A conditional GET (If-None-Match / If-Modified-Since from the last run), with a timeout per attempt
 * and backoff on 429 and 5xx. Never throws: a source that cannot be fetched is a reason, not a crash.
 */
export async function fetchSource(
  url: string,
  previous: SourceState,
  options: FetchOptions = DEFAULT_FETCH_OPTIONS,
): Promise<FetchResult> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json, text/plain;q=0.8, */*;q=0.5',
    'user-agent': 'news-graphql-importer/1',
  };
  if (previous.etag) headers['if-none-match'] = previous.etag;
  if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
  let reason = 'no attempt made';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
    } catch (error) {
      reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${options.timeoutMs} ms`
          : `fetch failed: ${(error as Error).message}`;
      if (attempt < options.attempts) await sleep(backoff(attempt, undefined, options));
      continue;
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (response.status === 429 || response.status >= 500) {
      reason = `HTTP ${response.status}`;
      await response.body?.cancel();
      if (attempt < options.attempts) await sleep(backoff(attempt, response.headers.get('retry-after'), options));
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { status: 'failed', reason: `HTTP ${response.status}` };
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > options.maxBytes) {
      await response.body?.cancel();
      return { status: 'failed', reason: `${length} bytes is over the ${options.maxBytes}-byte limit` };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > options.maxBytes) return { status: 'failed', reason: `over the ${options.maxBytes}-byte limit` };
    const state: SourceState = {
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag') as string } : {}),
      ...(response.headers.get('last-modified')
        ? { lastModified: response.headers.get('last-modified') as string }
        : {}),
    };
    const contentType = response.headers.get('content-type');
    return { status: 'fetched', input: { name: url, bytes, ...(contentType ? { contentType } : {}) }, state };
  }
  return { status: 'failed', reason: `${reason} after ${options.attempts} attempts` };
}

function backoff(attempt: number, retryAfter: string | null | undefined, options: FetchOptions): number {
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  const exponential = options.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(seconds ?? exponential, options.maxDelayMs);
}
