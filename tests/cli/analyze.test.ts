import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/main.js'

function capture(stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: async () => stdin }
  return { io, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'vn-admin-news-cli-'))
const good = join(dir, 'good.txt')
writeFileSync(good, 'Hội nghị tổng kết công tác năm 2024\n\n20/01/2025\nSáng 18/01, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2024.\n')
const bad = join(dir, 'bad.txt')
writeFileSync(bad, Buffer.from([0x48, 0xff, 0xfe, 0x69]))
const empty = join(dir, 'empty.txt')
writeFileSync(empty, '')

describe('vn-admin-news analyze FILE...', () => {
  it('prints one JSON line per file', async () => {
    const { io, out } = capture()
    expect(await main(['analyze', good, good], io)).toBe(0)
    expect(out).toHaveLength(2)
    expect(JSON.parse(out[0]!).title.text).toBe('Hội nghị tổng kết công tác năm 2024')
  })

  it('--pretty indents the JSON', async () => {
    const { io, out } = capture()
    await main(['analyze', '--pretty', good], io)
    expect(out[0]).toContain('\n  "language"')
  })

  it('reads standard input for -', async () => {
    const { io, out } = capture('Lễ kỷ niệm ngày thành lập ngành\n')
    expect(await main(['analyze', '-'], io)).toBe(0)
    expect(JSON.parse(out[0]!).title.text).toBe('Lễ kỷ niệm ngày thành lập ngành')
  })

  it('a missing file is a one-line error naming it, after the others ran, exit 1', async () => {
    const { io, out, err } = capture()
    expect(await main(['analyze', join(dir, 'missing.txt'), good], io)).toBe(1)
    expect(out).toHaveLength(1)
    expect(err.join('')).toMatch(/missing\.txt: no such file\n$/)
  })

  it('invalid UTF-8 is an error naming the file, not silent replacement characters', async () => {
    const { io, err } = capture()
    expect(await main(['analyze', bad], io)).toBe(1)
    expect(err.join('')).toContain('bad.txt: not valid UTF-8')
  })

  it('an empty file gives a result with a warning', async () => {
    const { io, out } = capture()
    expect(await main(['analyze', empty], io)).toBe(0)
    expect(JSON.parse(out[0]!).warnings.length).toBeGreaterThan(0)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file says permission denied', async () => {
    const locked = join(dir, 'locked.txt')
    writeFileSync(locked, 'x')
    chmodSync(locked, 0)
    const { io, err } = capture()
    expect(await main(['analyze', locked], io)).toBe(1)
    expect(err.join('')).toContain('permission denied')
  })

  it.each([[['analyze']], [['analyze', '--format', 'pdf', good]], [['analyze', '--bogus', good]], [['frobnicate']], [[]]])(
    'usage errors exit 2: %j',
    async (argv) => {
      const { io, err } = capture()
      expect(await main(argv, io)).toBe(2)
      expect(err.join('')).toContain('usage:')
    },
  )
})
