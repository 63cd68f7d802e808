import { readFile } from 'node:fs/promises'
import type { AnalyzeOptions } from '../types.js'
import { runBatch } from './batch.js'

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: () => Promise<string>
}

const USAGE = `usage: vn-admin-news analyze [--pretty] [--format text|html] [--reference-date YYYY-MM-DD] FILE... | -
       vn-admin-news batch INPUT... [-o OUT] [--workers N] [--resume] [--format text|html]

analyze  prints one JSON result per input (one line each, or indented with --pretty)
exit codes: 0 all inputs analysed, 1 some inputs could not be read, 2 usage error`

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return decodeUtf8(Buffer.concat(chunks), '-')
  },
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'analyze') return analyzeCommand(rest, io)
  if (command === 'batch') return runBatch(rest)
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`)
    return EXIT.ok
  }
  io.stderr(`${command === undefined ? 'missing command' : `unknown command "${command}"`}\n${USAGE}\n`)
  return EXIT.usage
}

async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  // Loaded here, not at the top: `batch` analyses in worker threads and keeps its main thread light.
  const { analyze } = await import('../analyze.js')
  const files: string[] = []
  const options: AnalyzeOptions = {}
  let pretty = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--pretty') pretty = true
    else if (arg === '--format' || arg === '--reference-date') {
      const value = args[++i]
      if (value === undefined) return usage(io, `${arg} needs a value`)
      if (arg === '--format') {
        if (value !== 'text' && value !== 'html') return usage(io, `--format must be text or html, got "${value}"`)
        options.format = value
      } else options.referenceDate = value
    } else if (arg.startsWith('--')) return usage(io, `unknown option "${arg}"`)
    else files.push(arg)
  }
  if (files.length === 0) return usage(io, 'analyze needs a FILE or -')
  try {
    analyze('', options)
  } catch (error) {
    return usage(io, (error as Error).message)
  }

  let failed = 0
  for (const file of files) {
    let text: string
    try {
      text = file === '-' ? await io.stdin() : decodeUtf8(await readFile(file), file)
    } catch (error) {
      failed++
      io.stderr(`vn-admin-news: ${file}: ${describeReadError(error)}\n`)
      continue
    }
    if (text.trim().length === 0) io.stderr(`vn-admin-news: ${file}: empty input\n`)
    const result = analyze(text, options)
    io.stdout(`${JSON.stringify(result, null, pretty ? 2 : undefined)}\n`)
  }
  return failed === 0 ? EXIT.ok : EXIT.someFailed
}

function usage(io: CliIo, message: string): number {
  io.stderr(`vn-admin-news: ${message}\n${USAGE}\n`)
  return EXIT.usage
}

/** Decodes UTF-8 strictly: invalid bytes are an error naming the input, not silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error(`${name}: not valid UTF-8`)
  }
}

/** A one-line reason for a failed read. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  const message = (error as Error).message ?? String(error)
  return message.replace(/^[^:]*: /, '')
}
