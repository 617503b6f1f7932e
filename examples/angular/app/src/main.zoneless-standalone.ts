// The zoneless build on tasklocal's standalone engine: no zone.js anywhere,
// zoneless change detection, and actions written as generator tasks.
import './tasklocal-setup'; // first, so the engine is chosen before any task starts
import { bootstrapApplication } from '@angular/platform-browser';
import { StepApp } from './app/app.zoneless-standalone';
import { appConfig } from './app/app.config.zoneless-standalone';

bootstrapApplication(StepApp, appConfig).catch((error: unknown) => console.error(error));
