/** Conversion of TCVN3 and VNI mojibake, chunk by chunk with the source range of each letter. */
import { tcvn3Capitals, tcvn3Chars, vniBases, vniSequences, type LegacyEncoding } from './legacy-tables.js'

/** Receives each converted chunk with the source range `[from, to)` it came from. */
export type Push = (chunk: string, from: number, to: number) => void

const tcvn3CapitalBases = new Set([...tcvn3Capitals.keys()].map((pair) => pair[0]!))

/** Converts `source[from, to)` from `encoding`, one letter (one or two source chars) at a time. */
export function convertLegacy(encoding: LegacyEncoding, source: string, from: number, to: number, push: Push): void {
  const pairStarts = encoding === 'TCVN3' ? tcvn3CapitalBases : vniBases
  const pairs = encoding === 'TCVN3' ? tcvn3Capitals : vniSequences
  const singles = encoding === 'TCVN3' ? tcvn3Chars : vniSequences
  let i = from
  while (i < to) {
    const char = source[i]!
    if (i + 1 < to && pairStarts.has(char)) {
      const letter = pairs.get(char + source[i + 1])
      if (letter !== undefined) {
        push(letter, i, i + 2)
        i += 2
        continue
      }
    }
    push(singles.get(char) ?? char, i, i + 1)
    i++
  }
}

/** `word` converted from `encoding`. */
export function convertWord(encoding: LegacyEncoding, word: string): string {
  let out = ''
  convertLegacy(encoding, word, 0, word.length, (chunk) => {
    out += chunk
  })
  return out
}
