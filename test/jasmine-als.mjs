import { suite } from './jasmine-suite.mjs';

export default suite('node-als.mjs');
