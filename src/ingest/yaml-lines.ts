/**
 * Small helpers for the YAML files ingest reads (unit registry, header mapping): parse keeping line
 * numbers, and find the line of a node so every validation error can point at it.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ParcheckError, type ErrorCode } from '../core/errors.js';

export interface LoadedYaml {
  doc: Document;
  lines: LineCounter;
  file: string;
}

export async function loadYaml(file: string, code: ErrorCode): Promise<LoadedYaml> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ParcheckError('INPUT_NOT_FOUND', { vi: `Không đọc được tệp ${file}`, en: `Cannot read ${file}` }, { location: { file }, cause });
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ParcheckError(code, { vi: `YAML không hợp lệ: ${e.message.split('\n')[0]}`, en: `Invalid YAML: ${e.message.split('\n')[0]}` }, {
      location: { file, line: e.linePos?.[0]?.line, column: e.linePos?.[0]?.col },
    });
  }
  return { doc, lines, file };
}

/** 1-based line of a node (or of the document start). */
export function lineOf(y: LoadedYaml, node: unknown): number {
  const range = (node as Node | undefined)?.range;
  return range ? y.lines.linePos(range[0]).line : 1;
}

export { isMap, isSeq };
