/** A caption: "Ảnh: …", "(Ảnh minh họa)", or a line ending in a photo credit. */
const caption =
  /^\(?ảnh(?:\s+minh\s+họa)?\s*[:)]|^\(ảnh\s+minh\s+họa\)|(?:^|[.)]\s{0,3}|\s)\(?ảnh(?:\s+minh\s+họa)?\s*:\s*[^.:]{1,60}\)?$|\(ảnh(?:\s+minh\s+họa)?\)$|^(?:quang|toàn)\s+cảnh\s/iu

/** A source line: "Nguồn: …", "Theo …" (short). */
const source = /^(?:nguồn|theo)\s*[:\s]\s*\S/iu

/** Words at most in a body line that stands without end punctuation and is taken as a caption. */
const MAX_BARE_CAPTION_WORDS = 15

export function isCaption(line: string): boolean {
  return caption.test(line)
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
