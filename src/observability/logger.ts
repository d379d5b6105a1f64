import { Logger } from '@aws-lambda-powertools/logger';
import { readLogSettings } from '../config.js';
import { concurrentInvocations, RequestScopedFormatter, requestScope } from './request-scope.js';

/** One logger for the process: JSON in Lambda, one readable line per entry on a local terminal. */
const settings = readLogSettings();
export const logger = new Logger({
  serviceName: 'news-graphql',
  logLevel: settings.logLevel as 'INFO',
  logFormatter: new RequestScopedFormatter(),
});

/** Every entry written while this request is served carries its id (see request-scope.ts). */
export function setRequestId(requestId: string): void {
  if (concurrentInvocations) logger.appendKeys({ requestId });
  else requestScope.requestId = requestId;
}

const useTerminalFormat = !settings.inLambda && process.stdout.isTTY && process.env.LOG_FORMAT !== 'json';
if (useTerminalFormat) {
  // Powertools prints through its own `console` with JSON.stringify'd entries and has no text mode;
  // re-rendering those entries keeps one logger (same levels, same keys) and only changes the look.
  Object.defineProperty(logger, 'console', { value: terminalConsole(), writable: true });
}

function terminalConsole() {
  const print = (stream: NodeJS.WriteStream) => (line: string) => {
    stream.write(`${renderLine(line)}\n`);
  };
  const out = print(process.stdout);
  const err = print(process.stderr);
  return { log: out, info: out, debug: out, trace: out, warn: err, error: err };
}

const OMITTED = new Set(['level', 'message', 'timestamp', 'service', 'sampling_rate', 'xray_trace_id']);

function renderLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = String(entry.timestamp ?? '').slice(11, 19);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [time, String(entry.level ?? '').padEnd(5), entry.message, ...fields].join(' ');
}
