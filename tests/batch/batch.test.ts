import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/index.js'
import { batch } from './run.js'

const conference = 'Hội nghị tổng kết công tác thi đua\n\nSáng 12/1, Sở Nội vụ tỉnh Bình Định tổ chức hội nghị tổng kết công tác thi đua năm 2023.'
const ceremony = 'Chiều 5/3, Ủy ban nhân dân huyện Tuy Phước tổ chức lễ trao Bằng khen cho 8 tập thể.'
const page =
  '<html><body><nav><a href="/">Trang chủ</a></nav><article><h1>Lễ kỷ niệm ngày thành lập</h1>' +
  '<p>Sáng 3/2, Huyện ủy An Lão tổ chức lễ kỷ niệm ngày thành lập Đảng.</p></article></body></html>'

const tmp = () => mkdtempSync(join(tmpdir(), 'vn-batch-'))

describe('JSONL with malformed lines and records without text: one output line per input line, in order', () => {
  it('analyses good records, gives error records for the rest, exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'hn-1', text: conference }),
      '{"id": "hỏng", "text": "Sáng 12/1',
      JSON.stringify({ id: 'khong-van-ban', title: 'Không có nội dung' }),
      '',
      JSON.stringify({ id: 'trang-1', html: page }),
      '[1, 2, 3]',
      JSON.stringify({ id: 42, text: ceremony }),
      JSON.stringify({ id: 'so', text: 12 }),
    ]
    const dir = tmp()
    writeFileSync(join(dir, 'in.jsonl'), `${input.join('\r\n')}\r\n`)
    const run = await batch([join(dir, 'in.jsonl'), '--workers', '2'])
    expect(run.code).toBe(1)
    expect(run.lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(run.lines.map((line) => line.id)).toEqual(['hn-1', null, 'khong-van-ban', null, 'trang-1', null, 42, 'so'])
    expect(run.lines.map((line) => ('analysis' in line ? 'analysis' : 'error'))).toEqual([
      'analysis', 'error', 'error', 'error', 'analysis', 'error', 'analysis', 'error',
    ])
    expect(run.lines[0]!.analysis).toEqual(analyze(conference))
    expect(run.lines[4]!.analysis).toEqual(analyze(page, { format: 'html' }))
    expect(run.lines[6]!.analysis).toEqual(analyze(ceremony))
    expect((run.lines[1]!.error as { message: string }).message).toMatch(/^malformed JSON/)
    expect((run.lines[2]!.error as { message: string }).message).toBe('the record has no "text" or "html" string')
    expect(run.stderr).toMatch(/^vn-admin-news batch: 8 records, 5 errors in [\d.]+ s \(\d+ articles\/s, 2 workers, CPU [\d.]+ s, peak RSS \d+ MB\)\n$/)
  })
})

describe('stdin to stdout: the pipeline mode (Spark RDD.pipe, Hadoop Streaming, GNU parallel)', () => {
  it('reads JSONL from "-" with field names given by flags, exits 0, no progress bar when stderr is not a terminal', async () => {
    const stdin = [
      JSON.stringify({ key: 'a', body: conference }),
      JSON.stringify({ key: 'b', page }),
    ].join('\n')
    const run = await batch(['-', '--id-field', 'key', '--text-field', 'body', '--html-field', 'page', '--workers', '1'], stdin)
    expect(run.code).toBe(0)
    expect(run.lines.map((line) => [line.id, line.line])).toEqual([['a', 1], ['b', 2]])
    expect(run.lines[1]!.analysis).toEqual(analyze(page, { format: 'html' }))
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  })
  it('keeps input order over many records on two workers', async () => {
    const stdin = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${ceremony} Số ${i}.` })).join('\n')
    const run = await batch(['-', '--workers', '2'], stdin)
    expect(run.lines.map((line) => line.id)).toEqual(Array.from({ length: 300 }, (_, i) => `r${i}`))
  })
})

describe('a directory tree of .txt and .html files: id = relative path', () => {
  it('reads nested files in name order, HTML by extension, an unreadable file as an error record', async () => {
    const dir = tmp()
    mkdirSync(join(dir, 'binh-dinh', '2024'), { recursive: true })
    writeFileSync(join(dir, 'a-hoi-nghi.txt'), conference)
    writeFileSync(join(dir, 'binh-dinh', '2024', 'le.html'), page)
    writeFileSync(join(dir, 'binh-dinh', 'ghi-chu.json'), '{}')
    writeFileSync(join(dir, 'binh-dinh', 'z-trao-thuong.txt'), ceremony)
    symlinkSync(join(dir, 'khong-con.txt'), join(dir, 'c-mat.txt'))
    const out = join(tmp(), 'out.jsonl')
    const run = await batch([dir, '-o', out, '--workers', '2'])
    expect(run.code).toBe(1)
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map((line) => line.id)).toEqual(['a-hoi-nghi.txt', 'binh-dinh/2024/le.html', 'binh-dinh/z-trao-thuong.txt', 'c-mat.txt'])
    expect(lines[1]!.analysis).toEqual(analyze(page, { format: 'html' }))
    expect(lines[3]!.error).toEqual({ message: 'cannot read: no such file' })
  })
})

describe('--resume: ids already in OUT are skipped, the rest appended', () => {
  it('finishes an interrupted run whose last line was cut short', async () => {
    const dir = tmp()
    const records = ['mot', 'hai', 'ba', 'bon'].map((id) => JSON.stringify({ id, text: `${ceremony} (${id})` }))
    writeFileSync(join(dir, 'in.jsonl'), `${records.join('\n')}\n`)
    const out = join(dir, 'out.jsonl')
    const first = await batch([join(dir, 'in.jsonl'), '-o', out, '--workers', '1'])
    expect(first.code).toBe(0)
    const [one, two, three] = readFileSync(out, 'utf8').split('\n')
    writeFileSync(out, `${one}\n${two}\n${three!.slice(0, 40)}`)
    const again = await batch([join(dir, 'in.jsonl'), '-o', out, '--resume', '--workers', '1'])
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('2 records, 0 errors, 2 skipped')
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string })
    expect(lines.map((line) => line.id)).toEqual(['mot', 'hai', 'ba', 'bon'])
  })
})

describe('usage errors exit 2 without touching the output', () => {
  it.each([
    [['--workers', '0', '-']],
    [['--workers', 'hai', '-']],
    [['--format', 'pdf', '-']],
    [['--bogus', '-']],
    [[]],
    [['-', '--resume']],
    [['/khong/co/tep.jsonl']],
    [['-', '-']],
  ])('batch %j', async (args) => {
    const run = await batch(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^vn-admin-news batch: .+\nusage: vn-admin-news batch/)
  })
})
