import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processesOfThisCheckout, stopLeftovers } from '../../setup/leftover-processes.js';

describe.skipIf(process.platform !== 'linux')('the check that a test run leaves nothing running', () => {
  it('finds a process of this checkout that looks like npm start, kills it and names it', async () => {
    const before = processesOfThisCheckout();
    // An idle node whose command line names our start script, as a leaked `npm start` would.
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'src/local/start.ts'], {
      stdio: 'ignore',
    });
    const exited = new Promise((done) => child.on('exit', done));
    await new Promise((done) => setTimeout(done, 200));
    expect(processesOfThisCheckout().has(child.pid as number)).toBe(true);

    const left = await stopLeftovers(before);

    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^${child.pid} .*src/local/start\\.ts`));
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
  });

  it('reports nothing when the processes are the ones that were there before', async () => {
    expect(await stopLeftovers(processesOfThisCheckout())).toEqual([]);
  });
});
