import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../../bin/vn-admin-news.js', import.meta.url))
const built = existsSync(new URL('../../dist/batch-worker.js', import.meta.url))

describe('the built package: bin/vn-admin-news.js batch runs its workers from dist/', () => {
  it.skipIf(!built)('reads JSONL on stdin, writes one line per record on stdout, summary on stderr', () => {
    const input = [
      JSON.stringify({ id: 'p1', text: 'Sáng 2/4, Sở Tài chính tỉnh Lào Cai tổ chức hội nghị giao ban quý I.' }),
      '{"id": "hỏng"',
      JSON.stringify({ id: 'p3', html: '<article><h1>Lễ trao giải</h1><p>Chiều 2/4, Tỉnh đoàn trao giải cuộc thi.</p></article>' }),
    ].join('\n')
    const run = spawnSync(process.execPath, [bin, 'batch', '-', '--workers', '2'], { input, encoding: 'utf8' })
    expect(run.status).toBe(1)
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map((line) => [line.id, line.line, 'analysis' in line])).toEqual([
      ['p1', 1, true],
      [null, 2, false],
      ['p3', 3, true],
    ])
    expect(run.stderr).toMatch(/^vn-admin-news batch: 3 records, 1 error in /)
  })
})
