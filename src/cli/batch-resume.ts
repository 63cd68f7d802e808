import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { idKey } from './batch-output.js'
import { readLines } from './batch-input.js'

/** The id of an output line, read without parsing its analysis: lines start `{"id":…,"line":`. */
function idOfOutputLine(line: string): string | null {
  if (!line.startsWith('{"id":')) return null
  // A JSON string escapes every `"`, so the first `,"line":` ends the id.
  const end = line.indexOf(',"line":')
  if (end === -1) return null
  try {
    return idKey(JSON.parse(line.slice(6, end)))
  } catch {
    return null
  }
}

/**
 * The ids already in the output file `path` (none when it does not exist). A last line cut
 * short by an interrupted run is removed from the file, so appending starts on a fresh line.
 */
export async function readDoneIds(path: string): Promise<Set<string>> {
  const done = new Set<string>()
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    return done
  }
  let complete = 0
  let offset = 0
  for await (const lines of readLines(createReadStream(path))) {
    for (const line of lines) {
      offset += Buffer.byteLength(line) + 1
      if (offset > size) break
      complete = offset
      const key = idOfOutputLine(line)
      if (key !== null && key !== 'null') done.add(key)
    }
  }
  if (complete < size) {
    const handle = await open(path, 'r+')
    try {
      await handle.truncate(complete)
    } finally {
      await handle.close()
    }
  }
  return done
}
