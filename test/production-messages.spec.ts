// The production harness's own rules (./production-messages.ts), checked in
// both modes: a coded message stands in for a written one only where the spec
// shows it expects an error, and never across classes.
import { codedText, OrCoded } from './production-messages.js';

const CODED = 'tasklocal error TL123: see https://www.npmjs.com/package/tasklocal#error-codes';

describe('the production harness', () => {
  it('lets a coded message meet an expected message, and still holds any other message to it', () => {
    expect(new OrCoded(/^spawn\(\) needs a function/).test(CODED)).toBeTrue();
    expect(new OrCoded('boom').test(CODED)).toBeTrue();
    expect(new OrCoded('boom').test('boom')).toBeTrue();
    expect(new OrCoded('boom').test('boom!')).toBeFalse();
    expect(new OrCoded(/needs a function/).test('a user error')).toBeFalse();
    expect(new OrCoded(/needs a function/).test(`${CODED}, and more`)).toBeFalse();
  });

  it('lets a captured text stand for an error only of the class the pattern opens with', () => {
    expect(codedText(`TypeError: ${CODED}`, /^TypeError: Endpoint's constructor/)).toBeTrue();
    expect(
      codedText(`DataCloneError: Failed to execute 'postMessage': Symbol(${CODED})`, /^DataCloneError: /),
    ).toBeTrue();
    expect(codedText(`Error: ${CODED}`, /^TypeError: Endpoint's constructor/)).toBeFalse();
    expect(codedText(`TypeError: no code here`, /^TypeError: /)).toBeFalse();
  });

  it('lets a bare coded message stand for a pattern without a class, and never a text the spec expects to be something else', () => {
    expect(codedText(CODED, /^Local is task-scoped/)).toBeTrue();
    expect(codedText(`Error: ${CODED}`, /^task \d+$/)).toBeFalse();
    expect(codedText(`Error: ${CODED}`, /zone\.js[/\\]bundles/)).toBeFalse();
    expect(codedText(CODED, /^TypeError: /)).toBeFalse();
    expect(codedText(undefined, /^Local/)).toBeFalse();
  });
});
