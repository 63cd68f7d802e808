import { franc } from 'franc'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'

/** Languages franc chooses among: Vietnamese and what else such archives hold. */
const CANDIDATES = ['vie', 'eng', 'fra', 'deu', 'spa', 'ind', 'cmn', 'rus', 'jpn', 'kor', 'tha', 'khm']
/** franc's cost grows with its input and its candidates; this much text decides. */
const SAMPLE = 300
const MIN_LENGTH = 20

/** Letters no other language in the candidate list writes (ơ, ư, đ, ạ, ắ, ệ, …). */
const VIETNAMESE_ONLY = 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ'
/** 1 for the code units of {@link VIETNAMESE_ONLY} in either case (all below U+1F00). */
const vietnameseOnly = new Uint8Array(0x1f00)
for (const ch of VIETNAMESE_ONLY + VIETNAMESE_ONLY.toUpperCase()) vietnameseOnly[ch.charCodeAt(0)] = 1
const letter = /\p{L}/u
/** Share of Vietnamese-only letters above which franc cannot answer otherwise. */
const CERTAIN_SHARE = 0.06

/**
 * retext plugin: detects the language of a bounded sample of the body; warns if not Vietnamese.
 * Text dense in letters only Vietnamese writes is Vietnamese; franc decides everything else
 * (it costs more than the whole parse on a full article, so it only sees the sample).
 */
export function vnLanguage() {
  return function (_tree: Root, file: VFile): void {
    const { text, result } = stateOf(file)
    const body = result.parts.find((part) => part.kind === 'lead' || part.kind === 'paragraph')
    let from = body?.span.start ?? 0
    let counts = countLetters(text, from)
    // Too little in the body (a squeezed sample under MIN_LENGTH): the text's start decides.
    if (counts.letters < MIN_LENGTH && squeeze(text.slice(from, from + SAMPLE)).length < MIN_LENGTH) {
      from = 0
      counts = countLetters(text, 0)
    }
    const sure = counts.letters >= MIN_LENGTH && counts.vietnamese / counts.letters >= CERTAIN_SHARE
    const code = sure ? 'vie' : franc(squeeze(text.slice(from, from + SAMPLE)), { only: CANDIDATES, minLength: MIN_LENGTH })
    result.language = { code, isVietnamese: code === 'vie' }
    if (code === 'und') result.warnings.push('language undetermined: too little text')
    else if (code !== 'vie') result.warnings.push(`not Vietnamese (${code})`)
  }
}

/** Layout (line breaks, tabs, runs of spaces) says nothing of the language. */
function squeeze(sample: string): string {
  return sample.replace(/\s+/g, ' ').trim()
}

/**
 * Letters in the sample of `text` from `from`, and those only Vietnamese writes: a range test for
 * Latin and Vietnamese, the Unicode class for the rest. Read in place: squeezing the sample
 * first would change neither count.
 */
function countLetters(text: string, from: number): { letters: number; vietnamese: number } {
  const to = Math.min(text.length, from + SAMPLE)
  let letters = 0
  let vietnamese = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code | 32) >= 97 && (code | 32) <= 122) letters++
    } else if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) {
      letters++
      vietnamese += vietnameseOnly[code]!
    } else if (letter.test(String.fromCodePoint(text.codePointAt(i)!))) {
      letters++
      if (code >= 0xd800 && code <= 0xdbff) i++
    }
  }
  return { letters, vietnamese }
}
