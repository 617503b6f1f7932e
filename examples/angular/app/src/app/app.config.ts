// The app as shipped: zone-based change detection. zone.js itself is loaded by
// angular.json's "polyfills", which is also what makes the Angular builder
// compile async/await to generators that zone.js (and so tasklocal) can follow.
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideZoneChangeDetection, type ApplicationConfig } from '@angular/core';
import { actionTagInterceptor } from './action-tag.interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZoneChangeDetection(),
    provideHttpClient(withFetch(), withInterceptors([actionTagInterceptor])),
  ],
};
