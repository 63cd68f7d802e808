import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { convertWord } from '../../src/normalize/legacy-convert.js'
import type { LegacyEncoding } from '../../src/normalize/legacy.js'
import { canonical, expectValidResult, valuesOf } from './arbitraries.js'

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url))
const ENCODINGS: Record<string, LegacyEncoding> = { tcvn3: 'TCVN3', vni: 'VNI' }
const copies = readdirSync(`${corpus}legacy`)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const [, id, encoding] = /^(c\d{3})-(tcvn3|vni)\.txt$/u.exec(name)!
    return [name, id!, ENCODINGS[encoding!]!] as const
  })

describe('corpus/legacy: TCVN3 and VNI copies of corpus articles analyse to the values of the originals', () => {
  it('holds five articles, each in both encodings', () => {
    expect(new Set(copies.map(([, id]) => id)).size).toBeGreaterThanOrEqual(5)
    expect(copies).toHaveLength(new Set(copies.map(([, id]) => id)).size * 2)
  })

  it.each(copies)('%s', (name, id, encoding) => {
    const original = readFileSync(`${corpus}${id}.txt`, 'utf8')
    const legacy = readFileSync(`${corpus}legacy/${name}`, 'utf8')
    expect(existsSync(`${corpus}legacy/${name.replace('.txt', '.json')}`)).toBe(true)
    const result = analyze(legacy)
    expectValidResult(legacy, result)
    expect(result.warnings).toContain(`legacy ${encoding} text converted`)
    const legacyWarning = /^legacy (?:TCVN3|VNI) text converted$/u
    // Mentions are slices of the mojibake: read them back through the same table.
    const readLegacy = (text: string) => canonical(convertWord(encoding, text))
    expect(valuesOf(result, legacyWarning, readLegacy)).toEqual(valuesOf(analyze(original)))
  })
})
