// Specs about zones: they run wherever the zone engine does (Node and Chromium).
import './zone/task-zone.spec.js';
import './zone/discriminator-zone.spec.js';
import './zone/native-async.spec.js';
import './zone/engine-zone.spec.js';
