// The "zoneless" build configuration swaps this in for app.config.ts, and
// loads no zone.js: tasks cannot be spawned, but code outside tasks still works.
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { actionTagInterceptor } from './action-tag.interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideHttpClient(withFetch(), withInterceptors([actionTagInterceptor])),
  ],
};
