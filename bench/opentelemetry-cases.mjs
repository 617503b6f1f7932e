// The cost of an OpenTelemetry context manager's hot pair, with(context, fn)
// around fn's active(), as instrumentations call it: TaskLocalContextManager
// beside OpenTelemetry's own manager for the same platform, measured in the
// same run (ZoneContextManager in the zone.js page, AsyncLocalStorage-
// ContextManager in Node without zone.js). Each manager is used directly, not
// through the global API, so that both pay the same for the call.
import { do_not_optimize as consume } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { TaskLocalContextManager } from '../dist/opentelemetry.mjs';
import { INNER } from './settings.mjs';

const KEY = createContextKey('bench span');
const CONTEXT = ROOT_CONTEXT.setValue(KEY, 1);

/** One micro case: INNER calls of manager.with(CONTEXT, () => manager.active()). */
function withActiveCase(group, name, manager) {
  const readActive = () => manager.active();
  return {
    group,
    name,
    enter: (run) => run(),
    loop: (state) => {
      for (const _ of state) for (let i = 0; i < INNER; i++) consume(manager.with(CONTEXT, readActive));
    },
  };
}

/** TaskLocalContextManager and `baseline` (OpenTelemetry's manager for this platform), both enabled. */
export function otelWithCases(group, baselineName, baseline) {
  return [
    withActiveCase(group, baselineName, baseline.enable()),
    withActiveCase(group, 'TaskLocalContextManager', new TaskLocalContextManager().enable()),
  ];
}
