import { suite } from './jasmine-suite.mjs';

export default suite('node-standalone.mjs');
