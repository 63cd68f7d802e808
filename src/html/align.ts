import { decodeHTML } from 'entities'

/** A character reference at the cursor: `&amp;`, `&#7871;`, `&#x1EBF;`, `&nbsp` (legacy). */
const reference = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/y

/**
 * Where each char of `decoded` comes from in `source[from, to)`, the raw HTML it was decoded
 * from (character references resolved, `\r\n` folded to `\n`). Fills `starts`/`ends` with one
 * source range per decoded char. When the two cannot be aligned (a parser repair we do not
 * model), the rest of the text maps to the rest of the range: coarser, still honest.
 */
export function alignDecoded(
  decoded: string,
  source: string,
  from: number,
  to: number,
  starts: number[],
  ends: number[],
): void {
  let i = from
  let j = 0
  while (j < decoded.length) {
    if (i >= to) break
    const raw = source.charCodeAt(i)
    if (raw === 38 /* & */) {
      reference.lastIndex = i
      const match = reference.exec(source)
      if (match !== null && i + match[0].length <= to) {
        const value = decodeHTML(match[0])
        if (value !== match[0] && decoded.startsWith(value, j)) {
          const end = i + match[0].length
          for (let k = 0; k < value.length; k++) {
            starts.push(i)
            ends.push(end)
          }
          j += value.length
          i = end
          continue
        }
      }
    }
    if (raw === 13 /* \r */ && decoded.charCodeAt(j) === 10) {
      const end = source.charCodeAt(i + 1) === 10 && i + 1 < to ? i + 2 : i + 1
      starts.push(i)
      ends.push(end)
      j++
      i = end
      continue
    }
    if (raw !== decoded.charCodeAt(j)) break
    starts.push(i)
    ends.push(i + 1)
    i++
    j++
  }
  for (; j < decoded.length; j++) {
    starts.push(Math.min(i, to))
    ends.push(to)
  }
}
