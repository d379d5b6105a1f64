import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the tests start: DynamoDB Local (java) and node processes running our entry points. */
const STARTED_BY_TESTS = /DynamoDBLocal|src\/local\/start\.ts|src\/cli\/import\.ts|dist\/local/;

/**
 * Processes of this checkout (working directory inside it) that look like something a test starts. Linux only
 * (/proc); elsewhere the check is skipped. Other checkouts' test runs and a developer's own `npm start`
 * elsewhere are not counted; one started before the run in this checkout is excluded by the caller's snapshot.
 */
export function processesOfThisCheckout(root = resolve('.')): Map<number, string> {
  const found = new Map<number, string>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      if (!STARTED_BY_TESTS.test(command)) continue;
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === root || cwd.startsWith(`${root}/`)) found.set(Number(pid), command);
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  return found;
}

/** Kills what the run left behind and says what it was, so a leaking test fails the run instead of the machine. */
export async function stopLeftovers(before: ReadonlyMap<number, string>, root = resolve('.')): Promise<string[]> {
  // A process told to stop in a test's afterAll may need a moment to exit.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (![...processesOfThisCheckout(root).keys()].some((pid) => !before.has(pid))) return [];
    await new Promise((done) => setTimeout(done, 250));
  }
  const left = [...processesOfThisCheckout(root)].filter(([pid]) => !before.has(pid));
  for (const [pid] of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return left.map(([pid, command]) => `${pid} ${command.slice(0, 160)}`);
}
