// The sampling core shared by every page and process: round-robin rounds and
// the row each case's rounds make. Kept apart from suite.mjs so that a page
// without zone.js (the standalone-engine page) can use it: the suite's case
// modules need zone.js as soon as they load.
import { measure } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { INNER } from './settings.mjs';

/** Runs the promise-returning steps one after another. */
export function sequence(steps) {
  return steps.reduce((previous, step) => previous.then(step), Promise.resolve());
}

/**
 * Runs `once(case)` for every case, `rounds` times round-robin; resolves with
 * each case's per-round figures, in case order.
 */
export function roundRobin(cases, rounds, once, log) {
  const figures = cases.map(() => []);
  const steps = [];
  for (let round = 0; round < rounds; round++) {
    cases.forEach((item, index) =>
      steps.push(() =>
        once(item).then((figure) => {
          figures[index].push(figure);
          log(`  round ${round + 1}/${rounds}  ${item.group}: ${item.name}  ${figure.toFixed(2)}`);
        }),
      ),
    );
  }
  return sequence(steps).then(() => figures);
}

/**
 * A case's row: the best round's median is the figure; the worst round shows
 * the noise. A round at 0 is left out: it timed a loop the optimiser emptied
 * (seen in Chromium for a constant Proxy trap), not the operation.
 */
export function row(group, name, unit, perRound) {
  const measured = perRound.filter((figure) => figure > 0);
  const value = measured.length > 0 ? Math.min(...measured) : 0;
  return { group, name, unit, value, worst: Math.max(...perRound), rounds: perRound };
}

/** One round of one micro case: the median time per operation, in ns. */
function microOnce(micro, settings) {
  let measured;
  // enter() runs measure() synchronously inside its zone or task; measure's promise comes back out.
  const inside = micro.enter(() => (measured = measure(micro.loop, { ...settings.micro })));
  return Promise.resolve(inside)
    .then(() => measured)
    .then((stats) => stats.p50 / INNER);
}

/** Every micro case, `settings.rounds.micro` rounds round-robin; resolves with their rows. */
export function microRows(cases, settings, log) {
  return roundRobin(cases, settings.rounds.micro, (item) => microOnce(item, settings), log).then((figures) =>
    cases.map((micro, index) => row(micro.group, micro.name, 'ns', figures[index])),
  );
}
