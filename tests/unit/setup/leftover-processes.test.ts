import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processesOfThisCheckout, stopLeftovers } from '../../setup/leftover-processes.js';

// Test files run in parallel: the check looks at its own directory only, or it would see (and kill) the
// `npm start` and CLI processes other files start meanwhile.
const root = mkdtempSync(join(tmpdir(), 'leftovers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(process.platform !== 'linux')('the check that a test run leaves nothing running', () => {
  it('finds a process of this checkout that looks like npm start, kills it and names it', async () => {
    const before = processesOfThisCheckout(root);
    // An idle node whose command line names our start script, as a leaked `npm start` would.
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'src/local/start.ts'], {
      stdio: 'ignore',
      cwd: root,
    });
    const exited = new Promise((done) => child.on('exit', done));
    await new Promise((done) => setTimeout(done, 200));
    expect(processesOfThisCheckout(root).has(child.pid as number)).toBe(true);

    const left = await stopLeftovers(before, root);

    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^${child.pid} .*src/local/start\\.ts`));
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
  });

  it('reports nothing when the processes are the ones that were there before', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'src/local/start.ts'], {
      stdio: 'ignore',
      cwd: root,
    });
    const exited = new Promise((done) => child.on('exit', done));
    await new Promise((done) => setTimeout(done, 200));
    const before = processesOfThisCheckout(root);

    const left = await stopLeftovers(before, root);

    expect([...before.keys()]).toEqual([child.pid]);
    expect(left).toEqual([]);
    expect(child.exitCode ?? child.signalCode).toBeNull();
    child.kill('SIGKILL');
    await exited;
  });
});
