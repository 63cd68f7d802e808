import data from '../dictionaries/dotted-abbreviations.json' with { type: 'json' }

const dotted = new Set(data.words)
/** The longest abbreviation of the list, in letters. */
const LONGEST = Math.max(...data.words.map((word) => word.length))

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether the full stop at `dot` closes a dotted abbreviation ("TP." of "UBND TP. Đà Nẵng",
 * "PGS." of "PGS.TS. Nguyễn Văn An") rather than a sentence: parse-latin ends a sentence there
 * when a capital follows, which cuts an organiser or a title in two.
 */
export function endsAbbreviation(text: string, dot: number): boolean {
  let start = dot
  while (start > 0 && dot - start <= LONGEST && isAsciiLetter(text.charCodeAt(start - 1))) start--
  if (start === dot || (start > 0 && isAsciiLetter(text.charCodeAt(start - 1)))) return false
  return dotted.has(text.slice(start, dot))
}
