/**
 * Runs `script` in a fresh iframe after the given script files (paths Karma
 * serves, such as UMD from ../mode.js); resolves with the first
 * message the page posts to its parent.
 */
export function inPage(scripts: string[], script: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data as Record<string, unknown>);
    };
    window.addEventListener('message', onMessage);
    frame.onerror = () => reject(new Error('the frame did not load'));
    const tags = scripts.map((src) => `<script src="${location.origin}/base/${src}"></script>`).join('');
    frame.srcdoc = `${tags}<script>${script}</script>`;
    document.body.appendChild(frame);
  });
}

/** Page-side helpers: attempt(fn) reports an error as "Name: message", sleep(ms) waits. */
export const PAGE_HELPERS = `
  function attempt(fn) { try { const v = fn(); return v === undefined ? 'no error' : v; } catch (e) { return e.name + ': ' + e.message; } }
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));`;
