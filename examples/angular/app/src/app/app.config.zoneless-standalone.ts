// Zoneless change detection (the UI follows signals) and an HttpClient whose
// interceptor tags each request with the generator action that made it.
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { stepTagInterceptor } from './step-tag.interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideHttpClient(withFetch(), withInterceptors([stepTagInterceptor])),
  ],
};
