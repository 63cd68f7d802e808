// What the main thread needs to write records, apart from batch-record.ts so that the main
// thread never loads the analyser (only the workers do).

/** The output of one unit: a JSONL line (with its `\n`), or `null` when skipped. */
export interface UnitResult {
  line: string | null
  error: boolean
}

/** The key an id is remembered by for `--resume`. */
export function idKey(id: unknown): string {
  return JSON.stringify(id) ?? 'null'
}

/** An error record for `line`. */
export function errorLine(id: unknown, line: number, message: string): UnitResult {
  return { line: `{"id":${idKey(id)},"line":${line},"error":${JSON.stringify({ message })}}\n`, error: true }
}

/** A one-line message for any thrown value, without a stack. */
export function messageOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return 'cannot read: no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied'
  if (code === 'EISDIR') return 'cannot read: is a directory'
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, 500)
}
