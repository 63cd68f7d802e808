import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseBatchArgs, UsageError } from '../../src/cli/batch-args.js'
import { linesOf, readLineBlocks, readLines } from '../../src/cli/batch-input.js'
import { Progress } from '../../src/cli/batch-progress.js'
import { processUnit, type RecordConfig } from '../../src/cli/batch-record.js'
import { readDoneIds } from '../../src/cli/batch-resume.js'
import { analyze } from '../../src/index.js'

const config: RecordConfig = { fields: { id: 'id', text: 'text', html: 'html' }, format: 'text', referenceDate: null, done: new Set() }
const text = 'Sáng 9/9, Sở Văn hóa tỉnh Phú Yên tổ chức lễ khai giảng lớp bồi dưỡng.'

describe('one record in, one JSONL line out: good records analysed, every failure an error record', () => {
  it.each([
    ['a record with text', JSON.stringify({ id: 'x', text }), { id: 'x', line: 3, analysis: analyze(text) }],
    ['a record with HTML', JSON.stringify({ id: 'h', html: `<p>${text}</p>` }), { id: 'h', line: 3, analysis: analyze(`<p>${text}</p>`, { format: 'html' }) }],
    ['a numeric id', JSON.stringify({ id: 17, text }), { id: 17, line: 3, analysis: analyze(text) }],
    ['a line cut short', '{"id":"x","text":"Sáng', { id: null, line: 3, error: { message: expect.stringMatching(/^malformed JSON/) } }],
    ['a blank line', '   ', { id: null, line: 3, error: { message: 'empty line' } }],
    ['a JSON string', '"Sáng 9/9"', { id: null, line: 3, error: { message: 'the line is not a JSON object' } }],
    ['text that is not a string', '{"id":"n","text":null}', { id: 'n', line: 3, error: { message: 'the record has no "text" or "html" string' } }],
  ])('%s', (_name, line, expected) => {
    const result = processUnit({ kind: 'line', line: 3, text: line }, config)
    expect(result.line?.endsWith('\n')).toBe(true)
    expect(JSON.parse(result.line!)).toEqual(expected)
    expect(result.error).toBe('error' in expected)
  })
  it('skips a record whose id is already done (--resume)', () => {
    const done = { ...config, done: new Set(['"x"']) }
    expect(processUnit({ kind: 'line', line: 1, text: JSON.stringify({ id: 'x', text }) }, done)).toEqual({ line: null, error: false })
  })
  it('reads a file that is not UTF-8 as an error record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-unit-'))
    writeFileSync(join(dir, 'sai.txt'), Buffer.from([0x53, 0xe1, 0x6e, 0x67]))
    const result = processUnit({ kind: 'file', line: 1, id: 'sai.txt', path: join(dir, 'sai.txt') }, config)
    expect(JSON.parse(result.line!)).toEqual({ id: 'sai.txt', line: 1, error: { message: 'not valid UTF-8' } })
  })
})

describe('JSONL lines from a byte stream', () => {
  it('splits across chunks, inside a multi-byte letter, with \\r\\n, a BOM and no final newline', async () => {
    const bytes = Buffer.from('\ufeff{"id":"Đà"}\r\n{"id":"Nẵng"}\n\n{"id":"cuối"}')
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1))
    const lines: string[] = []
    for await (const batch of readLines(Readable.from(chunks))) lines.push(...batch)
    expect(lines).toEqual(['{"id":"Đà"}', '{"id":"Nẵng"}', '', '{"id":"cuối"}'])
  })
})

describe('JSONL blocks for the workers: whole lines as bytes, cut by count and size', () => {
  const records = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `bài-${i}`, text: 'Ủy ban nhân dân xã Hòa Bình' }))
  const read = async (chunks: Uint8Array[], maxLines: number, maxBytes: number) => {
    const blocks = []
    for await (const batch of readLineBlocks(Readable.from(chunks), maxLines, maxBytes)) blocks.push(...batch)
    return blocks
  }
  it('cuts ten records in blocks of at most four lines, in order, each block decoding to its lines', async () => {
    const bytes = Buffer.from(`${records.join('\n')}\n`)
    const chunks = [bytes.subarray(0, 50), bytes.subarray(50, 51), bytes.subarray(51)]
    const blocks = await read(chunks, 4, 1 << 20)
    expect(blocks.map((block) => block.lines)).toEqual([4, 4, 2])
    expect(blocks.flatMap((block) => linesOf(block))).toEqual(records)
  })
  it('ends a block at the first line end at or past the byte limit', async () => {
    const long = JSON.stringify({ id: 'dài', text: 'Hội nghị '.repeat(200) })
    const blocks = await read([Buffer.from(`${long}\n${records[0]}\n${records[1]}\n${long}\n${records[2]}`)], 64, 100)
    expect(blocks.map((block) => linesOf(block))).toEqual([[long], [records[0], records[1]], [long], [records[2]]])
  })
  it('gives each block its own bytes, so the stream may reuse its buffers', async () => {
    const chunk = Buffer.from(`${records[0]}\n${records[1]}\n`)
    const blocks = await read([chunk], 1, 1 << 20)
    chunk.fill(0x20)
    expect(blocks.flatMap((block) => linesOf(block))).toEqual([records[0], records[1]])
  })
  it('keeps bytes that are not UTF-8 as U+FFFD in their own line only', async () => {
    const blocks = await read([Buffer.from([0x7b, 0xff, 0x7d, 0x0a, 0x7b, 0x7d])], 64, 1 << 20)
    expect(blocks.flatMap((block) => linesOf(block))).toEqual(['{\ufffd}', '{}'])
  })
})

describe('--resume reads the ids of the output and trims a cut-off last line', () => {
  it('keeps complete lines, forgets the cut one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-unit-'))
    const out = join(dir, 'out.jsonl')
    writeFileSync(out, '{"id":"a,\\"line\\":1","line":1,"analysis":{}}\n{"id":7,"line":2,"error":{"message":"x"}}\n{"id":"c","line":3,"anal')
    const done = await readDoneIds(out)
    expect([...done]).toEqual(['"a,\\"line\\":1"', '7'])
    expect(readFileSync(out, 'utf8').endsWith('"x"}}\n')).toBe(true)
  })
  it('starts from nothing when OUT does not exist', async () => {
    expect((await readDoneIds('/khong/co/out.jsonl')).size).toBe(0)
  })
})

describe('command line of batch', () => {
  it('reads every option', () => {
    const args = parseBatchArgs(['a.jsonl', 'bai-viet/', '-o', 'out.jsonl', '--workers', '3', '--resume', '--format', 'html', '--id-field', 'ma', '--text-field', 'noi_dung', '--html-field', 'trang', '--reference-date', '2024-05-01'])
    expect(args).toMatchObject({
      inputs: ['a.jsonl', 'bai-viet/'],
      output: 'out.jsonl',
      workers: 3,
      resume: true,
      format: 'html',
      referenceDate: '2024-05-01',
      fields: { id: 'ma', text: 'noi_dung', html: 'trang' },
    })
  })
  it.each([[['-o']], [['--workers', '-1', 'a']], [['--reference-date', 'hôm qua', 'a']], [['--resume', 'a']]])('rejects %j', (args) => {
    expect(() => parseBatchArgs(args)).toThrow(UsageError)
  })
})

describe('progress bar: drawn only on a terminal', () => {
  it('stays silent when stderr is a pipe and draws rate and ETA on a TTY', async () => {
    const pipe = new PassThrough()
    const written: string[] = []
    pipe.on('data', (chunk: Buffer) => written.push(chunk.toString()))
    const silent = new Progress(pipe, 1000)
    silent.addBytes(500)
    silent.addRecords(10)
    silent.clear()
    const tty = Object.assign(new PassThrough(), { isTTY: true })
    const drawn: string[] = []
    tty.on('data', (chunk: Buffer) => drawn.push(chunk.toString()))
    const bar = new Progress(tty, 1000)
    await new Promise((resolve) => setTimeout(resolve, 5))
    bar.addBytes(500)
    bar.addRecords(10)
    await new Promise((resolve) => setImmediate(resolve))
    expect(written).toEqual([])
    expect(drawn.join('')).toMatch(/\[#{12}-{12}\] 50% 10 records \d+\/s ETA \d+:\d\d/)
  })
})
