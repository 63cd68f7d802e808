import data from '../../dictionaries/provinces.json' with { type: 'json' }
import { alternation, keyOf, normalizeEntry } from './lexicon.js'
import { PhraseMatcher } from './phrases.js'

/** A province or centrally-run city, before or after the 1 July 2025 merger. */
export interface Province {
  /** The name as the dictionary writes it: `Kon Tum`, `Hồ Chí Minh`. */
  name: string
  /** The province it belongs to since 1 July 2025; `null` when unchanged. */
  current: string | null
  /** Centrally-run city ("thành phố Đà Nẵng") rather than province ("tỉnh Kon Tum"). */
  city: boolean
}

const byKey = new Map<string, Province>()
const cities = new Set(data.cities.map(normalizeEntry))
const merged = data.mergedInto as Record<string, string>

for (const name of [...data.before2025, ...data.after2025]) {
  const canonical = normalizeEntry(name)
  const target = merged[name]
  byKey.set(keyOf(canonical), {
    name: canonical,
    current: target !== undefined && target !== name ? normalizeEntry(target) : null,
    city: cities.has(canonical),
  })
}
for (const [alias, name] of Object.entries(data.aliases as Record<string, string>)) {
  const province = byKey.get(keyOf(name))
  if (province) byKey.set(keyOf(alias), province)
}

/** Regular-expression source of every province name and alias. */
export const provinceSource = alternation(byKey.keys() as Iterable<string>)

/** The province names as a trie: `provinceSource` followed by no letter or digit. */
export const provinceMatcher = new PhraseMatcher(byKey.keys(), 'letter-digit', (entry) => byKey.get(keyOf(entry)))

/** The province named `text` ("Kon Tum", "kon tum", "Thanh Hoá", "HCM"), or `undefined`. */
export function provinceOf(text: string): Province | undefined {
  return byKey.get(keyOf(text))
}

/** The province whose key (`keyOf`) is `key`, or `undefined`: for a caller that has the key already. */
export function provinceOfKey(key: string): Province | undefined {
  return byKey.get(key)
}

/** Every province name of both eras (for tests and documentation). */
export function allProvinceNames(): string[] {
  return [...new Set([...data.before2025, ...data.after2025].map(normalizeEntry))]
}
