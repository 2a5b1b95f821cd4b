/**
 * The page's side of `wujian view` following the folder: it asks the server's data/status.json every
 * second and, when the version there changes, hands the new status to the app, which fetches the cases
 * again and shows the problems of a failed reload. Only the served app imports this module (main.ts,
 * behind import.meta.env.WUJIAN_FOLLOW); the offline report has no server to follow.
 */

/** What data/status.json says (src/cli/server.ts ServedStatus). */
export interface FollowStatus {
  /** Counts the server's updates. */
  version: number;
  /** The located problems of the last reload, as the terminal shows them, or null. */
  problems: string | null;
}

/** Milliseconds between two questions to the server. */
export const FOLLOW_EVERY_MS = 1000;

/**
 * Calls `onChange` with each new status: once at the start when the last reload failed, then whenever
 * the version changes. A stopped server is asked again quietly. Resolves once the first answer is in,
 * so cases fetched after it are never older than the version followed.
 */
export async function followServer(onChange: (status: FollowStatus) => void, url = './data/status.json'): Promise<void> {
  let version: number | undefined;
  let asking = false;
  const ask = async () => {
    if (asking || document.hidden) return;
    asking = true;
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) return;
      const status = (await response.json()) as FollowStatus;
      const first = version === undefined;
      if (status.version === version) return;
      version = status.version;
      if (!first || status.problems) onChange(status);
    } catch {
      // The server stopped or restarts: ask again later.
    } finally {
      asking = false;
    }
  };
  await ask();
  setInterval(() => void ask(), FOLLOW_EVERY_MS);
}

/** The box above the charts that lists a failed reload's problems (text only), or hides when there are none. */
export function showProblems(box: HTMLElement, heading: string, problems: string | null): void {
  box.hidden = !problems;
  if (!problems) return box.replaceChildren();
  const title = document.createElement('p');
  title.className = 'problems-title';
  title.textContent = heading;
  const text = document.createElement('pre');
  text.textContent = problems;
  box.replaceChildren(title, text);
}
