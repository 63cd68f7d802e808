/**
 * Test helper: writes Unicode Vietnamese the way a TCVN3 (ABC) or VNI font user's text arrives
 * when copied as Unicode — the inverse of the tables in `dictionaries/legacy-*.json`.
 */
import tcvn3Data from '../../dictionaries/legacy-tcvn3.json' with { type: 'json' }
import vniData from '../../dictionaries/legacy-vni.json' with { type: 'json' }

const tcvn3 = new Map(Object.entries(tcvn3Data.chars).map(([legacy, letter]) => [letter, legacy]))
const vni = new Map(Object.entries(vniData.sequences).map(([legacy, letter]) => [letter, legacy]))
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu

function encodeTcvn3Letter(letter: string): string {
  const direct = tcvn3.get(letter)
  if (direct !== undefined) return direct
  const small = tcvn3.get(letter.toLowerCase())
  if (small === undefined) return letter
  // No capital toned letters in TCVN3: the capital base, then the small toned letter.
  const base = letter.normalize('NFD').replace(TONES, '').normalize('NFC')
  return (tcvn3.get(base) ?? base) + small
}

/** `text` as TCVN3 mojibake. */
export function toTcvn3(text: string): string {
  let out = ''
  for (const letter of text.normalize('NFC')) out += encodeTcvn3Letter(letter)
  return out
}

/** `text` as VNI mojibake. */
export function toVni(text: string): string {
  let out = ''
  for (const letter of text.normalize('NFC')) out += vni.get(letter) ?? letter
  return out
}
