import { readdirSync, readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { loadPlaceRegistry, resolvePlace, type PlaceQuery } from '../../../src/lib/places/index.ts'

/** The seed's text, from the engine fixture that holds an unchanged copy (seed-000-… for 000_…). */
const seed = (file: string) => {
  const dir = readdirSync('tests/fixtures').find((d) => d.startsWith(`seed-${file.slice(0, 3)}-`))!
  return readFileSync(`tests/fixtures/${dir}/input.txt`, 'utf8')
}

/** The five seed townships as FORMAT.md lists them, with the organ name and title a parser would pass. */
const SEEDS = [
  {
    file: '000_00942d128e6e3b95.txt',
    organName: '哈拉直沟乡人民政府',
    title: '哈拉直沟乡人民政府 2021 年 政务信息公开工作年度报告',
    expected: {
      township: '哈拉直沟乡',
      officialName: null,
      province: '青海省',
      prefecture: '海东市',
      county: '互助土族自治县',
      code: '630223204000',
    },
  },
  {
    file: '001_52e394126bf78ff1.txt',
    organName: '东乡族自治县凤山乡人民政府',
    title: '东乡县凤山乡 2020 年政府信息公开工作年度 报 告',
    expected: {
      township: '凤山乡',
      officialName: '风山乡',
      province: '甘肃省',
      prefecture: '临夏回族自治州',
      county: '东乡族自治县',
      code: '622926214000',
    },
  },
  {
    file: '002_a224db91dbdf5e26.txt',
    organName: '兑镇镇人民政府',
    title: '兑镇镇 2021 年政府信息公开工作年度报告',
    expected: { township: '兑镇镇', officialName: null, province: '山西省', prefecture: '吕梁市', county: '孝义市', code: '141181100000' },
  },
  {
    file: '003_62687585584c4384.txt',
    organName: null,
    title: '吉尔格勒特郭楞蒙古民族乡\n\n政府信息公开工作2020年度报告',
    expected: {
      township: '吉尔格勒特郭楞蒙古民族乡',
      officialName: '吉尔格勒特郭愣蒙古民族乡',
      province: '新疆维吾尔自治区',
      prefecture: '塔城地区',
      county: '乌苏市',
      code: '654202205000',
    },
  },
  {
    file: '004_e7764d80f1cd94c2.txt',
    organName: '中宁县徐套乡人民政府',
    title: '中宁县徐套乡人民政府 2021 年政府信息公开工作年度报告',
    expected: {
      township: '徐套乡',
      officialName: null,
      province: '宁夏回族自治区',
      prefecture: '中卫市',
      county: '中宁县',
      code: '640521205000',
    },
  },
]

const registry = loadPlaceRegistry(new URL('../../../content/places.yaml', import.meta.url).pathname)

describe('the five seed townships', () => {
  it('content/places.yaml reads without diagnostics', () => {
    expect(registry.diagnostics).toEqual([])
  })

  for (const s of SEEDS) {
    const text = seed(s.file)
    const modes: Array<[string, PlaceQuery]> = [
      ['organ name and title', { organName: s.organName, title: s.title, text }],
      ['text only', { organName: null, title: null, text }],
    ]
    for (const [mode, query] of modes) {
      it(`${s.file} resolves from ${mode}, without the registry`, () => {
        const { diagnostics, ...place } = resolvePlace(query)
        expect(place).toEqual(s.expected)
        expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
      })
      it(`${s.file} resolves from ${mode}, with content/places.yaml`, () => {
        const { diagnostics, ...place } = resolvePlace(query, registry.registry)
        expect(place).toEqual(s.expected)
        expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
      })
    }
  }

  it('reports the differing spellings of 001 and 003 as place-alias', () => {
    const fengshan = resolvePlace({ organName: SEEDS[1]!.organName, title: SEEDS[1]!.title, text: seed(SEEDS[1]!.file) })
    expect(fengshan.diagnostics.map((d) => d.ruleId)).toEqual(['place-alias'])
    expect(fengshan.diagnostics[0]!.message).toContain('「凤山乡」')
    expect(fengshan.diagnostics[0]!.message).toContain('「风山乡」')
    // 高山乡 of the same county is also one character away, but does not sound alike.
    expect(fengshan.diagnostics[0]!.message).toContain('高山乡')
    const guoleng = resolvePlace({ organName: null, title: SEEDS[3]!.title, text: seed(SEEDS[3]!.file) })
    expect(guoleng.diagnostics).toHaveLength(1)
    expect(guoleng.diagnostics[0]).toMatchObject({ ruleId: 'place-alias', severity: 'info' })
    expect(guoleng.diagnostics[0]!.message).toContain('吉尔格勒特郭愣蒙古民族乡')
  })

  it('with the registry, 001 is matched through the registered alias', () => {
    const r = resolvePlace({ organName: SEEDS[1]!.organName, title: SEEDS[1]!.title, text: seed(SEEDS[1]!.file) }, registry.registry)
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]!.message).toContain('content/places.yaml')
  })

  it('seeds whose names are listed exactly give no diagnostics at all', () => {
    for (const i of [0, 2, 4]) {
      const r = resolvePlace({ organName: SEEDS[i]!.organName, title: SEEDS[i]!.title, text: seed(SEEDS[i]!.file) })
      expect(r.diagnostics).toEqual([])
    }
  })
})
