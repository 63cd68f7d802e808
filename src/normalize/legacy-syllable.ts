/**
 * Whether a word is one well-formed Vietnamese syllable: an onset, a vowel cluster and a final
 * consonant from Vietnamese phonotactics, and at most one tone mark. Telling converted legacy
 * text ("nhân", "thưởng") from converted French or German ("prộsident", "fỹr") needs no more.
 */

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])'
const VOWELS = [
  'iêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi',
  'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
]
const CODA = '(?:ng|nh|ch|[cmnpt])'

/** Onset, vowel cluster, final consonant: alternations of fixed strings, nothing repeated. */
const syllable = new RegExp(`^${ONSET}?(?:${VOWELS.join('|')})${CODA}?$`, 'u')
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** Whether `word` (any case, NFC or NFD) is one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD')
  const bare = decomposed.replace(toneMarks, '')
  if (decomposed.length - bare.length > 1) return false
  return syllable.test(bare.normalize('NFC').toLowerCase())
}
