// What every change detection pass rendered: for each action on the page, how
// many of its steps were visible. The test reads it to see that a pass ran
// after every step of every action, with nobody calling tick() by hand.

/** One entry per render: the visible step counts, in page order. */
const renders: number[][] = [];
(globalThis as { renders?: number[][] }).renders = renders;

/** The afterEveryRender callback that records what was just rendered. */
export function exposeRenders(): () => void {
  return () => {
    const sections = document.querySelectorAll('.action');
    renders.push(Array.from(sections, (section) => section.querySelectorAll('li').length));
  };
}
