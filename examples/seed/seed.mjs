// The seed example (metapensiero.asyncio.tasklocal's README) in Node.
// Run it after `npm run build`: node examples/seed/seed.mjs
import 'zone.js/node';
import { Local, spawn } from 'tasklocal';

const mylocal = new Local();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function* taskA() {
  mylocal.a_var = 'foo';
  yield sleep(1); // switches to task B
  console.assert(mylocal.a_var === 'foo');
  console.log(mylocal.a_var);
}

function* taskB() {
  mylocal.a_var = 'bar';
  yield sleep(1); // switches back to task A
  console.assert(mylocal.a_var === 'bar');
  console.log(mylocal.a_var);
}

const a = spawn(taskA);
const b = spawn(taskB);
Promise.all([a, b]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

// this prints out:
// foo
// bar
