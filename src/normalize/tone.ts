/**
 * Old ("hoà", "khoẻ", "uỷ") to new ("hòa", "khỏe", "ủy") tone placement.
 *
 * In the open syllables oa, oe and uy (not after q) the old style puts the tone on the second
 * vowel. Both chars are precomposed in NFC, so the swap keeps the text's length.
 */

const TONED_A = 'àáảãạ'
const TONED_E = 'èéẻẽẹ'
const TONED_Y = 'ỳýỷỹỵ'
const TONED_O = 'òóỏõọ'
const TONED_U = 'ùúủũụ'

const swaps = new Map<string, string>()
for (let tone = 0; tone < 5; tone++) {
  for (const upper of [false, true]) {
    const c = (s: string) => (upper ? s.toUpperCase() : s)
    for (const lower of [false, true]) {
      const v = (s: string) => (upper && !lower ? s.toUpperCase() : s)
      swaps.set(c('o') + v(TONED_A[tone]!), c(TONED_O[tone]!) + v('a'))
      swaps.set(c('o') + v(TONED_E[tone]!), c(TONED_O[tone]!) + v('e'))
      swaps.set(c('u') + v(TONED_Y[tone]!), c(TONED_U[tone]!) + v('y'))
    }
  }
}

/**
 * An old-style pair at the end of a syllable. "quý" keeps its tone on y: that test is made on the
 * char before the match, as a leading lookbehind would make the regex slow on every position.
 */
const oldTone = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\p{L})/gu

/** Rewrites old tone placement to the new one; the result has the same length. */
export function toNewTonePlacement(text: string): string {
  return text.replace(oldTone, (pair: string, offset: number) => {
    const before = offset > 0 ? text.charCodeAt(offset - 1) : 0
    return before === 113 || before === 81 ? pair : (swaps.get(pair) ?? pair)
  })
}
