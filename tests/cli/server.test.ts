import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getServedPath, setHtmlLang, startServer, type RunningServer } from '../../src/cli/server.js';
import { createTempDir } from '../support/files.js';

/** Sends `path` exactly as written (no URL normalisation on the way) and returns the status code. */
function rawStatus(port: number, path: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1])));
    socket.on('error', reject);
  });
}

describe('the view server', () => {
  const dir = createTempDir();
  const root = join(dir, 'dist');
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="zh-CN"><title>五减</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside the app folder');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'planted.txt'));
    symlinkSync(dir, join(root, 'assets', 'up'));
    writeFileSync(join(root, 'assets', 'real.js'), 'console.log(2)');
    symlinkSync(join(root, 'assets', 'real.js'), join(root, 'assets', 'alias.js'));
    server = await startServer({ root, casesJson: '{"cases":[]}', port: 0 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only and says where: the machine\'s other addresses refuse the port', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const outside = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const address of outside) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(server.port, address!.address, () => (socket.destroy(), resolve(false)));
        socket.on('error', () => resolve(true));
      });
      expect(refused, address!.address).toBe(true);
    }
  });

  it('serves the app, its assets and the cases as JSON', async () => {
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('五减');
    const asset = await fetch(`${server.url}assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await (await fetch(`${server.url}data/cases.json`)).json()).toEqual({ cases: [] });
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
  });

  it('counts each update in data/status.json: new cases are served, a failed reload keeps the last ones and says why', async () => {
    const status = async () => (await fetch(`${server.url}data/status.json`)).json();
    const cases = async () => (await fetch(`${server.url}data/cases.json`)).json();
    const { version } = await status();
    server.update({ casesJson: '{"cases":[{"id":"a"}]}', problems: null });
    expect(await status()).toEqual({ version: version + 1, problems: null });
    server.update({ problems: 'after.yaml:3:7 error' });
    expect(await status()).toEqual({ version: version + 2, problems: 'after.yaml:3:7 error' });
    expect(await cases()).toEqual({ cases: [{ id: 'a' }] });
    server.update({ casesJson: '{"cases":[]}', problems: null });
  });

  it('opens the page in the language it is told, the rest of index.html unchanged', async () => {
    const told = await startServer({ root, casesJson: '{"cases":[]}', port: 0, langTag: 'en' });
    try {
      expect(await (await fetch(told.url)).text()).toBe('<!doctype html><html lang="en"><title>五减</title>');
    } finally {
      await told.close();
    }
    expect(setHtmlLang('<!doctype html>\n<html class="x" lang="zh-CN">', 'en')).toBe('<!doctype html>\n<html class="x" lang="en">');
  });

  it('refuses paths that climb out of the app folder, however they are spelled', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00']) {
      expect([403, 404], path).toContain(await rawStatus(server.port, path));
    }
    expect(await rawStatus(server.port, '/..%2fsecret.txt')).toBe(403);
  });

  it('refuses a symbolic link planted inside its folder that leads out of it, and serves one that stays inside', async () => {
    expect(await rawStatus(server.port, '/planted.txt')).toBe(403);
    expect(await rawStatus(server.port, '/assets/up/secret.txt')).toBe(403);
    expect(await rawStatus(server.port, '/assets/alias.js')).toBe(200);
  });

  it('answers only requests that name it, so a rebound outside name cannot read the data', async () => {
    expect(await rawStatus(server.port, '/data/cases.json', `localhost:${server.port}`)).toBe(200);
    expect(await rawStatus(server.port, '/data/cases.json', `evil.example:${server.port}`)).toBe(403);
    expect(await rawStatus(server.port, '/data/cases.json', 'evil.example')).toBe(403);
  });

  it('refuses writes', async () => {
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('names no file outside the root for any dotted path', () => {
    expect(getServedPath('/srv/app', '/a/../../etc/passwd')).toBeUndefined();
    expect(getServedPath('/srv/app', '/%E0%A4%A')).toBeUndefined();
    expect(getServedPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(getServedPath('/srv/app', '/assets/x.js')).toBe('/srv/app/assets/x.js');
  });

  it('reports a port already in use', async () => {
    await expect(startServer({ root, casesJson: '{}', port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
