import { logger } from '../../src/observability/logger.js';

export type LogEntry = Record<string, unknown> & { level?: string; message?: string };

/**
 * Captures what the process logger writes (its JSON entries), at INFO, until stop(): the logger itself
 * runs unchanged, only its output goes here instead of the terminal.
 */
export function captureLogs() {
  const entries: LogEntry[] = [];
  const previousLevel = logger.getLevelName();
  const target = logger as unknown as { console: unknown };
  const previousConsole = target.console;
  const record = (line: string) => entries.push(JSON.parse(line) as LogEntry);
  Object.defineProperty(logger, 'console', {
    value: { log: record, info: record, debug: record, trace: record, warn: record, error: record },
    writable: true,
    configurable: true,
  });
  logger.setLogLevel('INFO');
  return {
    entries,
    stop() {
      Object.defineProperty(logger, 'console', { value: previousConsole, writable: true, configurable: true });
      logger.setLogLevel(previousLevel as 'INFO');
    },
  };
}
