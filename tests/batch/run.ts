import { PassThrough, Readable } from 'node:stream'
import { runBatch } from '../../src/cli/batch.js'

/** What a batch run printed and returned. */
export interface BatchRun {
  code: number
  stdout: string
  stderr: string
  lines: Record<string, unknown>[]
}

/** Runs `vn-admin-news batch args` in-process with `stdin` as standard input. */
export async function batch(args: string[], stdin = ''): Promise<BatchRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const code = await runBatch(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr })
  const text = Buffer.concat(out).toString('utf8')
  return {
    code,
    stdout: text,
    stderr: Buffer.concat(err).toString('utf8'),
    lines: text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  }
}
