/** Conversion of TCVN3 and VNI mojibake, letter by letter with the source range of each letter. */
import { tcvn3Capitals, tcvn3Chars, vniSequences, type LegacyEncoding } from './legacy-tables.js'

/** Receives each converted UTF-16 unit with the source range `[from, to)` it came from. */
export type Push = (code: number, from: number, to: number) => void

/** A table compiled to char codes: one-char sequences by code, two-char ones by `a << 16 | b`. */
interface CodeTable {
  singles: Uint16Array
  pairs: Map<number, number>
  /** Codes that start a pair. */
  pairStarts: Uint8Array
}

function compile(singles: ReadonlyMap<string, string>, pairs: ReadonlyMap<string, string>): CodeTable {
  const table: CodeTable = { singles: new Uint16Array(0x100), pairs: new Map(), pairStarts: new Uint8Array(0x100) }
  for (const [source, letter] of [...singles, ...pairs]) {
    const first = source.charCodeAt(0)
    if (source.length === 1) table.singles[first] = letter.charCodeAt(0)
    else {
      table.pairs.set((first << 16) | source.charCodeAt(1), letter.charCodeAt(0))
      table.pairStarts[first] = 1
    }
  }
  return table
}

const vniSingles = new Map([...vniSequences].filter(([source]) => source.length === 1))
const vniPairs = new Map([...vniSequences].filter(([source]) => source.length === 2))
const tables: Record<LegacyEncoding, CodeTable> = {
  TCVN3: compile(tcvn3Chars, tcvn3Capitals),
  VNI: compile(vniSingles, vniPairs),
}

/** Converts `source[from, to)` from `encoding`, one letter (one or two source chars) at a time. */
export function convertLegacy(encoding: LegacyEncoding, source: string, from: number, to: number, push: Push): void {
  const { singles, pairs, pairStarts } = tables[encoding]
  let i = from
  while (i < to) {
    const code = source.charCodeAt(i)
    if (code < 0x100) {
      if (pairStarts[code] === 1 && i + 1 < to) {
        const letter = pairs.get((code << 16) | source.charCodeAt(i + 1))
        if (letter !== undefined) {
          push(letter, i, i + 2)
          i += 2
          continue
        }
      }
      const letter = singles[code]!
      push(letter === 0 ? code : letter, i, i + 1)
    } else push(code, i, i + 1)
    i++
  }
}

/** `word` converted from `encoding`. */
export function convertWord(encoding: LegacyEncoding, word: string): string {
  const codes: number[] = []
  convertLegacy(encoding, word, 0, word.length, (code) => {
    codes.push(code)
  })
  return String.fromCharCode(...codes)
}
