// Ways a task gives way to other tasks, picked at random: each one resumes
// the task through a different zone.js-patched API.
const hops = [
  () => Promise.resolve(),
  () => new Promise((resolve) => queueMicrotask(resolve)),
  () => new Promise((resolve) => process.nextTick(resolve)),
  () => new Promise((resolve) => setImmediate(resolve)),
  () => new Promise((resolve) => setTimeout(resolve, 0)),
  () => new Promise((resolve) => setTimeout(resolve, 1)),
];

export function randomHop() {
  return hops[Math.floor(Math.random() * hops.length)]();
}
