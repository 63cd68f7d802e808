/** A caption: "Ảnh: …", "(Ảnh minh họa)", "Quang cảnh …", or a line ending in a photo credit. */
const captionForms = [
  /^\(?ảnh(?:\s+minh\s+họa)?\s*[:)]/iu,
  /(?:^|\s)\(?ảnh(?: {1,3}minh {1,3}họa)? {0,3}: {0,3}[^: ][^:]{0,39}\)?$/iu,
  /\(ảnh(?:\s+minh\s+họa)?\)$/iu,
  /^(?:quang|toàn)\s+cảnh\s/iu,
]

/** A source line: "Nguồn: …", "Theo …" (short). */
const source = /^(?:nguồn|theo)\s{0,3}[:\s]\s{0,3}\S/iu

/** Words at most in a body line that stands without end punctuation and is taken as a caption. */
const MAX_BARE_CAPTION_WORDS = 15

export function isCaption(line: string): boolean {
  return captionForms.some((form) => form.test(line))
}

/** A short line without end punctuation inside the body: the caption of a photo. */
export function isBareCaption(line: string): boolean {
  return !/[.!?:;,…"')]$/.test(line) && wordCount(line) <= MAX_BARE_CAPTION_WORDS
}

export function isSourceLine(line: string): boolean {
  return line.length <= 120 && source.test(line) && !/[.;]\s+\S/.test(line)
}

function wordCount(line: string): number {
  let count = 0
  for (const _ of line.matchAll(/\S+/g)) count++
  return count
}
