import { isSpaceCode } from '../space.js'

/** A caption: "Ảnh: …", "(Ảnh minh họa)", "Quang cảnh …", or a line ending in a photo credit. */
const captionForms = [
  /^\(?ảnh(?:\s+minh\s+họa)?\s*[:)]/iu,
  /(?:^|\s)\(?ảnh(?: {1,3}minh {1,3}họa)? {0,3}: {0,3}[^: ][^:]{0,39}\)?$/iu,
  /\(ảnh(?:\s+minh\s+họa)?\)$/iu,
]
const sceneCaption = /^(?:quang|toàn)\s+cảnh\s/iu

/** A source line: "Nguồn: …", "Theo …" (short). */
const source = /^(?:nguồn|theo)\s{0,3}[:\s]\s{0,3}\S/iu

/** Words at most in a body line that stands without end punctuation and is taken as a caption. */
const MAX_BARE_CAPTION_WORDS = 15

/** The characters that end a line with punctuation: such a line is no bare caption. */
const END_PUNCTUATION = '.!?:;,…"\')'

/**
 * Whether `line` is a caption. The "ảnh" forms scan the whole line: they run only on lines that
 * hold the word "ảnh" in some case, which most body lines do not.
 */
export function isCaption(line: string): boolean {
  if (holdsAnh(line, 'ả') || holdsAnh(line, 'Ả')) {
    for (const form of captionForms) if (form.test(line)) return true
  }
  return sceneCaption.test(line)
}

/** Whether `a` ("ả" or "Ả": the only letters that fold to "ả") stands before "nh" in any case. */
function holdsAnh(line: string, a: string): boolean {
  for (let at = line.indexOf(a); at !== -1; at = line.indexOf(a, at + 1)) {
    if ((line.charCodeAt(at + 1) | 0x20) === 0x6e && (line.charCodeAt(at + 2) | 0x20) === 0x68) return true
  }
  return false
}

/** A short line without end punctuation inside the body: the caption of a photo. */
export function isBareCaption(line: string): boolean {
  return (line.length === 0 || !END_PUNCTUATION.includes(line.charAt(line.length - 1))) && !hasMoreWords(line, MAX_BARE_CAPTION_WORDS)
}

export function isSourceLine(line: string): boolean {
  return line.length <= 120 && source.test(line) && !/[.;]\s+\S/.test(line)
}

/** Whether `line` holds more than `most` runs of non-space characters (counted until one too many, no match objects). */
function hasMoreWords(line: string, most: number): boolean {
  let count = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i))
    if (!space && !inWord && ++count > most) return true
    inWord = !space
  }
  return false
}
