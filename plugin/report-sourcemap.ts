// Names the source of a position in emitted code from the output's source
// map (version 3), for outputs that carry no other mark of their modules
// (esbuild's minified output). Only what the report needs: the source of the
// mapping segment at or before a line and column.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

interface SourceMap {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

/**
 * Returns `sourceOf(line, column)` (0-based) for the map: the source file of
 * the last mapping segment at or before that position on its line, or undefined.
 */
export function sourceLookup(map: SourceMap): (line: number, column: number) => string | undefined {
  // The source index of every segment, by generated line, in column order (the deltas run across lines).
  const lines: Array<Array<[number, number]>> = [];
  let source = 0;
  for (const text of map.mappings.split(';')) {
    const segments: Array<[number, number]> = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    const found = (lines[line] ?? []).filter(([start]) => start <= column).at(-1);
    return found === undefined ? undefined : (map.sourceRoot ?? '') + map.sources[found[1]];
  };
}

/** The 0-based line and column of `offset` in `code`. */
export function positionOf(code: string, offset: number): [number, number] {
  const before = code.slice(0, offset);
  const line = before.split('\n').length - 1;
  return [line, offset - (before.lastIndexOf('\n') + 1)];
}
