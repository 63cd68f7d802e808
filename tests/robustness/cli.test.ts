import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EXIT, main, type CliIo } from '../../src/cli/main.js'
import { batch } from '../batch/run.js'

function capture() {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: async () => '' }
  return { io, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'vn-admin-news-robust-'))
const inputs = join(dir, 'in')
mkdirSync(join(inputs, 'sub'), { recursive: true })
/** "H", two bytes that are no UTF-8, "i". */
writeFileSync(join(inputs, 'bad.txt'), Buffer.from([0x48, 0xff, 0xfe, 0x69]))
/** Latin-1 "é" alone, as old archives saved it. */
writeFileSync(join(inputs, 'latin1.txt'), Buffer.from('Hội nghị tổng kết caf\u00e9', 'latin1'))
writeFileSync(join(inputs, 'empty.txt'), '')
writeFileSync(join(inputs, 'sub', 'good.txt'), 'Hội nghị tổng kết công tác năm 2024\n\nSáng 18/01, Sở Nội vụ tổ chức hội nghị.\n')

/** A directory the CLI may not read; as root, the CLI runs as `nobody` so that the mode bites. */
const locked = join(dir, 'locked')
mkdirSync(join(locked, 'inside'), { recursive: true })
writeFileSync(join(locked, 'inside', 'a.txt'), 'Hội nghị\n')
chmodSync(join(locked, 'inside'), 0o000)
chmodSync(dir, 0o755)
const child = fileURLToPath(new URL('./cli-child.ts', import.meta.url))
const isRoot = process.getuid?.() === 0
/** As root the test needs `nobody` to read the project; a clone in a private folder cannot. */
const canRunAsUser =
  !isRoot ||
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(child)}, 4)`], { uid: 65534, gid: 65534 })
    .status === 0

function runAsUser(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, ...args], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
    timeout: 120_000,
    ...(isRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: tmpdir() } } : {}),
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('CLI analyze on bad input: a clear message naming the input, documented exit codes', () => {
  it('--help documents the exit codes', async () => {
    const { io, out } = capture()
    expect(await main(['--help'], io)).toBe(EXIT.ok)
    expect(out.join('')).toMatch(/exit codes?:.*0.*1.*2/su)
  })

  it.each([
    ['invalid UTF-8 bytes', 'bad.txt', /bad\.txt: not valid UTF-8/u],
    ['Latin-1 bytes', 'latin1.txt', /latin1\.txt: not valid UTF-8/u],
    ['a directory', '', /in: is a directory/u],
  ])('%s: an error naming it, the other inputs still analysed, exit 1', async (_name, file, message) => {
    const { io, out, err } = capture()
    const good = join(inputs, 'sub', 'good.txt')
    expect(await main(['analyze', join(inputs, file), good], io)).toBe(EXIT.someFailed)
    expect(err.join('')).toMatch(message)
    expect(out).toHaveLength(1)
    expect(JSON.parse(out[0]!).title.text).toBe('Hội nghị tổng kết công tác năm 2024')
  })

  it('an empty file: a message naming it ("empty")', async () => {
    const { io, out, err } = capture()
    const code = await main(['analyze', join(inputs, 'empty.txt')], io)
    expect([EXIT.ok, EXIT.someFailed]).toContain(code)
    const said = err.join('') + out.join('')
    expect(said).toMatch(/empty/iu)
    expect(err.join('')).toContain('empty.txt')
  })

  it.skipIf(!canRunAsUser)('a file in a directory without permission: "permission denied" naming it, exit 1', () => {
    const run = runAsUser(['analyze', join(locked, 'inside', 'a.txt')])
    expect(run.stderr).toMatch(/a\.txt: permission denied/u)
    expect(run.code).toBe(EXIT.someFailed)
  }, 120_000)
})

describe('CLI batch on bad input: an error record per bad input, exit 1', () => {
  let once: ReturnType<typeof batch> | undefined
  /** One batch run over `in/` serves the tests that read it. */
  const batchOfInputs = () => (once ??= batch([inputs]))

  it('invalid UTF-8 and Latin-1 files give error records naming them; good files are analysed', async () => {
    const run = await batchOfInputs()
    expect(run.code).toBe(1)
    const byId = new Map(run.lines.map((line) => [line.id as string, line]))
    for (const id of ['bad.txt', 'latin1.txt']) {
      expect(byId.get(id)?.error).toMatchObject({ message: expect.stringMatching(/not valid UTF-8/u) })
    }
    expect(byId.get('sub/good.txt')?.analysis).toBeDefined()
  }, 120_000)

  it('an empty file gives a record that says it is empty', async () => {
    const run = await batchOfInputs()
    const record = run.lines.find((line) => line.id === 'empty.txt') as
      | { error?: { message: string }; analysis?: { warnings: string[] } }
      | undefined
    expect(record).toBeDefined()
    expect(record!.error?.message ?? record!.analysis?.warnings.join(' ') ?? '').toMatch(/empty/iu)
  }, 120_000)

  it.skipIf(!canRunAsUser)('a directory without permission: an error record naming it, the run goes on, exit 1', () => {
    const run = runAsUser(['batch', locked])
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; error?: { message: string } })
    expect(lines.some((line) => line.error !== undefined && /inside|permission/u.test(`${line.id} ${line.error.message}`))).toBe(true)
  }, 120_000)
})
