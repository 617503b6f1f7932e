// `super` inside a lowered body: a generator function cannot use it, so the
// outer function (a method, where `super` is valid) defines arrows that read
// and write through it, and the body calls those instead.
import type { Node } from './frames.js';
import { unsupported, type SyntaxContext } from './syntax.js';

/**
 * `super.x`, `super[k]`, `super.m(…)`, `super.x = v` and `super.x op= v` →
 * the same through `super` arrows the outer function defines (a generator
 * cannot use `super`). Returns whether `super.x = …` needs the setter.
 */
export function rewriteSuper(context: SyntaxContext, node: Node, parent: Node): boolean {
  const { edits, code, prefix } = context;
  const property = node.property as Node;
  const computed = node.computed === true;
  const keyText = computed ? '' : JSON.stringify(property.name);
  const get = `${prefix}super`;
  const set = `${prefix}superSet`;
  const read = (): void => {
    if (computed) {
      edits.update(node.start, property.start, `${get}(`);
      edits.update(property.end, node.end, ')');
    } else edits.update(node.start, node.end, `${get}(${keyText})`);
  };
  if (parent.type === 'CallExpression' && parent.callee === node) {
    read();
    edits.appendLeft(node.end, '.call');
    const args = parent.arguments as Node[];
    if (args.length > 0) edits.prependRight(args[0].start, 'this, ');
    else edits.appendLeft(parent.end - 1, 'this');
    return false;
  }
  if (parent.type === 'AssignmentExpression' && parent.left === node) {
    const right = parent.right as Node;
    const operator = parent.operator as string;
    if (operator === '=') {
      if (computed) {
        edits.update(parent.start, property.start, `${set}(`);
        edits.update(property.end, right.start, ', ');
      } else edits.update(parent.start, right.start, `${set}(${keyText}, `);
      edits.appendLeft(parent.end, ')');
      return true;
    }
    if (!computed && /^(?:[-+*/%&|^]|\*\*|<<|>>>?)=$/.test(operator)) {
      const op = operator.slice(0, -1);
      edits.update(parent.start, right.start, `${set}(${keyText}, ${get}(${keyText}) ${op} (`);
      edits.appendLeft(parent.end, '))');
      return true;
    }
    unsupported(context, parent, `\`${code.slice(parent.start, right.start).trim()} …\``);
  }
  if (
    parent.type === 'UpdateExpression' ||
    (parent.type === 'UnaryExpression' && parent.operator === 'delete') ||
    /Pattern$|^ForInStatement$|^ForOfStatement$/.test(parent.type)
  )
    unsupported(context, parent, `\`${code.slice(parent.start, parent.end)}\``);
  read();
  return false;
}
