/**
 * The TCVN3 (ABC) and VNI Windows tables of `dictionaries/legacy-*.json`, compiled once into
 * lookups by the legacy source characters.
 */
import tcvn3Data from '../../dictionaries/legacy-tcvn3.json' with { type: 'json' }
import vniData from '../../dictionaries/legacy-vni.json' with { type: 'json' }

/** The legacy encodings the library repairs. */
export type LegacyEncoding = 'TCVN3' | 'VNI'

/** Vietnamese letters that Windows-1252 (hence legacy mojibake) also holds. */
export const LATIN1_VIETNAMESE = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý'

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** `ấ` → `â`: the letter without its tone mark. */
function toneless(letter: string): string {
  return letter.normalize('NFD').replace(TONES, '').normalize('NFC')
}

/** TCVN3: one legacy char → one letter. */
export const tcvn3Chars: ReadonlyMap<string, string> = new Map(Object.entries(tcvn3Data.chars))

/**
 * TCVN3 has no uppercase toned letters; they are typed as the uppercase base followed by the
 * lowercase toned letter ("Aµ" → "À", "¢Ê" → "Ấ"). No Vietnamese word doubles a vowel that way.
 */
export const tcvn3Capitals: ReadonlyMap<string, string> = (() => {
  const capitals = new Map<string, string>()
  const bases = new Map<string, string>()
  for (const base of 'AEIOUY') bases.set(base, base)
  for (const [source, letter] of tcvn3Chars) {
    if (letter === letter.toUpperCase()) bases.set(source, letter)
  }
  for (const [baseSource, base] of bases) {
    for (const [source, letter] of tcvn3Chars) {
      const bare = toneless(letter)
      if (bare !== letter && bare.toUpperCase() === base) capitals.set(baseSource + source, letter.toUpperCase())
    }
  }
  return capitals
})()

/** VNI: sequences of one or two chars → one letter; a capital vowel also takes a small mark. */
export const vniSequences: ReadonlyMap<string, string> = (() => {
  const sequences = new Map<string, string>(Object.entries(vniData.sequences))
  for (const [source, letter] of [...sequences]) {
    if (source.length === 2 && source === source.toUpperCase()) {
      sequences.set(source[0]! + source[1]!.toLowerCase(), letter)
    }
  }
  return sequences
})()

/** VNI chars that start a two-char sequence. */
export const vniBases: ReadonlySet<string> = new Set(
  [...vniSequences.keys()].filter((source) => source.length === 2).map((source) => source[0]!),
)

/**
 * VNI pairs that also spell Unicode Vietnamese in the old tone placement ("hoà", "hoá", "hoã"),
 * so they are no evidence of VNI.
 */
export const vniAmbiguousPairs: ReadonlySet<string> = new Set(['oà', 'oá', 'oã', 'Oà', 'Oá', 'Oã', 'OÀ', 'OÁ', 'OÃ'])
