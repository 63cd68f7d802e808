import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'

/**
 * The lines of a JSONL byte stream, a read chunk's worth at a time, pulled as the caller is
 * ready (so a slow consumer holds back the reading: backpressure). `\r\n` ends are accepted
 * and a leading byte-order mark is dropped; a last line without `\n` still counts.
 */
export async function* readLines(stream: Readable): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  let first = true
  for await (const chunk of stream) {
    const bytes = chunk as Buffer | string
    let text = rest + (typeof bytes === 'string' ? bytes : decoder.write(bytes))
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    const lines = text.split('\n')
    rest = lines.pop()!
    if (lines.length > 0) yield lines.map(stripCr)
  }
  const last = rest + decoder.end()
  if (last.length > 0) yield [stripCr(last)]
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/** A file of a directory tree to analyse, or a folder that could not be listed. */
export type TreeEntry = { id: string; path: string } | { id: string; error: string }

/** Files the batch reads from a directory tree. */
const articleFile = /\.(?:txt|html?)$/i

/**
 * The `.txt`/`.html` files under `root`, depth first in name order (the same order on every
 * run, so `line` numbers and `--resume` are stable); ids are paths relative to `root` with `/`.
 */
export async function* walkTree(root: string): AsyncGenerator<TreeEntry> {
  const idOf = (path: string) => relative(root, path).split(sep).join('/')
  async function* walk(dir: string): AsyncGenerator<TreeEntry> {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      yield { id: idOf(dir), error: `cannot list the folder: ${(error as Error).message}` }
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) yield* walk(path)
      else if ((entry.isFile() || entry.isSymbolicLink()) && articleFile.test(entry.name)) yield { id: idOf(path), path }
    }
  }
  yield* walk(root)
}
