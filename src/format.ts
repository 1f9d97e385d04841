// Rows → text for people (aligned table) and for tools (JSON, JSONL, CSV).
import type { Row } from './graph/queries.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Text safe to print on a terminal: control characters (escape sequences that colour or move the cursor, newlines
 * that would forge a line of output) and bidirectional overrides are shown escaped ("\x1b", "\n", "\u202e").
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const cell = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.map(cell).join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function formatRows(rows: Row[], format: Format, maxWidth = 60): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'jsonl') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (format === 'csv') {
    const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return [columns, ...rows.map((r) => columns.map((c) => cell(r[c])))].map((line) => `${line.map(esc).join(',')}\n`).join('');
  }
  if (!rows.length) return '(no rows)\n';
  const clip = (s: string) => {
    const flat = printable(s.replace(/\s+/g, ' '));
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const table = rows.map((r) => columns.map((c) => clip(cell(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...table.map((line) => line[i]!.length)));
  const line = (values: string[]) => `${values.map((v, i) => v.padEnd(widths[i]!)).join('  ')}`.trimEnd() + '\n';
  return line(columns) + line(widths.map((w) => '-'.repeat(w))) + table.map(line).join('') + `(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
