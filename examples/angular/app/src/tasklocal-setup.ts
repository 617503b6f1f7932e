// Chooses tasklocal's standalone engine for the zoneless build, which loads no
// zone.js. It must run before anything starts a task, so the main file imports
// this module first: a call in main's own body would run after all its imports.
import { standalone, useEngine } from 'tasklocal';

useEngine(standalone);
