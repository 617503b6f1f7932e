// Two concurrent tasks share one Local. Each keeps its own counter, log and
// panel in it, and render() finds them there: nothing is passed down, yet
// every panel shows only its own task's values.
const { Local, spawn } = TaskLocal;

const job = new Local();
/** Every step of both tasks in order, for the page's test: did the tasks overlap? */
const timeline = [];
globalThis.timeline = timeline;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Shows the current task's state in the current task's panel. */
function render() {
  job.panel.querySelector('.count').textContent = String(job.count);
  const item = document.createElement('li');
  item.textContent = job.log[job.log.length - 1];
  job.panel.querySelector('.log').append(item);
}

/** One task: a few steps, each after a pause in which the other task may run. */
function* countSteps(name, panel, pauseMs) {
  job.name = name;
  job.panel = panel;
  job.count = 0;
  job.log = [];
  panel.dataset.state = 'running';
  for (let step = 1; step <= 4; step++) {
    yield sleep(pauseMs);
    job.count += 1;
    job.log.push(`task ${job.name}: step ${step}`);
    timeline.push(`${job.name}${step}`);
    render();
  }
  panel.dataset.state = 'done';
}

for (const [name, pauseMs] of [
  ['A', 300],
  ['B', 200],
]) {
  const panel = document.getElementById(`panel-${name.toLowerCase()}`);
  const button = document.getElementById(`start-${name.toLowerCase()}`);
  button.addEventListener('click', () => {
    button.disabled = true;
    spawn(() => countSteps(name, panel, pauseMs), { name: `task ${name}` }).catch((error) => {
      panel.dataset.state = 'failed';
      panel.append(String(error));
    });
  });
}
