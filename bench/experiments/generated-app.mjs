// The generated app both plugin cost experiments measure: 300 modules, ~30k
// lines, half TypeScript, async code in each (functions, methods, arrows in
// class fields), every module importing the next.

export const MODULES = 300;

/** The text of module `index`, TypeScript when `typed`. */
export function moduleText(index, typed) {
  const t = (type) => (typed ? `: ${type}` : '');
  const next = (index + 1) % MODULES;
  const lines = [
    `import { helper${next} } from './m${next}${typed ? '' : '.js'}';`,
    `export function helper${index}(value${t('number')})${t('number')} {`,
    `  return value + ${index};`,
    '}',
  ];
  for (let f = 0; f < 6; f++) {
    lines.push(
      `export async function load${index}_${f}(id${t('string')})${t('Promise<string[]>')} {`,
      `  const out${t('string[]')} = [];`,
      '  for (let i = 0; i < 3; i++) {',
      '    const response = await fetch(`/api/${id}/${i}`);',
      '    const body = await response.text();',
      `    out.push(body.slice(0, helper${next}(i)));`,
      '  }',
      '  return out;',
      '}',
    );
  }
  lines.push(
    `export class Service${index} {`,
    `  private cache = new Map${typed ? '<string, string>' : ''}();`.replace(
      'private ',
      typed ? 'private ' : '',
    ),
    `  async get(key${t('string')})${t('Promise<string>')} {`,
    '    const hit = this.cache.get(key);',
    '    if (hit !== undefined) return hit;',
    `    const [value] = await load${index}_0(key);`,
    '    this.cache.set(key, value);',
    '    return value;',
    '  }',
    `  summarize = async (keys${t('string[]')}) => {`,
    '    const values = await Promise.all(keys.map((key) => this.get(key)));',
    "    return values.join(',');",
    '  };',
    '}',
  );
  while (lines.length < 100)
    lines.push(`export const constant${index}_${lines.length} = ${lines.length} * ${index};`);
  return lines.join('\n') + '\n';
}
