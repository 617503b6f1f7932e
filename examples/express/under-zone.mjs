// The Express example's load check in a process with zone.js loaded first, as
// express.test.mjs runs it in a child process:
//   node examples/express/under-zone.mjs zone-server.mjs   (the coroutine recipe)
//   node examples/express/under-zone.mjs server.mjs        (native async, unchanged)
// Prints the engine and the check's counts as one line of JSON.
import 'zone.js/node';
import { engineName } from 'tasklocal';
import { loadServer } from '../node-server/load-check.mjs';

const { startServer } = await import(`./${process.argv[2]}`);
console.log(JSON.stringify({ engine: engineName(), ...(await loadServer(startServer)) }));
