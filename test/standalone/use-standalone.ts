// Imported first by the standalone suite: the engine must be chosen before
// any spec module runs its describe() bodies, as an app calls useEngine()
// first in its main file.
import { standalone, useEngine } from '../../src/index.js';

useEngine(standalone);
