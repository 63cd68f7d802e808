import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { TextDecoder } from 'node:util'

/** Whole lines of a JSONL byte stream: their bytes, each line ending `\n` but perhaps the stream's last. */
export interface LineBlock {
  bytes: Uint8Array
  /** How many lines the bytes hold. */
  lines: number
}

const NEWLINE = 0x0a
const BOM = [0xef, 0xbb, 0xbf]

/**
 * The lines of a JSONL byte stream in blocks of at most `maxLines` lines and about `maxBytes`
 * bytes, a read chunk's worth at a time, pulled as the caller is ready (so a slow consumer holds
 * back the reading: backpressure). Lines are cut on the `\n` byte, which no UTF-8 sequence
 * contains, so the bytes are decoded where they are read (in a worker), not here; a leading
 * byte-order mark is dropped; a last line without `\n` still counts. Each block owns its bytes.
 */
export async function* readLineBlocks(stream: Readable, maxLines = 64, maxBytes = 256 * 1024): AsyncGenerator<LineBlock[]> {
  /** Bytes of the line not ended yet, which may span many chunks (joined once, at its end). */
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  let bomChecked = false
  for await (const chunk of stream) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
    if (!bomChecked) {
      // The mark may come split over several tiny chunks: wait for three bytes.
      if (pendingBytes + bytes.length < BOM.length) {
        pending.push(Uint8Array.prototype.slice.call(bytes))
        pendingBytes += bytes.length
        continue
      }
      bytes = dropBom(Buffer.concat([...pending, bytes]))
      pending = []
      pendingBytes = 0
      bomChecked = true
    }
    const lastNewline = bytes.lastIndexOf(NEWLINE)
    if (lastNewline === -1) {
      pending.push(Uint8Array.prototype.slice.call(bytes))
      pendingBytes += bytes.length
      continue
    }
    const ended = bytes.subarray(0, lastNewline + 1)
    const whole = pending.length === 0 ? ended : Buffer.concat([...pending, ended])
    pending = lastNewline + 1 < bytes.length ? [Uint8Array.prototype.slice.call(bytes, lastNewline + 1)] : []
    pendingBytes = bytes.length - lastNewline - 1
    yield blocksOf(whole, maxLines, maxBytes)
  }
  const rest = bomChecked ? Buffer.concat(pending) : dropBom(Buffer.concat(pending))
  if (rest.length > 0) yield [{ bytes: rest, lines: 1 }]
}

function dropBom(bytes: Buffer): Buffer {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? bytes.subarray(3) : bytes
}

/** Cuts `whole` (lines that all end `\n`) into blocks of own copies of its bytes. */
function blocksOf(whole: Uint8Array, maxLines: number, maxBytes: number): LineBlock[] {
  const blocks: LineBlock[] = []
  let start = 0
  let lines = 0
  let at = whole.indexOf(NEWLINE)
  while (at !== -1) {
    lines++
    const end = at + 1
    if (lines >= maxLines || end - start >= maxBytes || end === whole.length) {
      blocks.push({ bytes: Uint8Array.prototype.slice.call(whole, start, end), lines })
      start = end
      lines = 0
    }
    at = whole.indexOf(NEWLINE, end)
  }
  return blocks
}

/** A decoder for {@link linesOf}: a byte-order mark inside the stream is kept as text. */
export function lineDecoder(): TextDecoder {
  return new TextDecoder('utf-8', { ignoreBOM: true })
}

/** The lines of a block as text (`\r\n` ends accepted; bytes that are not UTF-8 become U+FFFD). */
export function linesOf(block: LineBlock, decoder = lineDecoder()): string[] {
  const lines = decoder.decode(block.bytes).split('\n')
  if (lines.length > block.lines) lines.pop()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1)
  }
  return lines
}

/** The lines of a JSONL byte stream as text, a read chunk's worth at a time (see {@link readLineBlocks}). */
export async function* readLines(stream: Readable): AsyncGenerator<string[]> {
  const decoder = lineDecoder()
  for await (const blocks of readLineBlocks(stream)) yield blocks.flatMap((block) => linesOf(block, decoder))
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
