/**
 * The static server behind `wujian view`: the built app from web/dist and the cases as
 * data/cases.json, on 127.0.0.1 only (the dashboard is for the person at this computer, never the
 * office network). Requests that try to leave the app's folder (by `..` or by a symbolic link inside it),
 * or that name another host, are refused. data/status.json says which version of the cases is served
 * and the problems of the last reload, so an open page follows the author's edits (web/src/follow.ts).
 */
import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** The only address the server listens on. */
export const HOST = '127.0.0.1';

/** Options of startServer. */
export interface ServerOptions {
  /** Folder of the built app (web/dist). */
  root: string;
  /** The body of /data/cases.json. */
  casesJson: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** The language the page opens in when its address does not say (written into index.html's <html lang>). */
  langTag?: string;
}

/** What data/status.json says: the page fetches the cases again when `version` changes. */
export interface ServedStatus {
  /** Counts the updates since the server started. */
  version: number;
  /** The located problems of the last reload, as the terminal shows them, or null when it succeeded. */
  problems: string | null;
}

/** A running server. */
export interface RunningServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** The port actually bound. */
  port: number;
  /** Serves new cases (when given) and problems from now on, and counts a new version. */
  update(change: { casesJson?: string; problems: string | null }): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving; rejects with the listen error (e.g. EADDRINUSE) when the port cannot be bound. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const served: Served = { casesJson: options.casesJson, status: { version: 0, problems: null } };
  const update: RunningServer['update'] = ({ casesJson, problems }) => {
    if (casesJson !== undefined) served.casesJson = casesJson;
    served.status = { version: served.status.version + 1, problems };
  };
  const server = createServer((request, response) => {
    handle(options, served, request, response).catch(() => send(response, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      resolve({ url: `http://${HOST}:${port}/`, port, update, close: () => closeServer(server) });
    });
  });
}

/** The file under `root` that `pathname` names, or undefined when it would leave `root` or is malformed. */
export function getServedPath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').includes('..')) return undefined;
  const file = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  const base = normalize(root).replace(/[\\/]+$/, '') + sep;
  return file.startsWith(base) ? file : undefined;
}

/** Whether `file` lies under the folder `root` (both real paths, links resolved). */
function isInside(root: string, file: string): boolean {
  return file.startsWith(root.replace(/[\\/]+$/, '') + sep);
}

/** What is served now. */
interface Served {
  casesJson: string;
  status: ServedStatus;
}

async function handle(options: ServerOptions, served: Served, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) still sends its name.
  const port = (request.socket.localPort ?? options.port).toString();
  if (request.headers.host !== `${HOST}:${port}` && request.headers.host !== `localhost:${port}`) {
    return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden host');
  }
  // Only the path is used; the base never reaches the network.
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const headOnly = request.method === 'HEAD';
  if (pathname === '/data/cases.json') return send(response, 200, TYPES['.json']!, served.casesJson, headOnly);
  if (pathname === '/data/status.json') return send(response, 200, TYPES['.json']!, JSON.stringify(served.status), headOnly);
  const file = getServedPath(options.root, pathname);
  if (!file) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
  let body: Buffer;
  try {
    // A symbolic link planted inside the folder must not serve what lies outside it.
    if (!isInside(await realpath(options.root), await realpath(file))) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
    body = await readFile(file);
  } catch {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  // Vite names files under assets/ by their content hash, so they may be kept; the rest is asked again.
  const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (options.langTag && file === join(options.root, 'index.html')) body = Buffer.from(setHtmlLang(body.toString('utf8'), options.langTag));
  send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, headOnly, cache);
}

/** `html` with its <html lang> set to `tag` (a tag such as "en"; the page reads it when ?lang= is absent). */
export function setHtmlLang(html: string, tag: string): string {
  return html.replace(/<html([^>]*?)\slang="[^"]*"/i, (_, before: string) => `<html${before} lang="${tag}"`);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headOnly = false, cache = 'no-cache'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
  response.end(headOnly ? undefined : body);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
